import type { Distribution } from './types';

/**
 * Nearest-rank percentile of values sorted ascending: the value at rank
 * ⌈p·N/100⌉ (1-based). It is always a value that occurred, never an
 * interpolation: p90 of 10 values is the 9th, of 11 values the 10th, of 1 or 2
 * values the largest; the median (p50) of 2 values is the smaller one.
 * `p` is a whole number, so the rank is computed without rounding error.
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((p * n) / 100));
  return sorted[rank - 1]!;
}

/** Count, nearest-rank median and p90, and maximum of durations (any order). */
export function distribution(values: readonly number[]): Distribution {
  const sorted = Float64Array.from(values).sort();
  return {
    count: sorted.length,
    median: nearestRank(sorted, 50),
    p90: nearestRank(sorted, 90),
    max: sorted.length === 0 ? null : sorted[sorted.length - 1]!,
  };
}
