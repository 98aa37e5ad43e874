// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { deepActiveElement } from '../../../lib/insert/focus';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('deepActiveElement', () => {
  it("finds the field typed into inside a web component's open shadow root", () => {
    const host = document.body.appendChild(document.createElement('reply-box'));
    const field = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('textarea'));
    field.focus();
    expect(deepActiveElement(document)).toBe(field);
  });

  it('stops at the host of a closed root, unless the root is ours (the overlay keeps its reference)', () => {
    const host = document.body.appendChild(document.createElement('nezabudka-overlay'));
    const shadow = host.attachShadow({ mode: 'closed' });
    const search = shadow.appendChild(document.createElement('input'));
    search.focus();
    expect(deepActiveElement(document)).toBe(host);
    expect(deepActiveElement(document, [shadow])).toBe(search);
  });
});
