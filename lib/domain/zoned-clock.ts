/**
 * Wall-clock arithmetic in an IANA time zone, through Intl only (no zone
 * library is installed). A "wall" value is the wall-clock reading written as if
 * it were UTC: Date.UTC(year, month - 1, day, hour, minute, second).
 */
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function createFormatter(timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null; // not a zone this runtime knows
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) formatters.set(timeZone, createFormatter(timeZone));
  return formatters.get(timeZone) ?? null;
}

let runtimeZone: string | null = null;

/**
 * The zone the runtime itself uses (the browser's, in the extension), read once:
 * building a formatter costs more than parsing a time, and a page's scans parse many.
 */
export function runtimeTimeZone(): string {
  runtimeZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return runtimeZone;
}

export function isKnownTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

/** The wall value of instant `at` in the zone (to the millisecond). */
export function wallAt(at: number, timeZone: string): number {
  const formatter = formatterFor(timeZone);
  if (!formatter) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const field: Record<string, number> = {};
  for (const part of formatter.formatToParts(at)) field[part.type] = Number(part.value);
  const millisecond = ((at % 1000) + 1000) % 1000;
  return (
    Date.UTC(field.year!, field.month! - 1, field.day!, field.hour! % 24, field.minute!, field.second!) +
    millisecond
  );
}

const offsetAt = (at: number, timeZone: string) => wallAt(at, timeZone) - at;

/**
 * Every instant whose wall-clock reading in the zone is `wall`: one on an
 * ordinary day, two inside the hour a clock is set back, none inside the hour a
 * clock skips (then the wall is read with the offset before the change, as
 * JavaScript's Date does).
 */
export function instantsOfWall(wall: number, timeZone: string): number[] {
  const offsets = new Set([wall - DAY_MS, wall, wall + DAY_MS].map((probe) => offsetAt(probe, timeZone)));
  const instants = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  if (instants.length === 0) instants.push(wall - offsetAt(wall - DAY_MS, timeZone));
  return [...new Set(instants)].sort((a, b) => a - b);
}

/**
 * The instants whose wall reading lies in [wallStart, wallEnd): from the first
 * instant of wallStart to the last millisecond before wallEnd. Across a clock set
 * back the range covers both readings of the repeated hour.
 */
export function instantRangeOfWalls(wallStart: number, wallEnd: number, timeZone: string): [number, number] {
  const first = instantsOfWall(wallStart, timeZone)[0]!;
  // The last instant before a reading of wallEnd whose own reading is still earlier
  // (just before a clock set back, the reading before is later, not earlier).
  const ends = instantsOfWall(wallEnd, timeZone).filter((end) => wallAt(end - 1, timeZone) < wallEnd);
  const last = ends.length > 0 ? ends[ends.length - 1]! : instantsOfWall(wallEnd, timeZone)[0]!;
  return [first, last - 1];
}

/** The wall value of midnight beginning the zone's calendar day of `at`. */
export function wallDayStart(at: number, timeZone: string): number {
  const wall = wallAt(at, timeZone);
  return Math.floor(wall / DAY_MS) * DAY_MS;
}
