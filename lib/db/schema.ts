/**
 * Every schema version the database has ever had, oldest first. A version is
 * never edited once released: a change appends a new version (with an upgrade
 * function when existing rows must be rewritten) and a test in
 * tests/unit/db/migrations.test.ts that opens the previous version's data.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
}

export const DATABASE_NAME = 'nezabudka';

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Single-row key/value records such as the settings.
      kv: 'key',
      // One clock per conversation, keyed by site and the conversation's stable key.
      conversations: '[site+key], site, updatedAt',
      // Statistics events; hashed conversation keys only, never customer text.
      events: '++id, at, type, [site+at]',
      // Reply templates.
      templates: 'id, shortcut, language, *tags, updatedAt',
      // Site profiles taught by the operator or imported from a team lead.
      profiles: 'id, updatedAt',
    },
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
