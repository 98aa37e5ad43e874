import { describe, expect, it } from 'vitest';
import { patterns } from '../../../lib/adapters/data/generated-class-patterns.json';
import { prefixes } from '../../../lib/adapters/data/generated-id-prefixes.json';
import { frameworkPrefixes, stateSuffixes } from '../../../lib/adapters/data/ignored-data-attributes.json';
import { angularFormStates, stateWords } from '../../../lib/adapters/data/modifier-classes.json';
import { words as openRowWords } from '../../../lib/adapters/data/open-row-class-words.json';
import { names as testHooks } from '../../../lib/adapters/data/test-hook-attributes.json';
import { suffixes as unkeyedSuffixes } from '../../../lib/adapters/data/unkeyed-data-attributes.json';
import { isHashedClass } from '../../../lib/adapters/teach/stable-selector/stable-classes';

// Lists kept in data files as regular expressions: a slip there (a stray "|", an
// unclosed group) would not fail to build, it would quietly read other names.

describe('generated class patterns', () => {
  it.each(patterns)('$seenIn: compiles and reads its example as generated', ({ pattern, flags, example }) => {
    expect(new RegExp(pattern, flags).test(example)).toBe(true);
    expect(isHashedClass(example)).toBe(true);
  });
});

describe('word lists read as regular-expression alternatives', () => {
  const lists: Record<string, string[]> = {
    'generated-id-prefixes': prefixes,
    'ignored-data-attributes frameworkPrefixes': frameworkPrefixes,
    'ignored-data-attributes stateSuffixes': stateSuffixes,
    'modifier-classes stateWords': stateWords,
    'modifier-classes angularFormStates': angularFormStates,
    'open-row-class-words': openRowWords,
    'test-hook-attributes': testHooks,
    'unkeyed-data-attributes': unkeyedSuffixes,
  };

  it.each(Object.entries(lists))('%s: each entry is one alternative matching itself', (_, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) {
      expect(word).not.toMatch(/[|^$]/);
      // Compiles alone (groups closed), and reads at least its own plain form.
      const alone = new RegExp(`^(?:${word})$`);
      expect(alone.test(word.replace(/\([^)]*\)\?|\[[^\]]*\]\?/g, ''))).toBe(true);
    }
  });
});
