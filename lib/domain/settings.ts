import { z } from './zod';

/** Interface language: `auto` follows the browser. */
export const languageSettingSchema = z.enum(['auto', 'ru', 'en']);
export type LanguageSetting = z.infer<typeof languageSettingSchema>;

export const settingsSchema = z.object({
  language: languageSettingSchema,
  /** Shown in templates as the operator's name; never leaves the machine. */
  operatorName: z.string().max(80),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  language: 'auto',
  operatorName: '',
};

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/**
 * Reads stored settings leniently: a field that is missing or invalid (an older
 * or damaged record) falls back to its default instead of losing the others.
 */
export function parseStoredSettings(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...defaultSettings };
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse(record[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as Settings;
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({ ...current, ...patch });
}
