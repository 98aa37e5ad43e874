import type { ShownTime } from './shown-time';

/**
 * How far ahead of our clock a console's clock may be before a time it shows is
 * read as not having happened yet (the console's server and this browser do not
 * share a clock).
 */
export const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * The first candidate range that has begun by `now` (within the skew), clipped to
 * `now`: a message already shown arrived no later than now. Candidates run from
 * the most recent reading to older ones (today, then yesterday; this year, then
 * last). Null when every candidate lies in the future.
 */
export function pastRange(candidates: Array<[number, number]>, now: number): ShownTime | null {
  for (const [earliest, latest] of candidates) {
    if (earliest > now + CLOCK_SKEW_MS) continue;
    return { earliest: Math.min(earliest, now), latest: Math.min(latest, now), kind: 'absolute' };
  }
  return null;
}
