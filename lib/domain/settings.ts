import defaultRules from './data/default-priority-rules.json';
import { locales } from './locale';
import { defaultThresholds, priorityLevels, type ThresholdSet } from './thresholds';
import { z } from './zod';

/** Interface language: `auto` follows the browser. */
export const languageSettingSchema = z.enum(['auto', ...locales]);
export type LanguageSetting = z.infer<typeof languageSettingSchema>;

const seconds = (maxDays: number) =>
  z
    .number()
    .int()
    .min(1)
    .max(maxDays * 86_400);

export const thresholdSetSchema = z
  .object({ warnSec: seconds(7), targetSec: seconds(7), forgottenSec: seconds(30) })
  .refine((t) => t.warnSec <= t.targetSec && t.targetSec <= t.forgottenSec, {
    message: 'warn ≤ target ≤ forgotten',
  }) satisfies z.ZodType<ThresholdSet>;

const thresholdsSchema = z.object({
  normal: thresholdSetSchema,
  priority: thresholdSetSchema,
  vip: thresholdSetSchema,
});

/** A site may override the thresholds of any priority level. */
const siteThresholdsSchema = z.record(z.string().min(1), thresholdsSchema.partial());

const ruleListSchema = z.array(z.string().trim().min(1).max(100)).max(500);

export const settingsSchema = z.object({
  language: languageSettingSchema,
  /** Shown in templates as the operator's name; never leaves the machine. */
  operatorName: z.string().max(80),
  thresholds: thresholdsSchema,
  siteThresholds: siteThresholdsSchema,
  /** After the operator's reply, suggest a follow-up when the customer is silent this long. */
  followUpSec: z
    .number()
    .int()
    .min(60)
    .max(30 * 86_400),
  notifications: z.object({
    warn: z.boolean(),
    breach: z.boolean(),
    forgotten: z.boolean(),
    sound: z.boolean(),
  }),
  /** What still gets through while focus mode holds alerts. */
  focus: z.object({ letVipThrough: z.boolean(), letBreachThrough: z.boolean() }),
  priorityKeywords: ruleListSchema,
  vipList: ruleListSchema,
  /**
   * Names the operator in statistics and exports: an alias, not a name, unless
   * the operator types one. '' until the background assigns a random "op-7f3a".
   */
  operatorId: z.string().trim().max(40),
  /** Statistics events older than this are purged daily. */
  retentionDays: z.number().int().min(1).max(3650),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  language: 'auto',
  operatorName: '',
  thresholds: defaultThresholds,
  siteThresholds: {},
  followUpSec: 30 * 60,
  notifications: { warn: false, breach: true, forgotten: true, sound: false },
  focus: { letVipThrough: true, letBreachThrough: false },
  priorityKeywords: defaultRules.keywords,
  vipList: defaultRules.vip,
  operatorId: '',
  retentionDays: 90,
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

/** The thresholds in force on a site: its overrides over the general ones. */
export function thresholdsForSite(settings: Settings, site: string) {
  const overrides = settings.siteThresholds[site] ?? {};
  return Object.fromEntries(
    priorityLevels.map((level) => [level, overrides[level] ?? settings.thresholds[level]]),
  ) as Settings['thresholds'];
}
