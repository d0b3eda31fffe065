import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULES } from '../../rules/index.js';
import { driftExitCode, scanExitCode } from '../../src/engine/exit.js';
import type { Finding, Result, RuleResult } from '../../src/engine/result.types.js';
import { parseFailOn, SEVERITIES } from '../../src/engine/severity.js';
import type { Severity } from '../../src/engine/rule.js';
import { InputError } from '../../src/errors.js';
import { EXIT_CODES, exitCodesInOneLine, exitCodesMarkdown } from '../../src/exit-codes.js';
import { packagePath } from '../../src/paths.js';
import { cli } from '../support/cli.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { baseSnapshot } from '../support/fixtures.js';

/*
 * Exit codes. The decision itself is a function of the result (scanExitCode, driftExitCode), tested here for every
 * --fail-on threshold against a finding of every severity; the CLI is then checked to hand that code back, in
 * process, on a tenant with exactly one finding (default MFA trust) whose severity comes from the config file and
 * every other rule disabled. One run goes through bin/gatehouse.js in a child process: the default exceptions file
 * is found in the working directory the user started gatehouse in.
 */

const THRESHOLDS = [...SEVERITIES, 'none'] as const;
let dir: string;
let mfaSnapshot: string;
let forbiddenSnapshot: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-exit-'));
  const s = baseSnapshot();
  s.data.crossTenantAccessDefault!.inboundTrust = {
    isMfaAccepted: true,
    isCompliantDeviceAccepted: false,
    isHybridAzureADJoinedDeviceAccepted: false,
  };
  mfaSnapshot = join(dir, 'mfa.json');
  await writeFile(mfaSnapshot, JSON.stringify(s));
  const f = baseSnapshot();
  f.data.crossTenantAccessDefault!.inboundTrust = {
    isMfaAccepted: true,
    isCompliantDeviceAccepted: false,
    isHybridAzureADJoinedDeviceAccepted: false,
  };
  f.sections.guests = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
  delete f.data.guests;
  delete f.sections.guestSignInActivity;
  delete f.sections.guestSponsors;
  forbiddenSnapshot = join(dir, 'forbidden.json');
  await writeFile(forbiddenSnapshot, JSON.stringify(f));
});

/** A config leaving only `keep` enabled, with its severity overridden. */
async function onlyRule(keep: string[], severity?: Severity): Promise<string> {
  const rules = Object.fromEntries(
    RULES.map((r) => [r.meta.id, keep.includes(r.meta.id) ? { ...(severity ? { severity } : {}) } : { enabled: false }]),
  );
  const p = join(dir, `config-${keep.join('+')}-${severity ?? 'default'}.json`);
  await writeFile(p, JSON.stringify({ rules }));
  return p;
}

const scan = (args: string[]) =>
  cliInProcess([
    'scan',
    '--as-of',
    '2026-11-27',
    '--format',
    'json',
    '--no-exceptions',
    '--quiet',
    '--out',
    join(dir, `out-${Math.random().toString(36).slice(2)}`),
    ...args,
  ]);

/** A result with these findings and rule statuses, nothing else (the exit code reads nothing else). */
function resultWith(findings: Array<Pick<Finding, 'severity' | 'status'>>, rules: Array<Pick<RuleResult, 'status'>> = []): Result {
  return { findings, rules } as unknown as Result;
}

describe('scanExitCode: 1 when an unsuppressed failing finding is at or above the threshold', () => {
  const cases = SEVERITIES.flatMap((severity) => THRESHOLDS.map((failOn) => [severity, failOn] as const));
  it.each(cases)('finding %s, --fail-on %s', (severity, failOn) => {
    const expected = failOn !== 'none' && SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn) ? 1 : 0;
    expect(scanExitCode(resultWith([{ severity, status: 'fail' }]), { failOn: parseFailOn(failOn) })).toBe(expected);
  });

  it('a suppressed finding never counts', () => {
    expect(scanExitCode(resultWith([{ severity: 'critical', status: 'suppressed' }]), { failOn: 'info' })).toBe(0);
  });

  it('--strict: 4 when a rule is not assessed; findings at the threshold win over it', () => {
    const incomplete = [{ status: 'not-assessed' as const }];
    expect(scanExitCode(resultWith([], incomplete), { failOn: 'none' })).toBe(0);
    expect(scanExitCode(resultWith([], incomplete), { failOn: 'none', strict: true })).toBe(4);
    expect(scanExitCode(resultWith([{ severity: 'high', status: 'fail' }], incomplete), { failOn: 'high', strict: true })).toBe(1);
    expect(scanExitCode(resultWith([{ severity: 'high', status: 'fail' }], incomplete), { failOn: 'critical', strict: true })).toBe(4);
  });

  it('diff: 1 only for a new finding at the threshold', () => {
    expect(driftExitCode([{ severity: 'high', status: 'fail' }], 'high')).toBe(1);
    expect(driftExitCode([{ severity: 'medium', status: 'fail' }], 'high')).toBe(0);
    expect(driftExitCode([], 'info')).toBe(0);
  });

  it('an unknown threshold is a usage error naming the choices', () => {
    expect(() => parseFailOn('severe')).toThrow(InputError);
    expect(() => parseFailOn('severe')).toThrow('--fail-on "severe" must be one of critical, high, medium, low, info, none');
    expect(parseFailOn('HIGH')).toBe('high');
    expect(parseFailOn(undefined)).toBe('none');
  });
});

describe('--fail-on through the CLI', () => {
  it('the CLI returns the code for the configured severity: high finding, --fail-on high → 1, critical → 0', async () => {
    const config = await onlyRule(['xtap-default-mfa-trust'], 'high');
    expect((await scan(['--snapshot', mfaSnapshot, '--config', config, '--fail-on', 'high'])).code).toBe(1);
    expect((await scan(['--snapshot', mfaSnapshot, '--config', config, '--fail-on', 'critical'])).code).toBe(0);
  });

  it('default threshold is none: findings alone never fail the run', async () => {
    expect((await scan(['--snapshot', mfaSnapshot, '--config', await onlyRule(['xtap-default-mfa-trust'], 'critical')])).code).toBe(0);
  });

  it('a suppressed finding does not count; once its exception expires it does again', async () => {
    const config = await onlyRule(['xtap-default-mfa-trust'], 'critical');
    const active = join(dir, 'active.yaml');
    await writeFile(
      active,
      'exceptions:\n  - rule: xtap-default-mfa-trust\n    justification: partner MFA reviewed\n    owner: secops\n    expires: 2027-01-31\n',
    );
    const expired = join(dir, 'expired.yaml');
    await writeFile(
      expired,
      'exceptions:\n  - rule: xtap-default-mfa-trust\n    justification: partner MFA reviewed\n    owner: secops\n    expires: 2026-11-26\n',
    );
    expect((await scan(['--snapshot', mfaSnapshot, '--config', config, '--fail-on', 'info', '--exceptions', active])).code).toBe(0);
    const r = await scan(['--snapshot', mfaSnapshot, '--config', config, '--fail-on', 'info', '--exceptions', expired]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/expired on 2026-11-26/);
  });

  it('the default ./gatehouse.exceptions.yaml is picked up from the working directory (bin/gatehouse.js)', { tags: ['slow'] }, async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'gatehouse-exit-cwd-'));
    await writeFile(
      join(cwd, 'gatehouse.exceptions.yaml'),
      'exceptions:\n  - rule: xtap-default-mfa-trust\n    justification: reviewed\n    owner: secops\n    expires: 2027-01-31\n',
    );
    const config = await onlyRule(['xtap-default-mfa-trust'], 'high');
    const args = ['scan', '--snapshot', mfaSnapshot, '--config', config, '--as-of', '2026-11-27', '--format', 'json', '--fail-on', 'high'];
    expect(cli([...args, '--out', join(cwd, 'a')], { cwd }).code).toBe(0);
    expect(cli([...args, '--out', join(cwd, 'b'), '--no-exceptions'], { cwd }).code).toBe(1);
  });

  it('an invalid threshold is a usage error (2)', async () => {
    const r = await scan(['--snapshot', mfaSnapshot, '--fail-on', 'severe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on "severe" must be one of critical, high, medium, low, info, none/);
  });
});

describe('--strict: exit 4 when a rule is not assessed', () => {
  it('not assessed without --strict → 0; with --strict → 4', async () => {
    const config = await onlyRule(['guest-stale']);
    expect((await scan(['--snapshot', forbiddenSnapshot, '--config', config])).code).toBe(0);
    expect((await scan(['--snapshot', forbiddenSnapshot, '--config', config, '--strict'])).code).toBe(4);
  });

  it('everything assessed with --strict → 0', async () => {
    expect((await scan(['--snapshot', mfaSnapshot, '--config', await onlyRule(['guest-stale']), '--strict'])).code).toBe(0);
  });

  it('findings at the threshold win over incompleteness: 1, not 4', async () => {
    const config = await onlyRule(['guest-stale', 'xtap-default-mfa-trust'], 'high');
    expect((await scan(['--snapshot', forbiddenSnapshot, '--config', config, '--strict', '--fail-on', 'high'])).code).toBe(1);
    expect((await scan(['--snapshot', forbiddenSnapshot, '--config', config, '--strict', '--fail-on', 'critical'])).code).toBe(4);
  });
});

describe('malformed exceptions files: exit 2, one line naming the file and the JSON path, nothing written', () => {
  const good = { rule: 'xtap-default-mfa-trust', justification: 'why', owner: 'who', expires: '2027-01-31' };
  const cases: Array<[string, string, RegExp]> = [
    [
      'unknown rule in the 4th entry',
      JSON.stringify({ exceptions: [good, good, good, { ...good, rule: 'no-such-rule' }] }),
      /at \$\.exceptions\[3\]\.rule: unknown rule id "no-such-rule"/,
    ],
    [
      'missing justification',
      JSON.stringify({ exceptions: [{ ...good, justification: undefined }] }),
      /at \$\.exceptions\[0\]\.justification: is required but missing/,
    ],
    [
      'missing owner',
      JSON.stringify({ exceptions: [{ ...good, owner: undefined }] }),
      /at \$\.exceptions\[0\]\.owner: is required but missing/,
    ],
    [
      'missing expires',
      JSON.stringify({ exceptions: [{ ...good, expires: undefined }] }),
      /at \$\.exceptions\[0\]\.expires: is required but missing/,
    ],
    [
      'bad date',
      JSON.stringify({ exceptions: [{ ...good, expires: '2027-13-01' }] }),
      /at \$\.exceptions\[0\]\.expires: must match format "date"/,
    ],
    [
      'resources not a list',
      JSON.stringify({ exceptions: [{ ...good, resources: 'x' }] }),
      /at \$\.exceptions\[0\]\.resources: must be array/,
    ],
    [
      'empty resource',
      JSON.stringify({ exceptions: [{ ...good, resources: [''] }] }),
      /at \$\.exceptions\[0\]\.resources\[0\]: must NOT have fewer than 1 characters/,
    ],
    [
      'unknown field',
      JSON.stringify({ exceptions: [{ ...good, expiry: '2027-01-31' }] }),
      /at \$\.exceptions\[0\]\.expiry: unknown property/,
    ],
    ['not JSON', '{ exceptions: [', /at \$: not valid JSON/],
  ];
  it.each(cases)('%s', async (_name, text, expected) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, text);
    const out = join(dir, `never-${Math.random().toString(36).slice(2)}`);
    const r = await cliInProcess(['scan', '--snapshot', mfaSnapshot, '--out', out, '--exceptions', file]);
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
    const r = await cliInProcess(['scan', '--snapshot', mfaSnapshot, '--out', join(dir, 'never-yaml'), '--exceptions', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/at \$: not valid YAML/);
  });
});

describe('help documents the exit codes', () => {
  it.each([['--help'], ['scan', '--help'], ['diff', '--help'], ['redact', '--help']])('gatehouse %s', async (...args) => {
    const r = await cliInProcess(args);
    expect(r.code).toBe(0);
    for (const code of ['0 ', '1 ', '2 ', '3 ', '4 ', '70']) expect(r.stdout).toContain(`\n  ${code}`);
    expect(r.stdout).toMatch(/findings at or above --fail-on/);
  });
});

describe('one table of exit codes: help, README and the Action say the same', () => {
  it('the README table is the one generated from src/exit-codes.ts', () => {
    const readme = readFileSync(packagePath('README.md'), 'utf8');
    const start = readme.indexOf('<!-- exit-codes:start');
    const end = readme.indexOf('<!-- exit-codes:end -->');
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(readme.indexOf('\n', start) + 1, end)).toBe(exitCodesMarkdown());
  });

  it("action.yml's exit-code output lists every code with its meaning", () => {
    const action = readFileSync(packagePath('action.yml'), 'utf8');
    expect(action).toContain(`description: 'gatehouse exit code: ${exitCodesInOneLine()}.'`);
  });

  it('every code is in the help of every command', async () => {
    const r = await cliInProcess(['diff', '--help']);
    for (const { code, meaning } of EXIT_CODES) expect(r.stdout).toContain(`  ${String(code).padEnd(4)}${meaning}`);
  });
});
