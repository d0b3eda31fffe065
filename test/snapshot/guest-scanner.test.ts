import fc from 'fast-check';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanSnapshotFile } from '../../src/snapshot/guest-scanner.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-scanner-'));
});

// Strings built to stress the scanner: quotes, backslash runs, brackets, multi-byte and astral characters.
// No `u` flag on purpose: the class then holds 🙂's two surrogate halves separately, so lone surrogates appear too.
// eslint-disable-next-line no-misleading-character-class
const tricky = fc.stringMatching(/^[a-z"\\{}[\]:,é山🙂 ]{0,12}$/);
const guest = fc.record({
  id: fc.uuid(),
  displayName: tricky,
  otherMails: fc.array(tricky, { maxLength: 3 }),
  nested: fc.record({ a: fc.array(fc.integer(), { maxLength: 3 }), b: tricky }),
});
const doc = fc.record({
  schemaVersion: fc.constant(1),
  note: tricky,
  data: fc.record({ before: tricky, guests: fc.array(guest, { maxLength: 6 }), after: fc.array(tricky, { maxLength: 2 }) }),
});

describe('guest scanner', () => {
  it('splits any document into skeleton + guests exactly, whatever the chunk boundaries', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(doc, fc.integer({ min: 1, max: 17 }), fc.boolean(), async (d, chunkSize, pretty) => {
        const file = join(dir, `doc-${n++}.json`);
        await writeFile(file, pretty ? JSON.stringify(d, null, 2) : JSON.stringify(d));
        const guests: unknown[] = [];
        const scan = await scanSnapshotFile(file, {
          chunkSize,
          onGuest: (bytes, i) => {
            expect(i).toBe(guests.length);
            guests.push(JSON.parse(bytes.toString('utf8')));
          },
        });
        expect(guests).toEqual(d.data.guests);
        expect(scan.guestCount).toBe(d.data.guests.length);
        expect(JSON.parse(scan.skeleton)).toEqual({ ...d, data: { ...d.data, guests: [] } });
      }),
      { numRuns: 300 },
    );
  });

  it('without a guest handler (the load pass): the same skeleton, and spans that cut out exactly the guests', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(doc, fc.integer({ min: 1, max: 17 }), fc.boolean(), async (d, chunkSize, pretty) => {
        const file = join(dir, `spans-${n++}.json`);
        const text = pretty ? JSON.stringify(d, null, 2) : JSON.stringify(d);
        await writeFile(file, text);
        const bytes = Buffer.from(text, 'utf8');
        const spans: Array<[number, number]> = [];
        const scan = await scanSnapshotFile(file, { chunkSize, onGuestSpan: (start, end) => spans.push([start, end]) });
        expect(spans.map(([s, e]) => JSON.parse(bytes.subarray(s, e).toString('utf8')))).toEqual(d.data.guests);
        expect(JSON.parse(scan.skeleton)).toEqual({ ...d, data: { ...d.data, guests: [] } });
      }),
      { numRuns: 300 },
    );
  });

  it('a string ending in an escaped backslash right at a chunk boundary', async () => {
    const d = {
      data: {
        guests: [
          { id: 'a', displayName: 'x\\\\' },
          { id: 'b', displayName: '\\"q' },
        ],
      },
    };
    const file = join(dir, 'boundary.json');
    const text = JSON.stringify(d);
    await writeFile(file, text);
    for (let size = 1; size <= text.length; size++) {
      const guests: unknown[] = [];
      await scanSnapshotFile(file, { chunkSize: size, onGuest: (b) => guests.push(JSON.parse(b.toString('utf8'))) });
      expect(guests, `chunk size ${size}`).toEqual(d.data.guests);
    }
  });
});
