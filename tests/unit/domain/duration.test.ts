import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../lib/domain/duration';

describe('parseDuration', () => {
  it.each([
    ['10', 600],
    ['1,5', 90],
    ['1.5', 90],
    ['30 s', 30],
    ['30 сек', 30],
    ['5 мин', 300],
    ['5 minutes', 300],
    ['1 ч 30 мин', 5400],
    ['1ч30мин', 5400],
    ['2h', 7200],
    ['2 часа', 7200],
    ['1 день', 86_400],
    ['1:30', 90],
    ['1:05:00', 3900],
    ['  5 МИН  ', 300],
    ['5 мин.', 300],
  ])('reads %j as %i seconds', (input, seconds) => {
    expect(parseDuration(input)).toBe(seconds);
  });

  it.each(['', '   ', 'garbage', '5 parsecs', '5 min extra', 'min 5', '-5', '1:75', '5 мин 3'])(
    'rejects %j',
    (input) => {
      expect(parseDuration(input)).toBeNull();
    },
  );
});

describe('formatDuration', () => {
  it('writes short units in the operator language', () => {
    expect(formatDuration(300, 'ru')).toBe('5 мин');
    expect(formatDuration(5400, 'en')).toBe('1 h 30 min');
    expect(formatDuration(0, 'en')).toBe('0 s');
  });

  const values = [0, 1, 30, 59, 60, 90, 300, 599, 3600, 3661, 5400, 86_399, 86_400, 90_061, 7 * 86_400];
  it.each(['ru', 'en'] as const)('reads back what it writes (%s)', (locale) => {
    for (const seconds of values) expect(parseDuration(formatDuration(seconds, locale))).toBe(seconds);
  });
});
