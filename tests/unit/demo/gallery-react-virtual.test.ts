import { describe, expect, it } from 'vitest';
import { avatarColor } from '../../../demo/gallery/react-virtual/avatar-color.ts';
import { longAgo, shortAgo } from '../../../demo/gallery/react-virtual/relative-time.ts';
import { STRINGS } from '../../../demo/gallery/react-virtual/strings.ts';
import { slotCount, virtualRange } from '../../../demo/gallery/react-virtual/virtual-range.ts';

const NOW = Date.UTC(2026, 2, 14, 12, 0, 0);
const MIN = 60_000;

describe('react-virtual relative times', () => {
  it('floors to the largest whole unit, in both languages', () => {
    expect(shortAgo(NOW - 30_000, NOW, STRINGS.en)).toBe('now');
    expect(shortAgo(NOW - 2 * MIN - 59_000, NOW, STRINGS.en)).toBe('2m');
    expect(shortAgo(NOW - 61 * MIN, NOW, STRINGS.en)).toBe('1h');
    expect(shortAgo(NOW - 16 * 60 * MIN, NOW, STRINGS.en)).toBe('16h');
    expect(shortAgo(NOW - (3 * 24 * 60 + 30) * MIN, NOW, STRINGS.en)).toBe('3d');
    expect(shortAgo(NOW - 15 * 24 * 60 * MIN, NOW, STRINGS.en)).toBe('2w');
    expect(shortAgo(NOW - 12 * MIN, NOW, STRINGS.ru)).toBe('12 мин');
    expect(shortAgo(NOW - 5 * 60 * MIN, NOW, STRINGS.ru)).toBe('5 ч');
  });

  it('says "ago" under bubbles, but not for now, and never runs negative', () => {
    expect(longAgo(NOW - 40 * MIN, NOW, STRINGS.en)).toBe('40m ago');
    expect(longAgo(NOW - 40 * MIN, NOW, STRINGS.ru)).toBe('40 мин назад');
    expect(longAgo(NOW + 5_000, NOW, STRINGS.en)).toBe('now');
  });
});

describe('react-virtual windowing', () => {
  it('renders the rows in view plus the overscan, clamped to the list', () => {
    expect(virtualRange(0, 712, 80, 13, 2)).toEqual({ start: 0, end: 11 });
    expect(virtualRange(400, 712, 80, 13, 2)).toEqual({ start: 3, end: 13 });
    expect(virtualRange(0, 0, 80, 13, 2)).toEqual({ start: 0, end: 2 });
    expect(virtualRange(0, 712, 80, 0, 2)).toEqual({ start: 0, end: 0 });
  });

  it('has enough slots for any scroll position', () => {
    const slots = slotCount(712, 80, 2);
    for (let top = 0; top < 3000; top += 7) {
      const { start, end } = virtualRange(top, 712, 80, 100, 2);
      expect(end - start).toBeLessThanOrEqual(slots);
    }
  });
});

describe('react-virtual rows', () => {
  it('draws a stable avatar colour', () => {
    expect(avatarColor('4101')).toBe(avatarColor('4101'));
  });
});
