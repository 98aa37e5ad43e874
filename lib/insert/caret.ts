import { editableElement, isTextField } from './editable-element';
import { FILLERS } from './editor-text';
import { hasFocus } from './focus';

/** Whether the page's selection (the caret) is inside `editor`. */
export function caretInside(editor: HTMLElement): boolean {
  if (isTextField(editor)) return hasFocus(editor);
  const selection = editor.ownerDocument.getSelection();
  return (
    !!selection &&
    selection.rangeCount > 0 &&
    editor.contains(selection.getRangeAt(0).commonAncestorContainer)
  );
}

/** Puts the caret after the editor's last character. */
export function placeCaretAtEnd(editor: HTMLElement): void {
  if (isTextField(editor)) {
    editor.setSelectionRange(editor.value.length, editor.value.length);
    return;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Where the caret is, as a text node and an offset in it; null outside text or when text is selected. */
function caretInText(editor: HTMLElement): { node: Text; offset: number } | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  let node: Node | null = selection.focusNode;
  let offset = selection.focusOffset;
  if (!node || !editor.contains(node)) return null;
  // A caret between elements: step into the text just before it.
  while (node && node.nodeType !== Node.TEXT_NODE) {
    const before: Node | null = node.childNodes[offset - 1] ?? null;
    if (!before) return null;
    node = before;
    offset =
      before.nodeType === Node.TEXT_NODE ? (before.textContent ?? '').length : before.childNodes.length;
  }
  return node ? { node: node as Text, offset } : null;
}

/**
 * The text just before the caret, as far back as its line goes within one
 * text node (enough for a typed `;shortcut`), fillers left out.
 */
export function textBeforeCaret(editor: HTMLElement): string | null {
  if (isTextField(editor)) {
    if (editor.selectionStart !== editor.selectionEnd) return null;
    return editor.value.slice(0, editor.selectionStart ?? 0);
  }
  const caret = caretInText(editor);
  return caret ? caret.node.data.slice(0, caret.offset).replace(FILLERS, '') : null;
}

/**
 * Selects the `length` characters just before the caret (fillers not
 * counted), so that inserting replaces them. False when they are not there.
 */
export function selectBeforeCaret(editor: HTMLElement, length: number): boolean {
  if (isTextField(editor)) {
    const end = editor.selectionStart ?? 0;
    if (end < length) return false;
    editor.setSelectionRange(end - length, end);
    return true;
  }
  const caret = caretInText(editor);
  if (!caret) return false;
  let start = caret.offset;
  for (let counted = 0; counted < length; start -= 1) {
    if (start === 0) return false;
    if (!/[\u200b-\u200d\u2060\ufeff]/.test(caret.node.data[start - 1]!)) counted += 1;
  }
  editor.ownerDocument.getSelection()?.setBaseAndExtent(caret.node, start, caret.node, caret.offset);
  return true;
}

/**
 * After inserting, moves the caret back over the text's last characters (the
 * template's `{cursor}` mark sits before them). A text field moves by index; an
 * editor by the browser's own caret movement, one step per character and one
 * per line break, so the editor reads the new place from selectionchange as if
 * the operator had pressed ←.
 */
export function moveCaretBack(target: HTMLElement, trailing: string): void {
  const editor = editableElement(target);
  if (!editor || trailing.length === 0) return;
  if (isTextField(editor)) {
    const at = Math.max(0, (editor.selectionEnd ?? editor.value.length) - trailing.length);
    editor.setSelectionRange(at, at);
    return;
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection || typeof selection.modify !== 'function') return;
  const steps = [...trailing.replace(/\r\n/g, '\n')].length;
  for (let step = 0; step < steps; step += 1) selection.modify('move', 'backward', 'character');
}
