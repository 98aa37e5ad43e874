import { units } from './data/duration-units.json';
import { wordPattern } from './word-pattern';
import type { Locale } from './locale';

/** Each unit's words as a whole-word pattern, with its length in seconds. */
const unitSeconds: Array<[RegExp, number]> = units.map(({ words, seconds }) => [
  wordPattern('^({words})$', words),
  seconds,
]);

/**
 * Reads a duration the way an operator types it into a settings field:
 * a plain number means minutes ("10"), units in Russian or English
 * ("30 s", "1 ч 30 мин", "2h"), or a clock ("1:30" = 1 min 30 s, "1:05:00").
 * Returns whole seconds, or null when the text is not a duration.
 */
export function parseDuration(input: string): number | null {
  const text = input.trim().toLowerCase().replace(/ё/g, 'е').replace(/,/g, '.');
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 60);
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(text);
  if (clock) {
    const [, a, b, c] = clock;
    return c === undefined ? Number(a) * 60 + Number(b) : Number(a) * 3600 + Number(b) * 60 + Number(c);
  }
  const token = /(\d+(?:\.\d+)?)\s*([a-zа-я]+)\.?\s*/gy;
  let total = 0;
  let consumed = 0;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const unit = unitSeconds.find(([pattern]) => pattern.test(match![2]!));
    if (!unit) return null;
    total += Number(match[1]) * unit[1];
    consumed = token.lastIndex;
  }
  return consumed === text.length && consumed > 0 ? Math.round(total) : null;
}

const short = {
  ru: { d: 'д', h: 'ч', min: 'мин', s: 'с' },
  en: { d: 'd', h: 'h', min: 'min', s: 's' },
} as const;

/** Writes seconds back in the form parseDuration reads: "5 мин", "1 h 30 min". */
export function formatDuration(totalSec: number, locale: Locale): string {
  const u = short[locale];
  let rest = Math.max(0, Math.round(totalSec));
  const parts: string[] = [];
  for (const [size, unit] of [
    [86_400, u.d],
    [3600, u.h],
    [60, u.min],
    [1, u.s],
  ] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)} ${unit}`);
      rest %= size;
    }
  }
  return parts.length > 0 ? parts.join(' ') : `0 ${u.s}`;
}
