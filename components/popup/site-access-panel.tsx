import type { SiteStatus, TabProfile } from '../../lib/messaging/protocol';
import { useI18n } from '../i18n/i18n-context';

export interface SiteAccessPanelProps {
  /** The current tab's site; null while unknown or on a browser page. */
  status: SiteStatus | null;
  error: string | null;
  onEnable: () => void;
  onDisable: () => void;
  /** Start teach mode in the tab (where the site is enabled). */
  onTeach?: () => void;
  /** The profile the tab's overlay reads the page with; null: none (not a console it knows yet). */
  profile?: TabProfile | null;
}

const hostOf = (pattern: string) => pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');

/** "Enable on this site": least privilege, one helpdesk at a time. */
export function SiteAccessPanel({
  status,
  error,
  onEnable,
  onDisable,
  onTeach,
  profile = null,
}: SiteAccessPanelProps) {
  const { t } = useI18n();
  if (!status?.pattern) return null;
  const host = hostOf(status.pattern);
  return (
    <section className="nz-site" data-testid="nz-site" data-enabled={status.enabled}>
      {status.builtIn ? (
        <p className="nz-hint">{t('siteBuiltIn', { host })}</p>
      ) : status.enabled ? (
        <>
          <p>{t('siteEnabled', { host })}</p>
          <button type="button" className="nz-button nz-button--secondary" onClick={onDisable}>
            {t('siteDisable')}
          </button>
        </>
      ) : (
        <>
          <p>{t('siteNotEnabled', { host })}</p>
          <button type="button" className="nz-button" onClick={onEnable}>
            {t('siteEnable')}
          </button>
        </>
      )}
      {status.enabled && profile && (
        <p className="nz-hint" data-testid="nz-site-profile" data-profile={profile.id}>
          {t('popupProfileInUse', { name: profile.name })}
        </p>
      )}
      {status.enabled && onTeach && (
        <button
          type="button"
          className="nz-button nz-button--secondary"
          onClick={onTeach}
          data-testid="nz-teach-start"
        >
          {t('teachStart')}
        </button>
      )}
      {error && (
        <p className="nz-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
