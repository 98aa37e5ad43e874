import { listenInPageAndFrames } from '../../../lib/adapters/frame-listeners';
import { shortcutBeforeCaret } from '../../../lib/domain/template/shortcut-token';
import { boxInUse } from '../../../lib/insert/box-in-use';
import { textBeforeCaret } from '../../../lib/insert/caret';
import { holdTyping, type InsertText } from '../../../lib/insert/hold-typing';
import { execCommandStrategy } from '../../../lib/insert/strategies/exec-command';
import type { OverlayUi } from '../../helpdesk-ui/stage';

export interface TemplateKeysOptions {
  /** The interface stage, loaded on first need. */
  ui(): Promise<OverlayUi>;
  report(error: unknown): void;
}

/**
 * The editable a key went to, when it is one to write into (drawn, on screen): any
 * text box or editor of the page, the key's own target (a box inside a web
 * component is retargeted to its host).
 */
export const editorOfKey = (event: KeyboardEvent): HTMLElement | null => {
  const target = event.composedPath()[0] as Node | undefined;
  return target?.nodeType === Node.ELEMENT_NODE ? boxInUse(target as Element) : null;
};

/**
 * Where the interface (and with it the insertion chain) could not be loaded: the
 * held keys go in as the browser types them. The loader carries no more of lib/insert
 * than this, for a case that should not happen.
 */
const typeBack: InsertText = async (editor, text) => {
  if (!execCommandStrategy.fits(editor)) return false;
  editor.focus();
  execCommandStrategy.attempt(editor, text);
  return true;
};

/** Alt+Shift+T: the palette. */
export const isPaletteKey = (event: KeyboardEvent) => event.altKey && event.shiftKey && event.code === 'KeyT';

export interface TemplateKeys {
  /** Opens the palette (the keyboard command the background pushes). */
  openPalette(): void;
  stop(): void;
}

/**
 * The template keys in the page and in same-origin frames (a reply box inside an
 * iframe gets the keys there): the palette key, and `;shortcut` then Tab or
 * Space, which expands the template in place (one that needs fill-ins opens the
 * palette on it), in any text box or editor the operator is in.
 */
export function listenForTemplateKeys(options: TemplateKeysOptions): TemplateKeys {
  const openPalette = () => void options.ui().then((loaded) => loaded.openPalette(), options.report);
  const expandShortcut = (event: KeyboardEvent) => {
    // Every keystroke in the page passes here: look for the reply box only on Tab or Space.
    if ((event.key !== 'Tab' && event.key !== ' ') || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.isComposing) return;
    const editor = editorOfKey(event);
    if (!editor) return;
    const before = textBeforeCaret(editor);
    const word = before === null ? null : shortcutBeforeCaret(before);
    if (!word) return;
    // The key is ours now: neither the browser, nor the editor, nor a console that moves the focus
    // on Tab (its listeners come after ours: we listen on the window, in the capture phase) acts on it.
    event.preventDefault();
    event.stopImmediatePropagation();
    // Held at once: the operator may type on while the interface loads.
    const hold = holdTyping([window, editor.ownerDocument.defaultView ?? window]);
    const key = event.key === 'Tab' ? '\t' : ' ';
    options.ui().then(
      (loaded) => loaded.expandShortcut(editor, word, key, hold),
      async (error: unknown) => {
        options.report(error);
        // No templates to reach: the key does what it would have done.
        await typeBack(editor, key);
        await hold.release(editor, typeBack);
      },
    );
  };
  const onKey = (event: KeyboardEvent) => {
    // Only the operator's own keys: a page script's synthetic ones never open the palette or expand.
    if (!event.isTrusted) return;
    if (isPaletteKey(event)) {
      event.preventDefault();
      openPalette();
    } else expandShortcut(event);
  };
  return { openPalette, stop: listenInPageAndFrames(window, [['keydown', onKey as (event: Event) => void]]) };
}
