const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/**
 * Local calendar arithmetic from a fixed UTC offset (minutes east of UTC). The
 * offset is a parameter: lib/domain never reads the machine's zone. A range
 * crossing a daylight-saving change is bucketed with one offset, so the hours
 * on one side of the change are off by one.
 */
export const localDayIndex = (at: number, utcOffsetMin: number) =>
  Math.floor((at + utcOffsetMin * 60_000) / DAY_MS);

export const localHour = (at: number, utcOffsetMin: number) =>
  Math.floor((at + utcOffsetMin * 60_000) / HOUR_MS) - localDayIndex(at, utcOffsetMin) * 24;

/** The instant of local midnight beginning day `dayIndex`. */
export const localDayStart = (dayIndex: number, utcOffsetMin: number) =>
  dayIndex * DAY_MS - utcOffsetMin * 60_000;

/** "YYYY-MM-DD" of local day `dayIndex`. */
export const localDate = (dayIndex: number) => new Date(dayIndex * DAY_MS).toISOString().slice(0, 10);
