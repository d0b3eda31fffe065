import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import {
  applyExceptions,
  buildAliasLookup,
  exceptionWarnings,
  findExceptionsFile,
  isExpired,
  loadExceptions,
  patternToRegExp,
  type LoadedExceptions,
} from '../../src/engine/exceptions.js';
import type { Exception } from '../../src/engine/exceptions.types.js';
import { scanExitCode } from '../../src/engine/exit.js';
import { InputError } from '../../src/errors.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';
import { AS_OF, evaluateAt, schemaErrors } from './support/evaluate.js';

const KNOWN = RULES.map((r) => r.meta.id);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-exceptions-'));
});

/** Base tenant with two stale guests (guest-stale: two findings) and MFA trusted by default (one finding). */
function riskySnapshot(): Snapshot {
  const s = baseSnapshot();
  for (const g of s.data.guests!.slice(0, 2))
    g.signInActivity = {
      lastSignInDateTime: '2025-01-20T08:00:00Z',
      lastNonInteractiveSignInDateTime: '2025-01-20T08:00:00Z',
      lastSuccessfulSignInDateTime: '2025-01-20T08:00:00Z',
    };
  s.data.crossTenantAccessDefault!.inboundTrust = {
    isMfaAccepted: true,
    isCompliantDeviceAccepted: false,
    isHybridAzureADJoinedDeviceAccepted: false,
  };
  return s;
}

const entry = (over: Partial<Exception>): Exception => ({
  rule: 'guest-stale',
  justification: 'Quarterly project guests, reviewed by the owner.',
  owner: 'secops@fabrikam.example',
  expires: '2027-03-31',
  ...over,
});
const loaded = (...exceptions: Exception[]): LoadedExceptions => ({ exceptions, source: 'gatehouse.exceptions.yaml' });

describe('applying exceptions', () => {
  const snapshot = riskySnapshot();
  const result = evaluateAt(snapshot);
  const stale = result.findings.filter((f) => f.ruleId === 'guest-stale');
  const aliases = buildAliasLookup(snapshot, snapshot.data.guests ?? []);

  it('the fixture has what the cases need', () => {
    expect(stale).toHaveLength(2);
    expect(result.findings.some((f) => f.ruleId === 'xtap-default-mfa-trust')).toBe(true);
  });

  it('by rule: every finding of the rule suppressed, rule status suppressed, summary recomputed, schema-valid', () => {
    const out = applyExceptions(result, loaded(entry({})), aliases);
    const own = out.findings.filter((f) => f.ruleId === 'guest-stale');
    expect(own.every((f) => f.status === 'suppressed')).toBe(true);
    expect(own[0]!.suppression).toEqual({
      justification: 'Quarterly project guests, reviewed by the owner.',
      owner: 'secops@fabrikam.example',
      expires: '2027-03-31',
      source: 'gatehouse.exceptions.yaml#exceptions[0]',
    });
    expect(out.rules.find((r) => r.id === 'guest-stale')).toMatchObject({ status: 'suppressed', findingCount: 2 });
    expect(out.summary.suppressedFindings).toBe(2);
    expect(out.summary.rulesByStatus.suppressed).toBe(1);
    const counted = Object.values(out.summary.findingsBySeverity).reduce((a: number, b) => a + (b ?? 0), 0);
    expect(counted).toBe(result.findings.length - 2);
    expect(out.exceptions).toEqual([expect.objectContaining({ rule: 'guest-stale', state: 'active', matched: 2, index: 0 })]);
    expect(schemaErrors(out)).toEqual([]);
    // Suppressed findings stay in the result (HTML/XLSX/JSON show them) but never trip --fail-on.
    expect(out.findings).toHaveLength(result.findings.length);
    const onlyStale = applyExceptions(
      { ...result, findings: stale, rules: result.rules.filter((r) => r.id === 'guest-stale') },
      loaded(entry({})),
      aliases,
    );
    expect(scanExitCode(onlyStale, { failOn: 'info' })).toBe(0);
    expect(scanExitCode({ ...result, findings: stale }, { failOn: 'info' })).toBe(1);
  });

  it('by resource id: only that object is suppressed and the rule still fails', () => {
    const out = applyExceptions(result, loaded(entry({ resources: [stale[0]!.resource.id.toUpperCase()] })), aliases);
    const own = out.findings.filter((f) => f.ruleId === 'guest-stale');
    expect(own.map((f) => f.status).sort()).toEqual(['fail', 'suppressed']);
    expect(out.rules.find((r) => r.id === 'guest-stale')!.status).toBe('fail');
    expect(out.exceptions![0]).toMatchObject({ state: 'active', matched: 1 });
  });

  it('by resource path, by UPN and by a mail pattern (from the snapshot), case-insensitively', () => {
    const guest = snapshot.data.guests!.find((g) => g.id === stale[1]!.resource.id)!;
    for (const resources of [
      [`users/${guest.id}`],
      [guest.userPrincipalName!.toUpperCase()],
      [guest.mail!],
      ['*@NORTHWIND.example'],
      ['partner.user?@x', `*${guest.mail!.slice(3)}`],
    ]) {
      const out = applyExceptions(result, loaded(entry({ resources: resources as [string, ...string[]] })), aliases);
      const f = out.findings.find((x) => x.id === stale[1]!.id)!;
      expect(f.status, JSON.stringify(resources)).toBe('suppressed');
    }
  });

  it('never by display name: renaming an object must not opt it into an exception', () => {
    const name = stale[0]!.resource.displayName!;
    expect(name).toBeTruthy();
    const out = applyExceptions(result, loaded(entry({ resources: [name] })), aliases);
    expect(out.findings.filter((f) => f.status === 'suppressed')).toHaveLength(0);
    expect(out.exceptions![0]).toMatchObject({ state: 'unused', matched: 0 });
  });

  it('an exception for another rule never touches this rule', () => {
    const out = applyExceptions(result, loaded(entry({ rule: 'xtap-default-mfa-trust' })), aliases);
    expect(out.findings.filter((f) => f.ruleId === 'guest-stale').every((f) => f.status === 'fail')).toBe(true);
    expect(out.rules.find((r) => r.id === 'xtap-default-mfa-trust')!.status).toBe('suppressed');
  });

  it('expired: stops applying (judged against the scan asOf), is reported as expired with what it would have matched', () => {
    const out = applyExceptions(result, loaded(entry({ expires: '2026-11-26' })), aliases);
    expect(out.findings.filter((f) => f.status === 'suppressed')).toHaveLength(0);
    expect(out.exceptions![0]).toMatchObject({ state: 'expired', matched: 2 });
    expect(exceptionWarnings(out).join('\n')).toMatch(/expired on 2026-11-26; 2 findings it covered count again/);
    // The expiry day itself is still covered.
    const lastDay = applyExceptions(result, loaded(entry({ expires: AS_OF.slice(0, 10) })), aliases);
    expect(lastDay.exceptions![0]!.state).toBe('active');
    expect(isExpired(entry({ expires: '2026-11-27' }), new Date('2026-11-27T23:59:59Z'))).toBe(false);
    expect(isExpired(entry({ expires: '2026-11-27' }), new Date('2026-11-28T00:00:00Z'))).toBe(true);
  });

  it('unused: in force but matched nothing, reported as unused', () => {
    const out = applyExceptions(result, loaded(entry({ resources: ['00000000-0000-0000-0000-000000000000'] })), aliases);
    expect(out.exceptions![0]).toMatchObject({ state: 'unused', matched: 0 });
    expect(exceptionWarnings(out).join('\n')).toMatch(/matched no finding/);
  });

  it('first exception in force wins the suppression; both count their matches', () => {
    const out = applyExceptions(
      result,
      loaded(entry({ expires: '2025-01-01' }), entry({ owner: 'second' }), entry({ owner: 'third' })),
      aliases,
    );
    expect(out.findings.find((f) => f.ruleId === 'guest-stale')!.suppression!.owner).toBe('second');
    expect(out.exceptions!.map((e) => [e.state, e.matched])).toEqual([
      ['expired', 2],
      ['active', 2],
      ['active', 2],
    ]);
  });

  it('re-applying to an already processed result gives the same answer (report re-renders with other exceptions)', () => {
    const once = applyExceptions(result, loaded(entry({})), aliases);
    const again = applyExceptions(once, loaded(entry({ resources: [stale[0]!.resource.id] })), aliases);
    // Compared as result.json holds them: an evaluated finding makes its message when read, a re-applied one has it.
    const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    expect(json(again)).toEqual(json(applyExceptions(result, loaded(entry({ resources: [stale[0]!.resource.id] })), aliases)));
    const cleared = applyExceptions(once, undefined, aliases);
    expect(json(cleared.findings)).toEqual(json(result.findings));
    expect(cleared.rules).toEqual(result.rules);
    expect(cleared.exceptions).toBeUndefined();
  });

  it('patterns: * only; other characters literal', () => {
    expect(patternToRegExp('*@contoso.com').test('a.b@CONTOSO.com')).toBe(true);
    expect(patternToRegExp('*@contoso.com').test('a@contosoXcom')).toBe(false);
    expect(patternToRegExp('a+b(c)').test('a+b(c)')).toBe(true);
  });
});

describe('loading and validating exceptions files', () => {
  const write = async (name: string, text: string) => {
    const p = join(dir, name);
    await writeFile(p, text);
    return p;
  };

  it('reads YAML and JSON', async () => {
    const y = await write(
      'ok.yaml',
      'exceptions:\n  - rule: guest-stale\n    resources: ["*@northwind.example"]\n    justification: project\n    owner: alice\n    expires: 2027-01-31\n',
    );
    const j = await write('ok.json', JSON.stringify({ exceptions: [entry({})] }));
    expect((await loadExceptions(y, KNOWN)).exceptions[0]).toMatchObject({ rule: 'guest-stale', expires: '2027-01-31' });
    expect((await loadExceptions(j, KNOWN)).exceptions).toHaveLength(1);
  });

  it('finds ./gatehouse.exceptions.yaml, .yml or .json when --exceptions is not given', async () => {
    const d = await mkdtemp(join(tmpdir(), 'gatehouse-ex-default-'));
    expect(findExceptionsFile(undefined, d)).toBeUndefined();
    await writeFile(join(d, 'gatehouse.exceptions.json'), '{"exceptions":[]}');
    expect(findExceptionsFile(undefined, d)).toBe(join(d, 'gatehouse.exceptions.json'));
    await writeFile(join(d, 'gatehouse.exceptions.yml'), 'exceptions: []');
    expect(findExceptionsFile(undefined, d)).toBe(join(d, 'gatehouse.exceptions.yml'));
    expect(findExceptionsFile('explicit.yaml', d)).toBe('explicit.yaml');
  });

  const good = { rule: 'guest-stale', justification: 'why', owner: 'who', expires: '2027-01-31' };
  const cases: Array<[string, unknown, RegExp]> = [
    ['missing rule', { exceptions: [{ ...good, rule: undefined }] }, /at \$\.exceptions\[0\]\.rule: is required but missing/],
    [
      'unknown rule (4th entry)',
      { exceptions: [good, good, good, { ...good, rule: 'guest-stael' }] },
      /at \$\.exceptions\[3\]\.rule: unknown rule id "guest-stael"/,
    ],
    ['rule not an id', { exceptions: [{ ...good, rule: 'Guest Stale' }] }, /at \$\.exceptions\[0\]\.rule: must match pattern/],
    [
      'missing justification',
      { exceptions: [{ ...good, justification: undefined }] },
      /at \$\.exceptions\[0\]\.justification: is required but missing/,
    ],
    [
      'blank justification',
      { exceptions: [{ ...good, justification: '   ' }] },
      /at \$\.exceptions\[0\]\.justification: must match pattern/,
    ],
    ['missing owner', { exceptions: [good, { ...good, owner: undefined }] }, /at \$\.exceptions\[1\]\.owner: is required but missing/],
    ['empty owner', { exceptions: [{ ...good, owner: '' }] }, /at \$\.exceptions\[0\]\.owner: must NOT have fewer than 1 characters/],
    ['missing expires', { exceptions: [{ ...good, expires: undefined }] }, /at \$\.exceptions\[0\]\.expires: is required but missing/],
    [
      'impossible date',
      { exceptions: [{ ...good, expires: '2027-02-30' }] },
      /at \$\.exceptions\[0\]\.expires: must match format "date" \(use YYYY-MM-DD\)/,
    ],
    ['not a date', { exceptions: [{ ...good, expires: '31/12/2027' }] }, /at \$\.exceptions\[0\]\.expires: must match format "date"/],
    ['expires a number', { exceptions: [{ ...good, expires: 20270131 }] }, /at \$\.exceptions\[0\]\.expires: must be string/],
    ['resources not a list', { exceptions: [{ ...good, resources: 'abc' }] }, /at \$\.exceptions\[0\]\.resources: must be array/],
    [
      'resources empty',
      { exceptions: [{ ...good, resources: [] }] },
      /at \$\.exceptions\[0\]\.resources: must NOT have fewer than 1 items/,
    ],
    ['resource blank', { exceptions: [{ ...good, resources: ['ok', ' '] }] }, /at \$\.exceptions\[0\]\.resources\[1\]: must match pattern/],
    ['unknown field (typo)', { exceptions: [{ ...good, resource: ['x'] }] }, /at \$\.exceptions\[0\]\.resource: unknown property/],
    ['exceptions not a list', { exceptions: { rule: 'guest-stale' } }, /at \$\.exceptions: must be array/],
    ['no exceptions key', { rules: [] }, /at \$\.rules: unknown property|at \$\.exceptions: is required/],
    ['a bare list', [good], /at \$: must be object/],
  ];

  it.each(cases)('%s → InputError (exit 2) naming the JSON path', async (_name, value, expected) => {
    const p = await write(`bad-${Math.random().toString(36).slice(2)}.json`, JSON.stringify(value));
    const err = await loadExceptions(p, KNOWN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).exitCode).toBe(2);
    expect((err as Error).message).toContain(p);
    expect((err as Error).message).toMatch(expected);
  });

  it('YAML syntax errors, empty files and missing files are input errors too', async () => {
    await expect(loadExceptions(await write('syntax.yaml', 'exceptions:\n  - rule: [unclosed\n'), KNOWN)).rejects.toThrow(
      /at \$: not valid YAML/,
    );
    await expect(loadExceptions(await write('empty.yaml', ''), KNOWN)).rejects.toThrow(/the file is empty/);
    await expect(loadExceptions(join(dir, 'nope.yaml'), KNOWN)).rejects.toThrow(/does not exist/);
  });
});
