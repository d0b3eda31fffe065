import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { SEVERITIES, type Severity } from '../../src/engine/rule.js';
import { packagePath } from '../../src/paths.js';
import { cli } from '../support/cli.js';
import { baseSnapshot } from '../support/fixtures.js';

/*
 * Exit codes from the built CLI in a child process, for every --fail-on threshold against a finding of
 * every severity. The tenant has exactly one finding (default MFA trust) whose severity comes from the config file,
 * and every other rule is disabled, so the matrix does not depend on the rest of the catalogue.
 */

const THRESHOLDS = [...SEVERITIES, 'none'] as const;
let dir: string;
let mfaSnapshot: string;
let forbiddenSnapshot: string;

beforeAll(async () => {
  if (!existsSync(packagePath('dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` first: these tests run bin/gatehouse.js');
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-exit-'));
  const s = baseSnapshot();
  s.data.crossTenantAccessDefault!.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false };
  mfaSnapshot = join(dir, 'mfa.json');
  await writeFile(mfaSnapshot, JSON.stringify(s));
  const f = baseSnapshot();
  f.data.crossTenantAccessDefault!.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false };
  f.sections.guests = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
  delete f.data.guests;
  delete f.sections.guestSignInActivity;
  delete f.sections.guestSponsors;
  forbiddenSnapshot = join(dir, 'forbidden.json');
  await writeFile(forbiddenSnapshot, JSON.stringify(f));
});

/** A config leaving only `keep` enabled, with its severity overridden. */
async function onlyRule(keep: string[], severity?: Severity): Promise<string> {
  const rules = Object.fromEntries(RULES.map((r) => [r.meta.id, keep.includes(r.meta.id) ? { ...(severity ? { severity } : {}) } : { enabled: false }]));
  const p = join(dir, `config-${keep.join('+')}-${severity ?? 'default'}.json`);
  await writeFile(p, JSON.stringify({ rules }));
  return p;
}

const scan = (args: string[]) => cli(['scan', '--as-of', '2026-11-27', '--format', 'json', '--no-exceptions', '--out', join(dir, `out-${Math.random().toString(36).slice(2)}`), ...args]);

describe('--fail-on: exit 1 when an unsuppressed failing finding is at or above the threshold', () => {
  const cases = SEVERITIES.flatMap((severity) => THRESHOLDS.map((failOn) => [severity, failOn] as const));
  it.each(cases)('finding %s, --fail-on %s', async (severity, failOn) => {
    const config = await onlyRule(['xtap-default-mfa-trust'], severity);
    const r = scan(['--snapshot', mfaSnapshot, '--config', config, '--fail-on', failOn]);
    const expected = failOn !== 'none' && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn) ? 1 : 0;
    expect(r.code, r.stderr).toBe(expected);
  });

  it('default threshold is none: findings alone never fail the run', async () => {
    expect(scan(['--snapshot', mfaSnapshot, '--config', await onlyRule(['xtap-default-mfa-trust'], 'critical')]).code).toBe(0);
  });

  it('a suppressed finding does not count; once its exception expires it does again', async () => {
    const config = await onlyRule(['xtap-default-mfa-trust'], 'critical');
    const active = join(dir, 'active.yaml');
    await writeFile(active, 'exceptions:\n  - rule: xtap-default-mfa-trust\n    justification: partner MFA reviewed\n    owner: secops\n    expires: 2027-01-31\n');
    const expired = join(dir, 'expired.yaml');
    await writeFile(expired, 'exceptions:\n  - rule: xtap-default-mfa-trust\n    justification: partner MFA reviewed\n    owner: secops\n    expires: 2026-11-26\n');
    expect(scan(['--snapshot', mfaSnapshot, '--config', config, '--fail-on', 'info', '--exceptions', active]).code).toBe(0);
    const r = scan(['--snapshot', mfaSnapshot, '--config', config, '--fail-on', 'info', '--exceptions', expired]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expired on 2026-11-26/);
  });

  it('the default ./gatehouse.exceptions.yaml is picked up from the working directory', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'gatehouse-exit-cwd-'));
    await writeFile(join(cwd, 'gatehouse.exceptions.yaml'), 'exceptions:\n  - rule: xtap-default-mfa-trust\n    justification: reviewed\n    owner: secops\n    expires: 2027-01-31\n');
    const config = await onlyRule(['xtap-default-mfa-trust'], 'high');
    const args = ['scan', '--snapshot', mfaSnapshot, '--config', config, '--as-of', '2026-11-27', '--format', 'json', '--fail-on', 'high'];
    expect(cli([...args, '--out', join(cwd, 'a')], { cwd }).code).toBe(0);
    expect(cli([...args, '--out', join(cwd, 'b'), '--no-exceptions'], { cwd }).code).toBe(1);
  });

  it('an invalid threshold is a usage error (2)', () => {
    const r = scan(['--snapshot', mfaSnapshot, '--fail-on', 'severe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on "severe" must be one of critical, high, medium, low, info, none/);
  });
});

describe('--strict: exit 4 when a rule is not assessed', () => {
  it('not assessed without --strict → 0; with --strict → 4', async () => {
    const config = await onlyRule(['guest-stale']);
    expect(scan(['--snapshot', forbiddenSnapshot, '--config', config]).code).toBe(0);
    expect(scan(['--snapshot', forbiddenSnapshot, '--config', config, '--strict']).code).toBe(4);
  });

  it('everything assessed with --strict → 0', async () => {
    expect(scan(['--snapshot', mfaSnapshot, '--config', await onlyRule(['guest-stale']), '--strict']).code).toBe(0);
  });

  it('findings at the threshold win over incompleteness: 1, not 4', async () => {
    const config = await onlyRule(['guest-stale', 'xtap-default-mfa-trust'], 'high');
    expect(scan(['--snapshot', forbiddenSnapshot, '--config', config, '--strict', '--fail-on', 'high']).code).toBe(1);
    expect(scan(['--snapshot', forbiddenSnapshot, '--config', config, '--strict', '--fail-on', 'critical']).code).toBe(4);
  });
});

describe('malformed exceptions files: exit 2, one line naming the file and the JSON path, nothing written', () => {
  const good = { rule: 'xtap-default-mfa-trust', justification: 'why', owner: 'who', expires: '2027-01-31' };
  const cases: Array<[string, string, RegExp]> = [
    ['unknown rule in the 4th entry', JSON.stringify({ exceptions: [good, good, good, { ...good, rule: 'no-such-rule' }] }), /at \$\.exceptions\[3\]\.rule: unknown rule id "no-such-rule"/],
    ['missing justification', JSON.stringify({ exceptions: [{ ...good, justification: undefined }] }), /at \$\.exceptions\[0\]\.justification: is required but missing/],
    ['missing owner', JSON.stringify({ exceptions: [{ ...good, owner: undefined }] }), /at \$\.exceptions\[0\]\.owner: is required but missing/],
    ['missing expires', JSON.stringify({ exceptions: [{ ...good, expires: undefined }] }), /at \$\.exceptions\[0\]\.expires: is required but missing/],
    ['bad date', JSON.stringify({ exceptions: [{ ...good, expires: '2027-13-01' }] }), /at \$\.exceptions\[0\]\.expires: must match format "date"/],
    ['resources not a list', JSON.stringify({ exceptions: [{ ...good, resources: 'x' }] }), /at \$\.exceptions\[0\]\.resources: must be array/],
    ['empty resource', JSON.stringify({ exceptions: [{ ...good, resources: [''] }] }), /at \$\.exceptions\[0\]\.resources\[0\]: must NOT have fewer than 1 characters/],
    ['unknown field', JSON.stringify({ exceptions: [{ ...good, expiry: '2027-01-31' }] }), /at \$\.exceptions\[0\]\.expiry: unknown property/],
    ['not JSON', '{ exceptions: [', /at \$: not valid JSON/],
  ];
  it.each(cases)('%s', async (_name, text, expected) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, text);
    const out = join(dir, `never-${Math.random().toString(36).slice(2)}`);
    const r = cli(['scan', '--snapshot', mfaSnapshot, '--out', out, '--exceptions', file]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toMatch(expected);
    expect(existsSync(out)).toBe(false);
  });

  it('a YAML syntax error too', async () => {
    const file = join(dir, 'broken.yaml');
    await writeFile(file, 'exceptions:\n  - rule: [xtap\n');
    const r = cli(['scan', '--snapshot', mfaSnapshot, '--out', join(dir, 'never-yaml'), '--exceptions', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/at \$: not valid YAML/);
  });
});

describe('help documents the exit codes', () => {
  it.each([['--help'], ['scan', '--help'], ['diff', '--help'], ['redact', '--help']])('gatehouse %s', (...args) => {
    const r = cli(args);
    expect(r.code).toBe(0);
    for (const code of ['0 ', '1 ', '2 ', '3 ', '4 ', '70']) expect(r.stdout).toContain(`\n  ${code}`);
    expect(r.stdout).toMatch(/findings at or above --fail-on/);
  });
});
