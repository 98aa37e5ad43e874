// Times the console shows: HH:mm on every item and message, and day labels
// between messages of different days in the thread.
const pad = (value: number) => String(value).padStart(2, '0');

/** Local wall-clock time as `HH:mm` (24 h). */
export function formatClock(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A local calendar day, to tell when a thread crosses midnight. */
export function dayKey(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `Today`, `Yesterday` or a date such as `3 March`, for the separators in a thread. */
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
