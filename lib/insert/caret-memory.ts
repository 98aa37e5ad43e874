import { isTextField } from './editable-element';

/** Where the caret was in an editor, to put it back after the operator used the palette. */
export interface CaretMemory {
  /** Focuses the editor and puts the selection back where it was. */
  restore(): void;
}

export function rememberCaret(editor: HTMLElement): CaretMemory {
  if (isTextField(editor)) {
    const start = editor.selectionStart;
    const end = editor.selectionEnd;
    return {
      restore() {
        editor.focus();
        if (start !== null && end !== null) editor.setSelectionRange(start, end);
      },
    };
  }
  const selection = editor.ownerDocument.getSelection();
  const range =
    selection && selection.rangeCount > 0 && editor.contains(selection.getRangeAt(0).commonAncestorContainer)
      ? selection.getRangeAt(0).cloneRange()
      : null;
  return {
    restore() {
      editor.focus();
      // An editor may have redrawn meanwhile: only a range still in the document is worth restoring.
      if (!range || !editor.contains(range.commonAncestorContainer) || !range.startContainer.isConnected)
        return;
      const current = editor.ownerDocument.getSelection();
      current?.removeAllRanges();
      current?.addRange(range);
    },
  };
}
