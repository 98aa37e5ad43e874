import Dexie, { type EntityTable, type Table } from 'dexie';
import type { SiteProfile } from '../adapters/site-profile';
import type { ConversationRecord } from '../domain/conversation';
import type { StatsEvent } from '../domain/stats/types';
import type { Template } from '../domain/template/template';
import { DATABASE_NAME, schemaVersions, type SchemaVersion } from './schema';

export interface KvRecord {
  key: string;
  value: unknown;
}

/** A statistics event: hashed conversation key, never a name or text. */
export type EventRecord = StatsEvent;

// Tables not typed here exist in the schema so later features add rows without
// a schema change.
export type NezabudkaDatabase = Dexie & {
  kv: EntityTable<KvRecord, 'key'>;
  conversations: Table<ConversationRecord, [string, string]>;
  events: EntityTable<EventRecord, 'id'>;
  profiles: EntityTable<SiteProfile & { updatedAt: number }, 'id'>;
  templates: EntityTable<Template, 'id'>;
};

/**
 * Opens the database with the first `upTo` schema versions (all by default). The
 * migration tests open older versions to write data as a released build would.
 */
export function createDatabase(
  name: string = DATABASE_NAME,
  versions: readonly SchemaVersion[] = schemaVersions,
): NezabudkaDatabase {
  const db = new Dexie(name) as NezabudkaDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
