// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { moveCaretBack, selectBeforeCaret, textBeforeCaret } from '../../../lib/insert/caret';
import { rememberCaret } from '../../../lib/insert/caret-memory';
import { replaceBeforeCaret } from '../../../lib/insert/replace-before-caret';

afterEach(() => {
  document.body.innerHTML = '';
});

function editorWith(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div><input id="search">`;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

const caretAt = (node: Node, offset: number) =>
  document.getSelection()!.setBaseAndExtent(node, offset, node, offset);

describe('the text before the caret (for typed shortcuts)', () => {
  it('in a textarea: up to the caret; nothing while text is selected', () => {
    document.body.innerHTML = '<textarea>Hey ;hi there</textarea>';
    const area = document.querySelector('textarea')!;
    area.setSelectionRange(7, 7);
    expect(textBeforeCaret(area)).toBe('Hey ;hi');
    area.setSelectionRange(0, 3);
    expect(textBeforeCaret(area)).toBeNull();
  });

  it('in a rich editor: the caret’s text, without the fillers editors put in the DOM', () => {
    // CKEditor 5 keeps an inline filler (seven U+2060) at a text's start; Slate a U+FEFF.
    const editor = editorWith('<p>First line</p><p><span>\u2060\u2060Hey! ;hi</span></p>');
    const text = editor.querySelector('span')!.firstChild!;
    caretAt(text, (text.textContent ?? '').length);
    expect(textBeforeCaret(editor)).toBe('Hey! ;hi');
  });

  it('a caret between elements reads the text just before it', () => {
    const editor = editorWith('<p><span>Hey ;hi</span><br></p>');
    caretAt(editor.querySelector('p')!, 1);
    expect(textBeforeCaret(editor)).toBe('Hey ;hi');
  });

  it('selects exactly the typed token, fillers not counted', () => {
    const editor = editorWith('<p>Hey ;h\ufeffi</p>');
    const text = editor.querySelector('p')!.firstChild!;
    caretAt(text, 8);
    expect(selectBeforeCaret(editor, 3)).toBe(true);
    expect(
      document
        .getSelection()!
        .toString()
        .replace(/\ufeff/g, ''),
    ).toBe(';hi');
    caretAt(text, 2);
    expect(selectBeforeCaret(editor, 3)).toBe(false);
  });
});

describe('replacing a typed shortcut', () => {
  it('the editor gets the selected token replaced through its own paste handling', async () => {
    const editor = editorWith('<p>Hey! ;hi</p>');
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(event.clipboardData?.getData('text/plain') ?? ''));
    });
    const text = editor.querySelector('p')!.firstChild!;
    caretAt(text, 8);
    expect(await replaceBeforeCaret(editor, ';hi', 'Hello Lena!')).toBe('paste-event');
    expect(editor.textContent).toBe('Hey! Hello Lena!');
  });

  it('does nothing when the caret has moved on from the token', async () => {
    const editor = editorWith('<p>Hey! ;hi and more</p>');
    caretAt(editor.querySelector('p')!.firstChild!, 17);
    expect(await replaceBeforeCaret(editor, ';hi', 'Hello')).toBeNull();
    expect(editor.textContent).toBe('Hey! ;hi and more');
  });
});

describe('the caret around the palette', () => {
  it('comes back where it was after focus went elsewhere', () => {
    const editor = editorWith('<p>Hello world</p>');
    const text = editor.querySelector('p')!.firstChild!;
    editor.focus();
    caretAt(text, 5);
    const memory = rememberCaret(editor);
    const search = document.querySelector<HTMLInputElement>('#search')!;
    search.focus();
    caretAt(document.body, 0);
    memory.restore();
    expect(document.activeElement).toBe(editor);
    const selection = document.getSelection()!;
    expect([selection.focusNode, selection.focusOffset]).toEqual([text, 5]);
  });

  it('in a textarea too', () => {
    document.body.innerHTML = '<textarea>Hello world</textarea><input>';
    const area = document.querySelector('textarea')!;
    area.focus();
    area.setSelectionRange(5, 5);
    const memory = rememberCaret(area);
    document.querySelector('input')!.focus();
    area.setSelectionRange(0, 0);
    memory.restore();
    expect(document.activeElement).toBe(area);
    expect([area.selectionStart, area.selectionEnd]).toEqual([5, 5]);
  });
});

describe('the caret after inserting a template with {cursor}', () => {
  it('in a textarea: moves back over the text after the mark', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea')!;
    area.value = 'Hi! Order number?  Thanks!';
    area.setSelectionRange(area.value.length, area.value.length);
    moveCaretBack(area, ' Thanks!');
    expect(area.selectionStart).toBe('Hi! Order number? '.length);
    expect(area.selectionEnd).toBe(area.selectionStart);
  });

  it('does nothing when the mark is at the end', () => {
    document.body.innerHTML = '<textarea>Hello</textarea>';
    const area = document.querySelector('textarea')!;
    area.setSelectionRange(5, 5);
    moveCaretBack(area, '');
    expect(area.selectionStart).toBe(5);
  });
});
