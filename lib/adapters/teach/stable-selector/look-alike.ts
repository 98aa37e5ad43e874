import { roles as rowRoles } from '../../data/row-roles.json';
import { words as sideWords } from '../../data/side-words.json';
import { tags as textTags } from '../../data/text-tags.json';
import { tagOf } from './selector-builder';
import { isKeyLikeAttributeName, stableAttributes } from './stable-attributes';
import { isHashedClass, isModifierClass } from './stable-classes';
import { isElement, parentOf, roleOf } from '../safe-dom';

// Telling elements of one kind: weighted features (classes, attributes, role), and the
// repeated level above a clicked element (rows of a list, bubbles of a chat).

/** Rows need at least this many look-alike siblings: two lines inside one row are not a list. */
export const MIN_SIBLINGS = 2;

/** Text inside a message: its paragraphs and lines repeat, but they are not bubbles. */
const TEXT_TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set(textTags);

const CELL_TAGS = new Set(['td', 'th']);

const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);

const ROW_TAGS = new Set(['li', 'tr']);

const ROW_ROLES: ReadonlySet<string> = /* @__PURE__ */ new Set(rowRoles);

/** Words that name a side of a conversation in class names and attribute values. */
const SIDE_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(sideWords);

/** Whether a class name or attribute speaks of sides ("msg--customer", "data-direction"). */
export function speaksOfSides(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => SIDE_WORDS.has(word));
}

// ---------------------------------------------------------------------------
// Helpers

function isCellLike(el: Element): boolean {
  return CELL_TAGS.has(tagOf(el)) || CELL_ROLES.has(roleOf(el));
}

/**
 * Features of an element for "same kind" comparisons, with weights: class names
 * (modifiers and side names count little, generated names half), attribute names, the role.
 */
function features(el: Element): Map<string, number> {
  const found = new Map<string, number>();
  for (const name of Array.from(el.classList)) {
    let weight = 1;
    if (/^sc-/.test(name))
      weight = 1; // a styled-components component id names the component
    else if (isHashedClass(name)) weight = 0.5;
    // A side (`msg-operator` beside `msg-customer`) is a variant of the same kind, like a modifier.
    else if (isModifierClass(name) || speaksOfSides(name)) weight = 0.3;
    found.set(`c:${name}`, weight);
  }
  for (const attribute of Array.from(el.attributes)) {
    const name = attribute.name.toLowerCase();
    if (name === 'class' || name === 'style') continue;
    found.set(`a:${name}`, 1);
  }
  const role = roleOf(el);
  if (role) found.set(`r:${role}`, 1);
  return found;
}

/** Weighted Jaccard similarity of two elements' features; featureless twins are alike. */
export function similarity(a: Element, b: Element): number {
  if (tagOf(a) !== tagOf(b)) return 0;
  const fa = features(a);
  const fb = features(b);
  if (fa.size === 0 && fb.size === 0) return 1;
  let shared = 0;
  let union = 0;
  for (const [key, weight] of fa) {
    const other = fb.get(key);
    if (other !== undefined) {
      shared += Math.min(weight, other);
      union += Math.max(weight, other);
    } else union += weight;
  }
  for (const [key, weight] of fb) if (!fa.has(key)) union += weight;
  return union === 0 ? 0 : shared / union;
}

interface Repeated {
  /** The repeated element on the clicked element's path. */
  el: Element;
  /** It and its look-alike siblings, in document order. */
  group: Element[];
  parent: ParentNode;
}

function lookAlikes(el: Element, parent: ParentNode, threshold: number): Element[] {
  return Array.from(parent.children).filter(
    (sibling) => sibling === el || similarity(el, sibling) >= threshold,
  );
}

/** Whether the group carries a per-element key (ids that differ), or the element is a row by tag or role. */
function isRowLike(el: Element, group: Element[]): boolean {
  if (ROW_TAGS.has(tagOf(el)) || ROW_ROLES.has(roleOf(el))) return true;
  return stableAttributes(el).some(
    (attribute) =>
      attribute.name.startsWith('data-') &&
      isKeyLikeAttributeName(attribute.name) &&
      new Set(group.map((member) => member.getAttribute(attribute.name))).size === group.length,
  );
}

/**
 * Walks up from the clicked element to the first level that repeats: the element
 * has enough look-alike siblings. Table and grid cells repeat across a row too, so
 * they are skipped; a level that is a row by tag, role or key wins over a plain one.
 */
export function findRepeated(
  clicked: Element,
  threshold: number,
  minSiblings: number,
  kind: 'row' | 'bubble' = 'row',
): Repeated | null {
  const candidates: Repeated[] = [];
  for (let el: Element | null = clicked; el;) {
    const tag = tagOf(el);
    if (tag === 'body' || tag === 'html') break;
    const parent = parentOf(el);
    if (!parent) break;
    const group = lookAlikes(el, parent, threshold);
    if (group.length - 1 >= minSiblings && !isCellLike(el)) candidates.push({ el, group, parent });
    // The top of a web component's shadow root: the component itself may be what repeats.
    el = isElement(parent) ? parent : parent instanceof ShadowRoot ? parent.host : null;
  }
  if (candidates.length === 0) return null;
  const first = candidates[0]!;
  if (isRowLike(first.el, first.group)) return first;
  // A message's nearest repeated level is the bubble, unless it is the text's own
  // paragraphs; a level further up that looks like a row is another chat's pane.
  if (kind === 'bubble' && !TEXT_TAGS.has(tagOf(first.el))) return first;
  return candidates.find((candidate) => isRowLike(candidate.el, candidate.group)) ?? first;
}
