import { useI18n } from '../i18n/i18n-context';

export interface PopupViewProps {
  version: string;
  loadError: string | null;
  onOpenOptions: () => void;
}

export function PopupView({ version, loadError, onOpenOptions }: PopupViewProps) {
  const { t } = useI18n();
  return (
    <main className="nz-popup">
      <header className="nz-popup__header">
        <img className="nz-popup__logo" src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1 className="nz-popup__title">{t('extName')}</h1>
          <p className="nz-popup__tagline">{t('popupTagline')}</p>
        </div>
      </header>
      {loadError && (
        <p className="nz-error" role="alert">
          {t('optionsLoadFailed', { reason: loadError })}
        </p>
      )}
      <p className="nz-popup__privacy">{t('popupLocalOnly')}</p>
      <footer className="nz-popup__footer">
        <button type="button" className="nz-button" onClick={onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
        <span className="nz-popup__version">{t('popupVersion', { version })}</span>
      </footer>
    </main>
  );
}
