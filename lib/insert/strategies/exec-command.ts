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
      if (isTextField(editor) || !text.includes('\t')) doc.execCommand('insertText', false, text);
      else insertKeepingTabs(doc, text);
    } catch {
      // Some environments throw instead of returning false.
    }
    return 'ignored';
  },
};

/**
 * A tab typed into an editable `<div>` whose white space collapses: Firefox's editor
 * writes it as spaces, so each tab goes in inside a span that keeps it (what Chrome
 * does by itself), the text between as typed.
 */
function insertKeepingTabs(doc: Document, text: string): void {
  text.split('\t').forEach((part, index) => {
    if (index > 0) doc.execCommand('insertHTML', false, '<span style="white-space: pre">\t</span>');
    if (part) doc.execCommand('insertText', false, part);
  });
}
