import { formatDuration as formatWords } from 'date-fns';
import { enUS, ru } from 'date-fns/locale';
import type { Locale } from './locale';

const units = {
  ru: { h: 'ч', min: 'мин', d: 'д' },
  en: { h: 'h', min: 'min', d: 'd' },
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The compact wait shown on a badge: `4:12` under an hour (a ticking clock reads
 * best), then `1 ч 05 мин` / `1 h 05 min`, then `2 д 03 ч` / `2 d 03 h`.
 */
export function formatWait(totalSec: number, locale: Locale): string {
  const sec = Math.max(0, Math.floor(totalSec));
  const u = units[locale];
  if (sec < 3600) return `${Math.floor(sec / 60)}:${pad(sec % 60)}`;
  if (sec < 86_400) return `${Math.floor(sec / 3600)} ${u.h} ${pad(Math.floor((sec % 3600) / 60))} ${u.min}`;
  return `${Math.floor(sec / 86_400)} ${u.d} ${pad(Math.floor((sec % 86_400) / 3600))} ${u.h}`;
}

/** The same wait in words, for tooltips and screen readers ("4 минуты 12 секунд"). */
export function describeWait(totalSec: number, locale: Locale): string {
  const sec = Math.max(0, Math.floor(totalSec));
  const days = Math.floor(sec / 86_400);
  const hours = Math.floor((sec % 86_400) / 3600);
  const minutes = Math.floor((sec % 3600) / 60);
  // Seconds stop mattering once the wait is counted in hours.
  const seconds = sec < 3600 ? sec % 60 : 0;
  const text = formatWords(
    { days, hours, minutes, seconds },
    { locale: locale === 'ru' ? ru : enUS, format: ['days', 'hours', 'minutes', 'seconds'] },
  );
  return text || formatWords({ seconds: 0 }, { locale: locale === 'ru' ? ru : enUS, zero: true });
}
