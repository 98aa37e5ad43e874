import { describe, expect, it } from 'vitest';
import { units } from '../../../lib/domain/data/duration-units.json';
import { parseDuration } from '../../../lib/domain/duration';

// The unit words are regular-expression alternatives in a data file: a slip there
// (a stray "|", an unclosed group) would not fail to build, it would read other words.

describe('duration unit words', () => {
  it.each(units)('$seconds s: each word is one alternative and reads as its unit', ({ seconds, words }) => {
    for (const word of words) {
      expect(word).not.toMatch(/[|^$]/);
      const plain = word.replace(/\[[^\]]*\]\?/g, '');
      expect(parseDuration(`2 ${plain}`)).toBe(2 * seconds);
    }
  });
});
