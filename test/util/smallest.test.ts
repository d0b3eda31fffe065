import { describe, expect, it } from 'vitest';
import { smallest } from '../../src/util/smallest.js';

/** A seeded shuffle keeps the cases reproducible. */
function shuffled(n: number, seed: number): number[] {
  const xs = Array.from({ length: n }, (_, i) => i % 97);
  let s = seed;
  for (let i = xs.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

describe('smallest', () => {
  const byValue = (a: { v: number }, b: { v: number }) => a.v - b.v;

  it.each([
    [0, 5],
    [1, 5],
    [10, 5],
    [1000, 25],
    [1000, 1],
    [50, 200],
  ])('equals a stable full sort cut to k (n=%i, k=%i)', (n, k) => {
    const items = shuffled(n, n + k).map((v, i) => ({ v, i }));
    const expected = [...items].sort(byValue).slice(0, k);
    expect(smallest(items, k, byValue)).toEqual(expected);
  });

  it('returns nothing for k ≤ 0 and accepts any iterable', () => {
    expect(smallest([3, 1, 2], 0, (a, b) => a - b)).toEqual([]);
    expect(smallest(new Set([5, 3, 9, 1]), 2, (a, b) => a - b)).toEqual([1, 3]);
  });
});
