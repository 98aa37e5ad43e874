import type { EventRecord, NezabudkaDatabase } from './database';

export function createEventRepository(db: NezabudkaDatabase) {
  return {
    async addMany(events: readonly EventRecord[]): Promise<void> {
      if (events.length > 0) await db.events.bulkAdd([...events]);
    },
    between: (from: number, to: number) => db.events.where('at').between(from, to, true, true).toArray(),
  };
}

export type EventRepository = ReturnType<typeof createEventRepository>;
