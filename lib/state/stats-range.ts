import { addDays, format, isValid, parse, startOfDay, subDays } from 'date-fns';

export const rangePresets = ['today', 'week', 'month', 'custom'] as const;
export type RangePreset = (typeof rangePresets)[number];

/** A custom range as the date inputs give it: local calendar days, both included. */
export interface CustomDays {
  from: string;
  to: string;
}

export type RangeResult =
  { ok: true; from: number; to: number } | { ok: false; problem: 'invalid' | 'reversed' };

const dayFormat = 'yyyy-MM-dd';

export const toDayString = (at: number) => format(at, dayFormat);

function readDay(text: string, now: number): Date | null {
  const day = parse(text, dayFormat, now);
  return isValid(day) ? day : null;
}

/**
 * The instants a preset covers, half-open (from ≤ at < to), in whole local
 * days of the browser's own time zone (the operator's working day): "today"
 * is local midnight to the next one, "7 days" is today and the six before it,
 * a custom range includes both of its dates.
 */
export function resolveRange(preset: RangePreset, custom: CustomDays, now: number): RangeResult {
  const tomorrow = addDays(startOfDay(now), 1).getTime();
  const days = { today: 1, week: 7, month: 30 } as const;
  if (preset !== 'custom') return { ok: true, from: subDays(tomorrow, days[preset]).getTime(), to: tomorrow };
  const from = readDay(custom.from, now);
  const to = readDay(custom.to, now);
  if (!from || !to) return { ok: false, problem: 'invalid' };
  if (to < from) return { ok: false, problem: 'reversed' };
  return { ok: true, from: from.getTime(), to: addDays(to, 1).getTime() };
}

/** The browser's IANA time zone, as StatsQuery wants it ('Europe/Moscow'). */
export const browserTimeZone = () => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The custom range offered first: the last seven days. */
export function defaultCustomDays(now: number): CustomDays {
  return { from: toDayString(subDays(now, 6).getTime()), to: toDayString(now) };
}
