import type { ConversationRecord } from '../domain/conversation';
import type { NezabudkaDatabase } from './database';

export function createConversationRepository(db: NezabudkaDatabase) {
  return {
    all: () => db.conversations.toArray(),
    forSite: (site: string) => db.conversations.where('site').equals(site).toArray(),
    async putMany(records: readonly ConversationRecord[]): Promise<void> {
      if (records.length > 0) await db.conversations.bulkPut([...records]);
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
