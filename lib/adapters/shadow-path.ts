import { isUnreadText } from './page-text';

// Walking a page built of web components: a row may be a custom element whose
// parts all live in its own open shadow root, and the list itself sits in
// another component's root. These helpers step across shadow boundaries where
// `parentElement`, `closest`, `contains` and `querySelector` stop at them.

/** The element's parent, or the host of the shadow root it is the top of. */
export function parentAcross(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `closest`, continuing into the hosts of the shadow roots it starts in. */
export function closestAcross(element: Element, css: string): Element | null {
  for (let at: Element | null = element; at;) {
    let found: Element | null;
    try {
      found = at.closest(css);
    } catch {
      return null;
    }
    if (found) return found;
    const root = at.getRootNode();
    at = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Whether `inner` is `outer` or inside it, shadow roots on the way included. */
export function containsAcross(outer: Element, inner: Element): boolean {
  for (let at: Element | null = inner; at; at = parentAcross(at)) if (at === outer) return true;
  return false;
}

/**
 * Where a row's own content lives: its open shadow root (a web component draws
 * there) and its light DOM, in that order.
 */
export function contentRoots(row: Element): ParentNode[] {
  return row.shadowRoot ? [row.shadowRoot, row] : [row];
}

/**
 * The text nodes a person reads in an element: its open shadow root's, then its
 * light DOM's, style sheets and scripts left out. Lazy: a reader may stop early.
 */
export function* shownTextNodes(element: Element): Generator<Text> {
  for (const root of contentRoots(element)) {
    const walker = element.ownerDocument.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!isUnreadText(node)) yield node as Text;
  }
}

/** `querySelector` inside an element and its own open shadow root. */
export function queryInside(scope: Element, css: string): Element | null {
  for (const root of contentRoots(scope)) {
    const found = root.querySelector(css);
    if (found) return found;
  }
  return null;
}

/** The text an element shows: a web component's is in its shadow root (styles left out). */
export function shownText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return element.textContent ?? '';
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (!isUnreadText(node) && node.nodeValue) parts.push(node.nodeValue);
  parts.push(element.textContent ?? '');
  return parts.join(' ');
}

/** The first match in a tree or any open shadow root inside it (teach mode only: it walks everything). */
export function queryDeep(root: ParentNode, css: string): Element | null {
  const pending: ParentNode[] = [root];
  while (pending.length > 0) {
    const scope = pending.shift()!;
    const found = scope.querySelector(css);
    if (found) return found;
    for (const element of scope.querySelectorAll('*'))
      if (element.shadowRoot) pending.push(element.shadowRoot);
  }
  return null;
}
