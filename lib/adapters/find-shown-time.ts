import { parseShownTime } from '../domain/shown-time/parse-shown-time';

/** Longer texts are names, previews and sentences, not times. */
const TEXT_MAX = 40;
const CACHE_MAX = 5000;
/** Ages are rounded up to 10 s, so a scan's result does not change on every frame. */
const AGE_STEP_MS = 10_000;

/**
 * Texts already found not to be times. A row's name and preview are read on every
 * scan; parsing them once keeps the scan within its budget.
 */
const notTimes = new Set<string>();

function read(value: string | null, now: number): number | null {
  const text = value?.trim();
  if (!text || text.length > TEXT_MAX || notTimes.has(text)) return null;
  const shown = parseShownTime(text, now);
  if (!shown) {
    if (notTimes.size >= CACHE_MAX) notTimes.clear();
    notTimes.add(text);
    return null;
  }
  // The latest instant the text allows: a wait counted from it is "at least" that long.
  return shown.kind === 'relative' ? Math.ceil(shown.latest / AGE_STEP_MS) * AGE_STEP_MS : shown.latest;
}

/**
 * The time a console shows in a row (its last message's) when the profile has no
 * rule for it: a `datetime` or `title` attribute, else the first short text that
 * reads as a time ("14:05", "вчера, 18:40", "06 m. 20 s.", "3 мин назад").
 * Text inside `skip` (the customer's name) is not read. Null when the row shows none.
 */
export function findShownTime(row: Element, now: number, skip: Element | null): number | null {
  for (const element of row.querySelectorAll('[datetime], [title]')) {
    const at = read(element.getAttribute('datetime'), now) ?? read(element.getAttribute('title'), now);
    if (at !== null) return at;
  }
  const walker = row.ownerDocument.createTreeWalker(row, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skip?.contains(node)) continue;
    const at = read(node.nodeValue, now);
    if (at !== null) return at;
  }
  return null;
}
