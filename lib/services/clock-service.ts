import { UserError } from '../i18n/user-error';
import type { ConversationRepository } from '../db/conversation-repository';
import type { EventRepository } from '../db/event-repository';
import type { KvRepository } from '../db/kv-repository';
import { sweepClocks } from '../domain/clock-sweep';
import type { ConversationRecord, TrackerEvent } from '../domain/conversation';
import type { FocusSummaryEntry } from '../domain/focus';
import type { NotificationPlan } from '../domain/notification-plan';
import type { Observation } from '../domain/observation';
import type { Settings } from '../domain/settings';
import { dismissWait, operatorReplied } from '../domain/conversation-record';
import { applyObservation, openKeysOf } from '../domain/tracker';
import type { Overview, PushMessage } from '../messaging/protocol';
import { createClockAlerts } from './clock-alerts';
import { createClockLifetime } from './clock-lifetime';
import { createClockPushes } from './clock-pushes';
import { createClockStore } from './clock-store';
import { createFocusService } from './focus-service';
import { createTabRegistry } from './tab-registry';

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
   * Runs database work as one read-write transaction over the clocks, the
   * statistics events and the key-value store (focus): all of it is written or none.
   */
  atomically: <T>(task: () => Promise<T>) => Promise<T>;
  now(): number;
}

/**
 * The brain of the background: keeps every conversation's clock, turns page
 * observations and the passage of time into alerts, statistics events and pushes
 * to the overlays. All work is serialised, so two tabs of one helpdesk (or a tab
 * and an alarm) never interleave and never double-count. The clocks' memory and
 * writes (clock-store), the tabs (tab-registry), focus (focus-service), what the
 * operator hears (clock-alerts), pushes to the overlays (clock-pushes) and how
 * long customer data lives (clock-lifetime) each have their own file.
 */
export function createClockService(deps: ClockServiceDeps) {
  const tabs = createTabRegistry();
  const store = createClockStore(deps);
  const alerts = createClockAlerts({ ...deps, tabs });
  const pushes = createClockPushes({ ...deps, tabs, store });
  const focus = createFocusService({
    ...deps,
    tabs,
    serial,
    evaluate: (now, settings) => evaluate(now, settings, []),
  });
  const lifetime = createClockLifetime({ ...deps, store, focus, pushes, serial });
  let queue: Promise<unknown> = Promise.resolve();
  const ready = (async () => {
    await store.load();
    await focus.load();
  })();

  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(() => ready).then(task);
    queue = run.catch((error: unknown) => console.error('Nezabudka: clock service', error));
    return run;
  }

  /**
   * Evaluates every clock at `now`: raises each alert once per wait, keeps the
   * toolbar badge and the focus log current, and schedules the next wake-up.
   */
  async function evaluate(now: number, settings: Settings, replies: readonly TrackerEvent[]) {
    const sweep = sweepClocks(store.entries(), settings, now);
    for (const record of sweep.changed) store.set(record);
    await focus.track(now, sweep.waiting, replies);
    await store.save(sweep.changed, sweep.events);
    alerts.raise(focus.passing(sweep.pending, settings, now), sweep.urgent, settings);
    const due = [sweep.next, focus.dueAt(now)].filter((at): at is number => at !== null);
    deps.schedule(due.length > 0 ? Math.min(...due) : null);
    return sweep.changed;
  }

  return {
    /** Resolves when every queued task has finished (shutdown, tests). */
    idle: () => queue.then(() => undefined),

    /** A content script reports what its page shows. */
    observe: (observation: Observation, tabId: number | undefined) =>
      serial(async () => {
        const now = deps.now();
        const settings = await deps.getSettings();
        const { site } = observation;
        const isNewTab = tabId !== undefined && tabs.visit(tabId, site);
        const records = store.site(site);
        await store.recall(site, [
          ...observation.rows.map((row) => row.key),
          ...(observation.chat?.key ? [observation.chat.key] : []),
        ]);
        const { changed, events } = applyObservation(
          records,
          observation,
          now,
          { keywords: settings.priorityKeywords, vip: settings.vipList },
          tabs.openInOtherTabs(site, tabId),
        );
        if (tabId !== undefined) tabs.setOpen(tabId, openKeysOf(observation));
        for (const record of changed) records.set(record.key, record);
        await store.save(changed, events);
        const replies = events.filter((event) => event.type === 'reply');
        const alerted = await evaluate(now, settings, replies);
        const touched = [...changed, ...alerted].filter((record) => record.site === site);
        if (isNewTab) {
          deps.push.toTab(
            tabId,
            { type: 'clocks', clocks: await pushes.live(site, now), replace: true },
            site,
          );
          // Its own site's part of a focus summary not yet dismissed (greet sends it only to a tab seen before).
          const own = focus.summaryFor(site);
          if (own?.length)
            deps.push.toTab(tabId, { type: 'focus', focus: focus.activeAt(now), summary: own }, site);
        }
        // A new tab has them all already: a second round would be a second redraw of its loading page.
        await pushes.changed(touched, isNewTab ? tabId : undefined);
      }),

    /** Time passed (timer or alarm): raise due alerts, end a finished focus. */
    tick: () =>
      serial(async () => {
        const now = deps.now();
        const settings = await deps.getSettings();
        await focus.endIfDue(now, settings);
        await pushes.changed(await evaluate(now, settings, []));
      }),

    /** Settings changed: thresholds and rules may differ now. */
    settingsChanged: () =>
      serial(async () => {
        await evaluate(deps.now(), await deps.getSettings(), []);
        const now = deps.now();
        for (const site of tabs.sites()) await pushes.refresh(site, now);
      }),

    /**
     * A content script (or an extension page) connected from a page on `page`'s
     * site: send what it needs to draw without waiting for a change. A tab last
     * seen on another site has gone on to this one (one helpdesk, then another,
     * in the same tab): it is no longer that site's tab, and hears nothing of it.
     */
    greet: (tabId: number | undefined, page: string | null, send: (message: PushMessage) => void) =>
      serial(async () => {
        const known = tabId === undefined ? undefined : tabs.siteOf(tabId);
        if (tabId !== undefined && known !== undefined && known !== page) tabs.forget(tabId);
        const site = tabId === undefined ? undefined : tabs.siteOf(tabId);
        send({
          type: 'focus',
          focus: focus.activeAt(deps.now()),
          summary: site ? focus.summaryFor(site) : null,
        });
        if (site) send({ type: 'clocks', clocks: await pushes.live(site, deps.now()), replace: true });
      }),

    /** The tab is gone: stop pushing to it and jumping to it. */
    tabClosed: (tabId: number) => tabs.forget(tabId),

    /**
     * What the popup shows: every site, but only the clocks its queue can show (a
     * month of conversations closed long ago made each popup load slow).
     */
    overview: () =>
      serial(async (): Promise<Overview> => {
        const now = deps.now();
        return {
          sites: await Promise.all(store.siteNames().map((site) => pushes.live(site, now))),
          focus: focus.activeAt(now),
          lastFocusSummary: focus.lastSummary(),
          storageProblem: store.problem(),
        };
      }),

    startFocus: focus.start,
    stopFocus: focus.stop,
    /** The keyboard command: focus until stopped, or stop it. */
    toggleFocus: focus.toggle,
    dismissFocusSummary: focus.dismissSummary,
    focusState: focus.state,

    /** The operator clears a conversation from the queue: nobody waits there any more. */
    dismiss: (site: string, key: string) =>
      serial(async () => {
        const record = store.get(site, key);
        if (!record) return null;
        const now = deps.now();
        const cleared = dismissWait(record, now);
        store.set(cleared);
        await store.save(
          [cleared],
          [{ type: 'dismissed', site, key, at: now, waitingSince: record.waitingSince }],
        );
        await evaluate(now, await deps.getSettings(), []);
        await pushes.changed([cleared]);
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
        const tabSite = tabId === undefined ? undefined : tabs.siteOf(tabId);
        if (tabSite !== undefined && tabSite !== site) return null;
        const record = store.get(site, key);
        if (!record || record.waitingSince === null) return null;
        const now = deps.now();
        const reply = operatorReplied(record, now);
        const answered: ConversationRecord = { ...reply.record, updatedAt: now };
        store.set(answered);
        await store.save([answered], reply.events);
        const alerted = await evaluate(now, await deps.getSettings(), reply.events);
        await pushes.changed([answered, ...alerted].filter((record) => record.site === site));
        return null;
      }),

    ...lifetime,

    /** Bring the conversation's tab forward and ask its page to open the conversation. */
    jumpTo: (site: string, key: string) =>
      serial(async () => {
        const tabId = tabs.tabsOf(site).at(-1);
        if (tabId === undefined) throw new UserError('tabGone');
        await deps.alerts.focusTab(tabId);
        deps.push.toTab(tabId, { type: 'activate', key }, site);
        return null;
      }),
  };
}

export type ClockService = ReturnType<typeof createClockService>;
