import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Drift } from '../../src/engine/diff.js';
import type { Result } from '../../src/engine/result.types.js';
import { packagePath } from '../../src/paths.js';
import { validateSnapshot } from '../../src/snapshot/load.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { filesUnder, findLeaks, personalValues } from './support/leaks.js';

/* diff, redact, scan --baseline / --redact and report --exceptions through the CLI's entry point (in process), as a user runs them. */

const fixture = (name: string) => packagePath('fixtures', 'snapshots', `${name}.json`);
const KEY = 'cli-test-key-0123456789';
let dir: string;

beforeAll(async () => {
  if (!existsSync(packagePath('dist', 'src', 'cli', 'main.js')))
    throw new Error('run `npm run compile` first: these tests run bin/gatehouse.js');
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-wf-cli-'));
});

const readJson = <T>(p: string) => JSON.parse(readFileSync(p, 'utf8')) as T;
const scanTo = (out: string, args: string[]) => cliInProcess(['scan', '--as-of', '2026-11-27', '--no-exceptions', '--out', out, ...args]);

describe('gatehouse diff', () => {
  it('two snapshots → Markdown on stdout with findings and configuration changes; exit 0', async () => {
    const r = await cliInProcess(['diff', fixture('drift-old'), fixture('drift-new')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^## gatehouse drift/);
    expect(r.stdout).toContain('### New findings');
    expect(r.stdout).toContain('#### Cross-tenant partners');
    expect(r.stdout).toContain('inbound MFA trust false → true');
  });

  it('--format json and --format html --out', async () => {
    const json = await cliInProcess(['diff', fixture('drift-old'), fixture('drift-new'), '--format', 'json']);
    const d = JSON.parse(json.stdout) as Drift;
    expect(d.config.available).toBe(true);
    expect(d.findings.new.length).toBeGreaterThan(0);
    const out = join(dir, 'drift', 'drift.html');
    expect((await cliInProcess(['diff', fixture('drift-old'), fixture('drift-new'), '--format', 'html', '--out', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/Content-Security-Policy[\s\S]*Configuration changes/);
  });

  it('identical inputs: "No changes"', async () => {
    const r = await cliInProcess(['diff', fixture('drift-new'), fixture('drift-new')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('_No changes._');
  });

  it('--fail-on high: exit 1 when a new high finding appeared (and 0 the other way round)', async () => {
    expect((await cliInProcess(['diff', fixture('drift-old'), fixture('drift-new'), '--fail-on', 'high'])).code).toBe(1);
    expect((await cliInProcess(['diff', fixture('drift-new'), fixture('drift-old'), '--fail-on', 'high'])).code).toBe(0);
  });

  it('two results: findings only, and it says configuration changes need snapshots', async () => {
    const a = join(dir, 'r-old');
    const b = join(dir, 'r-new');
    expect((await scanTo(a, ['--snapshot', fixture('drift-old'), '--format', 'json'])).code).toBe(0);
    expect((await scanTo(b, ['--snapshot', fixture('drift-new'), '--format', 'json'])).code).toBe(0);
    const r = await cliInProcess(['diff', join(a, 'result.json'), join(b, 'result.json')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('### New findings');
    expect(r.stdout.replace(/\\/g, '')).toMatch(/Configuration changes need two snapshots/);
    expect(r.stderr).toMatch(/Configuration changes need two snapshots/);
  });

  it('bad inputs → exit 2 naming the file', async () => {
    const junk = join(dir, 'junk.json');
    await writeFile(junk, '{"hello": 1}');
    const r = await cliInProcess(['diff', junk, fixture('drift-new')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/junk\.json is neither a gatehouse result .* nor a snapshot/);
    expect((await cliInProcess(['diff', join(dir, 'missing.json'), fixture('drift-new')])).code).toBe(2);
    expect((await cliInProcess(['diff', fixture('drift-old'), fixture('drift-new'), '--format', 'pdf'])).code).toBe(2);
  });
});

describe('gatehouse redact and scan --redact', () => {
  it('redact writes a snapshot that validates; the generated key is printed once to stderr', async () => {
    const out = join(dir, 'redacted.json');
    const r = await cliInProcess(['redact', fixture('every-check'), '--out', out], { env: { GATEHOUSE_REDACT_KEY: '' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/generated redaction key/g)).toHaveLength(1);
    expect((await cliInProcess(['validate', out])).code).toBe(0);
    expect(findLeaks(personalValues(fixtureSnapshot('every-check')), [out])).toEqual([]);
  });

  it('with a key: same pseudonyms on every run (diffable), and --redact-key-env names the variable', async () => {
    const a = join(dir, 'k1.json');
    const b = join(dir, 'k2.json');
    expect(
      (await cliInProcess(['redact', fixture('every-check'), '--out', a, '--redact-key-env', 'MY_KEY'], { env: { MY_KEY: KEY } })).code,
    ).toBe(0);
    const r = await cliInProcess(['redact', fixture('every-check'), '--out', b], { env: { GATEHOUSE_REDACT_KEY: KEY } });
    expect(r.stderr).not.toMatch(/generated redaction key/);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    validateSnapshot(readJson(a));
  });

  it('refuses to overwrite the input, a short key, a missing key variable', async () => {
    expect((await cliInProcess(['redact', fixture('every-check'), '--out', fixture('every-check')])).code).toBe(2);
    expect(
      (await cliInProcess(['redact', fixture('every-check'), '--out', join(dir, 'x.json')], { env: { GATEHOUSE_REDACT_KEY: 'short' } }))
        .stderr,
    ).toMatch(/at least 16/);
    expect(
      (await cliInProcess(['redact', fixture('every-check'), '--out', join(dir, 'y.json'), '--redact-key-env', 'NOT_SET_ANYWHERE'])).code,
    ).toBe(2);
  });

  it('scan --redact: no original UPN, email or display name in any output, stdout or stderr (bytes scanned)', async () => {
    const out = join(dir, 'redacted-scan');
    const r = await scanTo(out, ['--snapshot', fixture('every-check'), '--redact', '--format', 'all']);
    expect([0, 1]).toContain(r.code);
    const files = filesUnder(out);
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual([
      '.gatehouse-manifest.json',
      'guests.xlsx',
      'report.html',
      'report.sarif',
      'report.xlsx',
      'result.json',
      'snapshot.redacted.json',
      'summary.md',
    ]);
    const result = readJson<Result>(join(out, 'result.json'));
    expect(result.snapshot.path).toBe(join(out, 'snapshot.redacted.json'));
    expect(findLeaks(personalValues(fixtureSnapshot('every-check')), files, { stdout: r.stdout, stderr: r.stderr })).toEqual([]);
  });
});

describe('the demo exceptions file (fixtures/exceptions/every-check.yaml)', () => {
  it('one partner and one pattern in force, one expired, one unused — and --fail-on counts only what is left', async () => {
    const out = join(dir, 'demo-ex');
    const r = await cliInProcess([
      'scan',
      '--snapshot',
      fixture('every-check'),
      '--as-of',
      '2026-11-27',
      '--format',
      'json,md',
      '--out',
      out,
      '--exceptions',
      packagePath('fixtures', 'exceptions', 'every-check.yaml'),
      '--fail-on',
      'info',
    ]);
    expect(r.code).toBe(1);
    const result = readJson<Result>(join(out, 'result.json'));
    expect(result.exceptions!.map((e) => [e.rule, e.state])).toEqual([
      ['xtap-partner-mfa-trust', 'active'],
      ['guest-stale', 'active'],
      ['invite-allowed-from-everyone', 'expired'],
      ['connector-unsecured', 'unused'],
    ]);
    const partner = result.findings.filter((f) => f.ruleId === 'xtap-partner-mfa-trust');
    expect(partner.map((f) => [f.resource.id, f.status]).sort()).toContainEqual(['521ad1d4-bcf2-4a59-9fe3-d3c740f5a628', 'suppressed']);
    expect(partner.some((f) => f.status === 'fail')).toBe(true);
    const stale = result.findings.filter((f) => f.ruleId === 'guest-stale' && f.status === 'suppressed');
    expect(stale.length).toBe(result.exceptions![1]!.matched);
    expect(stale.length).toBeGreaterThan(5);
    expect(result.rules.find((x) => x.id === 'guest-stale')!.status).toBe('fail');
    expect(result.findings.find((f) => f.ruleId === 'invite-allowed-from-everyone')!.status).toBe('fail');
    expect(r.stderr).toMatch(/expired on 2026-09-30/);
    expect(r.stderr).toMatch(/connector-unsecured .* matched no finding/);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/### Exceptions[\s\S]*\| expired \| `invite-allowed-from-everyone`/);
  });
});

describe('scan --baseline, report --exceptions: the reports show changes and accepted risks', () => {
  let prev: string;
  beforeAll(async () => {
    prev = join(dir, 'q3');
    expect((await scanTo(prev, ['--snapshot', fixture('drift-old'), '--format', 'json'])).code).toBe(0);
  });

  it('baseline: result.baseline, SARIF baselineState, an XLSX "Changes" sheet and the HTML section', async () => {
    const out = join(dir, 'q4');
    const r = await scanTo(out, ['--snapshot', fixture('drift-new'), '--baseline', join(prev, 'result.json'), '--format', 'all']);
    expect([0, 1]).toContain(r.code);
    const result = readJson<Result>(join(out, 'result.json'));
    expect(result.baseline!.counts.new).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.baselineState)).toBe(true);
    const sarif = readJson<{ runs: Array<{ results: Array<{ baselineState?: string }> }> }>(join(out, 'report.sarif'));
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    expect(sarif.runs[0]!.results.every((x) => ['new', 'unchanged', 'updated'].includes(x.baselineState!))).toBe(true);
    const book = XLSX.read(readFileSync(join(out, 'report.xlsx')), { type: 'buffer' });
    const changes = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Changes!);
    expect(changes.some((row) => Object.values(row).includes('new finding') && row.Rule === 'xtap-default-mfa-trust')).toBe(true);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('id="changes-since-last-scan"');
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/### Changes since the last scan/);
  });

  it('a snapshot is refused as --baseline (exit 2)', async () => {
    const r = await scanTo(join(dir, 'nb'), ['--snapshot', fixture('drift-new'), '--baseline', fixture('drift-old')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a snapshot; pass the previous scan's result\.json/);
  });

  it('report --exceptions re-applies accepted risks; HTML, XLSX and JSON show them, SARIF leaves them out; --no-exceptions clears them', async () => {
    const scanned = join(dir, 'to-report');
    expect((await scanTo(scanned, ['--snapshot', fixture('drift-new'), '--format', 'json'])).code).toBe(0);
    const ex = join(dir, 'report-ex.yaml');
    await writeFile(
      ex,
      'exceptions:\n  - rule: xtap-default-mfa-trust\n    justification: Partner MFA reviewed by the CISO\n    owner: ciso@fabrikam.example\n    expires: 2027-06-30\n  - rule: guest-stale\n    resources: ["nobody@nowhere.example"]\n    justification: stale\n    owner: x\n    expires: 2027-06-30\n  - rule: invite-allowed-from-everyone\n    justification: old\n    owner: y\n    expires: 2026-01-31\n',
    );
    const out = join(dir, 'reported');
    const r = await cliInProcess([
      'report',
      '--result',
      join(scanned, 'result.json'),
      '--snapshot',
      fixture('drift-new'),
      '--exceptions',
      ex,
      '--out',
      out,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/expired on 2026-01-31/);
    expect(r.stderr).toMatch(/matched no finding/);
    const result = readJson<Result>(join(out, 'result.json'));
    const mfa = result.findings.find((f) => f.ruleId === 'xtap-default-mfa-trust')!;
    expect(mfa.status).toBe('suppressed');
    expect(result.exceptions!.map((e) => e.state)).toEqual(['active', 'unused', 'expired']);
    const sarif = readFileSync(join(out, 'report.sarif'), 'utf8');
    expect(sarif).not.toContain(mfa.id);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('id="exceptions"');
    expect(html).toContain('Partner MFA reviewed by the CISO');
    expect(html).toMatch(/Expired — no longer applied/);
    const book = XLSX.read(readFileSync(join(out, 'report.xlsx')), { type: 'buffer' });
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Exceptions!);
    expect(rows.map((x) => x.State)).toEqual(['active', 'unused', 'expired']);
    const findings = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets.Findings!);
    expect(findings.find((x) => x['Finding id'] === mfa.id)).toMatchObject({
      Status: 'suppressed',
      'Suppression owner': 'ciso@fabrikam.example',
    });
    // Re-render without exceptions: the suppressions go away.
    const cleared = join(dir, 'cleared');
    expect(
      (await cliInProcess(['report', '--result', join(out, 'result.json'), '--no-exceptions', '--out', cleared, '--format', 'json'])).code,
    ).toBe(0);
    const again = readJson<Result>(join(cleared, 'result.json'));
    expect(again.findings.find((f) => f.id === mfa.id)!.status).toBe('fail');
    expect(again.exceptions).toBeUndefined();
  });
});
