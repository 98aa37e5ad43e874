/**
 * While a template goes in, the operator may already be typing the next words.
 * The editor reads the caret a moment late (Slate on a throttle), so those keys
 * would land before the template; an Enter could send half a reply. Until the
 * template is in, characters are held and then typed after it (at its
 * {cursor}); Enter, Backspace, arrows and the like are swallowed. Shortcuts
 * with Ctrl or ⌘ (undo, copy) are left to the page: they move no caret.
 */
export interface TypingHold {
  /** Stops holding; anything still held is dropped (the template did not go in). Nothing to do once released. */
  cancel(): void;
  /**
   * Types what was held into the editor, and what is typed while that happens, then stops
   * holding. `insert` is the caller's way in (insert-text.ts in the interface stage), so that
   * the loader, which only holds, carries no insertion chain.
   */
  release(editor: HTMLElement, insert: InsertText): Promise<void>;
}

/** Puts text into an editor; falsy when the editor did not take it. */
export type InsertText = (editor: HTMLElement, text: string) => Promise<unknown>;

/** However the insertion goes, the keyboard is the operator's again after this. */
const MAX_HOLD_MS = 3000;

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'OS']);

/** AltGr, which some systems report as Ctrl+Alt, types characters. */
const isShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !(event.ctrlKey && event.altKey);

/** Holds the keys typed in these windows (the page, and the frame the reply box is in). */
export function holdTyping(views: readonly Window[]): TypingHold {
  let held = '';
  const onKey = (event: KeyboardEvent) => {
    // An input method composes on its own; a modifier alone does nothing yet.
    if (event.isComposing || MODIFIERS.has(event.key) || isShortcut(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if ([...event.key].length === 1) held += event.key;
  };
  const unique = [...new Set(views)];
  for (const view of unique) view.addEventListener('keydown', onKey, true);
  const stop = () => {
    for (const view of unique) view.removeEventListener('keydown', onKey, true);
  };
  const [first] = unique;
  const timer = first?.setTimeout(stop, MAX_HOLD_MS);
  return {
    cancel() {
      first?.clearTimeout(timer);
      stop();
    },
    async release(editor, insert) {
      try {
        while (held) {
          const text = held;
          held = '';
          if (!(await insert(editor, text))) break;
        }
      } finally {
        first?.clearTimeout(timer);
        stop();
      }
    },
  };
}
