// @vitest-environment happy-dom
import { describe, expect, it, onTestFinished } from 'vitest';
import { generaliseSingle } from '../../../lib/adapters/teach/single-element';

// The reply box and the Send button: one element each, which must be found again
// for sure. A selector that also takes another box would put a reply there.

const q = (css: string) => document.querySelector(css)!;

describe('one reply box or Send button', () => {
  it('singles out a contenteditable whose classes are all generated, not every div', () => {
    document.body.innerHTML = `
      <div class="_k2Lm9p"><input class="_GQxN0m" placeholder="Search"></div>
      <div class="_a81Qz0"><div class="_Nyq0Fx" contenteditable="true"></div>
        <button class="_b7Tx2c" aria-label="Send"><svg class="_i0" viewBox="0 0 16 16"><path d="M0 0"/></svg></button></div>
      <div class="_z9"><svg class="_i1"></svg><svg class="_i2"></svg></div>`;
    const box = generaliseSingle(q('._Nyq0Fx'), 'composer');
    expect(box?.css).toBe('div[contenteditable="true"]');
    expect(document.querySelectorAll(box!.css)).toHaveLength(1);
  });

  it('takes a click on the icon inside Send as the button', () => {
    document.body.innerHTML = `
      <nav><button class="_n1"><svg></svg></button></nav>
      <form><textarea></textarea><button class="_b7Tx2c" aria-label="Send"><svg class="_i0"></svg></button></form>`;
    const send = generaliseSingle(q('form svg'), 'sendButton');
    expect(send?.element).toBe(q('form button'));
    expect(send?.css).toBe('button[aria-label="Send"]');
  });

  it('leaves out the states a box passes through', () => {
    document.body.innerHTML = `<form><textarea class="reply ng-untouched ng-pristine is-focused"></textarea></form>
      <textarea class="notes"></textarea>`;
    expect(generaliseSingle(q('.reply'), 'composer')?.css).toBe('textarea.reply');
  });

  it('ignores other chats’ boxes kept hidden, and scopes under a container when needed', () => {
    // As a browser answers for a `hidden` pane (this DOM has no layout).
    const proto = Element.prototype as Element & { checkVisibility?: () => boolean };
    const before = proto.checkVisibility;
    proto.checkVisibility = function (this: Element) {
      return !this.closest('[hidden]');
    };
    onTestFinished(() => {
      proto.checkVisibility = before;
    });
    document.body.innerHTML = `
      <div class="pane" hidden><textarea class="composer-input"></textarea></div>
      <div class="pane"><textarea class="composer-input"></textarea></div>
      <aside class="notes"><textarea class="composer-input"></textarea></aside>`;
    const visible = document.querySelectorAll('.pane')[1]!.querySelector('textarea')!;
    const box = generaliseSingle(visible, 'composer');
    // `.composer-input` alone would also take the notes box on screen.
    expect(box).not.toBeNull();
    const shown = [...document.querySelectorAll(box!.css)].filter((element) => !element.closest('[hidden]'));
    expect(shown).toEqual([visible]);
  });

  it('says so when nothing singles the element out', () => {
    document.body.innerHTML = `<div><textarea></textarea></div><div><textarea></textarea></div>`;
    expect(generaliseSingle(document.querySelectorAll('textarea')[1]!, 'composer')).toBeNull();
  });
});
