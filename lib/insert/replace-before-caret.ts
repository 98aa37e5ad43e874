import { selectBeforeCaret, textBeforeCaret } from './caret';
import { editableElement } from './editable-element';
import { insertText, type InsertStrategyName } from './insert-text';

/**
 * Replaces `typed` — just typed before the caret, e.g. a `;shortcut` — with
 * `text`: selects exactly those characters through the DOM selection (rich
 * editors read it into their model) and inserts through the usual chain, so the
 * editor's history holds one step. Null when the caret is no longer right
 * after `typed` (the operator moved on) or the editor took nothing.
 */
export async function replaceBeforeCaret(
  target: HTMLElement,
  typed: string,
  text: string,
): Promise<InsertStrategyName | null> {
  const editor = editableElement(target);
  if (!editor) return null;
  if (!textBeforeCaret(editor)?.endsWith(typed)) return null;
  if (!selectBeforeCaret(editor, typed.length)) return null;
  return insertText(editor, text, { selectionMoved: true });
}
