import durationWords from './data/duration-words.json';
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

type Unit = keyof (typeof durationWords)['en'];
/** Made on first use, for the one language in use: building one is slow, every page load would pay. */
const plurals: Partial<Record<Locale, Intl.PluralRules>> = {};

/** "4 минуты", "21 минута", "11 минут": the unit's word by the language's own plural rules. */
function count(value: number, unit: Unit, locale: Locale): string {
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = durationWords[locale][unit];
  return `${value} ${forms[(plurals[locale] ??= new Intl.PluralRules(locale)).select(value)] ?? forms.other}`;
}

/**
 * The same wait in words, for tooltips and screen readers ("4 минуты 12 секунд"),
 * with the words from a data file (no date library: the content script's first
 * stage carries this).
 */
export function describeWait(totalSec: number, locale: Locale): string {
  const sec = Math.max(0, Math.floor(totalSec));
  const parts: Array<[number, Unit]> = [
    [Math.floor(sec / 86_400), 'day'],
    [Math.floor((sec % 86_400) / 3600), 'hour'],
    [Math.floor((sec % 3600) / 60), 'minute'],
    // Seconds stop mattering once the wait is counted in hours.
    [sec < 3600 ? sec % 60 : 0, 'second'],
  ];
  const text = parts
    .filter(([value]) => value > 0)
    .map(([value, unit]) => count(value, unit, locale))
    .join(' ');
  return text || count(0, 'second', locale);
}
