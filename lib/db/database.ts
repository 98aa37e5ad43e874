import Dexie, { type EntityTable } from 'dexie';
import { DATABASE_NAME, schemaVersions, type SchemaVersion } from './schema';

export interface KvRecord {
  key: string;
  value: unknown;
}

// Only tables used so far are typed; the others exist in the schema so later
// features add rows without a schema change.
export type NezabudkaDatabase = Dexie & {
  kv: EntityTable<KvRecord, 'key'>;
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
