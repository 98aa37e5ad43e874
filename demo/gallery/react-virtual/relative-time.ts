// Intercom-style relative times: "now", "2m", "1h", "3d", "2w" — never a clock time.
import type { InboxStrings } from './strings.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** How long ago `at` was, in the largest whole unit (floored, as such products do). */
export function shortAgo(at: number, now: number, strings: InboxStrings): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return strings.now;
  if (elapsed < HOUR) return strings.unit.m(Math.floor(elapsed / MINUTE));
  if (elapsed < DAY) return strings.unit.h(Math.floor(elapsed / HOUR));
  if (elapsed < WEEK) return strings.unit.d(Math.floor(elapsed / DAY));
  return strings.unit.w(Math.floor(elapsed / WEEK));
}

/** The age shortAgo's label proves: its number of whole units ("1h" at 118 minutes: one hour). */
export function provenAge(at: number, now: number): number {
  const elapsed = Math.max(0, now - at);
  for (const unit of [WEEK, DAY, HOUR, MINUTE]) if (elapsed >= unit) return Math.floor(elapsed / unit) * unit;
  return 0;
}

/** Under a bubble: "2m ago", or just "now". */
export function longAgo(at: number, now: number, strings: InboxStrings): string {
  const short = shortAgo(at, now, strings);
  return short === strings.now ? short : strings.ago(short);
}
