import Dexie, { type EntityTable, type Table } from 'dexie';
import type { SiteProfile } from '../adapters/site-profile';
import type { ConversationRecord } from '../domain/conversation';
import type { Template } from '../domain/template/template';
import { DATABASE_NAME, schemaVersions, type SchemaVersion } from './schema';

export interface KvRecord {
  key: string;
  value: unknown;
}

/** A statistics event: hashed conversation key, never a name or text. */
export interface EventRecord {
  id?: number;
  at: number;
  type: string;
  site: string;
  /** Salted hash of site + conversation key. */
  conversation: string;
  level?: string;
  replyMs?: number;
  firstResponseMs?: number | null;
  /** For `template-used`: which template (never the text sent). */
  template?: string;
}

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
  for (const { version, stores } of versions) db.version(version).stores(stores);
  return db;
}
