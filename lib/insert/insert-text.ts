/**
 * Puts text into the helpdesk's own editor so that the editor's state (not only
 * the screen) has it, and the host's Send button sends it. An ordered chain of
 * strategies (./strategies); after each, what the editor shows is checked, and
 * the next is tried only when the editor did not take the text. See DESIGN.md,
 * "Templates", for what was seen to work in which editor.
 */
import { caretInside, placeCaretAtEnd } from './caret';
import { editableElement, isTextField } from './editable-element';
import { showsInserted, shownText } from './editor-text';
import { nextFrame, selectionSynced } from './settle';
import { beforeInputPasteStrategy } from './strategies/before-input-paste';
import { execCommandStrategy } from './strategies/exec-command';
import { pasteEventStrategy } from './strategies/paste-event';
import { valueSetterStrategy } from './strategies/value-setter';
import type { InsertStrategy, InsertStrategyName } from './strategy';
import { hasFocus } from './focus';

export type { InsertStrategyName } from './strategy';

/** Text fields: as if typed first (undoable with Ctrl+Z), then the value setter. */
export const FIELD_CHAIN: readonly InsertStrategy[] = [execCommandStrategy, valueSetterStrategy];

/**
 * Contenteditables: a paste (rich editors' own path, undoable in their
 * history), the beforeinput that follows a paste, then as if typed.
 */
export const EDITABLE_CHAIN: readonly InsertStrategy[] = [
  pasteEventStrategy,
  beforeInputPasteStrategy,
  execCommandStrategy,
];

/**
 * How long an editor that cancelled the event may take to show the text
 * (React-based editors draw in the next frame; give slow machines several).
 */
const RENDER_WAIT_MS = 200;

export interface InsertOptions {
  /**
   * The caller has just moved the selection (restored the caret, selected a
   * typed shortcut): give the editor time to read it into its own model first.
   */
  readonly selectionMoved?: boolean;
}

/** Replaces the selection in `target` (or appends) with `text`. Returns the strategy that worked, or null. */
export async function insertText(
  target: HTMLElement,
  text: string,
  { selectionMoved = false }: InsertOptions = {},
): Promise<InsertStrategyName | null> {
  const editor = editableElement(target);
  const view = target.ownerDocument.defaultView;
  if (!editor || !view) return null;
  if (!hasFocus(editor)) editor.focus();
  let moved = selectionMoved;
  if (!caretInside(editor)) {
    placeCaretAtEnd(editor);
    moved = true;
  }
  if (moved && !isTextField(editor)) await selectionSynced(view);

  for (const strategy of isTextField(editor) ? FIELD_CHAIN : EDITABLE_CHAIN) {
    if (!strategy.fits(editor)) continue;
    const before = shownText(editor);
    const attempt = strategy.attempt(editor, text);
    const until = Date.now() + (attempt === 'consumed' ? RENDER_WAIT_MS : 0);
    do {
      await nextFrame(view);
      if (showsInserted(before, shownText(editor), text)) return strategy.name;
    } while (Date.now() < until);
  }
  return null;
}
