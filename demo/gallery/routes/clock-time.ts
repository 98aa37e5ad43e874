// Clock times as this family shows them: HH:mm in lists and bubbles, and a
// day line between messages of different days.
import type { DeskStrings } from './strings.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** 09:05 in local time. */
export function clockTime(at: number): string {
  const date = new Date(at);
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Local midnight of the day `at` falls on. */
export function dayStart(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** "Today", "Yesterday", else 11.03.2026 — the line between days in a conversation. */
export function dayLabel(at: number, now: number, strings: DeskStrings): string {
  const days = Math.round((dayStart(now) - dayStart(at)) / 86_400_000);
  if (days === 0) return strings.today;
  if (days === 1) return strings.yesterday;
  const date = new Date(at);
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
