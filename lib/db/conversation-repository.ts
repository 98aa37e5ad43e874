import type { ConversationRecord } from '../domain/conversation';
import type { NezabudkaDatabase } from './database';

export function createConversationRepository(db: NezabudkaDatabase) {
  return {
    all: () => db.conversations.toArray(),
    forSite: (site: string) => db.conversations.where('site').equals(site).toArray(),
    /** Clocks written since `from` (a record is written whenever it changes, or its row is seen again). */
    changedSince: (from: number) => db.conversations.where('updatedAt').aboveOrEqual(from).toArray(),
    /** The stored clocks of these conversations of one site, those that exist. */
    async getMany(site: string, keys: readonly string[]): Promise<ConversationRecord[]> {
      if (keys.length === 0) return [];
      const found = await db.conversations.bulkGet(keys.map((key) => [site, key] as [string, string]));
      return found.filter((record): record is ConversationRecord => record !== undefined);
    },
    async putMany(records: readonly ConversationRecord[]): Promise<void> {
      if (records.length > 0) await db.conversations.bulkPut([...records]);
    },
    async deleteMany(records: readonly Pick<ConversationRecord, 'site' | 'key'>[]): Promise<void> {
      if (records.length > 0)
        await db.conversations.bulkDelete(records.map(({ site, key }) => [site, key] as [string, string]));
    },
    /** Every clock of one site (the operator disabled it); how many went. */
    deleteSite: (site: string) => db.conversations.where('site').equals(site).delete(),
    /** Every clock (the operator cleared all statistics); how many went. */
    async clear(): Promise<number> {
      const count = await db.conversations.count();
      await db.conversations.clear();
      return count;
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
