import { dayWall } from './calendar-day';
import { pastRange } from './past-range';
import type { ShownTime } from './shown-time';
import { DAY_MS, instantRangeOfWalls } from '../zoned-clock';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * ISO 8601 as consoles put it in `datetime` and `title` attributes (already
 * lowercased): "2026-12-03t14:05:00z", "…+03:00", without a zone (local: read in
 * `timeZone`), or a date alone (the whole local day). Precision follows the last
 * field written. `timeZone` null: only texts carrying their own offset are read.
 */
export function parseIsoTime(text: string, now: number, timeZone: string | null): ShownTime | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const midnight = dayWall(Number(year), Number(month), Number(day));
  if (midnight === null) return null;
  if (hour === undefined) {
    if (timeZone === null) return null;
    return pastRange([instantRangeOfWalls(midnight, midnight + DAY_MS, timeZone)], now);
  }
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  const fractionMs = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
  const span =
    second === undefined ? 60_000 : fraction === undefined ? 1000 : 10 ** Math.max(0, 3 - fraction.length);
  const wall =
    midnight + ((Number(hour) * 60 + Number(minute)) * 60 + Number(second ?? 0)) * 1000 + fractionMs;
  if (zone === undefined) {
    if (timeZone === null) return null;
    return pastRange([instantRangeOfWalls(wall, wall + span, timeZone)], now);
  }
  const offset = zoneOffsetMs(zone);
  if (offset === null) return null;
  return pastRange([[wall - offset, wall - offset + span - 1]], now);
}

/** "z" → 0, "+03:00"/"+0300"/"+03" → ms east of UTC. */
function zoneOffsetMs(zone: string): number | null {
  if (zone === 'z') return 0;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  if (Number(hours) > 14 || Number(minutes ?? 0) > 59) return null;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0)) * 60_000;
}
