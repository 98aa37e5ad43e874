/**
 * Teach mode's core (see DESIGN.md, "Site profiles"): the operator points at one
 * element of an unknown helpdesk and we derive a selector that finds every element
 * of that kind — every conversation row, the name in each row, the customer's
 * bubbles. Pure DOM: the caller passes the root (a document, a shadow root, an
 * iframe's document) the element lives in.
 */
import { isShown } from './is-shown';
import {
  attributeSelector,
  classSelector,
  escapeIdentifier,
  isHashedClass,
  isVolatileValue,
  isKeyLikeAttributeName,
  isModifierClass,
  stableAttributes,
  stableClasses,
  tagOf,
} from './selector-builder';
import { containsAcross, queryInside } from './shadow-path';

export interface Generalised {
  css: string;
  /** Rows or bubbles the selector matches; for parts inside a row, rows where it finds something. */
  count: number;
  /** Why this selector: goes into the profile's `why`, read and fixed by people. */
  why: string;
}

/** Rows need at least this many look-alike siblings: two lines inside one row are not a list. */
const MIN_SIBLINGS = 2;
/** Weighted share of classes and attributes two siblings must have in common to be the same kind. */
const ROW_SIMILARITY = 0.5;
const BUBBLE_SIMILARITY = 0.3;

const CELL_TAGS = new Set(['td', 'th']);
const CELL_ROLES = new Set(['cell', 'gridcell', 'columnheader', 'rowheader']);
const ROW_TAGS = new Set(['li', 'tr']);
const ROW_ROLES = new Set(['row', 'option', 'listitem', 'treeitem', 'article', 'feed']);
/** Text inside a message: its paragraphs and lines repeat, but they are not bubbles. */
const TEXT_TAGS = new Set(['p', 'span', 'br', 'b', 'i', 'em', 'strong', 'a', 'code', 'pre', 'li', 'font']);
/** Tags that say what an element holds, worth a selector of their own inside a row. */
const SEMANTIC_TAGS = new Set([
  'time',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'img',
  'abbr',
  'small',
  'mark',
  'address',
]);
/** Landmarks usually present once on a page: anchors for structural selectors. */
const LANDMARK_TAGS = new Set(['aside', 'nav', 'main', 'header', 'footer', 'table', 'ul', 'ol', 'section']);
/** Words that name a side of a conversation in class names and attribute values. */
const SIDE_WORDS = new Set(
  (
    'customer client visitor guest user contact incoming inbound received them other left in ' +
    'operator agent staff support outgoing outbound sent own mine self me right out ' +
    'note bot author from side direction'
  ).split(' '),
);

/** Whether a class name or attribute speaks of sides ("msg--customer", "data-direction"). */
function speaksOfSides(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((word) => SIDE_WORDS.has(word));
}

// ---------------------------------------------------------------------------
// Helpers

function queryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** What the engine does with a selector "inside a row": the row itself, else its first match (its shadow root first). */
function findIn(scope: Element, css: string): Element | null {
  if (matches(scope, css)) return scope;
  try {
    return queryInside(scope, css);
  } catch {
    return null;
  }
}

/** The element's parent inside its tree (a shadow root's children have none). */
function parentOf(el: Element): ParentNode | null {
  const parent = el.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1 || parent.nodeType === 11) return parent as ParentNode;
  return null;
}

function isElement(node: ParentNode | null): node is Element {
  return node !== null && (node as Node).nodeType === 1;
}

function roleOf(el: Element): string {
  return (el.getAttribute('role') ?? '').trim().toLowerCase();
}

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
function similarity(a: Element, b: Element): number {
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
function findRepeated(
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

/** A compound selector part shared by every member of the group, best first. */
function commonCompounds(group: Element[]): { css: string; what: string }[] {
  const el = group[0]!;
  const tag = tagOf(el);
  const out: { css: string; what: string }[] = [];
  const shared = stableAttributes(el).filter((attribute) =>
    group.every((member) => member.hasAttribute(attribute.name)),
  );
  const sameValue = (name: string, value: string) =>
    group.every((member) => member.getAttribute(name) === value);
  const dataKeys = shared.filter((attribute) => attribute.name.startsWith('data-'));
  const role = shared.find(
    (attribute) => attribute.name === 'role' && sameValue(attribute.name, attribute.value),
  );
  const classes = stableClasses(el, { modifiers: false }).filter((name) =>
    group.every((member) => member.classList.contains(name)),
  );
  const roleCss = role ? attributeSelector('role', role.value) : '';
  for (const attribute of dataKeys) {
    const value =
      !attribute.volatile && sameValue(attribute.name, attribute.value) && attribute.value !== ''
        ? attribute.value
        : undefined;
    // With the role first: `div[data-id]` alone is a common pattern elsewhere on a page.
    if (roleCss)
      out.push({
        css: `${tag}${roleCss}${attributeSelector(attribute.name, value)}`,
        what: `${tag} elements with role ${role!.value} carrying ${attribute.name}`,
      });
    out.push({
      css: `${tag}${attributeSelector(attribute.name, value)}`,
      what: `${tag} elements carrying ${attribute.name}`,
    });
  }
  if (roleCss) out.push({ css: `${tag}${roleCss}`, what: `${tag} elements with role ${role!.value}` });
  for (const name of classes)
    out.push({ css: `${tag}${classSelector(name)}`, what: `${tag} elements of class ${name}` });
  if (classes.length > 1)
    out.push({
      css: `${tag}${classes.map(classSelector).join('')}`,
      what: `${tag} elements of classes ${classes.join(' ')}`,
    });
  for (const attribute of shared) {
    if (attribute.name.startsWith('data-') || attribute.name === 'role' || attribute.name === 'id') continue;
    const value =
      !attribute.volatile && sameValue(attribute.name, attribute.value) ? attribute.value : undefined;
    out.push({
      css: `${tag}${attributeSelector(attribute.name, value)}`,
      what: `${tag} elements with ${attribute.name}`,
    });
  }
  out.push({ css: tag, what: `${tag} elements` });
  return out;
}

/**
 * A description of a container (one element, so its label or id may be used), or
 * null when it has nothing but a plain tag. State modifiers are left out.
 */
function describeContainer(el: Element): string | null {
  const tag = tagOf(el);
  const attributes = stableAttributes(el);
  const id = attributes.find((attribute) => attribute.name === 'id');
  if (id) return `${tag}#${escapeIdentifier(id.value)}`;
  const classes = stableClasses(el, { modifiers: false }).slice(0, 2);
  const best = attributes.find(
    (attribute) =>
      attribute.name !== 'id' &&
      attribute.value !== '' &&
      !/^aria-(labelledby|describedby|controls|owns)$/.test(attribute.name),
  );
  let described = tag + classes.map(classSelector).join('');
  if (best) {
    const byValue = !perInstanceValue(best.name, best.value);
    described += attributeSelector(best.name, byValue ? best.value : undefined);
  }
  return described === tag && !LANDMARK_TAGS.has(tag) ? null : described;
}

/** A container's value is usable unless it is a number or a uuid (a label is fine). */
function perInstanceValue(name: string, value: string): boolean {
  if (name === 'aria-label' || name === 'role') return false;
  return isVolatileValue(value);
}

/**
 * Structural prefixes for selectors under `parent`: `container > ` when the
 * container can be described, then a child-combinator path from the nearest
 * ancestor that is described uniquely (`aside > div > `).
 */
function scopes(parent: ParentNode, root: ParentNode): { prefix: string; what: string }[] {
  if (!isElement(parent)) return [];
  const out: { prefix: string; what: string }[] = [];
  const own = describeContainer(parent);
  if (own) {
    out.push({ prefix: `${own} > `, what: own });
    out.push({ prefix: `${own} `, what: own });
  }
  const path: string[] = [];
  for (let anchor: Element | null = parent; anchor;) {
    const description = describeContainer(anchor);
    if (description && queryAll(root, description).length === 1) {
      if (anchor !== parent) {
        const prefix = [description, ...path].join(' > ');
        out.push({ prefix: `${prefix} > `, what: description });
      }
      break;
    }
    path.unshift(tagOf(anchor));
    const next = parentOf(anchor);
    if (!isElement(next) || next === root || ['body', 'html'].includes(tagOf(next))) {
      // No unique anchor: the path from the top of this tree is the last resort.
      const top = isElement(next) && tagOf(next) === 'body' ? ['body', ...path] : path;
      out.push({ prefix: `${top.join(' > ')} > `, what: 'the page structure' });
      break;
    }
    anchor = next;
  }
  return out;
}

interface Verified {
  css: string;
  matched: Element[];
  what: string;
  scope: string | null;
  /** Matches outside the group's container. */
  outside: number;
}

/**
 * The best selector for a group of look-alike siblings: it must match every
 * member and nothing outside their container; an exact match of the group wins
 * over one that also takes other children of the container.
 */
function selectGroup(group: Element[], parent: ParentNode, root: ParentNode): Verified | null {
  const compounds = commonCompounds(group);
  const prefixes = [{ prefix: '', what: '' }, ...scopes(parent, root)];
  let fallback: Verified | null = null;
  let fallbackExtra = Infinity;
  for (const { prefix, what: scopeWhat } of prefixes) {
    for (const compound of compounds) {
      // A bare tag is only useful when scoped.
      if (!prefix && compound.css === tagOf(group[0]!)) continue;
      const css = prefix + compound.css;
      const matched = queryAll(root, css);
      if (!group.every((member) => matched.includes(member))) continue;
      const outside = matched.filter((element) => element.parentNode !== parent).length;
      const extra = matched.length - group.length;
      const verified = { css, matched, what: compound.what, scope: scopeWhat || null, outside };
      if (outside === 0 && extra === 0) return verified;
      // Other children of the same container cost less than matches elsewhere.
      const cost = outside * 1000 + extra;
      if (cost < fallbackExtra) {
        fallback = verified;
        fallbackExtra = cost;
      }
    }
  }
  return fallback;
}

function describeMatch(result: Verified, noun: string, group: Element[]): string {
  const scope = result.scope ? ` inside ${result.scope}` : '';
  const extra = result.matched.length - group.length;
  let note = '; matches nothing outside the list';
  if (result.outside > 0)
    note = `; it also matches ${result.outside} element(s) outside the list, check them`;
  else if (extra > 0) note = `; it also matches ${extra} other element(s) of the list, check them`;
  return `${result.matched.length} ${noun}: ${result.what}${scope}${note}`;
}

// ---------------------------------------------------------------------------
// Rows

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

// ---------------------------------------------------------------------------
// Parts inside a row

/** Tag path from `row` down to `el`: `:scope > div > span`. */
function structuralPath(row: Element, el: Element): string[] {
  const steps: string[] = [];
  for (let node: Element | null = el; node && node !== row; node = node.parentElement)
    steps.unshift(tagOf(node));
  return steps;
}

interface InsideCandidate {
  css: string;
  what: string;
  /** Built from tags and positions only: the last resort. */
  structural?: boolean;
}

function insideCandidates(target: Element, row: Element): InsideCandidate[] {
  const tag = tagOf(target);
  const out: InsideCandidate[] = [];
  for (const name of stableClasses(target, { modifiers: false }))
    out.push({ css: classSelector(name), what: `the element of class ${name}` });
  // A marker only some rows carry is often named like a state (`pill-new`, `badge--unread`).
  for (const name of stableClasses(target).filter((name) => isModifierClass(name)))
    out.push({ css: classSelector(name), what: `the element of class ${name}` });
  for (const attribute of stableAttributes(target)) {
    if (attribute.name === 'id') continue;
    if (!attribute.volatile && attribute.value !== '')
      out.push({
        css: `${tag}${attributeSelector(attribute.name, attribute.value)}`,
        what: `the ${tag} with ${attribute.name}="${attribute.value}"`,
      });
    out.push({
      css: `${tag}${attributeSelector(attribute.name)}`,
      what: `the ${tag} carrying ${attribute.name}`,
    });
  }
  if (tag === 'time' && target.hasAttribute('datetime'))
    out.push({ css: 'time[datetime]', what: 'the time element with its datetime' });
  if (SEMANTIC_TAGS.has(tag)) out.push({ css: tag, what: `the ${tag} element` });
  // A named ancestor inside the row and the tag: ".meta span".
  for (let ancestor = target.parentElement; ancestor && ancestor !== row; ancestor = ancestor.parentElement) {
    const names = stableClasses(ancestor, { modifiers: false });
    if (names.length > 0) {
      out.push({ css: `${classSelector(names[0]!)} ${tag}`, what: `the ${tag} inside .${names[0]}` });
      break;
    }
  }
  // Structure only, for rows whose classes are all generated.
  const steps = structuralPath(row, target);
  if (steps.length > 0) {
    const path = `:scope > ${steps.join(' > ')}`;
    const where = steps.join(' > ');
    out.push({ css: path, what: `the first ${where} under the row`, structural: true });
    out.push({
      css: `${path}:first-of-type`,
      what: `the first ${tag} of its kind at ${where}`,
      structural: true,
    });
    out.push({
      css: `${path}:last-of-type`,
      what: `the last ${tag} of its kind at ${where}`,
      structural: true,
    });
    // Positions, for parts told apart only by their place (a grid's second cell).
    const positional: string[] = [];
    for (let node: Element | null = target; node && node !== row; node = node.parentElement) {
      const step = tagOf(node);
      const kin = node.parentElement
        ? Array.from(node.parentElement.children).filter((sibling) => tagOf(sibling) === step)
        : [node];
      positional.unshift(kin.length > 1 ? `${step}:nth-of-type(${kin.indexOf(node) + 1})` : step);
    }
    const positionalCss = `:scope > ${positional.join(' > ')}`;
    if (positionalCss !== path)
      out.push({
        css: positionalCss,
        what: `the ${tag} at ${positional.join(' > ')} (by position: re-teach if the columns move)`,
        structural: true,
      });
  }
  return out;
}

/**
 * A selector for a part of a row (name, unread badge, preview, time), relative to
 * the row (`row.querySelector(css)`, or the row itself when it matches). `count`
 * is the number of rows in which it finds something.
 */
export function generaliseInside(
  clicked: Element,
  row: Element,
  rowCss: string,
  root: ParentNode,
  options: { inEveryRow?: boolean } = {},
): Generalised | null {
  if (clicked === row || !containsAcross(row, clicked)) return null;
  const rows = queryAll(root, rowCss);
  if (!rows.includes(row)) rows.push(row);
  if (options.inEveryRow) {
    // A part every row has (the name) may be clicked on a formatting wrapper only some rows
    // carry (`<b>` for unread ones): of the elements around it showing the same text, keep
    // the one found in the most rows.
    const text = (clicked.textContent ?? '').trim();
    let best: Generalised | null = null;
    for (let target: Element | null = clicked; target && target !== row; target = target.parentElement) {
      if (!text || (target.textContent ?? '').trim() !== text) break;
      const found = partAt(target, row, rows);
      if (found && (!best || found.count > best.count)) best = found;
    }
    if (best) return best;
  }
  for (let target: Element | null = clicked; target && target !== row; target = target.parentElement) {
    const found = partAt(target, row, rows);
    if (found) return found;
  }
  return null;
}

/** The best selector for `target` as a part of `row`, scored by how many `rows` it finds it in. */
function partAt(target: Element, row: Element, rows: Element[]): Generalised | null {
  const scored = insideCandidates(target, row)
    .filter((candidate) => findIn(row, candidate.css) === target)
    .map((candidate) => {
      const found = rows.filter((each) => findIn(each, candidate.css) !== null);
      // What is found elsewhere should look like what was clicked: its tag, and one of its
      // classes if it has any (the subject's text is not the NEW pill before it).
      const classes = stableClasses(target);
      const alike = found.filter((each) => {
        const other = findIn(each, candidate.css)!;
        return (
          tagOf(other) === tagOf(target) &&
          (classes.length === 0 || classes.some((name) => other.classList.contains(name)))
        );
      });
      return { ...candidate, count: alike.length, found: found.length };
    });
  if (scored.length === 0) return null;
  const best = Math.max(...scored.map((candidate) => candidate.count));
  // A named part (a class, an attribute) may be missing from some rows, like an unread
  // badge, and still be right; structure finds "something" everywhere. So the first
  // named candidate wins unless structure finds the part in many more rows.
  const chosen =
    scored.find(
      (candidate) => !candidate.structural && candidate.count > 0 && candidate.count >= best * 0.5,
    ) ?? scored.find((candidate) => candidate.count > 0 && candidate.count >= best * 0.8);
  if (!chosen) return null;
  return {
    css: chosen.css,
    count: chosen.count,
    why: `Taught inside a row: ${chosen.what}; found in ${chosen.count} of ${rows.length} rows`,
  };
}

// ---------------------------------------------------------------------------
// Message bubbles

interface SideFeature {
  css: string;
  what: string;
  rank: number;
}

/** What sets the clicked bubble apart from bubbles of the other side, best first. */
function sideFeatures(el: Element, group: Element[]): SideFeature[] {
  const out: SideFeature[] = [];
  const notAll = (test: (member: Element) => boolean) => !group.every(test);
  const sideBonus = (text: string) => (speaksOfSides(text) ? 0 : 10);
  for (const attribute of stableAttributes(el)) {
    if (attribute.name === 'id') continue;
    if (!attribute.volatile && notAll((member) => member.getAttribute(attribute.name) === attribute.value))
      out.push({
        css: attributeSelector(attribute.name, attribute.value),
        what: `${attribute.name}="${attribute.value}"`,
        rank: 1 + sideBonus(`${attribute.name} ${attribute.value}`),
      });
    if (notAll((member) => member.hasAttribute(attribute.name)))
      out.push({
        css: attributeSelector(attribute.name),
        what: `carrying ${attribute.name}`,
        rank: 3 + sideBonus(attribute.name),
      });
  }
  for (const name of Array.from(el.classList)) {
    if (!notAll((member) => member.classList.contains(name))) continue;
    const hashed = isHashedClass(name);
    out.push({
      css: classSelector(name),
      what: hashed ? `generated class ${name} (fragile: re-teach after a helpdesk update)` : `class ${name}`,
      rank: hashed ? 50 : 2 + sideBonus(name),
    });
  }
  // The clicked side may be the plain one: "not the other side's modifier".
  const others = group.filter((member) => member !== el);
  for (const member of others) {
    for (const name of stableClasses(member)) {
      if (el.classList.contains(name)) continue;
      const css = `:not(${classSelector(name)})`;
      if (!out.some((feature) => feature.css === css))
        out.push({ css, what: `without class ${name}`, rank: 5 + sideBonus(name) });
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/** The steps from `top` down to `el`, which lies inside it, as child tags (`div > p`). */
function tagPath(top: Element, el: Element): string[] {
  const steps: string[] = [];
  for (let at: Element | null = el; at && at !== top; at = at.parentElement) steps.unshift(tagOf(at));
  return steps;
}

/**
 * The counterpart of the clicked part below a group member: at the same tag path,
 * the element most like it (a bubble's meta line and its text are both `div`s).
 */
function counterpart(member: Element, steps: readonly string[], like: Element): Element | null {
  if (steps.length === 0) return member;
  if (member.contains(like)) return like;
  let best: Element | null = null;
  let bestScore = BUBBLE_SIMILARITY;
  const place = (element: Element) =>
    Array.prototype.indexOf.call(element.parentElement?.children ?? [], element);
  for (const candidate of queryAll(member, `:scope > ${steps.join(' > ')}`)) {
    // Alike first; of look-alikes, the one in the same place.
    const score = similarity(candidate, like) + (place(candidate) === place(like) ? 0.001 : 0);
    if (score >= bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Message bubbles of the clicked bubble's side: the repeated bubble level (as for
 * rows) narrowed by what only that side carries (`.msg--customer`,
 * `[data-author="customer"]`), on that level or on the element below it that
 * holds the message (`.self-end` on the inner bubble of identical wrappers).
 * Bubbles of hidden panes (other chats' tabs) do not count against a selector.
 * Null when nothing tells the sides apart.
 */
export function generaliseBubbles(clicked: Element): Generalised | null {
  const repeated =
    findRepeated(clicked, BUBBLE_SIMILARITY, MIN_SIBLINGS, 'bubble') ??
    findRepeated(clicked, BUBBLE_SIMILARITY, 1, 'bubble');
  if (!repeated) return null;
  const { el, group, parent } = repeated;
  const root = rootOf(el);
  const base = selectGroup(group, parent, root);
  if (!base) return null;
  // The repeated level first, then each element between it and the click, nearest the level first.
  const levels: Element[] = [];
  for (let at: Element | null = clicked; at && at !== el; at = at.parentElement) levels.unshift(at);
  // A bubble component's parts are in its shadow root: below the host, only the host's own level.
  if (!el.contains(clicked)) levels.length = 0;
  levels.unshift(el);
  // Bubbles of hidden panes (other chats' tabs) do not count against a selector.
  const inList = (element: Element) =>
    group.some((member) => member === element || containsAcross(member, element));
  for (const level of levels.slice(0, 4)) {
    const steps = tagPath(el, level);
    const peers = group
      .map((member) => counterpart(member, steps, level))
      .filter((peer): peer is Element => peer !== null);
    const below = steps.length > 0 ? ` > ${steps.join(' > ')}` : '';
    for (const feature of sideFeatures(level, peers)) {
      const css = `${base.css}${below}${feature.css}`;
      const matched = queryAll(root, css);
      if (!matched.includes(level)) continue;
      const sameSide = peers.filter((peer) => matches(peer, css));
      // It must leave out some bubbles of the group (the other side) and stay in the list.
      if (sameSide.length === peers.length) continue;
      if (matched.some((element) => !inList(element) && isShown(element))) continue;
      return {
        css,
        count: matched.length,
        why: `Message bubbles of the taught side (taught): ${base.what}${
          base.scope ? ` inside ${base.scope}` : ''
        }${below ? ` (the ${steps.at(-1)} inside each)` : ''} with ${feature.what}; ${sameSide.length} of ${
          peers.length
        } bubbles`,
      };
    }
  }
  // Only this side on screen: nothing to compare with, but a class or attribute may name it
  // (`msg-customer`, `data-author="visitor"`). Nothing else is taken on trust.
  for (const level of levels.slice(0, 4)) {
    const steps = tagPath(el, level);
    const below = steps.length > 0 ? ` > ${steps.join(' > ')}` : '';
    const named = [
      ...Array.from(level.classList)
        .filter((name) => speaksOfSides(name) && !isHashedClass(name))
        .map((name) => ({ css: classSelector(name), what: `class ${name}` })),
      ...stableAttributes(level)
        .filter((attribute) => !attribute.volatile && speaksOfSides(`${attribute.name} ${attribute.value}`))
        .map((attribute) => ({
          css: attributeSelector(attribute.name, attribute.value),
          what: `${attribute.name}="${attribute.value}"`,
        })),
    ];
    for (const feature of named) {
      const css = `${base.css}${below}${feature.css}`;
      const matched = queryAll(root, css);
      if (!matched.includes(level) || matched.some((element) => !inList(element) && isShown(element)))
        continue;
      return {
        css,
        count: matched.length,
        why: `Message bubbles of the taught side (taught): ${base.what} with ${feature.what}, which names the side (no bubble of the other side was on screen to compare)`,
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// One element: the reply box, the Send button

/** Attributes that say what a control is, whatever state it is in. */
const CONTROL_ATTRIBUTES = [
  'contenteditable',
  'role',
  'placeholder',
  'data-placeholder',
  'aria-label',
  'name',
  'type',
  'title',
];

/** What the operator meant by a click on a control's part: the icon inside Send is the button. */
function controlOf(clicked: Element, kind: 'composer' | 'sendButton'): Element {
  const css =
    kind === 'sendButton'
      ? 'button, [role="button"], input[type="submit"], input[type="button"]'
      : 'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
  try {
    return clicked.closest(css) ?? clicked;
  } catch {
    return clicked;
  }
}

/** The element's own description without states: tag, a chosen id, stable classes, what the control is. */
function ownDescriptions(el: Element): string[] {
  const tag = tagOf(el);
  const out: string[] = [];
  const id = stableAttributes(el).find((attribute) => attribute.name === 'id');
  if (id) out.push(`${tag}#${escapeIdentifier(id.value)}`);
  const classes = stableClasses(el, { modifiers: false }).slice(0, 2).map(classSelector).join('');
  const attributes = CONTROL_ATTRIBUTES.filter((name) => el.hasAttribute(name))
    .map((name) => [name, el.getAttribute(name) ?? ''] as const)
    .filter(([, value]) => value.length <= 60 && !/["\\\n]/.test(value) && !isVolatileValue(value))
    .map(([name, value]) => attributeSelector(name, value));
  const data = stableAttributes(el)
    .filter((attribute) => attribute.name.startsWith('data-') && !attribute.volatile)
    .map((attribute) => attributeSelector(attribute.name, attribute.value));
  if (classes) out.push(tag + classes);
  for (const attribute of [...data, ...attributes]) out.push(tag + classes + attribute);
  if (attributes.length > 1) out.push(tag + classes + attributes.join(''));
  out.push(tag);
  return [...new Set(out)];
}

/**
 * A selector for the one reply box or Send button the operator pointed at: it
 * must find that element and no other shown one (a page full of `div`s or icons
 * must not make `div` or `svg` the reply box). The element's own description is
 * tried alone, then under its containers. Null when nothing singles it out.
 */
export function generaliseSingle(
  clicked: Element,
  kind: 'composer' | 'sendButton',
): (Generalised & { element: Element }) | null {
  const el = controlOf(clicked, kind);
  const root = rootOf(el);
  const own = ownDescriptions(el);
  const prefixes = [{ prefix: '', what: '' }, ...scopes(parentOf(el) ?? root, root)];
  for (const { prefix, what } of prefixes)
    for (const description of own) {
      if (!prefix && description === tagOf(el)) continue;
      const css = prefix + description;
      const matched = queryAll(root, css);
      if (!matched.includes(el)) continue;
      // Other chats' reply boxes kept hidden in the page do not count; a visible second one does.
      if (matched.some((other) => other !== el && isShown(other))) continue;
      return {
        element: el,
        css,
        count: matched.length,
        why: `${kind === 'composer' ? 'the reply box' : 'the send button'}: ${css}${what ? ` (inside ${what})` : ''}`,
      };
    }
  return null;
}

// ---------------------------------------------------------------------------
// Row keys

/** Ids a framework generated for this render (React useId, Ember) are not keys. */
function stableIdValue(value: string): boolean {
  return !/^:.*:$/.test(value) && !/^(ember|yui_|ext-gen|mui-|react-|radix-|headlessui-)/i.test(value);
}

/**
 * The attribute whose value is unique per row across every row `rowCss` matches:
 * a `data-*` key (`data-conversation-id`), then `id`, then any unique `data-*`.
 * Null when no attribute is (the engine then keys rows by the customer's name).
 */
export function keyAttributeFor(rowCss: string, root: ParentNode): string | null {
  const rows = queryAll(root, rowCss);
  if (rows.length === 0) return null;
  const first = rows[0]!;
  const unique = (name: string) => {
    const values = rows.map((row) => row.getAttribute(name));
    if (values.some((value) => !value)) return false;
    return new Set(values).size === values.length;
  };
  const names = Array.from(first.attributes)
    .map((attribute) => attribute.name.toLowerCase())
    .filter((name) => /^[A-Za-z_][\w.:-]*$/.test(name));
  const data = names.filter(
    (name) =>
      name.startsWith('data-') &&
      !/(^|-)(index|idx|position|pos|rowindex|state|selected|active)$/.test(name) &&
      !/^data-v-/.test(name),
  );
  const keyLike = data.filter((name) => isKeyLikeAttributeName(name) && unique(name));
  if (keyLike.length > 0) return keyLike[0]!;
  if (names.includes('id') && unique('id') && rows.every((row) => stableIdValue(row.id))) return 'id';
  const otherData = data.find((name) => unique(name) && !isHashedClass(name));
  if (otherData) return otherData;
  // A web component's own key attribute (`conversation-id`), not a data-* one.
  const own = names.find((name) => !name.startsWith('data-') && isKeyLikeAttributeName(name) && unique(name));
  if (own && own !== 'id') return own;
  // A row that is itself the conversation's link, or names it in its title.
  return ['href', 'title'].find((name) => names.includes(name) && unique(name)) ?? null;
}

/**
 * When rows carry no key of their own: a link inside each row whose target is
 * unique per row (`<a href="#/conversations/4101">`), as the selector of that
 * link. Null when some row has none or two rows share one.
 */
export function keyLinkFor(rowCss: string, root: ParentNode): string | null {
  const rows = queryAll(root, rowCss);
  if (rows.length === 0) return null;
  const targets = rows.map((row) => row.querySelector('a[href]')?.getAttribute('href') ?? '');
  const usable = targets.every((href) => href !== '' && href !== '#' && !/^javascript:/i.test(href));
  return usable && new Set(targets).size === targets.length ? 'a[href]' : null;
}

// ---------------------------------------------------------------------------
// Shadow roots and frames

/**
 * The innermost element at a viewport point, looking into open shadow roots and
 * same-origin iframes (a cross-origin frame's document cannot be read; its
 * `<iframe>` element is returned).
 */
export function deepElementFromPoint(doc: Document, x: number, y: number): Element | null {
  let found = doc.elementFromPoint(x, y);
  let px = x;
  let py = y;
  for (let depth = 0; found && depth < 32; depth += 1) {
    const shadow = found.shadowRoot;
    if (shadow && typeof shadow.elementFromPoint === 'function') {
      const inner = shadow.elementFromPoint(px, py);
      if (inner && inner !== found) {
        found = inner;
        continue;
      }
    }
    const tag = tagOf(found);
    if (tag === 'iframe' || tag === 'frame') {
      let inner: Element | null = null;
      try {
        const frameDoc = (found as HTMLIFrameElement).contentDocument;
        if (frameDoc) {
          const box = found.getBoundingClientRect();
          px -= box.left + found.clientLeft;
          py -= box.top + found.clientTop;
          inner = frameDoc.elementFromPoint(px, py);
        }
      } catch {
        // Cross-origin: the frame's own content script handles it.
        inner = null;
      }
      if (inner && inner !== found) {
        found = inner;
        continue;
      }
    }
    break;
  }
  return found;
}

/** Where selectors for `el` are run: its shadow root, else its document. */
export function rootOf(el: Element): ParentNode {
  const root = el.getRootNode();
  if (root.nodeType === 9 || root.nodeType === 11) return root as unknown as ParentNode;
  return el.ownerDocument;
}
