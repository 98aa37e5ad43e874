/**
 * Puts text into the helpdesk's own editor so that the editor's state (not only
 * the screen) has it, and the host's Send button sends it. Strategies are tried
 * in order; see DESIGN.md, "Templates", for what was seen to work:
 *  - textarea / input: the native value setter, then an `input` event (React
 *    keeps its own copy of the value and listens for that event);
 *  - contenteditable: a synthetic paste carrying the text, which editors handle
 *    themselves; `insertText` when the editor ignored the paste.
 * Returns the strategy that worked, or null.
 */
export type InsertStrategy = 'value-setter' | 'paste' | 'exec-command';

export function insertText(editor: HTMLElement, text: string): InsertStrategy | null {
  editor.focus();
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    const proto =
      editor instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    const start = editor.selectionStart ?? editor.value.length;
    const end = editor.selectionEnd ?? editor.value.length;
    const next = editor.value.slice(0, start) + text + editor.value.slice(end);
    if (setter) setter.call(editor, next);
    else editor.value = next;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
    editor.setSelectionRange(start + text.length, start + text.length);
    return 'value-setter';
  }
  if (editor.isContentEditable) {
    const before = editor.textContent ?? '';
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    editor.dispatchEvent(paste);
    if (paste.defaultPrevented && (editor.textContent ?? '') !== before) return 'paste';
    // The editor did not take the paste: let the browser insert as if typed.
    if (document.execCommand('insertText', false, text)) return 'exec-command';
  }
  return null;
}
