import { afterEach, describe, expect, it } from 'vitest';
import { buildTaughtProfile, type TeachAnswers } from '../../../lib/adapters/teach/draft';
import { reviewDraft } from '../../../lib/adapters/teach/review';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const part = (css: string) => ({ css, count: 3, why: 'test' });
const answers: TeachAnswers = {
  rows: part('li.chat'),
  keyAttribute: 'data-id',
  name: part('.who'),
  unread: part('.count'),
  preview: null,
  customerBubble: null,
  operatorBubble: null,
  composer: null,
  sendButton: null,
};

afterEach(() => document.body.replaceChildren());

describe('the review of a taught profile, on the page', () => {
  it('reads the rows the profile will watch, with their names, against the rows shown', () => {
    document.body.innerHTML = `
      <ul>
        <li class="chat" data-id="1"><b class="who">Анна</b> <span class="count">2</span></li>
        <li class="chat" data-id="2"><b class="who">Oleg</b></li>
        <li class="chat"><b class="who">No key</b></li>
      </ul>`;
    const built = buildTaughtProfile('https://desk.example.com/agent', answers);
    if (!built.ok) throw new Error(built.errors.join());
    const { review, elements } = reviewDraft(document, built.profile, NOW);
    expect(review.rows.map((row) => [row.name, row.waitSec, row.atLeast])).toEqual([
      ['Анна', 0, 'seen'],
      ['Oleg', null, undefined],
    ]);
    // A row without a key is not watched: the review says so instead of counting it.
    expect(review.shown).toBe(3);
    expect(review.warnings).toEqual(['noTime', 'notAllRead', 'noComposer', 'noSend']);
    expect(elements.map((row) => row.getAttribute('data-id'))).toEqual(['1', '2']);
  });
});
