import type { ConversationRepository } from '../db/conversation-repository';
import type { EventRepository } from '../db/event-repository';
import { isStale, levelOf, STALE_AFTER_MS } from '../domain/clock';
import { ageConversations } from '../domain/conversation-lifetime';
import type { ConversationRecord, TrackerEvent } from '../domain/conversation';
import { trackerEventRows } from '../domain/stats/tracker-event-rows';
import type { StatsEvent } from '../domain/stats/types';
import type { StorageProblem } from '../messaging/protocol';

export interface ClockStoreDeps {
  conversations: ConversationRepository;
  events: EventRepository;
  hash: (site: string, key: string) => Promise<string>;
  operator: () => Promise<string>;
  /** One read-write transaction over the clocks and the statistics events. */
  atomically: <T>(task: () => Promise<T>) => Promise<T>;
  now(): number;
}

const id = (site: string, key: string) => `${site}\n${key}`;

/**
 * The conversation clocks in memory, per site, and their way to disk: a clock is
 * written together with the statistics events that moved it. Not serialised
 * itself: the clock service calls it from its one queue.
 */
export function createClockStore(deps: ClockStoreDeps) {
  const sites = new Map<string, Map<string, ConversationRecord>>();
  /**
   * Clocks and statistics rows a write failed for (a full disk, a quota): kept
   * here and written again on the next wake.
   */
  const unsaved = new Map<string, ConversationRecord>();
  let unsavedRows: StatsEvent[] = [];
  let storageProblem: StorageProblem | null = null;

  function site(name: string) {
    let map = sites.get(name);
    if (!map) sites.set(name, (map = new Map()));
    return map;
  }

  /** Statistics rows for tracker events, each with its conversation's hash and priority now. */
  async function rowsOf(events: readonly TrackerEvent[]): Promise<StatsEvent[]> {
    if (events.length === 0) return [];
    const operator = await deps.operator();
    const hashes = new Map<TrackerEvent, string>();
    for (const event of events) hashes.set(event, await deps.hash(event.site, event.key));
    return trackerEventRows(events, {
      operator,
      conversation: (event) => hashes.get(event) ?? '',
      priority: (event) => {
        const record = sites.get(event.site)?.get(event.key);
        return record ? levelOf(record) : 'normal';
      },
    });
  }

  /**
   * Writes clocks together with the statistics events that moved them, in one
   * transaction: a reply is never counted without its clock moving, nor lost
   * while the clock moved (a worker stopped between two writes, a full disk).
   * A failed write is never silently dropped: clocks and rows wait in memory,
   * the popup says so, and every later write tries them again first.
   */
  async function save(records: readonly ConversationRecord[], events: readonly TrackerEvent[] = []) {
    for (const record of records) unsaved.set(id(record.site, record.key), record);
    // Fingerprints come from crypto.subtle: awaiting it inside the transaction would commit it early.
    unsavedRows.push(...(await rowsOf(events)));
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

  return {
    /**
     * Only the clocks a tab may draw: a month of closed conversations stays on disk, fetched
     * again if its row comes back (recall), so a wake stays quick however old the database.
     */
    async load() {
      for (const record of await deps.conversations.changedSince(deps.now() - STALE_AFTER_MS))
        site(record.site).set(record.key, record);
    },

    /** One site's clocks by conversation key (created empty). */
    site,
    get: (siteName: string, key: string) => sites.get(siteName)?.get(key),
    set: (record: ConversationRecord) => void site(record.site).set(record.key, record),
    /** Every site with a clock in memory, with its clocks. */
    entries: () => sites.entries(),
    siteNames: () => [...sites.keys()],
    save,
    problem: () => storageProblem,

    /** Brings back from disk the clocks of conversations a page shows again after 12 hours unseen. */
    async recall(siteName: string, keys: readonly string[]) {
      const records = site(siteName);
      const missing = keys.filter((key) => !records.has(key));
      for (const record of await deps.conversations.getMany(siteName, missing))
        records.set(record.key, record);
    },

    /**
     * A site's clocks a tab can draw: not those of conversations unseen for 12 hours (closed in
     * the desk), which a month of use makes thousands of, all walked by the overlay every second.
     */
    live: (siteName: string, now: number) =>
      [...site(siteName).values()].filter((record) => !isStale(record, now)),

    /**
     * Customer data's lifetime: clocks unseen past the retention period are deleted, names no
     * clock needs any more are dropped. Returns what went and what was renamed.
     */
    async age(now: number, retentionDays: number) {
      // Every stored clock, the newer copy in memory where there is one (a write may be pending).
      const all = new Map(
        (await deps.conversations.all()).map((record) => [id(record.site, record.key), record]),
      );
      for (const records of sites.values())
        for (const record of records.values()) all.set(id(record.site, record.key), record);
      const aged = ageConversations([...all.values()], now, retentionDays);
      for (const record of aged.remove) {
        sites.get(record.site)?.delete(record.key);
        unsaved.delete(id(record.site, record.key));
      }
      for (const record of aged.renamed)
        if (sites.get(record.site)?.has(record.key)) site(record.site).set(record.key, record);
      await deps.conversations.deleteMany(aged.remove);
      await save(aged.renamed);
      return aged;
    },

    /** The operator disabled a site: its clocks (names, waits) go with it; how many went from disk. */
    forgetSite(siteName: string) {
      sites.delete(siteName);
      for (const [at, record] of unsaved) if (record.site === siteName) unsaved.delete(at);
      return deps.conversations.deleteSite(siteName);
    },

    /** Every clock, and statistics not yet written with them; how many clocks went from disk. */
    clear() {
      sites.clear();
      unsaved.clear();
      unsavedRows = [];
      storageProblem = null;
      return deps.conversations.clear();
    },
  };
}

export type ClockStore = ReturnType<typeof createClockStore>;
