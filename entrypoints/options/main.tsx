import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { OptionsView } from '../../components/options/options-view';
import { resolveLocale } from '../../lib/i18n/locale';
import { useDocumentLocale } from '../../components/i18n/use-document-locale';
import { request } from '../../lib/messaging/client';
import { connectSettingsStore } from '../../lib/state/connect-settings-store';
import '../../components/pages.css';

const { store, browserLanguage } = connectSettingsStore();
const sitesPromise = request('getOverview', null).then(
  (overview) => overview.sites.map((site) => site.site),
  () => [] as string[],
);

function Options() {
  const [sites, setSites] = useState<string[]>([]);
  useEffect(() => void sitesPromise.then(setSites), []);
  const state = useStore(
    store,
    useShallow(({ settings, loadError, saveState, saveError, save }) => ({
      settings,
      loadError,
      saveState,
      saveError,
      save,
    })),
  );
  const locale = resolveLocale(state.settings?.language ?? 'auto', browserLanguage);
  useDocumentLocale(locale, 'optionsTitle');
  return (
    <I18nProvider locale={locale}>
      <OptionsView
        settings={state.settings}
        loadError={state.loadError}
        saveState={state.saveState}
        saveError={state.saveError}
        onSave={(patch) => void state.save(patch)}
        sites={sites}
      />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Options />);
