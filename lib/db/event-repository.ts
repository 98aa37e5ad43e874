import type { EventRecord, NezabudkaDatabase } from './database';

export function createEventRepository(db: NezabudkaDatabase) {
  return {
    async addMany(events: readonly EventRecord[]): Promise<void> {
      if (events.length > 0) await db.events.bulkAdd([...events]);
    },
    between: (from: number, to: number) => db.events.where('at').between(from, to, true, true).toArray(),
    /** Events with from ≤ at < to, oldest first (the `at` index). */
    inRange: (from: number, to: number) => db.events.where('at').between(from, to, true, false).toArray(),
    async oldestAt(): Promise<number | null> {
      return (await db.events.orderBy('at').first())?.at ?? null;
    },
    /** Retention: removes events older than `at`; returns how many. */
    deleteBefore: (at: number) => db.events.where('at').below(at).delete(),
    async clear(): Promise<number> {
      return db.transaction('rw', db.events, async () => {
        const count = await db.events.count();
        await db.events.clear();
        return count;
      });
    },
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
