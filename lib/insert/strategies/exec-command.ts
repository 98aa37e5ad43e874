import { isTextField } from '../editable-element';
import type { InsertStrategy } from '../strategy';

/**
 * The browser inserts the text as if typed: a trusted `input` event that
 * React-controlled fields and plain contenteditables follow, and an entry in
 * the browser's own undo stack, so Ctrl+Z takes it back. Slate and CKEditor 5
 * ignore it and Lexical and Draft.js mangle its line breaks, so rich editors
 * get a paste first.
 */
export const execCommandStrategy: InsertStrategy = {
  name: 'exec-command',
  fits: (editor) => isTextField(editor) || editor.isContentEditable,
  attempt(editor, text) {
    const doc = editor.ownerDocument;
    if (typeof doc.execCommand !== 'function') return 'ignored';
    try {
      doc.execCommand('insertText', false, text);
    } catch {
      // Some environments throw instead of returning false.
    }
    return 'ignored';
  },
};
