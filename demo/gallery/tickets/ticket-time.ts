// Ticket desks print "last update" in steps: the clock today, "Yesterday, 18:40"
// the day before, a date further back. Pure, so it is tested with fixed instants.
import { format, isSameDay, isSameYear, subDays } from 'date-fns';
import { enGB, ru } from 'date-fns/locale';
import type { Lang } from '../shared/gallery-types.ts';

const YESTERDAY: Record<Lang, string> = { ru: 'вчера', en: 'Yesterday' };

/** `14:05` today, `вчера, 18:40` / `Yesterday, 18:40`, then `03.12.2026` (ru) or `3 Dec` this year (en). */
export function formatLastUpdate(at: number, now: number, lang: Lang): string {
  if (isSameDay(at, now)) return format(at, 'HH:mm');
  if (isSameDay(at, subDays(now, 1))) return `${YESTERDAY[lang]}, ${format(at, 'HH:mm')}`;
  if (lang === 'en' && isSameYear(at, now)) return format(at, 'd MMM', { locale: enGB });
  return format(at, 'dd.MM.yyyy', { locale: lang === 'ru' ? ru : enGB });
}

/** A thread card's stamp: always the full date and time, `03.12.2026 14:05`. */
export function formatCardTime(at: number): string {
  return format(at, 'dd.MM.yyyy HH:mm');
}
