import { useI18n } from '../i18n/i18n-context';

/**
 * The unobtrusive note on an enabled site where no profile recognises the page: not
 * set up yet, or a built-in profile (`builtIn`, its name) that fails on this page.
 */
export function TeachInvite({
  builtIn,
  onTeach,
  onClose,
}: {
  builtIn: string | null;
  onTeach: () => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="nz-layer nz-layer--left">
      <div className="nz-chip" data-testid="nz-teach-invite" role="status">
        <span className="nz-chip__name">{t('extName')}</span>
        <span className="nz-chip__status">
          {builtIn === null ? t('teachNotSetUp') : t('teachBuiltInMissed', { name: builtIn })}
        </span>
        <button type="button" className="nz-small-button" onClick={onTeach}>
          {t('teachStart')}
        </button>
        <button type="button" className="nz-small-button" aria-label={t('profilesCancel')} onClick={onClose}>
          ×
        </button>
      </div>
    </div>
  );
}
