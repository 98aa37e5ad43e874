import type { Transaction } from 'dexie';
import { upgradeConversationSignatures } from './upgrade-conversation-signatures';
import { upgradeStatsEvents } from './upgrade-stats-events';

/**
 * Every schema version the database has ever had, oldest first. A version is
 * never edited once released: a change appends a new version (with an upgrade
 * function when existing rows must be rewritten) and a test in
 * tests/unit/db/migrations.test.ts that opens the previous version's data.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Rewrites rows stored by the previous version (runs once, inside the upgrade transaction). */
  upgrade?: (tx: Transaction) => Promise<void>;
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
  {
    version: 2,
    // Same tables and indexes; statistics events gain operator and priority and
    // the first response becomes an event of its own.
    stores: {},
    upgrade: upgradeStatsEvents,
  },
  {
    version: 3,
    // Same tables and indexes; clock records keep fingerprints of previews and
    // messages instead of their words (customer text is never stored).
    stores: {},
    upgrade: upgradeConversationSignatures,
  },
];

export const latestSchemaVersion = schemaVersions[schemaVersions.length - 1]!.version;
