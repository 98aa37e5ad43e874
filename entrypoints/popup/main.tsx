import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { PopupView } from '../../components/popup/popup-view';
import { resolveLocale } from '../../lib/i18n/locale';
import { useDocumentLocale } from '../../components/i18n/use-document-locale';
import { connectSettingsStore } from '../../lib/state/connect-settings-store';
import '../../components/pages.css';

const { store, browserLanguage } = connectSettingsStore();

function Popup() {
  const settings = useStore(store, (state) => state.settings);
  const loadError = useStore(store, (state) => state.loadError);
  const locale = resolveLocale(settings?.language ?? 'auto', browserLanguage);
  useDocumentLocale(locale, 'extName');
  return (
    <I18nProvider locale={locale}>
      <PopupView
        version={browser.runtime.getManifest().version}
        loadError={loadError}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
