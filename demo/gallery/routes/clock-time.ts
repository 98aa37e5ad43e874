// The day line between messages of different days, as this family shows it
// (HH:mm itself comes from shared/clock-format.ts).
import { daysAgo } from '../shared/clock-format.ts';
import type { DeskStrings } from './strings.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "Today", "Yesterday", else 11.03.2026 — the line between days in a conversation. */
export function dayLabel(at: number, now: number, strings: DeskStrings): string {
  const days = daysAgo(at, now);
  if (days === 0) return strings.today;
  if (days === 1) return strings.yesterday;
  const date = new Date(at);
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}
