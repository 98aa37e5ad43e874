import { createRoot } from 'react-dom/client';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/i18n/i18n-context';
import { useDocumentLocale } from '../../components/i18n/use-document-locale';
import { PopupView } from '../../components/popup/popup-view';
import { SiteAccessPanel } from '../../components/popup/site-access-panel';
import { useI18n } from '../../components/i18n/i18n-context';
import type { SiteStatus } from '../../lib/messaging/protocol';
import { clockItems, mergeQueues } from '../../lib/domain/clock-display';
import { resolveLocale } from '../../lib/i18n/locale';
import { createTranslator } from '../../lib/i18n/messages';
import { request } from '../../lib/messaging/client';
import type { TabCommand, TabProfile } from '../../lib/messaging/protocol';
import { subscribeToBackground } from '../../lib/messaging/port-client';
import { connectSettingsStore } from '../../lib/state/connect-settings-store';
import { createOverviewStore } from '../../lib/state/overview-store';
import { describeError } from '../../lib/i18n/user-error';
import '../../components/pages.css';
import '../../components/overlay/first-stage.css';
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

const isTabProfile = (value: unknown): value is TabProfile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as TabProfile).id === 'string' &&
  typeof (value as TabProfile).name === 'string';

/** The tab the popup was opened over (its address is readable thanks to activeTab). */
const currentTab = browser.tabs
  .query({ active: true, currentWindow: true })
  .then(([tab]) => (tab?.url ? { id: tab.id ?? null, url: tab.url } : null))
  .catch(() => null);

function SiteAccess() {
  const [status, setStatus] = useState<SiteStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tab, setTab] = useState<{ id: number | null; url: string } | null>(null);
  const [profile, setProfile] = useState<TabProfile | null>(null);
  const t = useI18n().t;
  useEffect(() => {
    void currentTab.then(async (found) => {
      setTab(found);
      if (found) setStatus(await request('siteStatus', { url: found.url }).catch(() => null));
      // Which profile the tab's overlay uses: its content script knows (none answers on other pages).
      if (found?.id != null) {
        const ask: TabCommand = { nz: 'tab', command: 'profile' };
        const answer: unknown = await browser.tabs.sendMessage(found.id, ask).catch(() => null);
        setProfile(isTabProfile(answer) ? answer : null);
      }
    });
  }, []);
  if (!tab) return null;
  return (
    <SiteAccessPanel
      status={status}
      profile={profile}
      error={error}
      onEnable={() => {
        if (!status?.pattern) return;
        // Asked right in the click: browsers grant permissions only to a user's gesture.
        void browser.permissions.request({ origins: [status.pattern] }).then(async (granted) => {
          if (!granted) return setError(t('siteDenied'));
          try {
            setStatus(await request('enableSite', { url: tab.url, tabId: tab.id }));
            setError(null);
          } catch (failure) {
            setError(describeError(failure, t));
          }
        });
      }}
      onTeach={() => {
        if (tab.id === null) return;
        const command: TabCommand = { nz: 'tab', command: 'teach' };
        void browser.tabs.sendMessage(tab.id, command).then(
          () => window.close(),
          () => setError(t('teachNoPage')),
        );
      }}
      onDisable={() =>
        void request('disableSite', { url: tab.url }).then(
          (next) => setStatus(next),
          (failure: unknown) => setError(describeError(failure, t)),
        )
      }
    />
  );
}

function Popup() {
  const settings = useStore(store, (state) => state.settings);
  const loadError = useStore(store, (state) => state.loadError);
  const data = useStore(overview, (state) => state.overview);
  const overviewError = useStore(overview, (state) => state.error);
  const now = useStore(overview, (state) => state.now);
  const [actionError, setActionError] = useState<string | null>(null);
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
        storageProblem={data?.storageProblem ?? null}
        onJump={(site, key) =>
          void request('jumpTo', { site, key }).then(
            () => window.close(),
            (failure: unknown) => setActionError(describeError(failure, createTranslator(locale))),
          )
        }
        actionError={actionError}
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
        onOpenStats={() =>
          void browser.tabs.create({ url: browser.runtime.getURL('/stats.html') }).then(() => window.close())
        }
        siteAccess={<SiteAccess />}
      />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
