import { describe, expect, it } from 'vitest';
import { isFocusActive, passesFocus, startFocus, summariseFocus } from '../../../lib/domain/focus';

const T0 = Date.UTC(2026, 10, 25, 9, 0, 0);
const MIN = 60_000;

describe('focus mode', () => {
  it('holds for the chosen minutes, or until stopped', () => {
    const half = startFocus(T0, 30);
    expect(isFocusActive(half, T0 + 29 * MIN)).toBe(true);
    expect(isFocusActive(half, T0 + 30 * MIN)).toBe(false);
    const open = startFocus(T0, null);
    expect(isFocusActive(open, T0 + 600 * MIN)).toBe(true);
    expect(isFocusActive(null, T0)).toBe(false);
  });

  it('lets VIP and breaches through only when the settings say so', () => {
    const vipWarn = { state: 'warn', level: 'vip' } as const;
    const normalBreach = { state: 'breach', level: 'normal' } as const;
    expect(passesFocus(vipWarn, { letVipThrough: true, letBreachThrough: false })).toBe(true);
    expect(passesFocus(vipWarn, { letVipThrough: false, letBreachThrough: true })).toBe(false);
    expect(passesFocus(normalBreach, { letVipThrough: true, letBreachThrough: false })).toBe(false);
    expect(passesFocus(normalBreach, { letVipThrough: false, letBreachThrough: true })).toBe(true);
    expect(
      passesFocus({ state: 'forgotten', level: 'normal' }, { letVipThrough: false, letBreachThrough: true }),
    ).toBe(true);
  });

  it('reports who waited during focus, longest first, and who is still waiting', () => {
    const focus = startFocus(T0, 30);
    const end = T0 + 30 * MIN;
    const summary = summariseFocus(focus, end, [
      // waited before focus and was answered 5 minutes into it
      { site: 's', key: 'a', name: 'Анна', waitingSince: T0 - 2 * MIN, answeredAt: T0 + 5 * MIN },
      // started waiting during focus and is still waiting
      { site: 's', key: 'b', name: 'Boris', waitingSince: T0 + 10 * MIN, answeredAt: null },
      // answered before focus began: not part of it
      { site: 's', key: 'c', name: 'Clara', waitingSince: T0 - 20 * MIN, answeredAt: T0 - 10 * MIN },
    ]);
    expect(summary).toEqual([
      { site: 's', key: 'b', name: 'Boris', waitedSec: 20 * 60, stillWaiting: true },
      { site: 's', key: 'a', name: 'Анна', waitedSec: 7 * 60, stillWaiting: false },
    ]);
  });

  it('keeps the longer of two waits of the same conversation', () => {
    const focus = startFocus(T0, null);
    const summary = summariseFocus(focus, T0 + 60 * MIN, [
      { site: 's', key: 'a', name: 'A', waitingSince: T0, answeredAt: T0 + 3 * MIN },
      { site: 's', key: 'a', name: 'A', waitingSince: T0 + 10 * MIN, answeredAt: T0 + 19 * MIN },
    ]);
    expect(summary).toEqual([{ site: 's', key: 'a', name: 'A', waitedSec: 9 * 60, stillWaiting: false }]);
  });
});
