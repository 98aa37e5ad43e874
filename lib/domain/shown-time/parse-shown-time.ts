import { normalizeShownText } from './normalize-shown-text';
import { parseCalendarTime } from './parse-calendar-time';
import { parseIsoTime } from './parse-iso-time';
import { parseRelativeAge } from './parse-relative-age';
import type { ShownTime } from './shown-time';
import { isKnownTimeZone, runtimeTimeZone } from '../zoned-clock';

export type { ShownTime } from './shown-time';
export { isMinutePrecision, waitAtLeastSeconds } from './shown-time';

export interface ShownTimeOptions {
  /** IANA zone the console's clock times and dates are read in; default: the runtime's own zone. */
  timeZone?: string;
}

/** Longer texts are sentences or previews, not times. */
const MAX_LENGTH = 64;

/**
 * When a message arrived, from the time a helpdesk console shows for it (in a
 * row, a bubble, or a `datetime`/`title` attribute), in Russian or English:
 * clock times, dates, "вчера"/"yesterday", ages ("5 мин", "2h ago",
 * "06 m. 20 s."), ISO 8601. The result is a range as wide as the text is
 * precise, never after `now`. Null for anything not confidently a time
 * (names, order numbers, prices, a date still to come), and for clock times and
 * dates when `timeZone` is not a zone this runtime knows.
 */
export function parseShownTime(text: string, now: number, options: ShownTimeOptions = {}): ShownTime | null {
  if (!Number.isFinite(now)) return null;
  const normalized = normalizeShownText(text);
  if (normalized === '' || normalized.length > MAX_LENGTH) return null;
  const zone = options.timeZone ?? runtimeTimeZone();
  const timeZone = isKnownTimeZone(zone) ? zone : null;
  return (
    parseRelativeAge(normalized, now) ??
    parseIsoTime(normalized, now, timeZone) ??
    (timeZone === null ? null : parseCalendarTime(normalized, now, timeZone))
  );
}
