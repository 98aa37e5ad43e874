import type { Generalised } from './rows';
import { generaliseInside } from './parts';
import { rootOf } from './safe-dom';
import { readTime } from '../read-row';

/** Attributes a console keeps a full time in, beside the short one it shows. */
const TIME_ATTRIBUTES = ['datetime', 'title'] as const;

/**
 * The row's time as the operator clicked it: where it is in every row, and
 * whether it is read from an attribute (`datetime`, `title`: the full time) or
 * from the text shown. Null when what was clicked does not read as a time in
 * this row: a taught time that reads as nothing would silently give no clock.
 */
export function timeRuleAt(
  clicked: Element,
  row: Element,
  rowsCss: string,
  now: number,
): { part: Generalised; attribute: string | null } | null {
  const part = generaliseInside(clicked, row, rowsCss, rootOf(row), { inEveryRow: true });
  if (!part) return null;
  for (const attribute of [...TIME_ATTRIBUTES, null]) {
    if (readTime(row, { selectors: [part.css], attribute }, now) !== null) return { part, attribute };
  }
  return null;
}
