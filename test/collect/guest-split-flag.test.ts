import { describe, expect, it } from 'vitest';
import { collectionOptionsGiven, parseGuestSplit } from '../../src/cli/commands/collect.js';

describe('--guest-split', () => {
  it.each([
    ['auto', 'auto'],
    ['AUTO', 'auto'],
    ['off', 1],
    ['1', 1],
    ['2', 2],
    ['8', 8],
    ['16', 16],
    ['32', 32],
  ])('accepts %s', (v, n) => expect(parseGuestSplit(v)).toBe(n));
  it.each(['0', '33', '2.5', 'four', '', 'on'])('rejects %j as a usage error', (v) => {
    expect(() => parseGuestSplit(v)).toThrow(/--guest-split ".*" must be auto, off, or a whole number from 1 to 32/);
  });
  it('counts as a live-collection flag (refused together with --snapshot)', () => {
    expect(collectionOptionsGiven({ guestSplit: '4' })).toEqual(['--guest-split']);
  });
});
