import { gzipSync } from 'node:zlib';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { findingId } from '../../src/engine/finding-id.js';
import { summarise } from '../../src/engine/run.js';
import { artifactUri, buildSarif, FINGERPRINT_KEY, MAX_GZIP_BYTES, uriSegment } from '../../src/render/sarif.js';
import { AS_OF, evaluateSnapshot, HOSTILE, hostileResult, multitoolValidateMany, realisticSnapshot, sarifReport } from './support.js';

const parse = (text: string) => JSON.parse(text) as Sarif.Log;

/** Our own pre-upload checks: what GitHub needs that the schema does not enforce. */
function ownChecks(log: Sarif.Log, caps = { perRule: 1000, perRun: 5000 }): void {
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0]!;
  expect(Array.isArray(run.results)).toBe(true);
  expect(run.tool.driver.name).toBe('gatehouse');
  expect(run.automationDetails?.id).toMatch(/^gatehouse\/[0-9a-f-]{36}\/\d{4}-\d{2}-\d{2}$/);
  const rules = run.tool.driver.rules ?? [];
  expect(rules.map((r) => r.id)).toEqual([...rules.map((r) => r.id)].sort());
  for (const r of rules) {
    expect(r.shortDescription?.text.length).toBeGreaterThan(0);
    expect(r.shortDescription!.text.length).toBeLessThanOrEqual(1024);
    expect(r.fullDescription?.text.length).toBeGreaterThan(0);
    expect(r.fullDescription!.text.length).toBeLessThanOrEqual(1024);
    expect(r.help?.text.length).toBeGreaterThan(0);
    expect(r.help?.markdown?.length).toBeGreaterThan(0);
    const tags = r.properties?.tags as string[];
    expect(tags).toContain('security');
    expect(tags.length).toBeLessThanOrEqual(10);
    const sev = r.properties?.['security-severity'] as string | undefined;
    if (sev !== undefined) {
      expect(typeof sev).toBe('string');
      expect(Number(sev)).toBeGreaterThanOrEqual(0.1);
      expect(Number(sev)).toBeLessThanOrEqual(10);
    }
    if (r.helpUri) expect(r.helpUri).toMatch(/^https:\/\//);
  }
  const perRule = new Map<string, number>();
  for (const res of run.results!) {
    const loc = res.locations?.[0];
    const uri = loc?.physicalLocation?.artifactLocation?.uri ?? '';
    expect(res.locations).toHaveLength(1);
    expect(uri.length).toBeGreaterThan(0);
    expect(uri).toMatch(/^entra-tenant\/[0-9a-f-]{36}(\/[A-Za-z0-9\-._~%]+)*$/); // relative, ASCII, no scheme, no ':' or spaces
    expect(uri.split('/')).not.toContain('..');
    expect(loc?.physicalLocation?.region?.startLine).toBe(1);
    expect(loc?.logicalLocations?.[0]?.fullyQualifiedName?.length).toBeGreaterThan(0);
    expect(res.partialFingerprints?.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
    expect(res.partialFingerprints?.[FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{64}$/);
    expect(res.partialFingerprints!.primaryLocationLineHash).toBe(`${res.partialFingerprints![FINGERPRINT_KEY]!.slice(0, 16)}:1`);
    expect(res.message.text?.length).toBeGreaterThan(0);
    expect(res.ruleIndex).toBe(rules.findIndex((r) => r.id === res.ruleId));
    perRule.set(res.ruleId!, (perRule.get(res.ruleId!) ?? 0) + 1);
  }
  for (const n of perRule.values()) expect(n).toBeLessThanOrEqual(caps.perRule);
  expect(run.results!.length).toBeLessThanOrEqual(caps.perRun);
  const keys = run.results!.map((r) =>
    [r.ruleId!, r.locations![0]!.physicalLocation!.artifactLocation!.uri!, r.partialFingerprints![FINGERPRINT_KEY]!].join('\u0000'),
  );
  expect(keys).toEqual([...keys].sort());
  expect(new Set(keys).size).toBe(keys.length);
}

/** A result with `n` failing findings of one rule (guest-stale style), built directly. */
function bulkResult(base: Result, ruleId: string, n: number, severity: Finding['severity'] = 'medium'): Result {
  const findings: Finding[] = Array.from({ length: n }, (_, i) => {
    const id = `7a1c0000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    return {
      id: findingId(ruleId, base.tenant.id, 'user', id),
      ruleId,
      status: 'fail',
      severity,
      resource: { type: 'user', id, displayName: `Guest ${i}`, path: `users/${id}` },
      messageId: 'stale',
      message: `Guest Guest ${i} (guest${i}@example.com) has not signed in for 200 days.`,
    };
  });
  const rules = base.rules.some((r) => r.id === ruleId)
    ? base.rules
    : [...base.rules, { id: ruleId, title: ruleId, severity, category: 'guests', status: 'fail' as const, findingCount: n }];
  return { ...base, rules, findings: [...base.findings, ...findings], summary: summarise(rules, [...base.findings, ...findings]) };
}

describe('SARIF', () => {
  const { snapshot } = realisticSnapshot();
  const result = evaluateSnapshot(snapshot);
  const withBaseline: Result = {
    ...result,
    findings: result.findings.map((f, i) => ({ ...f, baselineState: i % 2 ? 'new' : 'unchanged' })),
  };
  const empty: Result = { ...result, findings: [], summary: summarise(result.rules, []) };
  const hostileCase = hostileResult();
  const hostileText = sarifReport(hostileCase.result, { rules: hostileCase.rules });
  // Every log the Multitool judges, validated in one run of it on first use.
  let validated: ReturnType<typeof validateAll> | undefined;
  const validateAll = () =>
    multitoolValidateMany({
      realistic: sarifReport(result),
      aggregated: sarifReport(bulkResult(result, 'guest-stale', 1500)),
      baseline: sarifReport(withBaseline),
      empty: sarifReport(empty),
      hostile: hostileText,
      // A control: a log GitHub would refuse, so a validation that reports nothing cannot pass unnoticed.
      control: '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"no rule, no location"}}]}]}',
    });
  const validation = () => (validated ??= validateAll());

  it('validates with the SARIF Multitool (Sarif;Ghas): zero errors, zero warnings', () => {
    const text = sarifReport(result);
    expect(parse(text).runs[0]!.results!.length).toBeGreaterThan(0);
    const report = validation().realistic;
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it("the Multitool's findings reach the file they are about (the control log fails)", () => {
    expect(validation().control.errors.length).toBeGreaterThan(0);
    expect(validation().realistic.errors).toEqual([]);
  });

  it('passes our own upload checks', () => {
    ownChecks(parse(sarifReport(result)));
  });

  it('is byte-identical for the same input', () => {
    expect(sarifReport(result)).toBe(sarifReport(JSON.parse(JSON.stringify(result)) as Result));
    const shuffled = { ...result, findings: [...result.findings].reverse(), rules: [...result.rules].reverse() };
    expect(sarifReport(shuffled)).toBe(sarifReport(result));
  });

  it('keeps a finding’s fingerprint and location when its display name or message changes', () => {
    const before = parse(sarifReport(result)).runs[0]!.results!;
    const renamed: Result = {
      ...result,
      tenant: { ...result.tenant, displayName: 'Renamed tenant' },
      findings: result.findings.map((f) => ({
        ...f,
        message: `${f.message} (reworded)`,
        resource: { ...f.resource, displayName: `${f.resource.displayName ?? ''} renamed` },
      })),
    };
    const after = parse(sarifReport(renamed)).runs[0]!.results!;
    const identity = (r: Sarif.Result) =>
      [r.ruleId, r.locations![0]!.physicalLocation!.artifactLocation!.uri, r.partialFingerprints!.primaryLocationLineHash].join(' ');
    expect(after.map(identity)).toEqual(before.map(identity));
    expect(after.map((r) => r.message.text)).not.toEqual(before.map((r) => r.message.text));
    expect(parse(sarifReport(renamed)).runs[0]!.automationDetails!.id).toBe(parse(sarifReport(result)).runs[0]!.automationDetails!.id);
  });

  it('emits only failing, non-informational findings; suppressed and info stay out', () => {
    const withSuppressed: Result = {
      ...result,
      findings: result.findings.map((f, i) =>
        i === 0
          ? { ...f, status: 'suppressed' as const, suppression: { justification: 'accepted', owner: 'x', expires: '2027-01-01' } }
          : f,
      ),
    };
    const log = parse(sarifReport(withSuppressed));
    const ids = new Set(log.runs[0]!.results!.map((r) => r.properties!.findingId as string));
    expect(ids.has(withSuppressed.findings[0]!.id)).toBe(false);
    const expected = withSuppressed.findings.filter((f) => f.status === 'fail' && f.severity !== 'info');
    for (const f of expected) expect(ids.has(f.id)).toBe(true);
    for (const f of withSuppressed.findings.filter((f) => f.severity === 'info')) expect(ids.has(f.id)).toBe(false);
  });

  it('maps severities to numeric security-severity strings and levels', () => {
    const log = parse(sarifReport(result));
    const byId = new Map(log.runs[0]!.tool.driver.rules!.map((r) => [r.id, r]));
    const expected: Record<string, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };
    // The bare rule id carries the rule's own severity.
    for (const r of result.rules) {
      const d = byId.get(r.id)!;
      const own = r.defaultSeverity ?? r.severity;
      if (own === 'info') {
        expect(d.properties!['security-severity']).toBeUndefined();
        expect(d.defaultConfiguration!.level).toBe('note');
      } else expect(d.properties!['security-severity']).toBe(expected[own]);
    }
    // Every alert's rule has the alert's own severity, so GitHub shows each alert at its finding's severity.
    for (const res of log.runs[0]!.results!) {
      const sev = res.properties!.severity as string;
      expect(res.level).toBe(sev === 'critical' || sev === 'high' ? 'error' : sev === 'medium' ? 'warning' : 'note');
      expect(byId.get(res.ruleId!)!.properties!['security-severity']).toBe(expected[sev]);
      expect(res.ruleId).toBe(
        sev === result.rules.find((r) => r.id === res.properties!.gatehouseRule)!.defaultSeverity
          ? res.properties!.gatehouseRule
          : `${res.properties!.gatehouseRule as string}/${sev}`,
      );
    }
  });

  it('gives a graded finding its own rule id (rule/severity), stable across scans', () => {
    const graded = result.findings.find(
      (f) => f.status === 'fail' && f.severity !== 'info' && f.severity !== result.rules.find((r) => r.id === f.ruleId)!.defaultSeverity,
    );
    expect(graded, 'the test tenant has a finding graded below its rule').toBeDefined();
    const log = parse(sarifReport(result));
    const alert = log.runs[0]!.results!.find((r) => r.properties!.findingId === graded!.id)!;
    expect(alert.ruleId).toBe(`${graded!.ruleId}/${graded!.severity}`);
    expect(alert.ruleIndex).toBe(log.runs[0]!.tool.driver.rules!.findIndex((r) => r.id === alert.ruleId));
    expect(alert.partialFingerprints!.primaryLocationLineHash).toBe(`${graded!.id.slice(0, 16)}:1`);
    // Same finding next quarter, other findings gone: same rule id, same fingerprint.
    const alone = { ...result, findings: [graded!] };
    const again = parse(sarifReport(alone)).runs[0]!.results!;
    expect(again.map((r) => [r.ruleId, r.partialFingerprints])).toEqual([[alert.ruleId, alert.partialFingerprints]]);
  });

  it('aggregates a rule over the per-rule cap into one result carrying the count', () => {
    const big = bulkResult(result, 'guest-stale', 1500);
    const log = parse(sarifReport(big));
    ownChecks(log);
    const stale = log.runs[0]!.results!.filter((r) => r.ruleId === 'guest-stale');
    expect(stale).toHaveLength(1);
    const expectedCount = big.findings.filter((f) => f.ruleId === 'guest-stale' && f.status === 'fail' && f.severity !== 'info').length;
    expect(stale[0]!.properties!.findingCount).toBe(expectedCount);
    expect(stale[0]!.properties!.aggregate).toBe(true);
    expect(stale[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(`entra-tenant/${big.tenant.id}/users`);
    expect(stale[0]!.message.text).toContain('report.xlsx');
    expect(stale[0]!.message.text).toContain(String(expectedCount));
    // Stable across scans: the aggregate's fingerprint does not depend on the count.
    const bigger = parse(sarifReport(bulkResult(result, 'guest-stale', 1700))).runs[0]!.results!.find((r) => r.ruleId === 'guest-stale')!;
    expect(bigger.partialFingerprints).toEqual(stale[0]!.partialFingerprints);
    expect(validation().aggregated.errors).toEqual([]);
  });

  it('respects the per-run cap by aggregating the largest rules first', () => {
    let big = bulkResult({ ...result, findings: [] }, 'probe-a', 900);
    big = bulkResult(big, 'probe-b', 800);
    const log = parse(sarifReport(big, { perRunCap: 1000 }));
    ownChecks(log, { perRule: 1000, perRun: 1000 });
    const results = log.runs[0]!.results!;
    expect(results.filter((r) => r.ruleId === 'probe-a')).toHaveLength(1);
    expect(results.filter((r) => r.ruleId === 'probe-b').length).toBe(800);
    expect(log.runs[0]!.properties!.aggregatedRules).toEqual(['probe-a']);
  });

  it('stays under 10 MB gzip-compressed at the caps, and aggregates harder when a limit is smaller', () => {
    const big = bulkResult(result, 'probe-a', 999);
    const text = sarifReport(big);
    const full = gzipSync(text).length;
    expect(full).toBeLessThan(MAX_GZIP_BYTES);
    const limit = Math.floor(full * 0.7);
    const tight = sarifReport(big, { maxGzipBytes: limit });
    expect(gzipSync(tight).length).toBeLessThanOrEqual(limit);
    expect(parse(tight).runs[0]!.results!.some((r) => r.properties!.aggregate === true)).toBe(true);
  });

  it('--sarif-omit-pii keeps UPNs, email addresses and guest names out of messages and logical locations', () => {
    const big = bulkResult(result, 'probe-a', 5);
    const plain = sarifReport(big);
    expect(plain).toMatch(/guest\d@example\.com/);
    const log = parse(sarifReport(big, { omitPii: true }));
    for (const r of log.runs[0]!.results!) {
      const visible = [r.message.text, r.locations![0]!.logicalLocations![0]!.fullyQualifiedName].join(' ');
      expect(visible).not.toMatch(/[^\s@]+@[^\s@]+/);
      if (r.ruleId === 'probe-a') expect(visible).not.toMatch(/Guest \d/);
    }
  });

  it('carries baselineState from scan --baseline', () => {
    const log = parse(sarifReport(withBaseline));
    for (const r of log.runs[0]!.results!) expect(['new', 'unchanged']).toContain(r.baselineState);
    expect(validation().baseline.warnings).toEqual([]);
  });

  it('builds relative, scheme-free URIs from ids only', () => {
    expect(
      artifactUri('0F0E0D0C-1B1A-4C3D-8E9F-A0B1C2D3E4F5', 'policies/crossTenantAccessPolicy/partners/22223333-4444-4555-8666-777788889999'),
    ).toBe(
      'entra-tenant/0f0e0d0c-1b1a-4c3d-8e9f-a0b1c2d3e4f5/policies/crossTenantAccessPolicy/partners/22223333-4444-4555-8666-777788889999',
    );
    expect(uriSegment('tenant.onmicrosoft.com:x y')).toBe('tenant.onmicrosoft.com%3Ax%20y');
    expect(uriSegment('..')).toBe('%2E%2E');
    expect(uriSegment('é/?#')).toBe('%C3%A9%2F%3F%23');
    expect(artifactUri('t', '/a//b/')).toBe('entra-tenant/t/a/b');
  });

  it('an empty result still has a results array and validates', () => {
    const log = parse(sarifReport(empty));
    expect(log.runs[0]!.results).toEqual([]);
    const report = validation().empty;
    expect([...report.errors, ...report.warnings]).toEqual([]);
  });

  describe('hostile strings', () => {
    const log = parse(hostileText);

    it('reach the SARIF as inert JSON text and it still validates', () => {
      expect(log.runs[0]!.results!.length).toBeGreaterThan(40);
      const messages = log.runs[0]!.results!.map((r) => r.message.text).join('\n');
      expect(messages).toContain('<script>window.__pwned=1;alert(1)</script>');
      expect(messages).toContain('=HYPERLINK(');
      expect(messages).toContain('👩‍💻');
      // Bidi overrides and XML non-characters are dropped from what GitHub displays.
      expect(messages).not.toMatch(/[\u202e\ufffe\uffff]/);
      ownChecks(log);
      const report = validation().hostile;
      expect(report.errors).toEqual([]);
      expect(report.warnings).toEqual([]);
    });

    it('never lets a name or URL into a location URI', () => {
      for (const r of log.runs[0]!.results!) {
        const uri = r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
        for (const payload of Object.values(HOSTILE)) expect(uri).not.toContain(payload.slice(0, 12));
      }
    });

    it('caps long names', () => {
      for (const r of log.runs[0]!.results!) {
        expect(r.message.text!.length).toBeLessThanOrEqual(1001);
        expect(r.locations![0]!.logicalLocations![0]!.fullyQualifiedName!.length).toBeLessThan(1000);
      }
    });
  });

  it('uses the result’s asOf date, never the clock, in the run id', () => {
    const log = buildSarif(result, { rules: [], perRuleCap: 1000, perRunCap: 5000 });
    expect(log.runs[0]!.automationDetails!.id).toBe(`gatehouse/${result.tenant.id}/${AS_OF.slice(0, 10)}`);
  });
});
