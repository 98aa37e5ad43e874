import { isTextField } from '../editable-element';
import type { InsertStrategy } from '../strategy';

/**
 * A text field, when the browser would not insert as if typed: the native
 * value setter, then an `input` event. React keeps its own copy of the value
 * and swallows a plain `.value =`; the prototype's setter and the event reach
 * its state. Not undoable with Ctrl+Z.
 */
export const valueSetterStrategy: InsertStrategy = {
  name: 'value-setter',
  fits: isTextField,
  attempt(editor, text) {
    const field = editor as HTMLTextAreaElement | HTMLInputElement;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? field.value.length;
    const next = field.value.slice(0, start) + text + field.value.slice(end);
    const proto = field.localName === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(field, next);
    else field.value = next;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.setSelectionRange(start + text.length, start + text.length);
    return 'ignored';
  },
};
