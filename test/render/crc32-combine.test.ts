import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32Combine } from '../../src/render/crc32-combine.js';

// Held against Node's own CRC-32 of the joined bytes: the combination must be exactly zlib's crc32_combine.

describe('crc32Combine', () => {
  it('gives the CRC-32 of two byte runs joined, from their CRC-32s and the second length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 3000 }), (a, b) => {
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the first CRC as it is for an empty second run, and holds for runs of megabytes', () => {
    expect(crc32Combine(0x12345678, 0, 0)).toBe(0x12345678);
    const a = Buffer.alloc(3 << 20, 'gatehouse ');
    const b = Buffer.alloc((5 << 20) + 7, 'Zoë ');
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(Buffer.concat([a, b])));
  });
});
