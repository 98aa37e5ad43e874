import type { ConversationRecord } from '../domain/conversation';
import { thresholdsForSite, type Settings } from '../domain/settings';
import type { PushMessage, SiteClocks } from '../messaging/protocol';
import type { ClockStore } from './clock-store';
import type { TabRegistry } from './tab-registry';

export interface ClockPushesDeps {
  getSettings: () => Promise<Settings>;
  push: { toTab(tabId: number, message: PushMessage, site: string): void };
  tabs: TabRegistry;
  store: ClockStore;
}

/**
 * Clocks on their way to the overlays: each with its site's thresholds, and only
 * to that site's tabs.
 */
export function createClockPushes(deps: ClockPushesDeps) {
  async function siteClocks(site: string, records: ConversationRecord[]): Promise<SiteClocks> {
    const settings = await deps.getSettings();
    return {
      site,
      records,
      thresholds: thresholdsForSite(settings, site),
      followUpSec: settings.followUpSec,
    };
  }

  async function toSite(site: string, records: ConversationRecord[], replace: boolean, except?: number) {
    if (!replace && records.length === 0) return;
    const tabs = deps.tabs.tabsOf(site).filter((tabId) => tabId !== except);
    if (tabs.length === 0) return;
    const message: PushMessage = { type: 'clocks', clocks: await siteClocks(site, records), replace };
    for (const tabId of tabs) deps.push.toTab(tabId, message, site);
  }

  return {
    /** The site's clocks a tab can draw (seen in the last 12 hours), for a tab or the popup. */
    live: (site: string, now: number) => siteClocks(site, deps.store.live(site, now)),

    /** The site's tabs replace every clock they hold with these. */
    replace: (site: string, records: ConversationRecord[]) => toSite(site, records, true),

    /** The site's tabs redraw everything they may draw (thresholds or retention changed). */
    refresh: (site: string, now: number) => toSite(site, deps.store.live(site, now), true),

    /**
     * Changed clocks, each to its own site's tabs (the last copy of a conversation wins), but
     * `except`: a tab that has just been sent all of its site's clocks, these among them.
     */
    async changed(records: readonly ConversationRecord[], except?: number) {
      const bySite = new Map<string, Map<string, ConversationRecord>>();
      for (const record of records) {
        const site = bySite.get(record.site) ?? new Map<string, ConversationRecord>();
        bySite.set(record.site, site.set(record.key, record));
      }
      for (const [site, touched] of bySite) await toSite(site, [...touched.values()], false, except);
    },
  };
}

export type ClockPushes = ReturnType<typeof createClockPushes>;
