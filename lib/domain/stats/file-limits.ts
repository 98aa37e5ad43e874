import { DAY_MS } from './local-time';

/**
 * What a statistics file may hold. The team view and stats:merge read files
 * made elsewhere, so a file is data to check, not to trust: a range ending in
 * the year 10^300 once had the per-day loop run the page out of memory.
 */

/** Events before this instant are refused: Nezabudka did not exist, the file is wrong. */
export const EARLIEST_EVENT_AT = Date.UTC(2000, 0, 1);

/** Events up to a day ahead of the reader's clock are accepted (zones and skewed clocks). */
export const FUTURE_SLACK_MS = DAY_MS;

/** The longest range a stats page query or an export may span: ten years and some leap days. */
export const MAX_RANGE_MS = 3700 * DAY_MS;

/**
 * A file larger than this is not read at all. An export of 50,000 events is
 * about 9 MB; 32 MiB holds some 190,000, a busy operator's three months.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** An export is one operator's (with an alias, one name); a few renames are fine, thousands are not. */
export const MAX_OPERATORS_PER_FILE = 100;

/** The instants an event of a file read at `now` may carry: from ≤ at < to. */
export const eventTimeBounds = (now: number) => ({ from: EARLIEST_EVENT_AT, to: now + FUTURE_SLACK_MS });

/** "2000-01-01" for messages. */
export const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
