import { createRoot } from 'react-dom/client';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { useDocumentLocale } from '../../components/i18n/use-document-locale';
import { PopupView } from '../../components/popup/popup-view';
import { clockItems, mergeQueues } from '../../lib/domain/clock-display';
import { resolveLocale } from '../../lib/i18n/locale';
import { request } from '../../lib/messaging/client';
import { subscribeToBackground } from '../../lib/messaging/port-client';
import { connectSettingsStore } from '../../lib/state/connect-settings-store';
import { createOverviewStore } from '../../lib/state/overview-store';
import '../../components/pages.css';
import '../../components/overlay/overlay.css';

const { store, browserLanguage } = connectSettingsStore();
const overview = createOverviewStore({ get: () => request('getOverview', null) }, Date.now());
void overview.getState().load();
setInterval(() => overview.getState().tick(Date.now()), 1000);
subscribeToBackground(
  (message) => {
    if (message.type === 'clocks' || message.type === 'focus') void overview.getState().load();
  },
  () => undefined,
);

function Popup() {
  const settings = useStore(store, (state) => state.settings);
  const loadError = useStore(store, (state) => state.loadError);
  const data = useStore(overview, (state) => state.overview);
  const overviewError = useStore(overview, (state) => state.error);
  const now = useStore(overview, (state) => state.now);
  const locale = resolveLocale(settings?.language ?? 'auto', browserLanguage);
  useDocumentLocale(locale, 'extName');
  const items = useMemo(
    () =>
      data
        ? mergeQueues(
            data.sites.map((site) => clockItems(site.records, site.thresholds, site.followUpSec, now)),
          )
        : null,
    [data, now],
  );
  return (
    <I18nProvider locale={locale}>
      <PopupView
        version={browser.runtime.getManifest().version}
        loadError={loadError ?? overviewError}
        items={items}
        hasSites={(data?.sites.length ?? 0) > 0}
        focus={data?.focus ?? null}
        focusSummary={data?.lastFocusSummary ?? null}
        onJump={(site, key) => void request('jumpTo', { site, key }).then(() => window.close())}
        onDismiss={(site, key) =>
          void request('dismiss', { site, key }).then(() => overview.getState().load())
        }
        onStartFocus={(minutes) => void request('startFocus', { minutes })}
        onStopFocus={() => void request('stopFocus', null)}
        onDismissSummary={() => {
          overview.getState().dismissSummary();
          void request('dismissFocusSummary', null);
        }}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
