import data from '../data/time-words.json';

export type AgeUnit = 's' | 'm' | 'h' | 'd' | 'w';

export const UNIT_MS: Record<AgeUnit, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const languages = Object.values(data.languages);

function lookup<T>(pairs: Array<[string, T]>): Map<string, T> {
  return new Map(pairs);
}

/** Month word ("дек", "декабря", "december") → 1..12. */
export const monthByWord = lookup(
  languages.flatMap((language) =>
    language.months.flatMap((forms, index) => forms.map((form): [string, number] => [form, index + 1])),
  ),
);

/** "вчера"/"yesterday" → -1, "сегодня"/"today" → 0, … (days from today). */
export const dayOffsetByWord = lookup(languages.flatMap((language) => Object.entries(language.days)));

/** Unit word ("мин", "minutes", "h") → unit. */
export const unitByWord = lookup(
  languages.flatMap((language) =>
    Object.entries(language.units).flatMap(([unit, forms]) =>
      forms.map((form): [string, AgeUnit] => [form, unit as AgeUnit]),
    ),
  ),
);

const words = (key: 'justNow' | 'ago' | 'at' | 'and' | 'one' | 'singular') =>
  new Set(languages.flatMap((language) => language[key]));

/** "now", "just now", "только что", …: the last minute. */
export const justNowWords = words('justNow');
export const agoWords = words('ago');
/** "at"/"в" between a day and its clock time. */
export const atWords = words('at');
export const andWords = words('and');
/** "a"/"an"/"одну": a count of one in "a minute ago". */
export const oneWords = words('one');
/** Unit words that mean one of the unit with no number: "minute", "час", "минуту". */
export const singularUnitWords = words('singular');

/** Alternation of a word set for a RegExp (longest first, letters and spaces only). */
export function alternation(set: Iterable<string>): string {
  return [...set].sort((a, b) => b.length - a.length).join('|');
}
