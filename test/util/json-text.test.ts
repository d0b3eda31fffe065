import { describe, expect, it } from 'vitest';
import { jsonShape } from '../../src/util/json-text.js';

/** A seeded generator of JSON values, so that the cases are reproducible. */
function generator(seed: number) {
  let s = seed;
  const next = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  const value = (depth: number): unknown => {
    const kind = depth > 5 ? next(3) : next(6);
    if (kind === 0) return 'x'.repeat(next(12));
    if (kind === 1) return next(2) ? next(1000) : null;
    if (kind === 2) return next(2) === 0;
    if (kind === 3) return Array.from({ length: next(4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: next(5) }, (_, i) => [`k${'y'.repeat(next(10))}${i}`, value(depth + 1)]));
  };
  return value;
}

/** Members, depth and the first string longer than `max`, by the plain definition (no early stop, no limit). */
function reference(value: unknown, depth = 0): { members: number; depth: number } {
  if (value === null || typeof value !== 'object') return { members: 0, depth };
  let members = 0;
  let deepest = depth + 1;
  for (const [k, v] of Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)) {
    if (typeof k === 'string') members++;
    const r = reference(v, depth + 1);
    members += r.members;
    deepest = Math.max(deepest, r.depth);
  }
  return { members, depth: deepest };
}

describe('jsonShape', () => {
  it('counts members and depth as the plain definition does, for many values within the limits', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const value = generator(seed)(0);
      expect(jsonShape(value, { maxString: 1000 }), `seed ${seed}`).toEqual(reference(value));
    }
  });

  it('names the first overlong string or key, and the first object past the depth limit, by its path', () => {
    expect(jsonShape({ a: [1, { b: 'xxxx' }], c: 'ok' }, { maxString: 3 })).toEqual({
      members: 3,
      depth: 3,
      overlong: { path: '$.a[1].b', length: 4 },
    });
    expect(jsonShape({ a: { longkey: 1 } }, { maxString: 3 }).overlong).toEqual({ path: '$.a', length: 7 });
    expect(jsonShape('xxxx', { maxString: 3 })).toEqual({ members: 0, depth: 0, overlong: { path: '$', length: 4 } });
    expect(jsonShape({ a: { b: { c: {} } } }, { maxDepth: 2 }).tooDeep).toBe('$.a.b');
    expect(jsonShape([[[[]]]], { maxDepth: 4 })).toEqual({ members: 0, depth: 4 });
  });
});
