import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { OptionsView } from '../../components/options/options-view';
import { resolveLocale } from '../../lib/i18n/locale';
import { useDocumentLocale } from '../../components/i18n/use-document-locale';
import { browser } from 'wxt/browser';
import { request } from '../../lib/messaging/client';
import { connectSettingsStore } from '../../lib/state/connect-settings-store';
import { ProfilesSection } from '../../components/options/profiles-section';
import { TemplatesSection } from '../../components/options/templates-section';
import type { Template } from '../../lib/domain/template/template';
import { parseProfileFile } from '../../lib/adapters/profile-file';
import { parseSiteProfile } from '../../lib/adapters/site-profile';
import type { ProfileList } from '../../lib/messaging/protocol';
import { createTranslator } from '../../lib/i18n/messages';
import { downloadFile } from '../../components/download-file';
import '../../components/pages.css';
import '../../components/overlay/first-stage.css';
import '../../components/overlay/overlay.css';

const { store, browserLanguage } = connectSettingsStore();
const sitesPromise = request('getOverview', null).then(
  (overview) => overview.sites.map((site) => site.site),
  () => [] as string[],
);

function Options() {
  const [sites, setSites] = useState<string[]>([]);
  const [profiles, setProfiles] = useState<ProfileList | null>(null);
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const loadTemplates = () => request('listTemplates', null).then(setTemplates, () => setTemplates(null));
  const reloadTemplates = () => void loadTemplates();
  useEffect(reloadTemplates, []);
  const reloadProfiles = () => void request('listProfiles', null).then(setProfiles, () => setProfiles(null));
  useEffect(() => void sitesPromise.then(setSites), []);
  useEffect(reloadProfiles, []);
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
        statsUrl={browser.runtime.getURL('/stats.html')}
      >
        <TemplatesSection
          templates={templates}
          operatorName={state.settings?.operatorName ?? ''}
          now={Date.now()}
          onSave={async (draft) => {
            await request('saveTemplate', draft);
            reloadTemplates();
          }}
          onDuplicate={(id) => void request('duplicateTemplate', { id }).then(reloadTemplates)}
          onDelete={async (id) => {
            const removed = await request('deleteTemplate', { id });
            // The list without it and the "Undo" notice appear together.
            await loadTemplates();
            return removed;
          }}
          onRestore={(template) => void request('restoreTemplate', template).then(reloadTemplates)}
          onExport={(ids, format) =>
            void request('exportTemplates', { ids, format }).then((text) =>
              downloadFile(
                text,
                `nezabudka-templates-${new Date().toISOString().slice(0, 10)}.${format}`,
                format === 'csv' ? 'text/csv' : 'application/json',
              ),
            )
          }
          onPreviewImport={(text, fileName) => request('previewTemplateImport', { text, fileName })}
          onImport={async (text, fileName, choices) => {
            const summary = await request('importTemplates', { text, fileName, choices });
            reloadTemplates();
            return summary;
          }}
        />
        <ProfilesSection
          profiles={profiles}
          onSave={async (profile, previousId) => {
            // Checked here too: selectors are validated against a DOM, which a service worker lacks.
            const local = parseSiteProfile(profile, createTranslator(locale));
            if (!local.ok) return local.errors.join('\n');
            try {
              await request('saveProfile', { profile, previousId });
              reloadProfiles();
              return null;
            } catch (error) {
              return (error as Error).message;
            }
          }}
          onDelete={(id) => void request('deleteProfile', { id }).then(reloadProfiles)}
          onExport={(ids) =>
            void request('exportProfiles', { ids }).then((text) =>
              downloadFile(
                text,
                `nezabudka-${ids?.length === 1 ? ids[0] : 'profiles'}-${new Date().toISOString().slice(0, 10)}.json`,
                'application/json',
              ),
            )
          }
          onImport={async (text) => {
            const t = createTranslator(locale);
            const local = parseProfileFile(text, t);
            if (!local.ok)
              return { ok: false, message: t('profilesImportFailed', { problems: local.errors.join('\n') }) };
            try {
              const { added, replaced } = await request('importProfiles', { text });
              reloadProfiles();
              return {
                ok: true,
                message: t('profilesImported', {
                  added: added.join(', ') || '—',
                  replaced: replaced.join(', ') || '—',
                }),
              };
            } catch (error) {
              return {
                ok: false,
                message: t('profilesImportFailed', { problems: (error as Error).message }),
              };
            }
          }}
        />
      </OptionsView>
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Options />);
