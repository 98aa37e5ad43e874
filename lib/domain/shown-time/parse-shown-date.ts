import { dayWall, fullYear } from './calendar-day';
import { alternation, dayOffsetByWord, monthByWord } from './time-words';

/** A day a console shows: a day relative to today, or a calendar date with or without its year. */
export type ShownDate =
  | { type: 'offset'; days: number }
  | { type: 'date'; wall: number }
  | { type: 'yearless'; month: number; day: number };

const DAY_WORD = new RegExp(`^(${alternation(dayOffsetByWord.keys())})$`);
const YEAR_WORD = String.raw`(?:\s?(?:г|года)\.?)?`;
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})${YEAR_WORD}$`);
const DOTTED_NO_YEAR = /^(\d{2})\.(\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/;
const ORDINAL = '(?:st|nd|rd|th)?';
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})${ORDINAL}\s([a-zа-я]+)\.?(?:,?\s(\d{4})${YEAR_WORD})?$`);
const MONTH_DAY = new RegExp(String.raw`^([a-z]+)\.?\s(\d{1,2})${ORDINAL}(?:,?\s(\d{4}))?$`);

/**
 * "вчера", "yesterday", "сегодня"; "03.12.2026", "3.12.26", "2026-12-03",
 * "03.12" (two digits each, no year); "3 дек", "3 декабря 2025", "3 Dec", "Dec 3",
 * "December 3rd, 2025"; "25/12/2026" only when the order is beyond doubt (a part
 * above 12, or both equal). Normalized text in; null for anything else.
 */
export function parseShownDate(text: string): ShownDate | null {
  const word = DAY_WORD.exec(text)?.[1];
  if (word !== undefined) return { type: 'offset', days: dayOffsetByWord.get(word)! };

  let match = DOTTED.exec(text);
  if (match) return dated(fullYear(match[3]!), Number(match[2]), Number(match[1]));
  match = ISO_DAY.exec(text);
  if (match) return dated(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DOTTED_NO_YEAR.exec(text);
  if (match) return yearless(Number(match[2]), Number(match[1]));
  match = SLASHED.exec(text);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    if (first <= 12 && second <= 12 && first !== second) return null;
    const [month, day] = first > 12 ? [second, first] : [first, second];
    return dated(fullYear(match[3]!), month, day);
  }
  match = DAY_MONTH.exec(text);
  if (match) return named(match[2]!, Number(match[1]), match[3]);
  match = MONTH_DAY.exec(text);
  if (match) return named(match[1]!, Number(match[2]), match[3]);
  return null;
}

function dated(year: number, month: number, day: number): ShownDate | null {
  const wall = dayWall(year, month, day);
  return wall === null ? null : { type: 'date', wall };
}

function yearless(month: number, day: number): ShownDate | null {
  // 2000 is a leap year: 29 February passes here and is checked against the real year later.
  return dayWall(2000, month, day) === null ? null : { type: 'yearless', month, day };
}

function named(monthWord: string, day: number, year: string | undefined): ShownDate | null {
  const month = monthByWord.get(monthWord);
  if (month === undefined) return null;
  return year === undefined ? yearless(month, day) : dated(Number(year), month, day);
}
