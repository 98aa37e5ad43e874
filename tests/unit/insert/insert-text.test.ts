// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { insertText } from '../../../lib/insert/insert-text';

describe('inserting into the helpdesk’s editor', () => {
  it('a textarea: through the native setter and an input event, at the caret', () => {
    document.body.innerHTML = '<textarea>Hello  world</textarea>';
    const area = document.querySelector('textarea')!;
    const seen: string[] = [];
    // What React does: it listens for `input` and reads the value then.
    area.addEventListener('input', () => seen.push(area.value));
    area.setSelectionRange(6, 6);
    expect(insertText(area, 'dear')).toBe('value-setter');
    expect(area.value).toBe('Hello dear world');
    expect(seen).toEqual(['Hello dear world']);
    expect(area.selectionStart).toBe(10);
  });

  it('a contenteditable that handles paste itself takes the text from the paste', () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    const editor = document.querySelector('div')!;
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      editor.textContent += (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    });
    expect(insertText(editor, 'Привет, Мария!')).toBe('paste');
    expect(editor.textContent).toBe('Привет, Мария!');
  });

  it('refuses an element that is not an editor', () => {
    document.body.innerHTML = '<p>text</p>';
    expect(insertText(document.querySelector('p')!, 'x')).toBeNull();
  });
});
