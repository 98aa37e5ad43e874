import { dayWall, yearOfWall } from './calendar-day';
import { CLOCK_PATTERN, clockOf, type ShownClock } from './parse-clock';
import { parseShownDate, type ShownDate } from './parse-shown-date';
import { pastRange } from './past-range';
import type { ShownTime } from './shown-time';
import { alternation, atWords } from './time-words';
import { DAY_MS, instantRangeOfWalls, wallDayStart } from '../zoned-clock';

const SEPARATOR = String.raw`(?:\s?,\s?|\s)`;
const DATE_THEN_CLOCK = new RegExp(
  `^(?:(.+?)${SEPARATOR}(?:(?:${alternation(atWords)})\\s)?)?${CLOCK_PATTERN}$`,
);
const CLOCK_THEN_DATE = new RegExp(`^${CLOCK_PATTERN}${SEPARATOR}(.+)$`);

/**
 * A clock time, a day, or both, as a console shows them (normalized text):
 * "14:05", "2:05 pm", "вчера, 18:40", "Yesterday at 6:40 PM", "03.12.2026 14:05",
 * "3 декабря", "Dec 3, 2:05 PM", "14:05 03.12". Read as wall-clock time in
 * `timeZone`. A clock alone later than now is yesterday's; a date without a year
 * later than today is last year's; a day alone covers the whole day. An explicit
 * date in the future is refused.
 */
export function parseCalendarTime(text: string, now: number, timeZone: string): ShownTime | null {
  let clock: ShownClock | null = null;
  let dateText: string | undefined = text;
  const after = DATE_THEN_CLOCK.exec(text);
  const before = after ? null : CLOCK_THEN_DATE.exec(text);
  if (after) {
    clock = clockOf(after.slice(2, 6));
    dateText = after[1];
  } else if (before) {
    clock = clockOf(before.slice(1, 5));
    dateText = before[5];
  }
  if ((after || before) && !clock) return null;
  const date = dateText === undefined ? null : parseShownDate(dateText);
  if (dateText !== undefined && !date) return null;

  const today = wallDayStart(now, timeZone);
  return pastRange(
    dayCandidates(date, today).map((midnight) =>
      clock
        ? instantRangeOfWalls(midnight + clock.offset, midnight + clock.offset + clock.span, timeZone)
        : instantRangeOfWalls(midnight, midnight + DAY_MS, timeZone),
    ),
    now,
  );
}

/** Midnights (wall) the shown day may be, the most recent reading first. */
function dayCandidates(date: ShownDate | null, today: number): number[] {
  if (date === null) return [today, today - DAY_MS];
  if (date.type === 'offset') return [today + date.days * DAY_MS];
  if (date.type === 'date') return [date.wall];
  const year = yearOfWall(today);
  return [year, year - 1]
    .map((candidate) => dayWall(candidate, date.month, date.day))
    .filter((wall): wall is number => wall !== null);
}
