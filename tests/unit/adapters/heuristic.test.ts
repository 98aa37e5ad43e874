// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposeProfile } from '../../../lib/adapters/teach/proposal';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const load = (file: string) => (document.body.innerHTML = readFileSync(path.join(fixtures, file), 'utf8'));

describe('a proposed profile for a desk nobody taught', () => {
  it.each([
    ['demo-desk/list-12.html', 12],
    ['demo-desk/chat-open.html', 12],
    ['generalise/ul-list.html', 5],
    ['generalise/table.html', 6],
  ])('finds the conversation rows of %s', (file, expected) => {
    load(file);
    const proposal = proposeProfile(document);
    expect(proposal).not.toBeNull();
    const matched = document.querySelectorAll(proposal!.rows.css);
    expect(matched).toHaveLength(expected);
    // Every proposed row has some text: they are conversations, not layout.
    for (const row of matched) expect((row.textContent ?? '').trim().length).toBeGreaterThan(0);
  });

  it('finds the composer when there is one', () => {
    load('demo-desk/chat-open.html');
    const proposal = proposeProfile(document)!;
    expect(document.querySelector(proposal.composer!.css)?.classList.contains('composer__input')).toBe(true);
  });

  it('proposes nothing on a page without conversations', () => {
    document.body.innerHTML = `<nav><a href="/">Home</a><a href="/a">About</a><a href="/b">Blog</a></nav>
      <p>Some text.</p><p>More text.</p><p>Even more.</p>`;
    expect(proposeProfile(document)).toBeNull();
  });

  it('prefers the conversation list to a longer thread of messages with times', () => {
    const row = (id: number) =>
      `<div role="row" tabindex="0" data-thread="t${id}"><span>Client ${id}</span><time>09:0${id}</time></div>`;
    const bubble = (id: number) =>
      `<article data-side="in"><p>Message ${id}</p><time>09:1${id}</time></article>`;
    document.body.innerHTML = `<div role="grid">${[1, 2, 3].map(row).join('')}</div>
      <main>${[1, 2, 3, 4, 5, 6, 7].map(bubble).join('')}</main>`;
    const proposal = proposeProfile(document)!;
    expect(document.querySelectorAll(proposal.rows.css)).toHaveLength(3);
    expect(document.querySelector(proposal.rows.css)!.getAttribute('role')).toBe('row');
  });
});
