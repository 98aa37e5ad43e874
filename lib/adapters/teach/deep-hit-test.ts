import { tagOf } from './stable-selector/selector-builder';

/**
 * The innermost element at a viewport point, looking into open shadow roots and
 * same-origin iframes (a cross-origin frame's document cannot be read; its
 * `<iframe>` element is returned).
 */
export function deepElementFromPoint(
  doc: Document,
  x: number,
  y: number,
  /** Elements to look past at the top (Nezabudka's own, drawn over the page). */
  skip?: (element: Element) => boolean,
): Element | null {
  let found = skip
    ? (doc.elementsFromPoint(x, y).find((element) => !skip(element)) ?? null)
    : doc.elementFromPoint(x, y);
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
