import type { EventRepository } from '../db/event-repository';
import type { KvRepository } from '../db/kv-repository';
import type { ConversationRecord, TrackerEvent } from '../domain/conversation';
import {
  isFocusActive,
  passesFocus,
  startFocus,
  summariseFocus,
  type FocusState,
  type FocusSummaryEntry,
} from '../domain/focus';
import type { PendingAlert } from '../domain/notification-plan';
import type { Settings } from '../domain/settings';
import { focusEventRow } from '../domain/stats/tracker-event-rows';
import type { PushMessage } from '../messaging/protocol';
import type { TabRegistry } from './tab-registry';

export interface FocusServiceDeps {
  kv: KvRepository;
  events: EventRepository;
  operator: () => Promise<string>;
  getSettings: () => Promise<Settings>;
  push: {
    toTab(tabId: number, message: PushMessage, site: string): void;
    toAll(message: PushMessage): void;
  };
  alerts: { focusEnded(summary: FocusSummaryEntry[], settings: Settings): void };
  tabs: TabRegistry;
  /** One read-write transaction over the key-value store and the statistics events. */
  atomically: <T>(task: () => Promise<T>) => Promise<T>;
  /** The clock service's queue: focus and the clocks never interleave. */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
  /** Re-evaluates every clock (inside a serialised task): a new period holds alerts from now on. */
  evaluate: (now: number, settings: Settings) => Promise<unknown>;
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
const id = (site: string, key: string) => `${site}\n${key}`;

/**
 * Focus ("do not disturb"): the period, the log of who waited meanwhile and the
 * summary shown when it ends, all kept in the key-value store so a restarted
 * background goes on. Its requests run on the clock service's queue.
 */
export function createFocusService(deps: FocusServiceDeps) {
  let focus: FocusState | null = null;
  let log = new Map<string, FocusLogEntry>();
  let lastSummary: FocusSummaryEntry[] | null = null;

  const activeAt = (now: number) => (isFocusActive(focus, now) ? focus : null);
  /** The last summary's entries for one site: a helpdesk tab is told of its own customers only. */
  const summaryFor = (site: string) => lastSummary?.filter((entry) => entry.site === site) ?? null;

  /** Every page hears the focus state; with `summary`, the same one for all. */
  const announce = (summary: FocusSummaryEntry[] | null = null) =>
    deps.push.toAll({ type: 'focus', focus: activeAt(deps.now()), summary });

  /**
   * A focus period ended: every page hears it, and each helpdesk tab gets the part
   * of the summary for its own site only (another site's customers are not its
   * business, and a page script could read them); the popup reads the whole one.
   */
  function pushSummary() {
    deps.push.toAll({ type: 'focus', focus: null, summary: null });
    for (const [tabId, site] of deps.tabs.entries())
      deps.push.toTab(tabId, { type: 'focus', focus: null, summary: summaryFor(site) }, site);
  }

  async function begin(minutes: number | null) {
    const now = deps.now();
    const operator = await deps.operator();
    const started = startFocus(now, minutes);
    // A new period replaces a running one: its time so far still counts.
    const rows = [
      ...(isFocusActive(focus, now)
        ? [focusEventRow('focus-ended', now, operator, now - focus.startedAt)]
        : []),
      focusEventRow('focus-started', now, operator),
    ];
    // The period and its statistics rows are written together, or neither is.
    await deps.atomically(async () => {
      await deps.events.addMany(rows);
      await deps.kv.set(FOCUS_KEY, started);
      await deps.kv.remove(FOCUS_LOG_KEY);
      await deps.kv.remove(FOCUS_SUMMARY_KEY);
    });
    focus = started;
    log = new Map();
    lastSummary = null;
    deps.push.toAll({ type: 'focus', focus: started, summary: null });
    await deps.evaluate(now, await deps.getSettings());
    return started;
  }

  /** Ends the period when it is over (or now, forced); its summary, or null when none ended. */
  async function end(now: number, settings: Settings, force: boolean) {
    if (!focus || (!force && isFocusActive(focus, now))) return null;
    const at = focus.until !== null && !force ? Math.min(now, focus.until) : now;
    const summary = summariseFocus(focus, at, [...log.values()]);
    const ended = focusEventRow('focus-ended', at, await deps.operator(), Math.max(0, at - focus.startedAt));
    await deps.atomically(async () => {
      await deps.events.addMany([ended]);
      await deps.kv.remove(FOCUS_KEY);
      await deps.kv.remove(FOCUS_LOG_KEY);
      await deps.kv.set(FOCUS_SUMMARY_KEY, summary);
    });
    focus = null;
    log = new Map();
    lastSummary = summary;
    pushSummary();
    deps.alerts.focusEnded(summary, settings);
    return summary;
  }

  const stop = async () => (await end(deps.now(), await deps.getSettings(), true)) ?? [];

  return {
    async load() {
      focus = (await deps.kv.get<FocusState>(FOCUS_KEY)) ?? null;
      log = new Map((await deps.kv.get<FocusLogEntry[]>(FOCUS_LOG_KEY))?.map((e) => [id(e.site, e.key), e]));
      lastSummary = (await deps.kv.get<FocusSummaryEntry[]>(FOCUS_SUMMARY_KEY)) ?? null;
    },

    // Called from the clock service's serialised tasks.
    activeAt,
    summaryFor,
    lastSummary: () => lastSummary,
    endIfDue: (now: number, settings: Settings) => end(now, settings, false),

    /**
     * While focus holds: logs who waits at `now` (a wait logged once, again after it was
     * answered) and which of them `replies` answered, for the summary at the end.
     */
    async track(now: number, waiting: readonly ConversationRecord[], replies: readonly TrackerEvent[]) {
      if (!isFocusActive(focus, now)) return;
      for (const record of waiting) {
        if (record.waitingSince === null) continue;
        const entry = log.get(id(record.site, record.key));
        if (!entry || entry.answeredAt !== null) {
          log.set(id(record.site, record.key), {
            site: record.site,
            key: record.key,
            name: record.name,
            waitingSince: record.waitingSince,
            answeredAt: null,
          });
        }
      }
      for (const reply of replies) {
        const entry = log.get(id(reply.site, reply.key));
        if (entry && entry.answeredAt === null) entry.answeredAt = reply.at;
      }
      await deps.kv.set(FOCUS_LOG_KEY, [...log.values()]);
    },

    /** The alerts that may sound now: during focus, only those the settings let through. */
    passing: (pending: PendingAlert[], settings: Settings, now: number) =>
      isFocusActive(focus, now) ? pending.filter((alert) => passesFocus(alert, settings.focus)) : pending,

    /** When a running period with an end needs a wake-up to end it; null when none. */
    dueAt: (now: number) => (isFocusActive(focus, now) && focus.until !== null ? focus.until : null),

    /** Everything was cleared: the log and the last summary name customers. */
    async forget() {
      log = new Map();
      lastSummary = null;
      await Promise.all([deps.kv.remove(FOCUS_LOG_KEY), deps.kv.remove(FOCUS_SUMMARY_KEY)]);
    },
    announce,

    // The requests, each one serialised task.
    start: (minutes: number | null) => deps.serial(() => begin(minutes)),
    stop: () => deps.serial(stop),
    /** The keyboard command: focus until stopped, or stop it; read and write in one task. */
    toggle: () =>
      deps.serial(async () => {
        if (activeAt(deps.now())) await stop();
        else await begin(null);
      }),
    dismissSummary: () =>
      deps.serial(async () => {
        lastSummary = null;
        await deps.kv.remove(FOCUS_SUMMARY_KEY);
        announce();
        return null;
      }),
    state: () => deps.serial(async () => ({ focus: activeAt(deps.now()), summary: lastSummary })),
  };
}

export type FocusService = ReturnType<typeof createFocusService>;
