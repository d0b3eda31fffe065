import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderOptionsFrom } from '../../src/cli/commands/report.js';
import { packagePath } from '../../src/paths.js';
import { runScan } from '../../src/pipeline/scan.js';
import { loadSnapshot } from '../../src/snapshot/load.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { baseSnapshot } from '../support/fixtures.js';
import { tempDirs } from '../support/temp-dirs.js';

/**
 * Bad input is exit 2, one line, nothing written: each case below once ended otherwise (exit 70 after result.json was
 * written, a date silently moved, a device read without end, a snapshot meaning two things, a stack overflow, a
 * multi-line error, library warnings on stderr). Every case runs the real CLI entry point in process and checks the
 * exit code, that stderr is exactly one line, and that the output folder was never created.
 */
const tempDir = tempDirs('bad-input');
const DEMO = packagePath('fixtures', 'snapshots', 'demo.json');
const AS_OF = ['--as-of', '2026-11-27'];
/** A saved result to re-render (the bundled demo's). */
let RESULT: string;
beforeAll(async () => {
  const out = join(tempDir(), 'demo');
  expect([0, 1]).toContain((await cliInProcess(['scan', '--snapshot', DEMO, '--out', out, '--format', 'json', '--quiet', ...AS_OF])).code);
  RESULT = join(out, 'result.json');
});

/** Run the CLI, expecting exit 2 with one stderr line matching `message`, and no output folder. */
async function refused(args: (out: string) => string[], message: RegExp): Promise<string> {
  const out = join(tempDir(), 'out');
  const r = await cliInProcess(args(out));
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.split('\n').filter(Boolean), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/^gatehouse: /);
  expect(r.stderr).toMatch(message);
  expect(existsSync(out), 'the output folder was created').toBe(false);
  return r.stderr;
}

const write = (name: string, text: string | Buffer): string => {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
};

const snapshotText = (s: Snapshot = baseSnapshot()) => JSON.stringify(s, null, 2);

describe('names that are properties of every object are no formats or profiles', () => {
  for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
    it(`--format ${name}: refused before anything is written`, async () => {
      await refused((out) => ['scan', '--snapshot', DEMO, '--out', out, '--format', name, ...AS_OF], /unknown format/);
    });
    it(`report --format ${name} and diff --format ${name}: refused before anything is written`, async () => {
      await refused((out) => ['report', '--result', RESULT, '--out', out, '--format', name], /unknown format/);
      await refused((out) => ['diff', DEMO, DEMO, '--out', join(out, 'drift.md'), '--format', name], /--format ".*" must be one of/);
    });
    it(`--profile ${name}: refused before anything is written`, async () => {
      await refused((out) => ['scan', '--snapshot', DEMO, '--out', out, '--profile', name, ...AS_OF], /--profile: unknown profile/);
    });
  }

  it('a config file with "profile": "toString" is an invalid config naming $.profile', async () => {
    const config = write('gatehouse.config.json', JSON.stringify({ profile: 'toString' }));
    await refused(
      (out) => ['scan', '--snapshot', DEMO, '--out', out, '--config', config, ...AS_OF],
      /invalid config .* at \$\.profile: unknown profile "toString"/,
    );
  });

  it('a tenants file with `profile: constructor` is an invalid tenants file naming the tenant', async () => {
    const tenants = write('tenants.yaml', `tenants:\n  - label: Demo\n    snapshot: ${DEMO}\n    profile: constructor\n`);
    await refused(
      (out) => ['scan', '--tenants', tenants, '--out', out, ...AS_OF],
      /invalid tenants file .* at \$\.tenants\[0\]\.profile: unknown profile "constructor"/,
    );
  });

  it('a tenants file whose tenant names a config with "profile": "__proto__" is refused before any tenant is scanned', async () => {
    const config = write('bad.config.json', JSON.stringify({ profile: '__proto__' }));
    const tenants = write('tenants.yaml', `tenants:\n  - label: Demo\n    snapshot: ${DEMO}\n    config: ${config}\n`);
    await refused((out) => ['scan', '--tenants', tenants, '--out', out, ...AS_OF], /at \$\.profile: unknown profile "__proto__"/);
  });
});

describe('--as-of is a date that exists', () => {
  for (const value of [
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-27T24:00:00Z',
    '2026-11-27T10:60:00Z',
    '2026-11-27T10:00:00+25:00',
  ]) {
    it(`--as-of ${value}: refused, never rolled over into another day`, async () => {
      await refused((out) => ['scan', '--snapshot', DEMO, '--out', out, '--as-of', value], /--as-of ".*" is not a valid date/);
    });
  }

  it('a leap day that exists is accepted', async () => {
    const out = join(tempDir(), 'out');
    const r = await cliInProcess(['scan', '--snapshot', DEMO, '--out', out, '--format', 'json', '--as-of', '2028-02-29', '--quiet']);
    expect([0, 1]).toContain(r.code);
    expect((JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as { asOf: string }).asOf).toBe('2028-02-29T00:00:00.000Z');
  });
});

describe('files that never end are not read', () => {
  it('--brand-logo /dev/zero: refused as not a regular file, at once', async () => {
    await refused(
      (out) => ['scan', '--snapshot', DEMO, '--out', out, '--brand-logo', '/dev/zero', ...AS_OF],
      /--brand-logo \/dev\/zero is not a regular file/,
    );
  });

  it('--snapshot /dev/zero: refused as not a regular file, at once', async () => {
    await refused((out) => ['scan', '--snapshot', '/dev/zero', '--out', out, ...AS_OF], /snapshot \/dev\/zero is not a regular file/);
  });

  it('--config /dev/zero and --exceptions /dev/zero: refused as not regular files', async () => {
    await refused(
      (out) => ['scan', '--snapshot', DEMO, '--out', out, '--config', '/dev/zero', ...AS_OF],
      /config \/dev\/zero is not a regular file/,
    );
    await refused(
      (out) => ['scan', '--snapshot', DEMO, '--out', out, '--exceptions', '/dev/zero', ...AS_OF],
      /exceptions file \/dev\/zero is not a regular file/,
    );
  });

  it('a logo over the 2 MiB limit is refused by its size, without reading it', async () => {
    const big = write('big.png', Buffer.alloc(2 * 1024 * 1024 + 1));
    await refused(
      (out) => ['scan', '--snapshot', DEMO, '--out', out, '--brand-logo', big, ...AS_OF],
      /--brand-logo .* is 2,097,153 bytes; at most 2,097,152 are read/,
    );
  });
});

describe('the logo checked is the logo embedded', () => {
  it('a logo swapped for another file between the check and the render never reaches the report', async () => {
    const dir = tempDir();
    const logo = join(dir, 'logo.svg');
    writeFileSync(logo, '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#1f3a5f"/></svg>');
    const checked = readFileSync(logo);
    const renderOptions = await renderOptionsFrom({ brandLogo: logo });
    // Swapped after the check: a file that would never have passed it.
    writeFileSync(logo, '<html><script>alert(1)</script></html>');
    const out = join(dir, 'out');
    await runScan({
      snapshotPath: DEMO,
      out,
      formats: ['json', 'html'],
      failOn: 'high',
      workflow: {},
      renderOptions,
      asOf: new Date('2026-11-27T00:00:00Z'),
      log: { info() {}, progress() {}, warn() {} },
    });
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // (Handlebars writes the base64 padding `=` as an entity.)
    expect(html).toContain(`data:image/svg+xml;base64,${checked.toString('base64').replace(/=+$/, '')}`);
    expect(html).not.toContain(Buffer.from('<html><script>').toString('base64').slice(0, 12));
  });
});

describe('a snapshot means one thing to every reader', () => {
  /** The base snapshot's text with `"guests": [...]` written twice in data: the first empty, the second the real list. */
  const twoGuestLists = (): string => {
    const s = baseSnapshot();
    const text = snapshotText(s);
    return text.replace('"data": {', '"data": {\n    "guests": [],');
  };

  it('"guests" twice: refused with the same one line whether the file is read whole or streamed', async () => {
    const file = write('twice.json', twoGuestLists());
    const whole = await loadSnapshot(file).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    const streamed = await loadSnapshot(file, { streamThresholdBytes: 0 }).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    expect(whole).toMatch(/at \$\.data\.guests: the key appears twice in its object; duplicate keys are refused/);
    expect(streamed).toBe(whole);
    await refused((out) => ['scan', '--snapshot', file, '--out', out, ...AS_OF], /at \$\.data\.guests: the key appears twice/);
  });

  it('a key twice inside one guest: refused whole and streamed, naming the guest', async () => {
    const s = baseSnapshot();
    const text = snapshotText(s).replace(/("displayName": "[^"]*",)/, '$1 "displayName": "Someone else",');
    const file = write('guest-key-twice.json', text);
    const whole = await loadSnapshot(file).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    expect(whole).toMatch(/the key appears twice/);
    const streamed = await loadSnapshot(file, { streamThresholdBytes: 0 }).then(
      async (l) => {
        for await (const g of l.guests.read()) void g;
        return 'loaded';
      },
      (e: Error) => e.message,
    );
    expect(streamed).toMatch(/the key appears twice/);
  });

  it('200,000 nested arrays: refused in one line (no stack overflow), also with --redact', async () => {
    const s = baseSnapshot();
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const text = snapshotText(s).replace('"data": {', `"data": {\n    "deep": ${deep},`);
    const file = write('deep.json', text);
    await refused((out) => ['scan', '--snapshot', file, '--out', out, ...AS_OF], /nested deeper than 64 levels/);
    await refused((out) => ['scan', '--snapshot', file, '--out', out, '--redact', ...AS_OF], /nested deeper than 64 levels/);
  });

  it('a UTF-8 byte order mark (Windows PowerShell 5 writes one) is accepted: the same result as without it', async () => {
    const plain = write('plain.json', snapshotText());
    const bom = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(plain)]));
    const results = [];
    for (const file of [plain, bom]) {
      const out = join(tempDir(), 'out');
      const r = await cliInProcess(['scan', '--snapshot', file, '--out', out, '--format', 'json', '--quiet', ...AS_OF]);
      expect(r.code, r.stderr).toBe(0);
      const result = JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as { findings: unknown[]; rules: unknown[] };
      results.push({ findings: result.findings, rules: result.rules });
    }
    expect(results[1]).toEqual(results[0]);
    // Streamed too.
    const loaded = await loadSnapshot(bom, { streamThresholdBytes: 0 });
    expect(loaded.guests.count).toBe(baseSnapshot().data.guests!.length);
  });

  it("V8's multi-line JSON error excerpt never breaks the one-line error", async () => {
    // The error sits right after a line break in a string-free region, so V8's excerpt of the text spans lines.
    const file = write('broken.json', '{\n  "schemaVersion": 1,\n  "tenant":\n\n\n  }\n}');
    const line = await refused(
      (out) => ['scan', '--snapshot', file, '--out', out, ...AS_OF],
      /not valid JSON \(.* at line \d+, column \d+\)/,
    );
    expect(line).not.toMatch(/is not valid JSON\b.*"/);
  });

  it('an unknown YAML tag is the one-line input error, with no warning printed', async () => {
    const tenants = write('tenants.yaml', `tenants:\n  - label: !evil Demo\n    snapshot: ${DEMO}\n`);
    await refused(
      (out) => ['scan', '--tenants', tenants, '--out', out, ...AS_OF],
      /invalid tenants file .* not valid YAML \(.*tag.* at line 2, column \d+\)/,
    );
    const exceptions = write('exceptions.yaml', 'exceptions:\n  - rule: !!js/function guest-stale\n');
    await refused(
      (out) => ['scan', '--snapshot', DEMO, '--out', out, '--exceptions', exceptions, ...AS_OF],
      /invalid exceptions file .* not valid YAML/,
    );
  });
});
