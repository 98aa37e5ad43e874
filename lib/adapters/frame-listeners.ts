// Events inside same-origin frames: a click or a key in an <iframe> is dispatched
// in the frame's own window and never reaches the page's. Consoles that show the
// open chat in a frame (and replace its document on every open) need listeners
// in every frame document, attached again whenever a frame loads a new one.

/** The windows of the same-origin frames inside `doc`, to any depth, with their current documents. */
export function frameWindows(doc: Document): { view: Window; doc: Document }[] {
  const out: { view: Window; doc: Document }[] = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    const view = (frame as HTMLIFrameElement).contentWindow;
    let inner: Document | null;
    try {
      inner = view?.document ?? null;
    } catch {
      inner = null; // cross-origin: its own content script, if any, handles it
    }
    if (view && inner) out.push({ view, doc: inner }, ...frameWindows(inner));
  }
  return out;
}

/** Where a frame's viewport sits in the top window's: add it to the frame's client coordinates. */
export function frameOffset(view: Window | null): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let at = view; at && at.frameElement; at = at.parent) {
    const frame = at.frameElement;
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
  }
  return { x, y };
}

function isCurrent(doc: Document, view: Window): boolean {
  try {
    return view.document === doc;
  } catch {
    return false;
  }
}

export type CapturedListeners = readonly (readonly [string, (event: Event) => void])[];

/**
 * Adds capture listeners to the page's window and to every same-origin frame's,
 * following frames that load new documents. Returns the function that removes them all.
 */
export function listenInPageAndFrames(top: Window, listeners: CapturedListeners): () => void {
  const attached = new Map<Document, Window>();
  // Only a frame's own events: a page's every image load and focus change would wake us otherwise.
  const onFrameEvent = (event: Event) => {
    const name = (event.target as Element | null)?.localName;
    if (name === 'iframe' || name === 'frame') refresh();
  };
  const refresh = () => {
    // Documents a frame threw away: their listeners went with them. Not removed by hand: the
    // window object a frame keeps is the new document's now. (A thrown-away document may
    // still name a window in Firefox: the window's own current document is what counts.)
    for (const [doc, view] of attached) if (!isCurrent(doc, view)) attached.delete(doc);
    for (const { view, doc } of [{ view: top, doc: top.document }, ...frameWindows(top.document)]) {
      if (attached.has(doc)) continue;
      for (const [type, listener] of listeners) view.addEventListener(type, listener, true);
      // A frame's `load` does not bubble, but the capture phase of its parent document sees it
      // (not from Firefox's content scripts: there the focus moving into the frame tells).
      doc.addEventListener('load', onFrameEvent, true);
      doc.addEventListener('focusin', onFrameEvent, true);
      attached.set(doc, view);
    }
  };
  refresh();
  return () => {
    for (const [doc, view] of attached) {
      if (!isCurrent(doc, view)) continue;
      for (const [type, listener] of listeners) view.removeEventListener(type, listener, true);
      doc.removeEventListener('load', onFrameEvent, true);
      doc.removeEventListener('focusin', onFrameEvent, true);
    }
    attached.clear();
  };
}
