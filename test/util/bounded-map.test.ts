import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/util/bounded-map.js';

describe('BoundedMap', () => {
  it('takes no new key once full, and still changes the value of a key it has', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2).set('c', 3);
    expect([...m]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    m.set('a', 10);
    expect(m.get('a')).toBe(10);
    expect(m.has('c')).toBe(false);
  });
});
