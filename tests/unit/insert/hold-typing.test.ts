// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdTyping } from '../../../lib/insert/hold-typing';
import { insertText } from '../../../lib/insert/insert-text';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A key pressed in the reply box; false when something prevented its default (no character typed). */
const press = (target: HTMLElement, key: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));

function replyBox(value = ''): HTMLTextAreaElement {
  document.body.innerHTML = `<textarea>${value}</textarea>`;
  const box = document.querySelector('textarea')!;
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
  return box;
}

describe('keys typed while a template goes in', () => {
  it('are held, page handlers never see them, and they are typed after the template', async () => {
    const box = replyBox('Hello, Lena! ');
    const seenByPage: string[] = [];
    box.addEventListener('keydown', (event) => seenByPage.push(event.key));
    const hold = holdTyping([window]);
    expect(press(box, 'S')).toBe(false);
    expect(press(box, 'Shift')).toBe(true); // a modifier alone is left alone
    expect(press(box, 'о')).toBe(false);
    expect(press(box, 'Enter')).toBe(false); // never sends half a reply
    expect(press(box, 'ArrowLeft')).toBe(false); // nor moves the caret away from where it goes
    expect(press(box, '@', { ctrlKey: true, altKey: true })).toBe(false); // AltGr types
    expect(press(box, 'c', { ctrlKey: true })).toBe(true); // a shortcut is the page's
    expect(seenByPage).toEqual(['Shift', 'c']);
    box.value += 'Your order is on its way.'; // the template goes in meanwhile
    await hold.release(box, insertText);
    expect(box.value).toBe('Hello, Lena! Your order is on its way.Sо@');
    // Released: the next key is the page's again.
    expect(press(box, 'x')).toBe(true);
    expect(seenByPage).toEqual(['Shift', 'c', 'x']);
  });

  it('are dropped when the template did not go in, and the page gets its keys back', async () => {
    const box = replyBox('draft');
    const hold = holdTyping([window, window]);
    press(box, 'a');
    hold.cancel();
    expect(box.value).toBe('draft');
    expect(press(box, 'b')).toBe(true);
  });

  it('are the page’s again after a few seconds, whatever happened to the template', () => {
    vi.useFakeTimers();
    try {
      const box = replyBox();
      holdTyping([window]); // never released: a request that never answered
      expect(press(box, 'a')).toBe(false);
      vi.advanceTimersByTime(3000);
      expect(press(box, 'b')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leave an input method composing alone', () => {
    const box = replyBox();
    const hold = holdTyping([window]);
    expect(press(box, 'Process', { isComposing: true })).toBe(true);
    hold.cancel();
  });
});
