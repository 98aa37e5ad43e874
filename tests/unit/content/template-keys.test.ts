// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForTemplateKeys } from '../../../entrypoints/helpdesk.content/overlay/keys';

// The loader's template keys on a page where the interface cannot be loaded (the
// extension updated under an open tab): the operator's keys are never lost.

afterEach(() => {
  document.body.innerHTML = '';
  delete (document as { execCommand?: unknown }).execCommand;
});

/** A key the operator pressed (a page script's keys are never acted on); false when its default was prevented. */
function press(target: HTMLElement, key: string): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return target.dispatchEvent(event);
}

describe('a shortcut typed where the interface cannot be loaded', () => {
  it('types the key back, then what the operator typed meanwhile, as the browser types', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    // Drawn on screen (this DOM lays nothing out): a box the operator can see and write into.
    box.getBoundingClientRect = () => new DOMRect(10, 10, 300, 40);
    box.value = 'Hi ;thanks';
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
    // The browser's "insertText", which this page's DOM does not implement.
    const typed: string[] = [];
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui: boolean, text: string) => {
        if (command !== 'insertText') return false;
        typed.push(text);
        box.value += text;
        return true;
      },
    });
    let fail!: (error: Error) => void;
    const report = vi.fn();
    const keys = listenForTemplateKeys({ ui: () => new Promise((_, reject) => (fail = reject)), report });

    expect(press(box, ' ')).toBe(false); // the shortcut's key: held while the interface is asked for
    expect(press(box, 'a')).toBe(false); // typed on meanwhile: held too
    fail(new Error('the interface stage did not start'));
    await vi.waitFor(() => expect(box.value).toBe('Hi ;thanks a'));
    expect(typed).toEqual([' ', 'a']);
    expect(report).toHaveBeenCalledOnce();
    // The keyboard is the page's again.
    expect(press(box, 'b')).toBe(true);
    keys.stop();
  });
});
