import type { ConnectionStatus } from '../../lib/messaging/port-client';
import { useI18n } from '../i18n/i18n-context';
import { chipTitle } from './chip-title';

export interface StatusChipProps {
  status: ConnectionStatus;
  roundTripMs: number | null;
  collapsed: boolean;
  onToggle: () => void;
  waiting?: number;
  urgent?: number;
  /** The site profile reading this page. */
  profile?: { id: string; name: string };
  /** The profile sees no conversations any more (the desk changed). */
  lost?: boolean;
  /** Scans stayed too slow and stopped (see scan-budget.ts). */
  tooHeavy?: boolean;
  /** The list has more rows than a scan reads. */
  rowsCapped?: { read: number; total: number } | null;
  /** The page does not say for certain which conversation is open. */
  openUnsure?: boolean;
  onReteach?: () => void;
}

const statusKey = {
  connecting: 'overlayConnecting',
  connected: 'overlayConnected',
  offline: 'overlayOffline',
} as const;

/** The overlay's always-visible corner chip: is Nezabudka watching this page? */
export function StatusChip({
  status,
  roundTripMs,
  collapsed,
  onToggle,
  waiting = 0,
  urgent = 0,
  profile,
  lost = false,
  tooHeavy = false,
  rowsCapped = null,
  openUnsure = false,
  onReteach,
}: StatusChipProps) {
  const { t } = useI18n();
  const title = chipTitle({ profile, openUnsure, rowsCapped, roundTripMs }, t) ?? undefined;
  return (
    <div
      className="nz-chip"
      data-testid="nz-overlay"
      data-state={status}
      data-round-trip-ms={roundTripMs ?? undefined}
      data-profile={profile?.id}
      data-open={openUnsure ? 'unsure' : undefined}
      role="status"
      aria-label={t('overlayLabel')}
      title={title}
    >
      <button
        type="button"
        className="nz-chip__toggle"
        aria-expanded={!collapsed}
        aria-label={collapsed ? t('overlayExpand') : t('overlayCollapse')}
        onClick={onToggle}
      >
        <span className={`nz-chip__dot nz-chip__dot--${status}`} aria-hidden="true" />
        <span className="nz-chip__name">{t('extName')}</span>
      </button>
      <span className="nz-chip__status">{t(statusKey[status])}</span>
      {(lost || tooHeavy) && (
        <>
          <span
            className="nz-chip__count nz-chip__count--urgent"
            data-testid={tooHeavy ? 'nz-profile-too-heavy' : 'nz-profile-lost'}
          >
            {t(tooHeavy ? 'profileTooHeavy' : 'profileLost')}
          </span>
          {onReteach && (
            <button type="button" className="nz-small-button" onClick={onReteach}>
              {t('teachAgain')}
            </button>
          )}
        </>
      )}
      {waiting > 0 && (
        <span className="nz-chip__count" data-testid="nz-waiting-count">
          {t('chipWaiting', { count: waiting })}
        </span>
      )}
      {urgent > 0 && (
        <span className="nz-chip__count nz-chip__count--urgent" data-testid="nz-urgent-count">
          {t('chipUrgent', { count: urgent })}
        </span>
      )}
    </div>
  );
}
