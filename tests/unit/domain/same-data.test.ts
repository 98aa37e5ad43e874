import { describe, expect, it } from 'vitest';
import { sameData } from '../../../lib/domain/same-data';

describe('sameData', () => {
  it('sees the same data in new objects, in any key order', () => {
    expect(sameData({ a: 1, b: [1, { c: 'x' }], d: null }, { d: null, b: [1, { c: 'x' }], a: 1 })).toBe(true);
  });

  it('sees any difference, however deep', () => {
    expect(sameData({ a: { b: [1, 2] } }, { a: { b: [1, 3] } })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: null }, { a: {} })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData([1], [1, 1])).toBe(false);
    expect(sameData('1', 1)).toBe(false);
  });
});
