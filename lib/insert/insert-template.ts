import { onOneLine } from '../domain/template/one-line';
import { renderTemplate, type Missing, type RenderContext } from '../domain/template/render';
import { moveCaretBack } from './caret';
import { editableElement, isTextField } from './editable-element';
import type { TypingHold } from './hold-typing';
import { insertText } from './insert-text';
import { replaceBeforeCaret } from './replace-before-caret';
import { selectionSynced } from './settle';

export interface TemplateInsertion {
  /** The reply box the operator is in. */
  editor: HTMLElement;
  /** The wording picked for this customer, and which of the template's wordings it is. */
  wording: string;
  variant: number;
  /** The page's, the settings' and the clock's values, and the fill-ins. */
  context: RenderContext;
  /** Typed just before the caret and replaced by the template (a `;shortcut`); null: at the caret. */
  replacing: string | null;
  /** When what `replacing` names is no longer before the caret: insert at the caret instead. */
  atCaretIfGone?: boolean;
  /** Keys typed meanwhile, typed after the template once it is in; otherwise left to the caller. */
  hold: TypingHold;
  /** The guard passed, the text goes in next (the palette closes and gives the caret back). */
  beforeInsert?(): void;
  /** Counts the use, remembers the wording for this customer, logs the event: once the text is in. */
  recordUse(variant: number): Promise<void>;
}

export type InsertionOutcome =
  | { status: 'inserted' }
  /** Nothing unresolved ever reaches the customer: nothing went in, nothing was recorded. */
  | { status: 'unresolved'; missing: Missing }
  /** The editor did not take the text (or the typed shortcut was gone): nothing recorded. */
  | { status: 'refused' };

/**
 * The one way a template goes into a reply box, for the palette and for
 * shortcuts alike: render, guard against anything unresolved, insert, and only
 * once the editor really shows the text, put the caret at its {cursor}, type
 * what the operator typed meanwhile and record the use.
 */
export async function insertTemplate(insertion: TemplateInsertion): Promise<InsertionOutcome> {
  const { editor, hold } = insertion;
  const rendered = renderTemplate(insertion.wording, insertion.context);
  const blocking = rendered.missing[0];
  if (blocking) return { status: 'unresolved', missing: blocking };
  // A single-line field takes the lines joined by a space; a textarea or an editor keeps them.
  const { text, cursor } =
    (editableElement(editor) ?? editor).localName === 'input' ? onOneLine(rendered) : rendered;
  insertion.beforeInsert?.();
  const typed = insertion.replacing;
  // The caret is back where the operator left it: the editor reads it before the text goes in.
  const inserted =
    (typed && (await replaceBeforeCaret(editor, typed, text))) ||
    (!typed || insertion.atCaretIfGone ? await insertText(editor, text, { selectionMoved: true }) : null);
  if (!inserted) return { status: 'refused' };
  // A {cursor} at the very end is where the caret already is.
  if (cursor !== null && cursor < text.length) {
    moveCaretBack(editor, text.slice(cursor));
    const view = editor.ownerDocument.defaultView;
    if (view && !isTextField(editableElement(editor) ?? editor)) await selectionSynced(view);
  }
  await hold.release(editor, insertText);
  await insertion.recordUse(insertion.variant);
  return { status: 'inserted' };
}
