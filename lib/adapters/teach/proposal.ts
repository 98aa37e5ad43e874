import { generaliseRows, type Generalised } from './rows';
import { rootOf } from './safe-dom';
import { describeElement } from './stable-selector/selector-builder';
import { stableClasses } from './stable-selector/stable-classes';
import { contentRoots, queryInside, shownTextNodes } from '../shadow-path';

export interface Proposal {
  rows: Generalised;
  composer: Generalised | null;
  /** The tree the rows' selector is for: the page, or the shadow root the list sits in. */
  rowsRoot?: ParentNode;
}

/** Bounds the walk into shadow roots on a page of many components. */
const MAX_ELEMENTS = 20_000;

/** Every element of the page and of the open shadow roots inside it, to any depth. */
function elementsDeep(root: ParentNode): Element[] {
  const out: Element[] = [];
  const pending: ParentNode[] = [root];
  while (pending.length > 0 && out.length < MAX_ELEMENTS) {
    for (const element of pending.pop()!.querySelectorAll('*')) {
      out.push(element);
      if (element.shadowRoot) pending.push(element.shadowRoot);
    }
  }
  return out;
}

const TIME = /\b\d{1,2}:\d{2}\b/;
const COUNT = /^\s*\d{1,3}\+?\s*$/;
const MIN_ROWS = 3;

/** The shape that makes siblings "the same kind of row": tag and classes, state modifiers aside. */
const shapeOf = (element: Element) =>
  `${element.tagName}.${stableClasses(element, { modifiers: false }).sort().join('.')}`;

/** The element's text with a space between text nodes ("Anna" "09:14" must not glue into "Anna09:14"). */
function spacedText(element: Element): string {
  return [...shownTextNodes(element)]
    .map((node) => node.nodeValue ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How much a row's content looks like a conversation: a time, an unread count, an avatar. */
function contentScore(row: Element): number {
  const text = spacedText(row);
  if (text.length < 3 || text.length > 400) return 0;
  let score = 0;
  if (TIME.test(text)) score += 2;
  const parts = contentRoots(row).flatMap((root) => [
    ...root.querySelectorAll('span, div, b, strong, small'),
  ]);
  if (parts.some((element) => element.childElementCount === 0 && COUNT.test(element.textContent ?? '')))
    score += 2;
  if (queryInside(row, 'img, [class*="avatar" i]')) score += 1;
  return score;
}

/** A conversation is something to click (to open it); a message bubble is not. */
function clickable(row: Element): boolean {
  return (
    ['row', 'option', 'listitem', 'link', 'button', 'tab'].includes(row.getAttribute('role') ?? '') ||
    row.hasAttribute('tabindex') ||
    ['LI', 'TR', 'A'].includes(row.tagName) ||
    row.querySelector(':scope > a[href]') !== null
  );
}

/**
 * Proposes where the conversations are on a page nobody has taught yet: the
 * largest group of look-alike siblings whose members look like conversations
 * (a short text, a time, an unread count). Only a draft: teach mode shows it for
 * the operator to confirm or correct; it is never used silently.
 */
export function proposeProfile(root: ParentNode & Node): Proposal | null {
  let best: { element: Element; score: number } | null = null;
  const containers: ParentNode[] = [root, ...elementsDeep(root)];
  // A shadow root's own top level is a container too (a list component's rows).
  for (const element of containers.slice(1) as Element[])
    if (element.shadowRoot) containers.push(element.shadowRoot);
  for (const container of containers) {
    const children = [...container.children];
    if (children.length < MIN_ROWS) continue;
    const groups = new Map<string, Element[]>();
    for (const child of children) groups.set(shapeOf(child), [...(groups.get(shapeOf(child)) ?? []), child]);
    for (const group of groups.values()) {
      if (group.length < MIN_ROWS) continue;
      const sample = group.slice(0, 10);
      const content = sample.reduce((sum, row) => sum + contentScore(row), 0) / sample.length;
      if (content < 1) continue; // plain menus and paragraphs: no time, no count
      const click = sample.filter(clickable).length / sample.length;
      const score = (1 + content + 2 * click) * Math.log2(group.length + 1);
      if (!best || score > best.score) best = { element: group[0]!, score };
    }
  }
  if (!best) return null;
  // Point at the row as an operator would: at some text inside it.
  const leaf = [...best.element.querySelectorAll('*')].find(
    (element) => element.childElementCount === 0 && (element.textContent ?? '').trim() !== '',
  );
  const rows = (leaf && generaliseRows(leaf)) ?? generaliseRows(best.element);
  if (!rows) return null;
  const rowsRoot = rootOf(best.element);
  const editor = (root as ParentNode).querySelector('textarea, [contenteditable="true"], [role="textbox"]');
  const composer = editor
    ? {
        css: describeElement(editor, { forMany: false }),
        count: 1,
        why: 'proposed: the only editor on the page',
      }
    : null;
  return { rows, composer, ...(rowsRoot !== root ? { rowsRoot } : {}) };
}
