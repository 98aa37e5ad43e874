import { parseStoredSettings, type Settings } from '../domain/settings';
import type { NezabudkaDatabase } from './database';

const SETTINGS_KEY = 'settings';

export function createSettingsRepository(db: NezabudkaDatabase) {
  return {
    async load(): Promise<Settings> {
      const record = await db.kv.get(SETTINGS_KEY);
      return parseStoredSettings(record?.value);
    },
    async save(settings: Settings): Promise<void> {
      await db.kv.put({ key: SETTINGS_KEY, value: settings });
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
