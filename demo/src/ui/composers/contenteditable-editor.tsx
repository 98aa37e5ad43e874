// A plain contenteditable <div>: the DOM is the model and Send reads innerText.
// Like most rich editors it handles paste itself and inserts plain text only,
// so a paste event carrying text is accepted even when a script sends it. It
// inserts as if typed, the common way, so the browser's Ctrl+Z undoes a paste.
import { useImperativeHandle, useRef, type ClipboardEvent } from 'react';
import { isSendKey, type ComposerEditorProps } from './composer-editor.ts';

export function ContentEditableEditor({ ref, placeholder, label, onSubmit, className }: ComposerEditorProps) {
  const element = useRef<HTMLDivElement>(null);

  useImperativeHandle(
    ref,
    () => ({
      read: () => {
        const el = element.current;
        // innerText keeps the line breaks the operator typed; textContent is a fallback for DOMs without layout.
        return el ? (el.innerText ?? el.textContent ?? '') : '';
      },
      clear: () => {
        if (element.current) element.current.textContent = '';
      },
      focus: () => element.current?.focus(),
    }),
    [],
  );

  function onPaste(event: ClipboardEvent<HTMLDivElement>): void {
    const el = element.current;
    if (!el) return;
    event.preventDefault(); // no foreign HTML in the composer
    insertPlainText(el, event.clipboardData.getData('text/plain'));
  }

  return (
    <div
      ref={element}
      className={className ?? 'composer__input composer__input--rich'}
      contentEditable
      suppressContentEditableWarning
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      data-placeholder={placeholder}
      tabIndex={0}
      onPaste={onPaste}
      onKeyDown={(event) => {
        if (!isSendKey(event)) return;
        event.preventDefault();
        onSubmit();
      }}
    />
  );
}

/** Replaces the selection inside `root` with `text` (or appends it when the caret is elsewhere). */
function insertPlainText(root: HTMLElement, text: string): void {
  const doc = root.ownerDocument;
  // As if typed: the browser's undo stack keeps it. Not there in DOMs without editing (tests).
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) return;
  const selection = root.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const node = root.ownerDocument.createTextNode(text);
  if (!selection || !range || !root.contains(range.commonAncestorContainer)) {
    root.append(node);
  } else {
    range.deleteContents();
    range.insertNode(node);
    range.setStartAfter(node);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  root.dispatchEvent(new Event('input', { bubbles: true }));
}
