import { browser } from 'wxt/browser';
import { createConversationRepository } from '../db/conversation-repository';
import { createDatabase } from '../db/database';
import { createEventRepository } from '../db/event-repository';
import { createKvRepository } from '../db/kv-repository';
import { createSettingsRepository } from '../db/settings-repository';
import { validBuiltInProfiles } from '../adapters/profiles/valid-built-in-profiles';
import { createProfileRepository } from '../db/profile-repository';
import { createPortHub } from '../messaging/port-hub';
import { readOverlayPreferences } from '../messaging/overlay-preferences';
import type { PushMessage, TabCommand } from '../messaging/protocol';
import { listenForRequests } from '../messaging/router';
import { createClockService } from './clock-service';
import { createConversationHasher } from './conversation-hasher';
import { createDesktopAlerts } from './desktop-alerts';
import { createProfileService } from './profile-service';
import { createSettingsService } from './settings-service';
import { createSiteAccess } from './site-access';
import { installedHostPatterns } from './installed-hosts';
import { createTemplateService } from './template-service';
import { createTemplateRepository } from '../db/template-repository';
import { starterTemplates } from '../domain/template/starter-library';
import { createSiteAccessPlatform } from './site-access-platform';
import { startDailyAlarm } from './daily-alarm';
import { injectStage } from './inject-stage';
import { teachInvitation } from '../adapters/teach/invitation';
import { createStatsService } from './stats-service';
import { createWakeScheduler } from './wake-scheduler';

/**
 * Wires the background: database, services and message handlers. Every listener
 * is registered synchronously, so a service worker woken by a message, a port or
 * an alarm finds it.
 */
export function startBackground(databaseName?: string) {
  const now = () => Date.now();
  const db = createDatabase(databaseName);
  const kv = createKvRepository(db);
  const settings = createSettingsService(createSettingsRepository(db), (next) => {
    hub.broadcast({ type: 'settings', settings: next });
    void clocks.settingsChanged();
  });
  const hub = createPortHub((send, tabId, site) =>
    operatorAssigned
      .then(() => Promise.all([settings.get(), site === null ? null : readOverlayPreferences()]))
      .then(
        async ([current, preferences]) => {
          // A helpdesk tab's, not the extension's own pages'.
          if (preferences)
            send({ type: 'greeting', browserLanguage: browser.i18n.getUILanguage(), preferences });
          send({ type: 'settings', settings: current });
          await clocks.greet(tabId, site, send);
        },
        (error: unknown) => console.error('Nezabudka: settings unavailable', error),
      ),
  );
  const scheduler = createWakeScheduler(() => void clocks.tick(), now);
  const alerts = createDesktopAlerts((site, key) => void clocks.jumpTo(site, key).catch(() => undefined));
  const events = createEventRepository(db);
  // One hasher: its salt is created once, on first use.
  const hashConversation = createConversationHasher(kv);
  const stats = createStatsService({
    events,
    kv,
    // Quiet: pages read settings only after the alias is in (see operatorAssigned).
    settings: { get: () => settings.get(), update: (patch) => settings.update(patch, { quiet: true }) },
    now,
    randomHex: (bytes) =>
      [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join(''),
  });
  // A fresh install gets its random operator alias at once, so the settings page shows it.
  const operatorAssigned = stats
    .operator()
    .then(() => undefined)
    .catch((error: unknown) => console.error('Nezabudka: operator id', error));
  // Retention: events older than the setting, and clocks unseen that long, go once a day (and at
  // a start when a day has passed: a service worker starts many times a day, ageing reads every clock).
  const ageClocks = (onlyIfDue: boolean) =>
    void clocks
      .age({ onlyIfDue })
      .catch((error: unknown) => console.error('Nezabudka: clock retention', error));
  startDailyAlarm('nezabudka-stats-retention', () => {
    void stats.purge().catch((error: unknown) => console.error('Nezabudka: statistics retention', error));
    ageClocks(false);
  });
  const clocks = createClockService({
    conversations: createConversationRepository(db),
    events,
    kv,
    hash: hashConversation,
    operator: () => stats.operator(),
    getSettings: () => operatorAssigned.then(() => settings.get()),
    push: { toTab: hub.sendToTab, toAll: hub.broadcast },
    alerts,
    schedule: scheduler.schedule,
    now,
    atomically: (task) => db.transaction('rw', [db.conversations, db.events, db.kv], task),
  });
  const builtInProfiles = validBuiltInProfiles();
  const profiles = createProfileService({
    repository: createProfileRepository(db),
    builtIn: builtInProfiles,
    now,
  });
  const installed = installedHostPatterns(browser.runtime.getManifest());
  const sites = createSiteAccess({
    kv,
    platform: createSiteAccessPlatform(),
    // Always on only where the build itself reaches (the demo desk in development and test builds).
    builtInPatterns: builtInProfiles.flatMap((profile) => profile.matches).filter((p) => installed.has(p)),
  });
  const templates = createTemplateService({
    repository: createTemplateRepository(db),
    kv,
    starters: starterTemplates,
    hash: hashConversation,
    // Which template, when: never the customer's text (statistics).
    recordUse: ({ templateId, at, site, conversation, operator }) =>
      events.addMany([{ at, type: 'template-used', site, operator, conversation, template: templateId }]),
    operator: () => stats.operator(),
    now,
    random: Math.random,
    newId: () => crypto.randomUUID(),
    atomically: (task) => db.transaction('rw', [db.templates, db.kv, db.events], task),
  });
  // Started now, finished before a stop closes the database under them.
  const starting = Promise.all([
    templates
      .installStarters()
      .catch((error: unknown) => console.error('Nezabudka: starter templates', error)),
    sites.restore().catch((error: unknown) => console.error('Nezabudka: site access', error)),
  ]);
  browser.tabs.onRemoved.addListener((tabId) => clocks.tabClosed(tabId));
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-focus') void clocks.toggleFocus();
    const toActiveTab = (message: PushMessage) =>
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        if (tab?.id !== undefined) hub.sendToTab(tab.id, message);
      });
    if (command === 'toggle-queue') toActiveTab({ type: 'togglePanel' });
    if (command === 'open-palette')
      void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
        if (tab?.id === undefined) return;
        if (hub.connectedTabs().includes(tab.id)) return hub.sendToTab(tab.id, { type: 'openPalette' });
        // A page no profile detects keeps no port: its content script hears the command directly.
        const message: TabCommand = { nz: 'tab', command: 'openPalette' };
        browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
      });
  });

  const stopListening = listenForRequests({
    ping: ({ sentAt }) => ({ sentAt, version: browser.runtime.getManifest().version }),
    getSettings: () => operatorAssigned.then(() => settings.get()),
    updateSettings: (patch) => settings.update(patch),
    observe: async (observation, sender) => {
      await clocks.observe(observation, sender.tabId);
      return null;
    },
    getOverview: () => clocks.overview(),
    startFocus: ({ minutes }) => clocks.startFocus(minutes),
    // A helpdesk tab learns who waited on its own site only; the popup sees every site.
    stopFocus: async (_, sender) => {
      const summary = await clocks.stopFocus();
      return sender.extensionPage ? summary : summary.filter((entry) => entry.site === sender.site);
    },
    dismissFocusSummary: () => clocks.dismissFocusSummary(),
    jumpTo: ({ site, key }) => clocks.jumpTo(site, key),
    dismiss: ({ site, key }) => clocks.dismiss(site, key),
    // A content script's `site` is its own page's: the router refuses any other.
    replySent: ({ site, key }, sender) => clocks.replied(site, key, sender.tabId),
    listProfiles: () => profiles.list(),
    // Teach mode may replace only its own site's profile; the settings page any.
    saveProfile: ({ profile, previousId }, sender) => profiles.save(profile, previousId, sender.site),
    deleteProfile: async ({ id }) => {
      await profiles.remove(id);
      return null;
    },
    importProfiles: ({ text }) => profiles.importFile(text),
    exportProfiles: ({ ids }) => profiles.exportFile(ids),
    profilesForUrl: ({ url }) => profiles.forUrl(url),
    siteStatus: ({ url }) => sites.status(url),
    teachInvitation: async ({ url }) => teachInvitation(await sites.status(url), builtInProfiles, url),
    loadSensorStage: (_, sender) => injectStage('loadSensorStage', sender),
    loadUiStage: (_, sender) => injectStage('loadUiStage', sender),
    enableSite: ({ url, tabId }) => sites.enable(url, tabId),
    disableSite: async ({ url }) => {
      const status = await sites.disable(url);
      // Nothing of a site the operator switched off stays behind: its clocks name its customers.
      await clocks.forgetSite(new URL(url).origin);
      return status;
    },
    listTemplates: () => templates.list(),
    saveTemplate: (draft) => templates.save(draft),
    duplicateTemplate: ({ id }) => templates.duplicate(id),
    deleteTemplate: ({ id }) => templates.remove(id),
    restoreTemplate: (template) => templates.restore(template),
    recordTemplateUse: async ({ id, site, key, variant }) => {
      await templates.use(id, site, key, variant);
      return null;
    },
    pickTemplateWording: ({ id, site, key }) => templates.pick(id, site, key),
    previewTemplateImport: ({ text, fileName }) => templates.previewImport(text, fileName),
    importTemplates: ({ text, fileName, choices }) => templates.importFile(text, fileName, choices),
    exportTemplates: ({ ids, format }) => templates.exportFile(ids, format),
    getStats: (query) => stats.getStats(query),
    exportStats: (request) => stats.exportStats(request),
    clearStats: async () => ({ ...(await stats.clear()), clocks: await clocks.forgetAll() }),
  });
  void clocks.tick();
  ageClocks(true);
  return {
    db,
    clocks,
    async stop() {
      stopListening();
      await starting;
      await clocks.idle();
      db.close();
    },
  };
}
