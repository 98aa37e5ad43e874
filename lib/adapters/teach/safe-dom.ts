import { queryInside } from '../shadow-path';

// DOM steps the teach-mode generalisers share: queries a bad selector cannot throw
// from, an element's parent and root inside its own tree (a shadow root's, else the document).

export function queryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

export function matches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** What the engine does with a selector "inside a row": the row itself, else its first match (its shadow root first). */
export function findIn(scope: Element, css: string): Element | null {
  if (matches(scope, css)) return scope;
  try {
    return queryInside(scope, css);
  } catch {
    return null;
  }
}

/** The element's parent inside its tree (a shadow root's children have none). */
export function parentOf(el: Element): ParentNode | null {
  const parent = el.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1 || parent.nodeType === 11) return parent as ParentNode;
  return null;
}

export function isElement(node: ParentNode | null): node is Element {
  return node !== null && (node as Node).nodeType === 1;
}

export function roleOf(el: Element): string {
  return (el.getAttribute('role') ?? '').trim().toLowerCase();
}

/** Where selectors for `el` are run: its shadow root, else its document. */
export function rootOf(el: Element): ParentNode {
  const root = el.getRootNode();
  if (root.nodeType === 9 || root.nodeType === 11) return root as unknown as ParentNode;
  return el.ownerDocument;
}
