import type { FocusState, FocusSummaryEntry } from '../../lib/domain/focus';
import type { ConnectionStatus } from '../../lib/messaging/port-client';
import { useI18n } from '../i18n/i18n-context';
import type { ClockItem } from '../../lib/domain/clock-display';
import { FocusControl } from './focus-control';
import { FocusSummary } from './focus-summary';
import { QueueList } from './queue-list';
import { StatusChip } from './status-chip';

export interface OverlayPanelProps {
  status: ConnectionStatus;
  roundTripMs: number | null;
  collapsed: boolean;
  onToggle: () => void;
  queue: ClockItem[];
  focus: FocusState | null;
  focusSummary: FocusSummaryEntry[] | null;
  onJump: (item: ClockItem) => void;
  onJumpToEntry: (entry: FocusSummaryEntry) => void;
  onStartFocus: (minutes: number | null) => void;
  onStopFocus: () => void;
  onDismissSummary: () => void;
  dock: 'left' | 'right';
  onToggleDock: () => void;
  onDismiss: (item: ClockItem) => void;
  /** The customer whose row a jump could not find, if any. */
  missingRow: { name: string | null } | null;
  profile?: { id: string; name: string };
  lost?: boolean;
  tooHeavy?: boolean;
  rowsCapped?: { read: number; total: number } | null;
  openUnsure?: boolean;
  onReteach?: () => void;
}

/** The corner panel: status, the queue of who waits, focus mode and its summary. */
export function OverlayPanel(props: OverlayPanelProps) {
  const { t } = useI18n();
  const urgent = props.queue.filter((item) => item.state === 'breach' || item.state === 'forgotten').length;
  return (
    <div
      className={`nz-panel nz-panel--${props.dock}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !props.collapsed) {
          event.stopPropagation();
          props.onToggle();
        }
      }}
    >
      {!props.collapsed && (
        <div className="nz-panel__body" id="nz-panel-body">
          {props.focusSummary && (
            <FocusSummary
              entries={props.focusSummary}
              onJump={props.onJumpToEntry}
              onDismiss={props.onDismissSummary}
            />
          )}
          <h2 className="nz-panel__title">
            {t('queueTitle')} <span className="nz-panel__count">{props.queue.length}</span>
          </h2>
          {props.missingRow && (
            <p className="nz-notice" role="status" data-testid="nz-missing-row">
              {t('queueRowMissing', { name: props.missingRow.name ?? t('customerFallbackName') })}
            </p>
          )}
          <QueueList items={props.queue} onJump={props.onJump} onDismiss={props.onDismiss} />
          <FocusControl focus={props.focus} onStart={props.onStartFocus} onStop={props.onStopFocus} />
          <button type="button" className="nz-link-button" data-testid="nz-dock" onClick={props.onToggleDock}>
            {props.dock === 'left' ? t('overlayDockRight') : t('overlayDockLeft')}
          </button>
        </div>
      )}
      <StatusChip
        status={props.status}
        roundTripMs={props.roundTripMs}
        collapsed={props.collapsed}
        onToggle={props.onToggle}
        waiting={props.queue.length}
        urgent={urgent}
        profile={props.profile}
        lost={props.lost}
        tooHeavy={props.tooHeavy}
        rowsCapped={props.rowsCapped}
        openUnsure={props.openUnsure}
        onReteach={props.onReteach}
      />
    </div>
  );
}
