import { describe, expect, it } from 'vitest';
import { pickVariant } from '../../../../lib/domain/template/variants';

describe('variants', () => {
  it('never repeats a wording this customer already got while others remain', () => {
    for (const roll of [0, 0.5, 0.99]) expect(pickVariant(3, [0, 2], () => roll)).toBe(1);
    expect([0, 0.6].map((roll) => pickVariant(3, [1], () => roll))).toEqual([0, 2]);
  });

  it('when all were used, takes the one used longest ago', () => {
    expect(pickVariant(3, [2, 0, 1, 0], () => 0)).toBe(2);
  });

  it('has nothing to choose with one wording', () => {
    expect(pickVariant(1, [0], () => 0.7)).toBe(0);
  });
});
