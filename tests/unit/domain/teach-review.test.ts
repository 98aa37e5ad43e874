import { describe, expect, it } from 'vitest';
import type { Observation, ObservedRow } from '../../../lib/domain/observation';
import { reviewRows, reviewWarnings } from '../../../lib/domain/teach-review';
import { makeObservedRow } from '../../fixtures/observed-row';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const MIN = 60_000;
const page = (rows: ObservedRow[]): Observation => ({
  site: 'https://desk.example.com',
  profileId: 'taught-desk-example-com-abc123',
  rows,
  open: 'none',
  chat: null,
  composerFound: false,
});
const taught = { shown: 2, keyedByName: false, composer: true, sendButton: true };

describe('the review: each row as the clocks will read it', () => {
  it('gives a waiting customer the wait the tracker starts from the time the row shows', () => {
    const [anna, oleg, ivan] = reviewRows(
      page([
        makeObservedRow('c-1', { name: 'Анна', unread: 2, lastAt: NOW - 12 * MIN, lastAtRough: true }),
        makeObservedRow('c-2', { name: 'Oleg', preview: 'Sure, done', previewAuthor: 'operator' }),
        makeObservedRow('c-3', { name: 'Ivan', unread: 1 }),
      ]),
      NOW,
    );
    // The row shows only its last message's time: the wait is at least that long.
    expect(anna).toEqual({ key: 'c-1', name: 'Анна', waitSec: 12 * 60, atLeast: 'shown' });
    // Answered: nobody waits.
    expect(oleg).toMatchObject({ name: 'Oleg', waitSec: null });
    expect(oleg!.atLeast).toBeUndefined();
    // No time on the row: counted from now, "at least, since seen".
    expect(ivan).toEqual({ key: 'c-3', name: 'Ivan', waitSec: 0, atLeast: 'seen' });
  });
});

describe('the review: what is missing', () => {
  it('warns when no row shows a time, and says nothing once one does', () => {
    const noTimes = page([makeObservedRow('c-1', { unread: 1 }), makeObservedRow('c-2')]);
    expect(reviewWarnings({ ...taught, observation: noTimes }).warnings).toEqual(['noTime']);
    const oneTime = page([makeObservedRow('c-1', { lastAt: NOW - MIN }), makeObservedRow('c-2')]);
    expect(reviewWarnings({ ...taught, observation: oneTime }).warnings).toEqual([]);
    const deskWait = page([makeObservedRow('c-1', { waitShownSince: NOW - MIN }), makeObservedRow('c-2')]);
    expect(reviewWarnings({ ...taught, observation: deskWait }).warnings).toEqual([]);
  });

  it('names the names rows share, more gravely when nothing but the name keys them', () => {
    const observation = page([
      makeObservedRow('Анна', { name: 'Анна', lastAt: NOW }),
      makeObservedRow('Анна #2', { name: 'Анна', lastAt: NOW }),
    ]);
    expect(reviewWarnings({ ...taught, observation, keyedByName: true })).toEqual({
      warnings: ['sameNamesByPlace'],
      sameNames: ['Анна'],
    });
    expect(reviewWarnings({ ...taught, observation }).warnings).toEqual(['sameNames']);
  });

  it('warns when fewer rows are read than shown, and when the reply box or Send was skipped', () => {
    const observation = page([makeObservedRow('c-1', { name: 'A', lastAt: NOW })]);
    expect(
      reviewWarnings({ observation, shown: 3, keyedByName: false, composer: false, sendButton: false })
        .warnings,
    ).toEqual(['notAllRead', 'noComposer', 'noSend']);
  });
});
