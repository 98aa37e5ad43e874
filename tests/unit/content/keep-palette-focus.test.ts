// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepPaletteFocus } from '../../../entrypoints/helpdesk-ui/keep-palette-focus';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  document.body.innerHTML = '';
});

/** A page with a reply box, and our overlay host with the palette's search field in its shadow root. */
function setup(initiallyOpen = true) {
  let open = initiallyOpen;
  document.body.innerHTML = '<div contenteditable="true" id="reply"></div><div id="host"></div>';
  const host = document.querySelector('#host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<input role="combobox" id="search"><input id="fill">';
  const search = shadow.querySelector<HTMLInputElement>('#search')!;
  const onLeave = vi.fn();
  stop = keepPaletteFocus({
    doc: document,
    overlay: shadow,
    isOpen: () => open,
    searchField: () => search,
    onLeave,
  });
  return {
    setOpen: (value: boolean) => {
      open = value;
    },
    reply: document.querySelector<HTMLElement>('#reply')!,
    search,
    fill: shadow.querySelector<HTMLInputElement>('#fill')!,
    shadow,
    onLeave,
  };
}

describe('the palette keeps the focus while it is open', () => {
  it('takes it back when the host editor grabs it on its own (Slate restoring its selection)', () => {
    const { reply, search, shadow, onLeave } = setup();
    search.focus();
    reply.focus();
    expect(shadow.activeElement).toBe(search);
    expect(onLeave).not.toHaveBeenCalled();
  });

  it('gives it back to the fill-in field the operator was in', () => {
    const { reply, fill, shadow } = setup();
    fill.focus();
    reply.focus();
    expect(shadow.activeElement).toBe(fill);
  });

  it('steps aside when the operator clicks into the page', () => {
    const { reply, search, onLeave } = setup();
    search.focus();
    reply.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    reply.focus();
    expect(onLeave).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(reply);
  });

  it('does not count the click that put the caret in the reply box before the palette opened', () => {
    const { reply, search, shadow, onLeave, setOpen } = setup(false);
    reply.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    reply.focus();
    setOpen(true);
    search.focus();
    reply.focus(); // the editor takes the focus back on its own, right after
    expect(onLeave).not.toHaveBeenCalled();
    expect(shadow.activeElement).toBe(search);
  });

  it('leaves the page alone while the palette is closed', () => {
    const { reply, search } = setup(false);
    search.focus();
    reply.focus();
    expect(document.activeElement).toBe(reply);
  });
});
