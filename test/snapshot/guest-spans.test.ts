import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanSnapshotFile } from '../../src/snapshot/guest-scanner.js';
import { GuestSpans, guestsAtSpans, SnapshotChangedError } from '../../src/snapshot/guest-spans.js';
import type { User } from '../../src/snapshot/snapshot.types.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-spans-'));
});

const guests = Array.from({ length: 40 }, (_, i) => ({
  id: `g${i}`,
  displayName: `guest ${'x'.repeat(i * 3)} 山 "${i}"`,
  otherMails: i % 3 ? [] : ['a@b.c'],
}));
const text = JSON.stringify({ schemaVersion: 1, data: { before: 'b', guests, after: [1, 2] } }, null, 1);

async function spansOf(file: string): Promise<GuestSpans> {
  const spans = new GuestSpans();
  await scanSnapshotFile(file, { onGuestSpan: (s, e) => spans.add(s, e) });
  return spans;
}

const all = async (it: Iterable<User> | AsyncIterable<User>) => {
  const out: User[] = [];
  for await (const g of it) out.push(g);
  return out;
};

describe('guests read at their spans', () => {
  it('cuts out every guest, once and in order, whatever the chunk size (guests across one or many chunks)', async () => {
    const file = join(dir, 'doc.json');
    await writeFile(file, text);
    const spans = GuestSpans.fromArray((await spansOf(file)).toArray());
    expect(spans.count).toBe(guests.length);
    for (const chunkSize of [1, 2, 7, 64, 333, 1 << 20]) {
      const read = guestsAtSpans(file, spans, {
        chunkSize,
        parse: (guest) => JSON.parse(guest) as User,
        expectSha256: createHash('sha256').update(text).digest('hex'),
      });
      expect(await all(read.read()), `chunk ${chunkSize}`).toEqual(guests);
    }
  });

  it('refuses a file that changed since its spans were found', async () => {
    const file = join(dir, 'changed.json');
    await writeFile(file, text);
    const spans = await spansOf(file);
    const sha = createHash('sha256').update(text).digest('hex');
    await writeFile(file, text.replace('guest ', 'gUest '));
    const read = guestsAtSpans(file, spans, { parse: (guest) => JSON.parse(guest) as User, expectSha256: sha });
    await expect(all(read.read())).rejects.toBeInstanceOf(SnapshotChangedError);
    await writeFile(file, text.slice(0, text.length / 2));
    await expect(all(guestsAtSpans(file, spans, { parse: (guest) => JSON.parse(guest) as User }).read())).rejects.toThrow();
  });
});
