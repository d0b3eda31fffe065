import fc from 'fast-check';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadSnapshot, validateSnapshot } from '../../src/snapshot/load.js';
import { baseSnapshot } from '../support/fixtures.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-load-'));
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

async function rejection(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('loadSnapshot', () => {
  it('loads the compliant base fixture and hashes the bytes', async () => {
    const p = await file('ok.json', JSON.stringify(baseSnapshot()));
    const loaded = await loadSnapshot(p);
    expect(loaded.snapshot.tenant.id).toBe('0f0e0d0c-1b1a-4c3d-8e9f-a0b1c2d3e4f5');
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  const mutate = (f: (s: Record<string, any>) => void) => {
    const s = baseSnapshot() as unknown as Record<string, any>;
    f(s);
    return JSON.stringify(s);
  };

  const cases: Array<[string, () => string | Buffer, RegExp]> = [
    ['not JSON', () => '{"schemaVersion": 1,', /at \$: not valid JSON/],
    ['empty file', () => '', /at \$: file is empty/],
    ['whitespace only', () => '  \n ', /at \$: file is empty/],
    ['JSON array', () => '[]', /at \$: expected a JSON object/],
    [
      'wrong schemaVersion',
      () =>
        mutate((s) => {
          s.schemaVersion = 99;
        }),
      /at \$\.schemaVersion: unsupported snapshot schema version 99/,
    ],
    [
      'missing schemaVersion',
      () =>
        mutate((s) => {
          delete s.schemaVersion;
        }),
      /at \$\.schemaVersion: is required but missing/,
    ],
    [
      'missing tenant id',
      () =>
        mutate((s) => {
          delete s.tenant.id;
        }),
      /at \$\.tenant\.id: is required but missing/,
    ],
    [
      'tenant id not a GUID',
      () =>
        mutate((s) => {
          s.tenant.id = 'contoso';
        }),
      /at \$\.tenant\.id: must match pattern/,
    ],
    [
      'wrong type deep inside',
      () =>
        mutate((s) => {
          s.data.guests[1].accountEnabled = 'yes';
        }),
      /at \$\.data\.guests\[1\]\.accountEnabled: must be boolean,null/,
    ],
    [
      'unknown section status',
      () =>
        mutate((s) => {
          s.sections.guests.status = 'partial';
        }),
      /at \$\.sections\.guests\.status: must be one of "ok", "forbidden"/,
    ],
    [
      'unknown section',
      () =>
        mutate((s) => {
          s.sections.surprise = { status: 'ok' };
        }),
      /at \$\.sections\.surprise: unknown property/,
    ],
    [
      'data without ok status',
      () =>
        mutate((s) => {
          s.sections.guests = { status: 'forbidden', httpStatus: 403 };
        }),
      /at \$\.data\.guests: data present but sections\.guests\.status is "forbidden"/,
    ],
    [
      'ok status without data',
      () =>
        mutate((s) => {
          delete s.data.guests;
        }),
      /at \$\.data\.guests: is missing although sections\.guests\.status is "ok"/,
    ],
    [
      'a 50 MB display name',
      () =>
        mutate((s) => {
          s.data.guests[0].displayName = 'x'.repeat(50 * 1024 * 1024);
        }),
      /at \$\.data\.guests\[0\]\.displayName: string of 52428800 characters exceeds/,
    ],
  ];

  it.each(cases)('%s → exit-2 error naming file, path and reason', async (name, content, expected) => {
    const p = await file(`${name.replace(/\W+/g, '-')}.json`, content());
    const e = await rejection(loadSnapshot(p));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain(p);
    expect(e.message).toMatch(expected);
    expect(e.message.split('\n')).toHaveLength(1);
  });

  it('a directory instead of a file', async () => {
    const d = join(dir, 'a-directory');
    await mkdir(d, { recursive: true });
    const e = await rejection(loadSnapshot(d));
    expect(e.message).toBe(`snapshot ${d} is a directory, expected a snapshot JSON file`);
  });

  it('a path that does not exist', async () => {
    const e = await rejection(loadSnapshot(join(dir, 'nope.json')));
    expect(e.message).toMatch(/does not exist$/);
  });

  it('an unreadable path', async () => {
    // Root reads any mode-000 file, so as root use a kernel file whose read fails instead.
    const asRoot = process.getuid?.() === 0;
    const p = asRoot ? '/proc/self/mem' : await file('unreadable.json', '{}');
    if (!asRoot) await chmod(p, 0o000);
    const e = await rejection(loadSnapshot(p));
    expect(e.message).toMatch(asRoot ? /^snapshot \/proc\/self\/mem cannot be read \(EIO\)$/ : /cannot be read \(permission denied\)$/);
  });
});

describe('validateSnapshot on arbitrary JSON (property-based)', () => {
  it('never throws anything but InputError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        try {
          validateSnapshot(value, 'arbitrary.json');
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          expect(e.message).toMatch(/^invalid snapshot arbitrary\.json at \$/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws anything but InputError on corrupted valid snapshots', () => {
    const base = baseSnapshot();
    const paths: Array<Array<string | number>> = [];
    const walk = (node: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 3 }), (path, replacement) => {
        const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
        let node: any = copy;
        for (const seg of path.slice(0, -1)) node = node[seg];
        node[path[path.length - 1]!] = replacement;
        try {
          validateSnapshot(copy, 'corrupted.json');
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
