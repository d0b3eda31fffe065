import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import type { Result } from '../../src/engine/result.types.js';
import { packagePath } from '../../src/paths.js';
import { cli } from '../support/cli.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { baseSnapshot, passesOnBase } from '../support/fixtures.js';
import { writeTenantSnapshot } from '../../src/synth/index.js';
import { GUEST_ID_COLUMN } from '../render/xlsx-read.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-cli-'));
});

const fixture = (name: string) => packagePath('fixtures', 'snapshots', `${name}.json`);

async function writeSnapshot(name: string, mutate: (s: ReturnType<typeof baseSnapshot>) => void): Promise<string> {
  const s = baseSnapshot();
  mutate(s);
  const p = join(dir, `${name}.json`);
  await writeFile(p, JSON.stringify(s));
  return p;
}

describe('gatehouse scan (in process; the worker-thread case through bin/gatehouse.js)', () => {
  it('scans the compliant base: exit 0, result.json lists every rule, summary.md and a terminal table', async () => {
    const out = join(dir, 'base');
    const r = await cliInProcess(['scan', '--snapshot', fixture('base'), '--out', out, '--as-of', '2026-11-27']);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(await readFile(join(out, 'result.json'), 'utf8')) as Result;
    expect(result.rules.map((x) => x.id).sort()).toEqual(RULES.map((x) => x.meta.id).sort());
    expect(result.rules.filter((x) => !passesOnBase(x)).map((x) => x.id)).toEqual([]);
    expect(result.asOf).toBe('2026-11-27T00:00:00.000Z');
    expect(existsSync(join(out, 'summary.md'))).toBe(true);
    expect(r.stdout).toMatch(/STATUS\s+SEVERITY\s+FINDINGS\s+RULE/);
    expect(r.stderr).toContain(join(out, 'result.json'));
  });

  // End to end through bin/gatehouse.js: the worker thread runs the compiled build.
  it('a tenant past 20,000 guests: guests.xlsx is written on a worker thread and lists every guest once', { tags: ['slow'] }, async () => {
    const snapshot = join(dir, 'synthetic-20500.json');
    const truth = await writeTenantSnapshot(snapshot, {
      seed: 11,
      guests: 20_500,
      partners: 10,
      caPolicies: 8,
      preset: 'scale',
      asOf: '2026-11-27T00:00:00Z',
    });
    const out = join(dir, 'threaded');
    const r = cli(['scan', '--snapshot', snapshot, '--out', out, '--as-of', '2026-11-27', '--format', 'xlsx', '--verbose']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('writing guests.xlsx (20,500 guests) on a worker thread');
    expect(readdirSync(out).sort()).toEqual(['.gatehouse-manifest.json', 'guests.xlsx', 'report.xlsx', 'result.json']);
    const book = XLSX.read(await readFile(join(out, 'guests.xlsx')), { dense: true });
    const ws = book.Sheets.Guests!;
    const data = ((ws as { '!data'?: unknown })['!data'] ?? ws) as unknown as Array<Array<XLSX.CellObject | undefined>>;
    const ids = data.slice(1).map((row) => row[GUEST_ID_COLUMN]!.v as string);
    expect(ids).toHaveLength(truth.guests.total);
    expect(new Set(ids).size).toBe(ids.length);
    const about = XLSX.utils.sheet_to_json<[string, unknown]>(book.Sheets.About!, { header: 1 });
    const sha = createHash('sha256')
      .update(await readFile(snapshot))
      .digest('hex');
    expect(about.find((row) => row[0] === 'Snapshot sha256')?.[1]).toBe(sha);
    expect(about.find((row) => row[0] === 'Guests listed')?.[1]).toBe(truth.guests.total);
  });

  it('--fail-on: exit 1 at or above the threshold, 0 below it', async () => {
    const p = await writeSnapshot('mfa-trust', (s) => {
      s.data.crossTenantAccessDefault!.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
    });
    expect((await cliInProcess(['scan', '--snapshot', p, '--out', join(dir, 'f1'), '--fail-on', 'high'])).code).toBe(1);
    expect((await cliInProcess(['scan', '--snapshot', p, '--out', join(dir, 'f2'), '--fail-on', 'critical'])).code).toBe(0);
    expect((await cliInProcess(['scan', '--snapshot', p, '--out', join(dir, 'f3')])).code).toBe(0);
  });

  it('--strict: exit 4 when a rule is not assessed', async () => {
    const p = await writeSnapshot('forbidden', (s) => {
      s.sections.crossTenantAccessDefault = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      delete s.data.crossTenantAccessDefault;
    });
    expect((await cliInProcess(['scan', '--snapshot', p, '--out', join(dir, 's1')])).code).toBe(0);
    expect((await cliInProcess(['scan', '--snapshot', p, '--out', join(dir, 's2'), '--strict'])).code).toBe(4);
  });

  const badInputs: Array<[string, () => Promise<string>, RegExp]> = [
    [
      'not JSON',
      async () => {
        const p = join(dir, 'bad.json');
        await writeFile(p, 'not json');
        return p;
      },
      /at \$: not valid JSON/,
    ],
    [
      'empty file',
      async () => {
        const p = join(dir, 'empty.json');
        await writeFile(p, '');
        return p;
      },
      /at \$: file is empty/,
    ],
    [
      'wrong schemaVersion',
      () =>
        writeSnapshot('v2', (s) => {
          (s as { schemaVersion: number }).schemaVersion = 2;
        }),
      /at \$\.schemaVersion: unsupported snapshot schema version 2/,
    ],
    [
      'missing tenant id',
      () =>
        writeSnapshot('noid', (s) => {
          delete (s.tenant as { id?: string }).id;
        }),
      /at \$\.tenant\.id: is required but missing/,
    ],
    [
      'wrong types',
      () =>
        writeSnapshot('types', (s) => {
          (s.data.guests![0] as { createdDateTime: unknown }).createdDateTime = 42;
        }),
      /at \$\.data\.guests\[0\]\.createdDateTime: must be string,null/,
    ],
    [
      'unknown section status',
      () =>
        writeSnapshot('status', (s) => {
          (s.sections.guests as { status: string }).status = 'partial';
        }),
      /at \$\.sections\.guests\.status: must be one of/,
    ],
    [
      'a 50 MB display name',
      () =>
        writeSnapshot('huge', (s) => {
          s.data.guests![0]!.displayName = 'A'.repeat(50 * 1024 * 1024);
        }),
      /at \$\.data\.guests\[0\]\.displayName: string of 52428800 characters/,
    ],
    ['a directory', async () => dir, /is a directory, expected a snapshot JSON file/],
    ['a missing file', async () => join(dir, 'missing.json'), /does not exist/],
  ];

  it.each(badInputs)('bad input (%s) → exit 2, one line naming file, path and reason, nothing written', async (_name, make, expected) => {
    const p = await make();
    const out = join(dir, `never-${Math.random().toString(36).slice(2)}`);
    const r = await cliInProcess(['scan', '--snapshot', p, '--out', out]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(p);
    expect(lines[0]).toMatch(expected);
    expect(r.stdout).toBe('');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it.each([
    [['--as-of', 'last tuesday'], /--as-of "last tuesday" is not an ISO date/],
    [['--fail-on', 'severe'], /--fail-on "severe" must be one of/],
    [['--format', 'pdf'], /unknown format "pdf"/],
    [['--profile', 'lenient'], /unknown profile "lenient"/],
  ])('bad flag %j → exit 2 and nothing written', async (flags, expected) => {
    const out = join(dir, `flags-${Math.random().toString(36).slice(2)}`);
    const r = await cliInProcess(['scan', '--snapshot', fixture('base'), '--out', out, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(expected);
    expect(existsSync(out)).toBe(false);
  });

  it('a bad config file → exit 2 naming its path', async () => {
    const cfg = join(dir, 'gatehouse.config.json');
    await writeFile(cfg, JSON.stringify({ rules: { 'xtap-default-mfa-trust': { severity: 'urgent' } } }));
    const r = await cliInProcess(['scan', '--snapshot', fixture('base'), '--out', join(dir, 'cfg'), '--config', cfg]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `gatehouse: invalid config ${cfg} at $.rules["xtap-default-mfa-trust"].severity: must be one of "critical", "high", "medium", "low", "info"`,
    );
  });

  it('unknown options are usage errors (exit 2)', async () => {
    expect((await cliInProcess(['scan', '--bogus'])).code).toBe(2);
    expect((await cliInProcess(['frobnicate'])).code).toBe(2);
  });

  it('--help lists the exit codes', async () => {
    const r = await cliInProcess(['scan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*4\s+incomplete/);
  });
});

describe('gatehouse validate and rules', () => {
  it('validate accepts a good snapshot and rejects a bad one', async () => {
    const ok = await cliInProcess(['validate', fixture('base')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/valid snapshot \(schema 1\)/);
    const bad = await cliInProcess(['validate', dir]);
    expect(bad.code).toBe(2);
  });

  it('rules lists every rule id', async () => {
    const r = await cliInProcess(['rules']);
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(rule.meta.id);
  });
});
