import { DAY_MS, instantsOfWall, wallAt } from '../zoned-clock';

export { DAY_MS };

const HOUR_MS = 3_600_000;

/** "YYYY-MM-DD" of local day `dayIndex` (days since 1970-01-01 on the local calendar). */
export const localDate = (dayIndex: number) => new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);

export interface LocalClock {
  /** The local calendar day of an instant, as days since 1970-01-01. */
  dayIndex(at: number): number;
  /** The local hour of an instant, 0–23: both readings of a repeated hour fall in it. */
  hour(at: number): number;
  /** The first instant of local day `dayIndex` (23 or 25 hours before the next on a change day). */
  dayStart(dayIndex: number): number;
}

/** Near the last instant a Date can hold (its wall reading must fit too); beyond, a zone keeps its offset. */
const LAST_DATE_MS = 8.64e15 - 2 * DAY_MS;

/**
 * Local calendar arithmetic in an IANA time zone, which is a parameter:
 * lib/domain never reads the machine's zone for statistics. The offset is the
 * zone's at each instant, so every hour and day is right across a
 * daylight-saving change. Intl is slow for 100,000 events, so the offset is
 * read once per UTC hour; an hour whose end reads another offset has a change
 * in it, and there Intl is asked per instant.
 */
export function createLocalClock(timeZone: string): LocalClock {
  const utc = timeZone === 'UTC' || timeZone === 'Etc/UTC';
  const offsetAt = (at: number) => {
    if (utc) return 0;
    const within = Math.min(LAST_DATE_MS, Math.max(-LAST_DATE_MS, at));
    return wallAt(within, timeZone) - within;
  };
  const hourStarts = new Map<number, number>();
  const offsetAtHour = (hour: number) => {
    let offset = hourStarts.get(hour);
    if (offset === undefined) hourStarts.set(hour, (offset = offsetAt(hour * HOUR_MS)));
    return offset;
  };
  const offsetOf = (at: number) => {
    const hour = Math.floor(at / HOUR_MS);
    const offset = offsetAtHour(hour);
    return offset === offsetAtHour(hour + 1) ? offset : offsetAt(at);
  };
  const dayIndex = (at: number) => Math.floor((at + offsetOf(at)) / DAY_MS);
  return {
    dayIndex,
    hour: (at) => {
      const wall = at + offsetOf(at);
      return Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / HOUR_MS);
    },
    dayStart: (index) => (utc ? index * DAY_MS : instantsOfWall(index * DAY_MS, timeZone)[0]!),
  };
}
