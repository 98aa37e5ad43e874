import { pageRealm, plainTextTransfer } from '../page-realm';
import type { InsertStrategy } from '../strategy';

/**
 * What the browser fires after an uncancelled paste: `beforeinput` with
 * inputType insertFromPaste, the text in its dataTransfer, and the selection
 * as its target range. Editors built on beforeinput (Lexical, Slate,
 * CKEditor 5) insert from it when they did not take the paste event itself.
 */
export const beforeInputPasteStrategy: InsertStrategy = {
  name: 'before-input-paste',
  fits: (editor) => editor.isContentEditable,
  attempt(editor, text) {
    const view = editor.ownerDocument.defaultView;
    if (!view) return 'ignored';
    const realm = pageRealm(view);
    if (!realm.InputEvent) return 'ignored';
    const selection = editor.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const targetRanges =
      range && realm.StaticRange
        ? [
            new realm.StaticRange(
              realm.object({
                startContainer: range.startContainer,
                startOffset: range.startOffset,
                endContainer: range.endContainer,
                endOffset: range.endOffset,
              }),
            ),
          ]
        : [];
    const event = new realm.InputEvent(
      'beforeinput',
      realm.object({
        inputType: 'insertFromPaste',
        dataTransfer: plainTextTransfer(realm, text),
        targetRanges: realm.array(targetRanges),
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    editor.dispatchEvent(event);
    return event.defaultPrevented ? 'consumed' : 'ignored';
  },
};
