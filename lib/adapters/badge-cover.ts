import { deepElementFromPoint } from './teach/deep-hit-test';
import { containsAcross } from './shadow-path';

/** Nezabudka's own elements (overlay, teach panel): drawn over the page, never the page's. */
const isOurs = (element: Element) => element.localName.startsWith('nezabudka-');

/**
 * Whether something of the console that is not the row lies over a point of the
 * row: a menu, a popover or a sticky header drawn above the list. A badge there
 * would sit on another part of the console, so it is not drawn. The row itself,
 * anything inside it and anything it sits in (a list that takes the hit) are fine.
 */
export function coveredAt(doc: Document, row: Element, x: number, y: number): boolean {
  const hit = deepElementFromPoint(doc, x, y, isOurs);
  return hit !== null && !containsAcross(row, hit) && !containsAcross(hit, row);
}
