// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editableElement } from '../../../lib/insert/editable-element';

describe('the element the operator types into', () => {
  it('is the element itself for a textarea or an editor’s root', () => {
    document.body.innerHTML = '<textarea></textarea><div id="root" contenteditable="true"><p>x</p></div>';
    expect(editableElement(document.querySelector('textarea')!)).toBe(document.querySelector('textarea'));
    const root = document.querySelector<HTMLElement>('#root')!;
    expect(editableElement(root)).toBe(root);
  });

  it('is the editor’s root for a node inside it', () => {
    document.body.innerHTML = '<div id="root" contenteditable="true"><p id="p">x</p></div>';
    expect(editableElement(document.querySelector<HTMLElement>('#p')!)).toBe(document.querySelector('#root'));
  });

  it('is the editable inside a wrapper, and nothing for a box without one', () => {
    document.body.innerHTML =
      '<div id="wrap"><div class="toolbar"></div><div id="root" contenteditable="true"></div></div><div id="none"><input type="checkbox"></div>';
    expect(editableElement(document.querySelector<HTMLElement>('#wrap')!)).toBe(
      document.querySelector('#root'),
    );
    expect(editableElement(document.querySelector<HTMLElement>('#none')!)).toBeNull();
  });
});
