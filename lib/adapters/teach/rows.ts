/**
 * Teach mode's core (see DESIGN.md, "Site profiles"): the operator points at one
 * element of an unknown helpdesk and we derive a selector that finds every element
 * of that kind — every conversation row, the name in each row, the customer's
 * bubbles. Pure DOM: the caller passes the root (a document, a shadow root, an
 * iframe's document) the element lives in. Rows here; parts inside a row, bubbles
 * and single controls in generalise-inside, generalise-bubbles and generalise-single.
 */
import { describeMatch, selectGroup } from './stable-selector/group-selector';
import { findRepeated, MIN_SIBLINGS } from './stable-selector/look-alike';
import { rootOf } from './safe-dom';

export interface Generalised {
  css: string;
  /** Rows or bubbles the selector matches; for parts inside a row, rows where it finds something. */
  count: number;
  /** Why this selector: goes into the profile's `why`, read and fixed by people. */
  why: string;
}

/** Weighted share of classes and attributes two siblings must have in common to be the same kind. */
const ROW_SIMILARITY = 0.5;

/**
 * The selector for conversation rows, from an element the operator clicked
 * anywhere inside one row. Null when no repeated level is found above it.
 */
export function generaliseRows(clicked: Element): Generalised | null {
  const repeated = findRepeated(clicked, ROW_SIMILARITY, MIN_SIBLINGS);
  if (!repeated) return null;
  // The rows' own tree: a click inside a row component's shadow root is answered in its host's.
  const result = selectGroup(repeated.group, repeated.parent, rootOf(repeated.el));
  if (!result) return null;
  return {
    css: result.css,
    count: result.matched.length,
    why: `Conversation rows (taught): ${describeMatch(result, 'rows', repeated.group)}`,
  };
}
