import type { ShownTime } from './shown-time';
import {
  agoWords,
  alternation,
  andWords,
  justNowWords,
  oneWords,
  singularUnitWords,
  UNIT_MS,
  unitByWord,
  type AgeUnit,
} from './time-words';

const JUST_NOW_MS = 60_000;
const UNIT_ORDER: AgeUnit[] = ['w', 'd', 'h', 'm', 's'];

const AGO = new RegExp(`\\s*(?:${alternation(agoWords)})$`);
const ONE = new RegExp(`^(?:(?:${alternation(oneWords)}) )?([a-zа-я]+)$`);
const SEPARATOR = new RegExp(`(?:\\s*,\\s*|\\s+(?:(?:${alternation(andWords)})\\s+)?|)`, 'y');
const AMOUNT = /(\d{1,4})\s?([a-zа-я]+)\.?/y;

/**
 * An age a console shows instead of a time, normalized text in: "just now",
 * "только что" (the last minute); "5 мин", "3m", "2h ago", "1 ч 5 мин",
 * "06 m. 20 s." (LiveHelperChat), "2 дня назад", "1w", "a minute ago". The
 * precision is the smallest unit written: "5 мин" is an age in [5 min, 6 min),
 * so the message arrived in (now − 6 min, now − 5 min]. Units must run from
 * larger to smaller, each once; months and years are refused (their length varies).
 */
export function parseRelativeAge(text: string, now: number): ShownTime | null {
  if (justNowWords.has(text)) return { earliest: now - JUST_NOW_MS, latest: now, kind: 'relative' };
  const hasAgo = AGO.test(text);
  const body = text.replace(AGO, '');
  const amounts = hasAgo ? (countOfOne(body) ?? readAmounts(body)) : readAmounts(body);
  if (!amounts) return null;
  let age = 0;
  let order = -1;
  for (const [count, unit] of amounts) {
    const rank = UNIT_ORDER.indexOf(unit);
    if (rank <= order) return null;
    order = rank;
    age += count * UNIT_MS[unit];
  }
  const step = UNIT_MS[UNIT_ORDER[order]!];
  return { earliest: now - age - step + 1, latest: now - age, kind: 'relative' };
}

/** "a minute", "час", "одну минуту": one of a unit, only before "ago"/"назад". */
function countOfOne(body: string): Array<[number, AgeUnit]> | null {
  const word = ONE.exec(body)?.[1] ?? '';
  const unit = singularUnitWords.has(word) ? unitByWord.get(word) : undefined;
  return unit ? [[1, unit]] : null;
}

/** "1 ч 5 мин", "1h5m", "2 h. 05 m. 20 s.", "1 hour and 5 minutes". */
function readAmounts(body: string): Array<[number, AgeUnit]> | null {
  const amounts: Array<[number, AgeUnit]> = [];
  let at = 0;
  while (at < body.length) {
    if (amounts.length > 0) {
      SEPARATOR.lastIndex = at;
      SEPARATOR.exec(body);
      at = SEPARATOR.lastIndex;
    }
    AMOUNT.lastIndex = at;
    const match = AMOUNT.exec(body);
    if (!match) return null;
    const unit = unitByWord.get(match[2]!);
    if (!unit) return null;
    amounts.push([Number(match[1]), unit]);
    at = AMOUNT.lastIndex;
  }
  return amounts.length > 0 ? amounts : null;
}
