// Local wall-clock helpers several consoles print identically (HH:mm, calendar days, day separators).
const pad = (value: number) => String(value).padStart(2, '0');

/** Local wall-clock time as `HH:mm` (24 h). */
export function formatClock(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Local midnight of the day `at` falls on. */
export function startOfDay(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Whole local days from `at`'s day to `now`'s: 0 today, 1 yesterday. */
export function daysAgo(at: number, now: number): number {
  return Math.round((startOfDay(now) - startOfDay(at)) / 86_400_000);
}

/** A local calendar day, to tell when a thread crosses midnight. */
export function dayKey(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `Today`, `Yesterday` or a date such as `3 March` in `locale`, for the separators in a thread. */
export function dayLabel(
  at: number,
  now: number,
  labels: { today: string; yesterday: string },
  locale: string,
): string {
  if (dayKey(at) === dayKey(now)) return labels.today;
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (dayKey(at) === dayKey(yesterday.getTime())) return labels.yesterday;
  return new Date(at).toLocaleDateString(locale, { day: 'numeric', month: 'long' });
}
