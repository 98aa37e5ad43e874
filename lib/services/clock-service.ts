import { UserError } from '../i18n/user-error';
import type { EventRecord } from '../db/database';
import type { ConversationRepository } from '../db/conversation-repository';
import type { EventRepository } from '../db/event-repository';
import type { KvRepository } from '../db/kv-repository';
import { collectAlerts } from '../domain/alerts';
import { evaluateClock, isStale, levelOf, STALE_AFTER_MS } from '../domain/clock';
import type { ConversationRecord, TrackerEvent } from '../domain/conversation';
import {
  isFocusActive,
  passesFocus,
  startFocus,
  summariseFocus,
  type FocusState,
  type FocusSummaryEntry,
} from '../domain/focus';
import { planNotifications, type NotificationPlan, type PendingAlert } from '../domain/notification-plan';
import type { Observation } from '../domain/observation';
import { thresholdsForSite, type Settings } from '../domain/settings';
import { ageConversations } from '../domain/conversation-lifetime';
import { applyObservation, dismissWait, openKeysOf, operatorReplied } from '../domain/tracker';
import type { Overview, PushMessage, SiteClocks, StorageProblem } from '../messaging/protocol';

export interface ClockServiceDeps {
  conversations: ConversationRepository;
  events: EventRepository;
  kv: KvRepository;
  hash: (site: string, key: string) => Promise<string>;
  /** The operator id recorded with every statistics event. */
  operator: () => Promise<string>;
  getSettings: () => Promise<Settings>;
  push: {
    /** To the tab's pages on `site` only: a tab that has gone on to another site hears nothing of it. */
    toTab(tabId: number, message: PushMessage, site: string): void;
    toAll(message: PushMessage): void;
  };
  alerts: {
    notify(plan: NotificationPlan, settings: Settings): void;
    focusEnded(summary: FocusSummaryEntry[], settings: Settings): void;
    setBadge(count: number, settings: Settings): void;
    focusTab(tabId: number): Promise<void>;
  };
  /** Wake `tick` at this instant (a timer while awake, an alarm otherwise); null = nothing due. */
  schedule(at: number | null): void;
  /**
   * Runs database work as one read-write transaction over the clocks and the
   * statistics events: all of it is written or none.
   */
  atomically: <T>(task: () => Promise<T>) => Promise<T>;
  now(): number;
}

interface FocusLogEntry {
  site: string;
  key: string;
  name: string | null;
  waitingSince: number;
  answeredAt: number | null;
}

const FOCUS_KEY = 'focus';
const FOCUS_LOG_KEY = 'focusLog';
const FOCUS_SUMMARY_KEY = 'lastFocusSummary';
/** When the clocks were last aged; a start-up within a day of it skips ageing (it reads every clock). */
const AGED_AT_KEY = 'clocksAgedAt';
const AGE_EVERY_MS = 24 * 3600_000;
const id = (site: string, key: string) => `${site}\n${key}`;

/**
 * The brain of the background: keeps every conversation's clock, turns page
 * observations and the passage of time into alerts, statistics events and pushes
 * to the overlays. All work is serialised, so two tabs of one helpdesk (or a tab
 * and an alarm) never interleave and never double-count.
 */
export function createClockService(deps: ClockServiceDeps) {
  const sites = new Map<string, Map<string, ConversationRecord>>();
  const tabSites = new Map<number, string>();
  /** The chats each tab showed open in its last observation. */
  const tabOpen = new Map<number, Set<string>>();
  const openInOtherTabs = (site: string, tabId: number | undefined) => {
    const keys = new Set<string>();
    for (const [other, otherSite] of tabSites) {
      if (other !== tabId && otherSite === site) for (const key of tabOpen.get(other) ?? []) keys.add(key);
    }
    return keys;
  };
  let focus: FocusState | null = null;
  let focusLog = new Map<string, FocusLogEntry>();
  let lastFocusSummary: FocusSummaryEntry[] | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  /**
   * Clocks and statistics rows a write failed for (a full disk, a quota): kept
   * here and written again on the next wake.
   */
  const unsaved = new Map<string, ConversationRecord>();
  let unsavedRows: EventRecord[] = [];
  let storageProblem: StorageProblem | null = null;

  /**
   * Writes clocks together with the statistics events that moved them, in one
   * transaction: a reply is never counted without its clock moving, nor lost
   * while the clock moved (a worker stopped between two writes, a full disk).
   * A failed write is never silently dropped: clocks and rows wait in memory,
   * the popup says so, and every later task tries them again first.
   */
  async function save(records: readonly ConversationRecord[], events: readonly TrackerEvent[] = []) {
    for (const record of records) unsaved.set(id(record.site, record.key), record);
    // Fingerprints come from crypto.subtle: awaiting it inside the transaction would commit it early.
    unsavedRows.push(...(await eventRows(events)));
    if (unsaved.size === 0 && unsavedRows.length === 0) return;
    const pending = [...unsaved.values()];
    const pendingRows = [...unsavedRows];
    try {
      await deps.atomically(async () => {
        await deps.conversations.putMany(pending);
        await deps.events.addMany(pendingRows);
      });
      for (const record of pending)
        if (unsaved.get(id(record.site, record.key)) === record) unsaved.delete(id(record.site, record.key));
      const written = new Set(pendingRows);
      unsavedRows = unsavedRows.filter((row) => !written.has(row));
      storageProblem = null;
    } catch (error) {
      storageProblem = {
        since: storageProblem?.since ?? deps.now(),
        reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        unsaved: unsaved.size,
      };
      console.error('Nezabudka: clocks not saved, will retry', error);
    }
  }

  const ready = (async () => {
    // Only the clocks a tab may draw: a month of closed conversations stays on disk, fetched
    // again if its row comes back (recall), so a wake stays quick however old the database.
    for (const record of await deps.conversations.changedSince(deps.now() - STALE_AFTER_MS))
      siteMap(record.site).set(record.key, record);
    focus = (await deps.kv.get<FocusState>(FOCUS_KEY)) ?? null;
    focusLog = new Map(
      (await deps.kv.get<FocusLogEntry[]>(FOCUS_LOG_KEY))?.map((e) => [id(e.site, e.key), e]),
    );
    lastFocusSummary = (await deps.kv.get<FocusSummaryEntry[]>(FOCUS_SUMMARY_KEY)) ?? null;
  })();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(() => ready).then(task);
    queue = run.catch((error: unknown) => console.error('Nezabudka: clock service', error));
    return run;
  }

  /** Brings back from disk the clocks of conversations a page shows again after 12 hours unseen. */
  async function recall(site: string, keys: readonly string[]) {
    const records = siteMap(site);
    const missing = keys.filter((key) => !records.has(key));
    for (const record of await deps.conversations.getMany(site, missing)) records.set(record.key, record);
  }

  function siteMap(site: string) {
    let map = sites.get(site);
    if (!map) sites.set(site, (map = new Map()));
    return map;
  }

  /** The last focus summary's entries for one site: a helpdesk tab is told of its own customers only. */
  const summaryFor = (site: string) => lastFocusSummary?.filter((entry) => entry.site === site) ?? null;

  /**
   * A focus period ended: every page hears it, and each helpdesk tab gets the part
   * of the summary for its own site only (another site's customers are not its
   * business, and a page script could read them); the popup reads the whole one.
   */
  function pushFocusSummary() {
    deps.push.toAll({ type: 'focus', focus: null, summary: null });
    for (const [tabId, site] of tabSites)
      deps.push.toTab(tabId, { type: 'focus', focus: null, summary: summaryFor(site) }, site);
  }

  async function siteClocks(site: string, records: ConversationRecord[]): Promise<SiteClocks> {
    const settings = await deps.getSettings();
    return {
      site,
      records,
      thresholds: thresholdsForSite(settings, site),
      followUpSec: settings.followUpSec,
    };
  }

  /**
   * A site's clocks a tab can draw: not those of conversations unseen for 12 hours (closed in
   * the desk), which a month of use makes thousands of, all walked by the overlay every second.
   */
  const liveRecords = (site: string, now: number) =>
    [...siteMap(site).values()].filter((record) => !isStale(record, now));
  const liveClocks = (site: string, now: number) => siteClocks(site, liveRecords(site, now));

  async function pushToSite(site: string, records: ConversationRecord[], replace: boolean) {
    if (!replace && records.length === 0) return;
    const message: PushMessage = { type: 'clocks', clocks: await siteClocks(site, records), replace };
    for (const [tabId, tabSite] of tabSites) if (tabSite === site) deps.push.toTab(tabId, message, site);
  }

  /** Statistics rows for tracker events: who (operator), which chat (hash), how long. */
  async function eventRows(events: readonly TrackerEvent[]): Promise<EventRecord[]> {
    if (events.length === 0) return [];
    const operator = await deps.operator();
    const rows: EventRecord[] = [];
    for (const event of events) {
      const record = sites.get(event.site)?.get(event.key);
      const row: EventRecord = {
        at: event.at,
        type: event.type,
        site: event.site,
        operator,
        conversation: await deps.hash(event.site, event.key),
        priority: record ? levelOf(record) : 'normal',
      };
      if (event.type === 'reply') {
        row.replyMs = event.replyMs;
        if (event.firstResponseMs !== null)
          rows.push({ ...row, type: 'first-response', firstResponseMs: event.firstResponseMs });
      } else if (event.type === 'warn' || event.type === 'breach' || event.type === 'forgotten') {
        row.waitMs = event.at - event.waitingSince;
      } else if (event.type === 'dismissed' && event.waitingSince !== null) {
        row.waitMs = event.at - event.waitingSince;
      }
      rows.push(row);
    }
    return rows;
  }

  async function recordFocus(type: 'focus-started' | 'focus-ended', at: number, focusMs?: number) {
    const row: EventRecord = { at, type, site: '', operator: await deps.operator(), conversation: '' };
    if (focusMs !== undefined) row.focusMs = focusMs;
    await deps.events.addMany([row]);
  }

  /**
   * Evaluates every clock at `now`: raises each alert once per wait, keeps the
   * toolbar badge and the focus log current, and schedules the next wake-up.
   */
  async function evaluate(now: number, settings: Settings, replies: readonly TrackerEvent[]) {
    const changed: ConversationRecord[] = [];
    const alertEvents: TrackerEvent[] = [];
    const pending: PendingAlert[] = [];
    let urgent = 0;
    let next: number | null = null;
    const focusing = isFocusActive(focus, now);

    for (const [site, records] of sites) {
      const thresholds = thresholdsForSite(settings, site);
      for (const record of records.values()) {
        if (record.waitingSince === null && record.awaitingCustomerSince === null) continue;
        if (isStale(record, now)) continue;
        const view = evaluateClock(record, thresholds, now, settings.followUpSec);
        if (view.state === 'breach' || view.state === 'forgotten') urgent += 1;
        if (view.nextChangeAt !== null)
          next = next === null ? view.nextChangeAt : Math.min(next, view.nextChangeAt);
        const result = collectAlerts(record, view, now);
        if (result.record !== record) {
          records.set(record.key, result.record);
          changed.push(result.record);
        }
        for (const event of result.events) {
          alertEvents.push(event);
          if (event.type === 'warn' || event.type === 'breach' || event.type === 'forgotten') {
            pending.push({
              site,
              key: record.key,
              name: record.name,
              state: event.type,
              level: view.level,
              waitSec: view.waitSec,
            });
          }
        }
        if (focusing && record.waitingSince !== null) {
          const entry = focusLog.get(id(site, record.key));
          if (!entry || entry.answeredAt !== null) {
            focusLog.set(id(site, record.key), {
              site,
              key: record.key,
              name: record.name,
              waitingSince: record.waitingSince,
              answeredAt: null,
            });
          }
        }
      }
    }
    if (focusing) {
      for (const reply of replies) {
        const entry = focusLog.get(id(reply.site, reply.key));
        if (entry && entry.answeredAt === null) entry.answeredAt = reply.at;
      }
      await deps.kv.set(FOCUS_LOG_KEY, [...focusLog.values()]);
    }

    await save(changed, alertEvents);

    const plan = planNotifications(
      focusing ? pending.filter((alert) => passesFocus(alert, settings.focus)) : pending,
      settings.notifications,
    );
    if (plan.individual.length > 0 || plan.summary) deps.alerts.notify(plan, settings);
    if (settings.notifications.sound && (plan.individual.length > 0 || plan.summary)) {
      const site = (plan.summary ?? plan.individual)[0]!.site;
      const tab = [...tabSites].find(([, tabSite]) => tabSite === site)?.[0];
      if (tab !== undefined) deps.push.toTab(tab, { type: 'sound' }, site);
    }
    deps.alerts.setBadge(urgent, settings);

    if (focus && focusing && focus.until !== null)
      next = next === null ? focus.until : Math.min(next, focus.until);
    deps.schedule(next);
    return changed;
  }

  async function endFocusIfDue(now: number, settings: Settings, force: boolean) {
    if (!focus || (!force && isFocusActive(focus, now))) return null;
    const end = focus.until !== null && !force ? Math.min(now, focus.until) : now;
    const summary = summariseFocus(focus, end, [...focusLog.values()]);
    await recordFocus('focus-ended', end, Math.max(0, end - focus.startedAt));
    focus = null;
    focusLog = new Map();
    lastFocusSummary = summary;
    await Promise.all([
      deps.kv.remove(FOCUS_KEY),
      deps.kv.remove(FOCUS_LOG_KEY),
      deps.kv.set(FOCUS_SUMMARY_KEY, summary),
    ]);
    pushFocusSummary();
    deps.alerts.focusEnded(summary, settings);
    return summary;
  }

  const service = {
    /** Resolves when every queued task has finished (shutdown, tests). */
    idle: () => queue.then(() => undefined),

    /** A content script reports what its page shows. */
    observe: (observation: Observation, tabId: number | undefined) =>
      serial(async () => {
        const now = deps.now();
        const settings = await deps.getSettings();
        const isNewTab = tabId !== undefined && tabSites.get(tabId) !== observation.site;
        if (tabId !== undefined) tabSites.set(tabId, observation.site);
        const records = siteMap(observation.site);
        await recall(observation.site, [
          ...observation.rows.map((row) => row.key),
          ...(observation.chat?.key ? [observation.chat.key] : []),
        ]);
        const { changed, events } = applyObservation(
          records,
          observation,
          now,
          { keywords: settings.priorityKeywords, vip: settings.vipList },
          openInOtherTabs(observation.site, tabId),
        );
        if (tabId !== undefined) tabOpen.set(tabId, openKeysOf(observation));
        for (const record of changed) records.set(record.key, record);
        await save(changed, events);
        const alerted = await evaluate(
          now,
          settings,
          events.filter((event) => event.type === 'reply'),
        );
        const touched = new Map(
          [...changed, ...alerted].filter((r) => r.site === observation.site).map((r) => [r.key, r]),
        );
        if (isNewTab && tabId !== undefined) {
          const full: PushMessage = {
            type: 'clocks',
            clocks: await liveClocks(observation.site, now),
            replace: true,
          };
          deps.push.toTab(tabId, full, observation.site);
          // Its own site's part of a focus summary not yet dismissed (greet sends it only to a tab seen before).
          const own = summaryFor(observation.site);
          if (own?.length)
            deps.push.toTab(
              tabId,
              { type: 'focus', focus: isFocusActive(focus, now) ? focus : null, summary: own },
              observation.site,
            );
        }
        await pushToSite(observation.site, [...touched.values()], false);
      }),

    /** Time passed (timer or alarm): raise due alerts, end a finished focus. */
    tick: () =>
      serial(async () => {
        const now = deps.now();
        const settings = await deps.getSettings();
        await endFocusIfDue(now, settings, false);
        const changed = await evaluate(now, settings, []);
        const bySite = new Map<string, ConversationRecord[]>();
        for (const record of changed) bySite.set(record.site, [...(bySite.get(record.site) ?? []), record]);
        for (const [site, records] of bySite) await pushToSite(site, records, false);
      }),

    /** Settings changed: thresholds and rules may differ now. */
    settingsChanged: () =>
      serial(async () => {
        const settings = await deps.getSettings();
        await evaluate(deps.now(), settings, []);
        const now = deps.now();
        for (const site of new Set(tabSites.values())) await pushToSite(site, liveRecords(site, now), true);
      }),

    /**
     * A content script (or an extension page) connected from a page on `page`'s
     * site: send what it needs to draw without waiting for a change. A tab last
     * seen on another site has gone on to this one (one helpdesk, then another,
     * in the same tab): it is no longer that site's tab, and hears nothing of it.
     */
    greet: (tabId: number | undefined, page: string | null, send: (message: PushMessage) => void) =>
      serial(async () => {
        if (tabId !== undefined && tabSites.has(tabId) && tabSites.get(tabId) !== page) {
          tabSites.delete(tabId);
          tabOpen.delete(tabId);
        }
        const site = tabId === undefined ? undefined : tabSites.get(tabId);
        send({
          type: 'focus',
          focus: isFocusActive(focus, deps.now()) ? focus : null,
          summary: site ? summaryFor(site) : null,
        });
        if (site)
          send({
            type: 'clocks',
            clocks: await liveClocks(site, deps.now()),
            replace: true,
          });
      }),

    /** The tab is gone: stop pushing to it and jumping to it. */
    tabClosed(tabId: number) {
      tabSites.delete(tabId);
      tabOpen.delete(tabId);
    },

    /**
     * What the popup shows: every site, but only the clocks its queue can show (a
     * month of conversations closed long ago made each popup load slow).
     */
    overview: () =>
      serial(async (): Promise<Overview> => {
        const now = deps.now();
        const clocks = await Promise.all([...sites.keys()].map((site) => liveClocks(site, now)));
        return {
          sites: clocks,
          focus: isFocusActive(focus, now) ? focus : null,
          lastFocusSummary,
          storageProblem,
        };
      }),

    startFocus: (minutes: number | null) =>
      serial(async () => {
        const now = deps.now();
        // A new period replaces a running one: its time so far still counts.
        if (isFocusActive(focus, now)) await recordFocus('focus-ended', now, now - focus.startedAt);
        focus = startFocus(now, minutes);
        await recordFocus('focus-started', now);
        focusLog = new Map();
        lastFocusSummary = null;
        await Promise.all([
          deps.kv.set(FOCUS_KEY, focus),
          deps.kv.remove(FOCUS_LOG_KEY),
          deps.kv.remove(FOCUS_SUMMARY_KEY),
        ]);
        deps.push.toAll({ type: 'focus', focus, summary: null });
        await evaluate(now, await deps.getSettings(), []);
        return focus;
      }),

    stopFocus: () =>
      serial(async () => (await endFocusIfDue(deps.now(), await deps.getSettings(), true)) ?? []),

    /** The keyboard command: focus until stopped, or stop it. */
    toggleFocus: async () => {
      const { focus: current } = await service.focusState();
      if (current) await service.stopFocus();
      else await service.startFocus(null);
    },

    dismissFocusSummary: () =>
      serial(async () => {
        lastFocusSummary = null;
        await deps.kv.remove(FOCUS_SUMMARY_KEY);
        deps.push.toAll({
          type: 'focus',
          focus: isFocusActive(focus, deps.now()) ? focus : null,
          summary: null,
        });
        return null;
      }),

    focusState: () =>
      serial(async () => ({
        focus: isFocusActive(focus, deps.now()) ? focus : null,
        summary: lastFocusSummary,
      })),

    /** The operator clears a conversation from the queue: nobody waits there any more. */
    dismiss: (site: string, key: string) =>
      serial(async () => {
        const record = sites.get(site)?.get(key);
        if (!record) return null;
        const now = deps.now();
        const cleared = dismissWait(record, now);
        siteMap(site).set(key, cleared);
        await save([cleared], [{ type: 'dismissed', site, key, at: now, waitingSince: record.waitingSince }]);
        await evaluate(now, await deps.getSettings(), []);
        await pushToSite(site, [cleared], false);
        return null;
      }),

    /**
     * The operator replied in this conversation through the console's own Send:
     * the wait ends exactly as an operator bubble would end it (reply time, first
     * response, focus log), alerts and the toolbar badge are re-evaluated, and
     * the site's tabs get the new clock. A tab that reported another site, an
     * unknown conversation or one where nobody waits: nothing changes (the bubble
     * that follows a reply is not a second reply either).
     */
    replied: (site: string, key: string, tabId: number | undefined) =>
      serial(async () => {
        const tabSite = tabId === undefined ? undefined : tabSites.get(tabId);
        if (tabSite !== undefined && tabSite !== site) return null;
        const record = sites.get(site)?.get(key);
        if (!record || record.waitingSince === null) return null;
        const now = deps.now();
        const reply = operatorReplied(record, now);
        const answered: ConversationRecord = { ...reply.record, updatedAt: now };
        siteMap(site).set(key, answered);
        await save([answered], reply.events);
        const alerted = await evaluate(now, await deps.getSettings(), reply.events);
        const touched = new Map([answered, ...alerted].filter((r) => r.site === site).map((r) => [r.key, r]));
        await pushToSite(site, [...touched.values()], false);
        return null;
      }),

    /**
     * Customer data's lifetime (daily, and at start-up when a day has passed since
     * the last time): clocks unseen past the retention period are deleted, names no
     * clock needs any more are dropped. Null when skipped as not due.
     */
    age: ({ onlyIfDue = false }: { onlyIfDue?: boolean } = {}) =>
      serial(async () => {
        const now = deps.now();
        const agedAt = await deps.kv.get<number>(AGED_AT_KEY);
        if (onlyIfDue && typeof agedAt === 'number' && now - agedAt >= 0 && now - agedAt < AGE_EVERY_MS)
          return null;
        const { retentionDays } = await deps.getSettings();
        // Every stored clock, the newer copy in memory where there is one (a write may be pending).
        const all = new Map(
          (await deps.conversations.all()).map((record) => [id(record.site, record.key), record]),
        );
        for (const records of sites.values())
          for (const record of records.values()) all.set(id(record.site, record.key), record);
        const { remove, renamed } = ageConversations([...all.values()], now, retentionDays);
        for (const record of remove) {
          sites.get(record.site)?.delete(record.key);
          unsaved.delete(id(record.site, record.key));
        }
        for (const record of renamed)
          if (sites.get(record.site)?.has(record.key)) siteMap(record.site).set(record.key, record);
        await deps.conversations.deleteMany(remove);
        await save(renamed);
        await deps.kv.set(AGED_AT_KEY, now);
        for (const site of new Set([...remove, ...renamed].map((record) => record.site)))
          await pushToSite(site, liveRecords(site, now), true);
        return { removed: remove.length, renamed: renamed.length };
      }),

    /** The operator disabled a site: its clocks (names, waits) go with it. */
    forgetSite: (site: string) =>
      serial(async () => {
        sites.delete(site);
        for (const [at, record] of unsaved) if (record.site === site) unsaved.delete(at);
        const removed = await deps.conversations.deleteSite(site);
        await pushToSite(site, [], true);
        return removed;
      }),

    /** The operator cleared everything: every clock and the last focus summary (it names customers). */
    forgetAll: () =>
      serial(async () => {
        const open = [...sites.keys()];
        sites.clear();
        unsaved.clear();
        // Statistics not yet written are cleared with the rest.
        unsavedRows = [];
        storageProblem = null;
        focusLog = new Map();
        lastFocusSummary = null;
        const removed = await deps.conversations.clear();
        await Promise.all([deps.kv.remove(FOCUS_LOG_KEY), deps.kv.remove(FOCUS_SUMMARY_KEY)]);
        for (const site of open) await pushToSite(site, [], true);
        deps.push.toAll({
          type: 'focus',
          focus: isFocusActive(focus, deps.now()) ? focus : null,
          summary: null,
        });
        return removed;
      }),

    /** Bring the conversation's tab forward and ask its page to open the conversation. */
    jumpTo: (site: string, key: string) =>
      serial(async () => {
        const tabs = [...tabSites].filter(([, tabSite]) => tabSite === site).map(([tabId]) => tabId);
        const tabId = tabs.at(-1);
        if (tabId === undefined) throw new UserError('tabGone');
        await deps.alerts.focusTab(tabId);
        deps.push.toTab(tabId, { type: 'activate', key }, site);
        return null;
      }),
  };
  return service;
}

export type ClockService = ReturnType<typeof createClockService>;
