import { parseShownTime } from '../domain/shown-time/parse-shown-time';
import { isMinutePrecision } from '../domain/shown-time/shown-time';
import { contentRoots, shownTextNodes } from './shadow-path';

/** Longer texts are names, previews and sentences, not times. */
const TEXT_MAX = 40;
const CACHE_MAX = 5000;
/**
 * Ages to the minute or coarser ("3 мин") are rounded up to 10 s, so a scan's result does not
 * change on every frame while their text stands still; an age to the second ("06 m. 20 s.")
 * changes its text every second anyway and keeps its precision.
 */
const ROUGH_AGE_STEP_MS = 10_000;
const AGE_STEP_MS = 1000;

/**
 * Texts already found not to be times. A row's name and preview are read on every
 * scan; parsing them once keeps the scan within its budget.
 */
const notTimes = new Set<string>();

/**
 * Texts found to be times, as parsed: an age moves with the clock (shift it), a
 * clock time or date is reused for a minute (then read again: "yesterday" moves).
 */
const times = new Map<string, { relative: boolean; parsedAt: number; latest: number; rough: boolean }>();
const REUSE_ABSOLUTE_MS = 60_000;

function latestShown(
  text: string,
  now: number,
): { relative: boolean; latest: number; rough: boolean } | null {
  const hit = times.get(text);
  if (hit?.relative) return { ...hit, latest: hit.latest + (now - hit.parsedAt) };
  if (hit && now >= hit.parsedAt && now - hit.parsedAt < REUSE_ABSOLUTE_MS) return hit;
  const shown = parseShownTime(text, now);
  if (!shown) {
    if (notTimes.size >= CACHE_MAX) notTimes.clear();
    notTimes.add(text);
    return null;
  }
  if (times.size >= CACHE_MAX) times.clear();
  const found = {
    relative: shown.kind === 'relative',
    parsedAt: now,
    latest: shown.latest,
    rough: isMinutePrecision(shown),
  };
  times.set(text, found);
  return found;
}

/** A time read from a page: its instant, and whether the text gave only the minute or coarser. */
export interface ShownAt {
  at: number;
  rough: boolean;
}

function read(value: string | null, now: number): ShownAt | null {
  const text = value?.trim();
  if (!text || text.length > TEXT_MAX || notTimes.has(text)) return null;
  const shown = latestShown(text, now);
  if (!shown) return null;
  // The latest instant the text allows: a wait counted from it is "at least" that long.
  const step = shown.rough ? ROUGH_AGE_STEP_MS : AGE_STEP_MS;
  const at = shown.relative ? Math.ceil(shown.latest / step) * step : shown.latest;
  return { at, rough: shown.rough };
}

/** The instant a text shown in a page reads as (its latest, for ages), or null when it is no time. */
export function readShownText(text: string | null, now: number): ShownAt | null {
  return read(text, now);
}

/**
 * The time a console shows in a row (its last message's) when the profile has no
 * rule for it: a `datetime` or `title` attribute, else the first short text that
 * reads as a time ("14:05", "вчера, 18:40", "06 m. 20 s.", "3 мин назад").
 * Text inside `skip` (the customer's name) is not read. Null when the row shows none.
 */
export function findShownTime(row: Element, now: number, skip: Element | null): ShownAt | null {
  for (const root of contentRoots(row))
    for (const element of root.querySelectorAll('[datetime], [title]')) {
      const at = read(element.getAttribute('datetime'), now) ?? read(element.getAttribute('title'), now);
      if (at !== null) return at;
    }
  for (const node of shownTextNodes(row)) {
    if (skip?.contains(node)) continue;
    const at = read(node.nodeValue, now);
    if (at !== null) return at;
  }
  return null;
}
