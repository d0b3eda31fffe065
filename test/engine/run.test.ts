import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { findingId } from '../../src/engine/finding-id.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { evaluate, evaluateStream } from '../../src/engine/run.js';
import { plainFinding } from '../../src/engine/evaluated-finding.js';
import { rankFailingChecks } from '../../src/render/priorities.js';
import { RULES } from '../../rules/index.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { scanExitCode } from '../../src/engine/exit.js';
import { validateConfig } from '../../src/engine/config.js';
import { baseSnapshot } from '../support/fixtures.js';

const resource = { type: 'tenantSetting', id: 'x', displayName: 'Setting X' };

const failing = defineRule({
  meta: {
    id: 'test-failing',
    title: 'always fails',
    severity: 'medium',
    category: 'invitations',
    requires: ['authorizationPolicy'],
    rationale: 'r',
    remediation: { summary: 's' },
    references: [],
    messages: { bad: 'Bad {displayName} ({what})' },
  },
  evaluate(_data, ctx) {
    ctx.fail('bad', { resource, params: { what: 'thing' } });
    ctx.fail('bad', { resource, subKey: 'second', severity: 'high', params: { what: 'other' } });
  },
});
const throwing = defineRule({
  meta: {
    id: 'test-throwing',
    title: 'throws',
    severity: 'low',
    category: 'guests',
    requires: [],
    rationale: 'r',
    remediation: { summary: 's' },
    references: [],
    messages: {},
  },
  evaluate() {
    throw new Error('boom');
  },
});
const withOptions = defineRule<'guests', { days: number; mode: string }>({
  meta: {
    id: 'test-options',
    title: 'options',
    severity: 'low',
    category: 'guests',
    requires: ['guests'],
    rationale: 'r',
    remediation: { summary: 's' },
    references: [],
    options: {
      schema: {
        properties: { days: { type: 'integer', minimum: 1, default: 90 }, mode: { type: 'string', enum: ['a', 'b'], default: 'a' } },
      },
      defaults: { days: 90, mode: 'a' },
      docs: {},
    },
    messages: { seen: 'days={days} mode={mode}' },
  },
  evaluate(_d, ctx) {
    ctx.fail('seen', { resource, params: { days: ctx.options.days, mode: ctx.options.mode } });
  },
});
const partial = defineRule({
  meta: {
    id: 'test-partial',
    title: 'partial',
    severity: 'low',
    category: 'connectors-and-federation',
    requires: [],
    optional: ['apiConnectors'],
    rationale: 'r',
    remediation: { summary: 's' },
    references: [],
    messages: {},
  },
  evaluate(_d, ctx) {
    if (!ctx.section('apiConnectors')) ctx.incomplete('API connectors were not read', ['apiConnectors']);
  },
});
const na = defineRule({
  meta: {
    id: 'test-na',
    title: 'na',
    severity: 'info',
    category: 'guests',
    requires: [],
    rationale: 'r',
    remediation: { summary: 's' },
    references: [],
    messages: {},
  },
  evaluate(_d, ctx) {
    ctx.notApplicable('nothing to judge');
  },
});

const run = (rules: AnyRule[], extra: Partial<Parameters<typeof evaluate>[1]> = {}, snapshot = baseSnapshot()) =>
  evaluate(snapshot, { rules, snapshotSha256: 'a'.repeat(64), now: new Date('2026-11-27T00:00:00Z'), ...extra });

describe('evaluate', () => {
  it('a throwing rule is error and the others still run', () => {
    const r = run([throwing as AnyRule, failing as AnyRule]);
    expect(r.rules.map((x) => [x.id, x.status])).toEqual([
      ['test-throwing', 'error'],
      ['test-failing', 'fail'],
    ]);
    expect(r.rules[0]!.reason).toMatch(/internal error/);
    expect(r.rules[0]!.detail).toMatch(/boom/);
    expect(r.findings).toHaveLength(2);
    expect(r.summary.rulesByStatus).toMatchObject({ error: 1, fail: 1 });
  });

  it('findings carry stable ids, messages filled from params and per-finding severity', () => {
    const r = run([failing as AnyRule]);
    const tenant = r.tenant.id;
    expect(r.findings.map((f) => f.id).sort()).toEqual(
      [findingId('test-failing', tenant, 'tenantSetting', 'x'), findingId('test-failing', tenant, 'tenantSetting', 'x', 'second')].sort(),
    );
    const first = r.findings.find((f) => !f.subKey)!;
    expect(first.message).toBe('Bad Setting X (thing)');
    expect(first.severity).toBe('medium');
    expect(r.findings.find((f) => f.subKey === 'second')!.severity).toBe('high');
    expect(r.summary.findingsBySeverity).toMatchObject({ medium: 1, high: 1 });
  });

  it("a rule's findings are in the order of their ids as text; findings with one id keep the order they were found in", () => {
    const many = defineRule({
      meta: { ...failing.meta, id: 'test-many', messages: { bad: 'Bad {displayName} ({n})' } },
      evaluate(_data, ctx) {
        // Enough findings that ids share leading digits, and one object failed twice under the same id.
        for (let n = 0; n < 3000; n++) ctx.fail('bad', { resource: { type: 'user', id: `u${n % 2999}` }, params: { n } });
      },
    });
    const r = run([many as AnyRule]);
    const ids = r.findings.map((f) => f.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(r.findings.filter((f) => f.resource.id === 'u0').map((f) => f.params!.n)).toEqual([0, 2999]);
  });

  it('findings on one object share one resource, written as before', () => {
    const twice = defineRule({
      meta: { ...failing.meta, id: 'test-twice' },
      evaluate(_data, ctx) {
        ctx.fail('bad', { resource: { ...resource, path: 'p/x' }, params: { what: 'a' } });
        ctx.fail('bad', { resource: { ...resource, path: 'p/x' }, subKey: 'k', params: { what: 'b' } });
        ctx.fail('bad', { resource: { type: 'user', id: 'x', displayName: null }, params: { what: 'c' } });
      },
    });
    const r = run([twice as AnyRule]);
    const [a, b] = r.findings.filter((f) => f.resource.type === 'tenantSetting');
    expect(a!.resource).toBe(b!.resource);
    expect(JSON.stringify(a!.resource)).toBe('{"type":"tenantSetting","id":"x","displayName":"Setting X","path":"p/x"}');
    expect(JSON.stringify(r.findings.find((f) => f.resource.type === 'user')!.resource)).toBe('{"type":"user","id":"x"}');
  });

  it('a message made when read is the text made at fail time; result.json has it in its place, copies keep it', () => {
    const named = defineRule({
      meta: { ...failing.meta, id: 'test-named', messages: { bad: 'Bad {displayName} ({what}) {days:day}' } },
      evaluate(_data, ctx) {
        ctx.fail('bad', { resource, params: { what: 'a', days: 1 }, evidence: { e: 1 } });
        // An empty name stays empty in the text, though the resource drops it.
        ctx.fail('bad', { resource: { type: 'user', id: 'u1', displayName: '' }, params: { what: 'b', days: 2 } });
        // A name the params give without a value shows the placeholder, as a missing param does.
        ctx.fail('bad', { resource: { type: 'user', id: 'u2' }, params: { displayName: undefined, what: 'c' } });
        ctx.fail('bad', { resource: { type: 'user', id: 'u3' }, subKey: 'k', weight: 7, params: { what: 'd', days: null } });
      },
    });
    const r = run([named as AnyRule]);
    const by = (id: string) => r.findings.find((f) => f.resource.id === id)!;
    expect(by('x').message).toBe('Bad Setting X (a) 1 day');
    expect(by('u1').message).toBe('Bad  (b) 2 days');
    expect(by('u2').message).toBe('Bad {displayName} (c) {days:day}');
    expect(by('u3').message).toBe('Bad u3 (d) {days:day}');
    expect(Object.keys(JSON.parse(JSON.stringify(by('x'))) as object)).toEqual([
      'id',
      'ruleId',
      'status',
      'severity',
      'resource',
      'messageId',
      'message',
      'params',
      'evidence',
    ]);
    expect(Object.keys(JSON.parse(JSON.stringify(by('u3'))) as object)).toEqual([
      'id',
      'ruleId',
      'status',
      'severity',
      'weight',
      'resource',
      'subKey',
      'messageId',
      'message',
      'params',
    ]);
    // Exceptions and a baseline copy findings: the copies carry the message as a field.
    expect({ ...plainFinding(by('x')) }.message).toBe('Bad Setting X (a) 1 day');
    const first = rankFailingChecks(r)[0]!.first;
    expect(structuredClone(first).message).toBe(r.findings.find((f) => f.id === first.id)!.message);
    // A finding marked after evaluation keeps the mark in result.json, after the keys it had.
    const marked = by('u3');
    marked.baselineState = 'new';
    expect(Object.keys(JSON.parse(JSON.stringify(marked)) as object).slice(-2)).toEqual(['params', 'baselineState']);
  });

  it('finding ids ignore names, messages and case of GUIDs', () => {
    expect(findingId('r', 'AAAA', 'user', 'BBBB')).toBe(findingId('r', 'aaaa', 'user', 'bbbb'));
    expect(findingId('r', 't', 'user', 'b', 'k')).not.toBe(findingId('r', 't', 'user', 'b'));
  });

  it('gates on required sections: not-assessed with the reason and the fix, never pass or fail', () => {
    const s = baseSnapshot();
    s.sections.authorizationPolicy = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    delete s.data.authorizationPolicy;
    const r = run([failing as AnyRule], {}, s);
    expect(r.rules[0]).toMatchObject({
      status: 'not-assessed',
      findingCount: 0,
      fix: { sections: ['authorizationPolicy'], permissions: ['Policy.Read.All'] },
    });
    expect(r.rules[0]!.reason).toBe(
      'Not assessed: gatehouse was not allowed to read the authorization policy (external collaboration settings): the app registration it ran with lacks the Policy.Read.All permission.',
    );
    expect(r.rules[0]!.detail).toMatch(/HTTP 403 Authorization_RequestDenied/);
    expect(r.findings).toHaveLength(0);
  });

  it('a section missing from the snapshot is not collected', () => {
    const s = baseSnapshot();
    delete s.sections.authorizationPolicy;
    delete s.data.authorizationPolicy;
    const r = run([failing as AnyRule], {}, s);
    expect(r.rules[0]!.status).toBe('not-assessed');
    expect(r.rules[0]!.reason).toMatch(/was not collected into this snapshot/);
    expect(r.sections.authorizationPolicy).toEqual({ status: 'not-collected' });
  });

  it('licence gaps name the licence', () => {
    const s = baseSnapshot();
    s.sections.guests = {
      status: 'not-licensed',
      httpStatus: 403,
      errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      requiredLicence: 'Microsoft Entra ID P1 or P2',
    };
    delete s.data.guests;
    const r = run([withOptions as AnyRule], {}, s);
    expect(r.rules[0]!.reason).toMatch(/needs Microsoft Entra ID P1 or P2 this tenant does not have/);
    expect(r.rules[0]!.fix?.licence).toBe('Microsoft Entra ID P1 or P2');
  });

  it('partial evidence without a failure is not-assessed, naming the section', () => {
    const s = baseSnapshot();
    s.sections.apiConnectors = { status: 'skipped', message: 'use --include-api-connectors' };
    delete s.data.apiConnectors;
    const r = run([partial as AnyRule], {}, s);
    expect(r.rules[0]!.status).toBe('not-assessed');
    expect(r.rules[0]!.reason).toMatch(/API connectors were not read.*only when the operator asks for it/);
    expect(r.rules[0]!.detail).toMatch(/--include-api-connectors/);
    expect(run([partial as AnyRule]).rules[0]!.status).toBe('pass');
  });

  it('not-applicable carries its reason', () => {
    expect(run([na as AnyRule]).rules[0]).toMatchObject({ status: 'not-applicable', reason: 'Nothing to judge.' });
  });

  it('rule options: defaults, profile and config layers, validation', () => {
    expect(run([withOptions as AnyRule]).findings[0]!.message).toBe('days=90 mode=a');
    const configured = run([withOptions as AnyRule], { config: { rules: { 'test-options': { options: { days: 7 } } } } });
    expect(configured.findings[0]!.message).toBe('days=7 mode=a');
    expect(configured.rules[0]!.options).toEqual({ days: 7, mode: 'a' });
    expect(() =>
      run([withOptions as AnyRule], { config: { rules: { 'test-options': { options: { days: 0 } } } }, configSource: 'g.json' }),
    ).toThrow(new InputError('invalid config g.json at $.rules["test-options"].options.days: must be >= 1'));
    expect(() =>
      run([withOptions as AnyRule], { config: { rules: { 'test-options': { options: { nope: 1 } } } }, configSource: 'g.json' }),
    ).toThrow(/options\.nope: unknown property/);
  });

  it('config: unknown rule ids, disabled rules and severity overrides', () => {
    expect(() => run([failing as AnyRule], { config: { rules: { 'no-such-rule': {} } }, configSource: 'g.json' })).toThrow(
      /at \$\.rules\["no-such-rule"\]: unknown rule id/,
    );
    expect(
      run([failing as AnyRule, na as AnyRule], { config: { rules: { 'test-failing': { enabled: false } } } }).rules.map((r) => r.id),
    ).toEqual(['test-na']);
    const r = run([failing as AnyRule], { config: { rules: { 'test-failing': { severity: 'low' } } } });
    expect(r.rules[0]!.severity).toBe('low');
    expect(r.findings.every((f) => f.severity === 'low')).toBe(true);
  });

  it('unknown profile is an input error', () => {
    expect(() => run([na as AnyRule], { profile: 'lenient' })).toThrow(/unknown profile "lenient"/);
  });

  it('records asOf separately from scannedAt', () => {
    const r = run([na as AnyRule], { asOf: new Date('2025-01-01T00:00:00Z') });
    expect(r.asOf).toBe('2025-01-01T00:00:00.000Z');
    expect(r.scannedAt).toBe('2026-11-27T00:00:00.000Z');
  });
});

describe('config schema', () => {
  it('rejects unknown keys with the path', () => {
    expect(() => validateConfig({ rules: { x: { enable: true } } }, 'c.json')).toThrow(
      'invalid config c.json at $.rules.x.enable: unknown property',
    );
    expect(() => validateConfig({ profile: 3 }, 'c.json')).toThrow('invalid config c.json at $.profile: must be string');
  });
});

describe('scanExitCode', () => {
  const r = run(
    [failing as AnyRule, partial as AnyRule],
    {},
    (() => {
      const s = baseSnapshot();
      delete s.sections.apiConnectors;
      delete s.data.apiConnectors;
      return s;
    })(),
  );
  it.each([
    ['none', false, 0],
    ['critical', false, 0],
    ['high', false, 1],
    ['medium', false, 1],
    ['low', false, 1],
    ['info', false, 1],
    ['none', true, 4],
    ['critical', true, 4],
    ['high', true, 1],
  ] as const)('--fail-on %s strict=%s → %i', (failOn, strict, code) => {
    expect(scanExitCode(r, { failOn, strict })).toBe(code);
  });
  it('suppressed findings do not count', () => {
    const copy = structuredClone(r);
    copy.findings.forEach((f) => {
      f.status = 'suppressed';
    });
    expect(scanExitCode(copy, { failOn: 'info' })).toBe(0);
  });
});

describe('guest passes', () => {
  let visits = 0;
  const counting = defineRule({
    meta: {
      id: 'test-counting',
      title: 'counts guests',
      severity: 'low',
      category: 'guests',
      requires: ['guests'],
      rationale: 'r',
      remediation: { summary: 's' },
      references: [],
      messages: { n: '{n} of {count}' },
    },
    evaluate({ guests }, ctx) {
      let n = 0;
      return {
        guest: () => {
          n++;
          visits++;
        },
        end: () => ctx.fail('n', { resource, params: { n, count: guests.count } }),
      };
    },
  });
  const brokenPass = defineRule({
    meta: {
      id: 'test-broken-pass',
      title: 'pass throws',
      severity: 'low',
      category: 'guests',
      requires: ['guests'],
      rationale: 'r',
      remediation: { summary: 's' },
      references: [],
      messages: {},
    },
    evaluate() {
      return {
        guest: () => {
          throw new Error('bad guest');
        },
      };
    },
  });

  it('every pass sees every guest once; a throwing pass is error and the others go on', () => {
    visits = 0;
    const r = run([brokenPass as AnyRule, counting as AnyRule]);
    expect(r.rules.map((x) => x.status)).toEqual(['error', 'fail']);
    expect(r.rules[0]!.detail).toMatch(/bad guest/);
    expect(r.findings[0]!.message).toBe('3 of 3');
    expect(visits).toBe(3);
  });

  it('a join meets exactly the guests it names, in any case, however their ids begin', () => {
    const joining = (wanted: string[]) =>
      defineRule({
        meta: {
          id: 'test-join',
          title: 'join',
          severity: 'low',
          category: 'guests',
          requires: ['guests'],
          rationale: 'r',
          remediation: { summary: 's' },
          references: [],
          messages: { met: 'met {displayName}' },
        },
        evaluate(_data, ctx) {
          return {
            among: new Set(wanted),
            guest: (g) => ctx.fail('met', { resource: { type: 'user', id: g.id, displayName: g.displayName ?? null } }),
          };
        },
      }) as AnyRule;
    const base = baseSnapshot();
    const guests = [
      { id: 'ABCDEF01-0000-4000-8000-000000000001', displayName: 'upper case of a wanted id' },
      { id: 'abcdef01-0000-4000-8000-000000000002', displayName: 'same leading digits, not wanted' },
      { id: 'abcdef02-0000-4000-8000-000000000001', displayName: 'not wanted' },
      { id: 'not-a-guid', displayName: 'wanted, not hex' },
      { id: 'short', displayName: 'short id' },
    ];
    const snapshot = { ...base, data: { ...base.data, guests } };
    const met = (wanted: string[]) =>
      run([joining(wanted)], {}, snapshot)
        .findings.map((f) => f.resource.displayName)
        .sort();
    expect(met(['abcdef01-0000-4000-8000-000000000001'])).toEqual(['upper case of a wanted id']);
    expect(met(['abcdef01-0000-4000-8000-000000000001', 'not-a-guid'])).toEqual(['upper case of a wanted id', 'wanted, not hex']);
    expect(met(['abcdef02-0000-4000-8000-000000000001', 'short'])).toEqual(['not wanted', 'short id']);
  });

  it('streaming the guests gives the same result as the inline array (demo tenant, every rule)', async () => {
    const snapshot = fixtureSnapshot('every-check');
    const opts = { rules: RULES, snapshotSha256: 'b'.repeat(64), now: new Date('2026-11-27T00:00:00Z') };
    const inline = evaluate(snapshot, opts);
    const guests = snapshot.data.guests!;
    async function* stream() {
      for (const g of guests) yield g;
    }
    const streamed = await evaluateStream({ ...snapshot, data: { ...snapshot.data, guests: undefined } }, opts, {
      count: guests.length,
      read: stream,
    });
    expect(streamed).toEqual(inline);
    expect(inline.summary.rulesByStatus.fail).toBeGreaterThan(30);
  });
});
