// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { boxInUse, isWritable } from '../../../lib/insert/box-in-use';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Lays an element out where a browser would have drawn it (happy-dom draws nothing). */
function placed<T extends HTMLElement>(element: T, top: number, height = 60): T {
  element.getBoundingClientRect = () => DOMRect.fromRect({ x: 20, y: top, width: 400, height });
  return element;
}

describe('the reply box the operator is in', () => {
  it('is the focused text box or editable drawn on screen', () => {
    document.body.innerHTML = '<textarea></textarea><div contenteditable="true"><p>Hi</p></div>';
    const area = placed(document.querySelector('textarea')!, 100);
    const editable = placed(document.querySelector<HTMLElement>('[contenteditable]')!, 200);
    expect(boxInUse(area)).toBe(area);
    // A paragraph inside a rich editor: the editor itself takes the text.
    expect(boxInUse(editable.querySelector('p'))).toBe(editable);
  });

  it('is none when the focus is on something that takes no text, or nowhere', () => {
    document.body.innerHTML = '<div class="composer"><button>Send</button><textarea></textarea></div>';
    placed(document.querySelector('textarea')!, 100);
    expect(boxInUse(document.querySelector('button'))).toBeNull();
    expect(boxInUse(document.querySelector('.composer'))).toBeNull();
    expect(boxInUse(null)).toBeNull();
  });

  it('is none when it is scrolled out of the viewport or has no size (a composer kept for a closed chat)', () => {
    document.body.innerHTML = '<textarea id="below"></textarea><textarea id="folded"></textarea>';
    const below = placed(document.querySelector<HTMLElement>('#below')!, window.innerHeight + 50);
    const folded = placed(document.querySelector<HTMLElement>('#folded')!, 100, 0);
    expect(boxInUse(below)).toBeNull();
    expect(boxInUse(folded)).toBeNull();
  });

  it('stops being writable once it is taken out of the page or scrolled away', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = placed(document.querySelector('textarea')!, 100);
    expect(isWritable(area)).toBe(true);
    placed(area, -500);
    expect(isWritable(area)).toBe(false);
    placed(area, 100).remove();
    expect(isWritable(area)).toBe(false);
  });
});
