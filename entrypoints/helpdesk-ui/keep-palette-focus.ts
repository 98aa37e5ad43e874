/**
 * Some editors put the page's selection back into themselves a moment after a
 * change (Slate does, on a throttle), which takes the focus away from the
 * palette while the operator types a search — the rest of it, and Enter, would
 * land in the reply box. While the palette is open, focus that moves into the
 * page without the operator clicking or tabbing there goes back to the palette;
 * when the operator did, the palette steps aside.
 */
export interface PaletteFocusOptions {
  readonly doc: Document;
  /** The overlay's shadow root, which holds the palette. */
  readonly overlay: ShadowRoot;
  isOpen(): boolean;
  /** The palette's search field: focused when nothing in the palette had the focus yet. */
  searchField(): HTMLElement | null;
  /** The operator went elsewhere on purpose. */
  onLeave(): void;
}

/** How recent a click or Tab must be to explain a focus change. */
const INTENT_MS = 500;

export function keepPaletteFocus(options: PaletteFocusOptions): () => void {
  const { doc, overlay } = options;
  let intentAt = -Infinity;
  /** The palette's element that last had the focus (the search, or a fill-in field). */
  let lastInside: HTMLElement | null = null;
  // Only what the operator does while the palette is open counts: the click
  // that put the caret in the reply box just before opening it does not.
  const intent = () => {
    if (options.isOpen()) intentAt = Date.now();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Tab') intent();
  };
  const onFocusInside = (event: Event) => {
    lastInside = event.target instanceof HTMLElement ? event.target : null;
  };
  const onFocus = (event: FocusEvent) => {
    const node = event.target;
    if (!options.isOpen() || !(node instanceof Node) || overlay.host.contains(node)) return;
    if (Date.now() - intentAt < INTENT_MS) options.onLeave();
    else ((lastInside?.isConnected ? lastInside : null) ?? options.searchField())?.focus();
  };
  doc.addEventListener('pointerdown', intent, true);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('focusin', onFocus, true);
  overlay.addEventListener('focusin', onFocusInside, true);
  return () => {
    doc.removeEventListener('pointerdown', intent, true);
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('focusin', onFocus, true);
    overlay.removeEventListener('focusin', onFocusInside, true);
  };
}
