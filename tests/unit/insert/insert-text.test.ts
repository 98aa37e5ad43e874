// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertText } from '../../../lib/insert/insert-text';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

/** Replaces the page's selection inside `root` with `text`, as editors do with what they were given. */
function replaceSelection(root: HTMLElement, text: string): void {
  const selection = document.getSelection()!;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) throw new Error('caret outside the editor');
  range.deleteContents();
  const node = document.createTextNode(text);
  range.insertNode(node);
  selection.setBaseAndExtent(node, text.length, node, text.length);
}

function editorWith(html = ''): HTMLElement {
  document.body.innerHTML = `<div class="box"><div contenteditable="true">${html}</div></div>`;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

/** An editor that handles paste itself, like ProseMirror or Quill: it cancels the event and inserts. */
function handlesPaste(editor: HTMLElement, render: (apply: () => void) => void = (apply) => apply()) {
  const pasted: string[] = [];
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    const text = event.clipboardData?.getData('text/plain') ?? '';
    pasted.push(text);
    render(() => replaceSelection(editor, text));
  });
  return pasted;
}

describe('inserting into the helpdesk’s editor', () => {
  it('a textarea: as if typed where the browser can (one undoable edit, one input event)', async () => {
    document.body.innerHTML = '<textarea>Hello  world</textarea>';
    const area = document.querySelector('textarea')!;
    // What a browser does for insertText in a focused field.
    const execCommand = vi.fn((command: string, _ui: boolean, text: string) => {
      const start = area.selectionStart;
      area.setRangeText(text, start, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input', { bubbles: true }));
      return command === 'insertText';
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const seen: string[] = [];
    area.addEventListener('input', () => seen.push(area.value));
    area.setSelectionRange(6, 6);
    try {
      expect(await insertText(area, 'dear')).toBe('exec-command');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(area.value).toBe('Hello dear world');
    expect(seen).toEqual(['Hello dear world']);
  });

  it('a textarea without that: the native setter and an input event, at the caret', async () => {
    document.body.innerHTML = '<textarea>Hello  world</textarea>';
    const area = document.querySelector('textarea')!;
    const seen: string[] = [];
    // What React does: it listens for `input` and reads the value then.
    area.addEventListener('input', () => seen.push(area.value));
    area.setSelectionRange(6, 6);
    expect(await insertText(area, 'dear')).toBe('value-setter');
    expect(area.value).toBe('Hello dear world');
    expect(seen).toEqual(['Hello dear world']);
    expect(area.selectionStart).toBe(10);
  });

  it('a rich editor takes the text from a paste event, at the caret', async () => {
    const editor = editorWith('Hello world');
    handlesPaste(editor);
    document.getSelection()!.setBaseAndExtent(editor.firstChild!, 6, editor.firstChild!, 6);
    expect(await insertText(editor, 'dear ')).toBe('paste-event');
    expect(editor.textContent).toBe('Hello dear world');
  });

  it('waits for an editor that cancels the paste and draws it later, and inserts only once', async () => {
    const editor = editorWith();
    const pasted = handlesPaste(editor, (apply) => setTimeout(apply, 30));
    const beforeInput = vi.fn();
    editor.addEventListener('beforeinput', beforeInput);
    expect(await insertText(editor, 'Привет, Мария!\nЧем помочь?')).toBe('paste-event');
    expect(editor.textContent).toBe('Привет, Мария!\nЧем помочь?');
    expect(pasted).toHaveLength(1);
    expect(beforeInput).not.toHaveBeenCalled();
  });

  it('an editor built on beforeinput gets insertFromPaste with the text when it ignores the paste', async () => {
    const editor = editorWith();
    editor.addEventListener('beforeinput', (event) => {
      const input = event as InputEvent;
      if (input.inputType !== 'insertFromPaste') return;
      event.preventDefault();
      replaceSelection(editor, input.dataTransfer?.getData('text/plain') ?? '');
    });
    expect(await insertText(editor, 'Thanks for waiting')).toBe('before-input-paste');
    expect(editor.textContent).toBe('Thanks for waiting');
  });

  it('goes on when an editor cancels the paste but shows nothing (a read-only or broken handler)', async () => {
    const editor = editorWith();
    editor.addEventListener('paste', (event) => event.preventDefault());
    editor.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      replaceSelection(editor, (event as InputEvent).dataTransfer?.getData('text/plain') ?? '');
    });
    expect(await insertText(editor, 'Hi')).toBe('before-input-paste');
    expect(editor.textContent).toBe('Hi');
  });

  it('reports failure when no strategy changes what the editor shows', async () => {
    const editor = editorWith('as it was');
    editor.addEventListener('paste', (event) => event.preventDefault());
    expect(await insertText(editor, 'Hi')).toBeNull();
    expect(editor.textContent).toBe('as it was');
  });

  it('puts the caret at the end first when it is outside the editor', async () => {
    const editor = editorWith('Hello');
    handlesPaste(editor);
    document.body.insertAdjacentHTML('beforeend', '<p>elsewhere</p>');
    const elsewhere = document.querySelector('p')!.firstChild!;
    document.getSelection()!.setBaseAndExtent(elsewhere, 0, elsewhere, 4);
    expect(await insertText(editor, ', Lena')).toBe('paste-event');
    expect(editor.textContent).toBe('Hello, Lena');
    expect(document.querySelector('p')!.textContent).toBe('elsewhere');
  });

  it('finds the editable inside a wrapper the site profile points at (Draft.js has no class of its own)', async () => {
    const editor = editorWith();
    handlesPaste(editor);
    expect(await insertText(document.querySelector<HTMLElement>('.box')!, 'Hi')).toBe('paste-event');
    expect(editor.textContent).toBe('Hi');
  });

  it('refuses an element that is not an editor', async () => {
    document.body.innerHTML = '<p>text</p>';
    expect(await insertText(document.querySelector('p')!, 'x')).toBeNull();
    expect(document.querySelector('p')!.textContent).toBe('text');
  });
});
