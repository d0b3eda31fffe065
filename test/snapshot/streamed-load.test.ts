import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSnapshot } from '../../src/snapshot/load.js';
import type { Snapshot, User } from '../../src/snapshot/snapshot.types.js';
import { fixtureSnapshot } from '../support/fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-stream-'));
});

async function collect(it: Iterable<User> | AsyncIterable<User>): Promise<User[]> {
  const out: User[] = [];
  for await (const g of it) out.push(g);
  return out;
}

async function writeText(name: string, text: string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, text);
  return p;
}

/** Same snapshot, different byte layouts: the streamed reader must not care. */
function layouts(s: Snapshot): Record<string, string> {
  const { data, ...head } = s;
  const { guests, ...rest } = data;
  return {
    pretty: JSON.stringify(s, null, 2),
    minified: JSON.stringify(s),
    'guests first, data first': JSON.stringify({ data: { guests, ...rest }, ...head }),
    'one guest per line': `{"data":{"guests":[\n${guests!.map((g) => JSON.stringify(g)).join(',\n')}\n],${JSON.stringify(rest).slice(1, -1)}},${JSON.stringify(head).slice(1)}`,
    'crlf and tabs': JSON.stringify(s, null, '\t').replace(/\n/g, '\r\n'),
  };
}

describe('streamed snapshot loading', () => {
  const demo = fixtureSnapshot('every-check');
  // Tenant strings that look like structure: brackets, quotes, escapes, and multi-byte characters.
  demo.data.guests![0]!.displayName = 'Zoë "[x]" {y} \\ ] } 山田 🙂';
  demo.data.guests![1]!.otherMails = ['a@b.example', '[]{}'];

  for (const [name, text] of Object.entries(layouts(demo))) {
    it(`reads the ${name} layout exactly as JSON.parse does`, async () => {
      const p = await writeText(`${name.replace(/\W+/g, '-')}.json`, text);
      const whole = await loadSnapshot(p);
      const streamed = await loadSnapshot(p, { streamThresholdBytes: 0 });
      expect(whole.streamed).toBe(false);
      expect(streamed.streamed).toBe(true);
      expect(streamed.sha256).toBe(whole.sha256);
      // Neither keeps its guests in `data`: both hand them over through `guests`.
      expect(streamed.snapshot.data.guests).toBeUndefined();
      expect(whole.snapshot.data.guests).toBeUndefined();
      expect(streamed.snapshot.data).toEqual(whole.snapshot.data);
      expect(await collect(whole.guests.read())).toEqual(demo.data.guests);
      expect(streamed.guests.count).toBe(demo.data.guests!.length);
      expect(await collect(streamed.guests.read())).toEqual(demo.data.guests);
      // Each call is a fresh pass.
      expect((await collect(streamed.guests.read())).length).toBe(demo.data.guests!.length);
    });
  }

  it('an empty guest list streams as empty', async () => {
    const s = fixtureSnapshot('base');
    s.data.guests = [];
    const p = await writeText('empty-guests.json', JSON.stringify(s));
    const loaded = await loadSnapshot(p, { streamThresholdBytes: 0 });
    expect(loaded.guests.count).toBe(0);
    expect(await collect(loaded.guests.read())).toEqual([]);
  });

  it('a consumer that stops early releases the file', async () => {
    const p = await writeText('early.json', JSON.stringify(demo));
    const loaded = await loadSnapshot(p, { streamThresholdBytes: 0 });
    let n = 0;
    for await (const _ of loaded.guests.read()) if (++n === 3) break;
    expect(n).toBe(3);
  });

  /** The snapshot's text with its guest list written by `list` from each guest's own text. */
  const withGuestList = (s: Snapshot, list: (guests: string[]) => string): string =>
    JSON.stringify(s).replace(JSON.stringify(s.data.guests), () => list(s.data.guests!.map((g) => JSON.stringify(g))));
  const bad: Array<[string, (s: Snapshot) => string, RegExp]> = [
    [
      'a guest of the wrong type',
      (s) => JSON.stringify(s).replace('"accountEnabled":true', '"accountEnabled":"yes"'),
      /at \$\.data\.guests\[0\]\.accountEnabled: must be boolean,null/,
    ],
    [
      'a guest without id',
      (s) => {
        const c = structuredClone(s);
        delete (c.data.guests![2] as Partial<User>).id;
        return JSON.stringify(c);
      },
      /at \$\.data\.guests\[2\]\.id: is required but missing/,
    ],
    [
      'broken JSON inside a guest',
      (s) => JSON.stringify(s).replace('"accountEnabled":true', '"accountEnabled":tru'),
      /at \$\.data\.guests\[0\]: not valid JSON/,
    ],
    [
      'a key written twice in a guest',
      (s) => JSON.stringify(s).replace('"accountEnabled":true', '"accountEnabled":true,"accountEnabled":false'),
      /at \$\.data\.guests\[0\]\.accountEnabled: the key appears twice in its object/,
    ],
    [
      'a guest nested too deep',
      (s) => {
        const c = structuredClone(s);
        let deep: unknown = 'x';
        for (let i = 0; i < 70; i++) deep = [deep];
        (c.data.guests![1] as unknown as Record<string, unknown>).otherMails = deep;
        return JSON.stringify(c);
      },
      /at \$\.data\.guests\[1\]\.otherMails(\[0\])+: nested deeper than 64 levels/,
    ],
    [
      'text between two guests',
      (s) => withGuestList(s, (g) => `[${g[0]} 123 xyz ,${g.slice(1).join(',')}]`),
      /at \$: not valid JSON \(an element of the guest list that is not an object, or text between its elements at byte \d+\)/,
    ],
    [
      'a guest that is null',
      (s) => withGuestList(s, (g) => `[null,${g.join(',')}]`),
      /at \$: not valid JSON \(an element of the guest list that is not an object, or text between its elements/,
    ],
    [
      'two guests without a comma',
      (s) => withGuestList(s, (g) => `[${g[0]} ${g.slice(1).join(',')}]`),
      /at \$: not valid JSON \(two elements of the guest list without a comma between them at byte \d+\)/,
    ],
    [
      'two commas between guests',
      (s) => withGuestList(s, (g) => `[${g[0]},,${g.slice(1).join(',')}]`),
      /at \$: not valid JSON \(a comma with no element before it in the guest list/,
    ],
    [
      'a comma after the last guest',
      (s) => withGuestList(s, (g) => `[${g.join(',')},]`),
      /at \$: not valid JSON \(a comma after the last element of the guest list/,
    ],
    ['a truncated file', (s) => JSON.stringify(s).slice(0, 5000), /at \$: not valid JSON \(the file ends in the middle/],
    [
      'an overlong guest name',
      (s) => {
        const c = structuredClone(s);
        c.data.guests![4]!.displayName = 'x'.repeat(1_048_577);
        return JSON.stringify(c);
      },
      /at \$\.data\.guests\[4\]\.displayName: string of 1048577 characters/,
    ],
    ['a skeleton error', (s) => JSON.stringify({ ...s, schemaVersion: 7 }), /at \$\.schemaVersion: unsupported snapshot schema version 7/],
  ];
  it.each(bad)('%s is rejected with the path (on load, or on the first guest pass)', async (name, make, expected) => {
    const p = await writeText(`bad-${name.replace(/\W+/g, '-')}.json`, make(demo));
    const e = await (async () => {
      const loaded = await loadSnapshot(p, { streamThresholdBytes: 0 });
      await collect(loaded.guests.read());
    })().then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toMatch(expected);
  });

  it('gatehouse validate reads every guest of a large snapshot', async () => {
    const { validateCommand } = await import('../../src/cli/commands/validate.js');
    const p = await writeText('validate-bad.json', JSON.stringify(demo).replace('"accountEnabled":true', '"accountEnabled":"yes"'));
    const { STREAM_THRESHOLD_BYTES } = await import('../../src/snapshot/load.js');
    expect(STREAM_THRESHOLD_BYTES).toBeGreaterThan(1_000_000);
    // Below the threshold the whole file is parsed and validated at once; the streamed path is covered above.
    await expect(validateCommand(p)).rejects.toThrow(/at \$\.data\.guests\[0\]\.accountEnabled/);
  });
});
