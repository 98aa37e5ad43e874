import { describe, expect, it } from 'vitest';
import { distribution, nearestRank } from '../../../../lib/domain/stats/percentile';

const range = (n: number) => Array.from({ length: n }, (_, i) => (i + 1) * 1000);

describe('nearest-rank percentiles', () => {
  it('has no value for no data (the page says "no data", not 0)', () => {
    expect(distribution([])).toEqual({ count: 0, median: null, p90: null, max: null });
  });

  it('one value is its own median, p90 and max', () => {
    expect(distribution([42_000])).toEqual({ count: 1, median: 42_000, p90: 42_000, max: 42_000 });
  });

  it('of two values the median is the smaller and p90 the larger', () => {
    expect(distribution([9000, 1000])).toEqual({ count: 2, median: 1000, p90: 9000, max: 9000 });
  });

  it('p90 of 10 values is the 9th, of 11 values the 10th', () => {
    expect(nearestRank(range(10), 90)).toBe(9000);
    expect(nearestRank(range(11), 90)).toBe(10_000);
    expect(nearestRank(range(10), 50)).toBe(5000);
    expect(nearestRank(range(11), 50)).toBe(6000);
  });

  it('has no rounding error at ranks that are whole numbers (0.9 × 30 is not 27.000…4)', () => {
    expect(nearestRank(range(30), 90)).toBe(27_000);
    expect(nearestRank(range(20), 90)).toBe(18_000);
  });

  it('sorts numerically, not as text (10 s after 9 s)', () => {
    expect(distribution([10_000, 9000, 100_000, 2000]).max).toBe(100_000);
    expect(distribution([10_000, 9000, 100_000, 2000]).median).toBe(9000);
  });
});
