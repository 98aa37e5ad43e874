// Focus as it is inside web components and frames: `document.activeElement` stops
// at the outermost shadow host or iframe; the element really typed into is further in.

/** Whether `element` has the focus within its own tree (a shadow root's, or its document's). */
export function hasFocus(element: Element): boolean {
  const root = element.getRootNode() as Document | ShadowRoot;
  return 'activeElement' in root && root.activeElement === element;
}

/**
 * The focused element, through open shadow roots, same-origin frames and the
 * closed roots in `ownRoots` (our overlay's: `shadowRoot` is null for them).
 */
export function deepActiveElement(doc: Document, ownRoots: readonly ShadowRoot[] = []): Element | null {
  let active: Element | null = doc.activeElement;
  for (let depth = 0; active && depth < 32; depth += 1) {
    const host = active;
    const shadow = active.shadowRoot ?? ownRoots.find((root) => root.host === host);
    let inner: Element | null = shadow?.activeElement ?? null;
    if (!inner && (active.localName === 'iframe' || active.localName === 'frame')) {
      try {
        inner = (active as HTMLIFrameElement).contentDocument?.activeElement ?? null;
      } catch {
        inner = null; // cross-origin
      }
    }
    if (!inner || inner === active) break;
    active = inner;
  }
  return active;
}
