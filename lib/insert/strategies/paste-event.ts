import { pageRealm, plainTextTransfer } from '../page-realm';
import type { InsertStrategy } from '../strategy';

/**
 * A paste event carrying the text as text/plain, as the browser fires on
 * Ctrl+V. Rich editors (ProseMirror, Lexical, Slate, Draft.js, Quill,
 * CKEditor 5) handle paste themselves, through their own model and undo
 * history, and cancel the event when they do.
 */
export const pasteEventStrategy: InsertStrategy = {
  name: 'paste-event',
  fits: (editor) => editor.isContentEditable,
  attempt(editor, text) {
    const view = editor.ownerDocument.defaultView;
    if (!view) return 'ignored';
    const realm = pageRealm(view);
    const data = plainTextTransfer(realm, text);
    const paste = new realm.ClipboardEvent(
      'paste',
      realm.object({ clipboardData: data, bubbles: true, cancelable: true, composed: true }),
    );
    // Firefox gives the event a DataTransfer of its own and copies nothing into it; that one takes data.
    if (paste.clipboardData && paste.clipboardData.getData('text/plain') !== text)
      paste.clipboardData.setData('text/plain', text);
    if (paste.clipboardData?.getData('text/plain') !== text) return 'ignored';
    editor.dispatchEvent(paste);
    return paste.defaultPrevented ? 'consumed' : 'ignored';
  },
};
