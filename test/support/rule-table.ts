import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/engine/run.js';
import type { Finding, RuleResult, RuleStatus, Severity } from '../../src/engine/result.types.js';
import type { AnyRule, Rule } from '../../src/engine/rule.js';
import { validateSnapshot } from '../../src/snapshot/load.js';
import type { SectionName, Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from './fixtures.js';

/** The data of a snapshot, typed so that case mutations stay within Graph's shapes. */
export type MutableData = Required<Snapshot['data']>;

export interface ExpectedFinding {
  messageId?: string;
  resourceId?: string;
  resourceType?: string;
  subKey?: string;
  severity?: Severity;
  params?: Record<string, unknown>;
}

export interface RuleCase<O> {
  name: string;
  /** Small typed change applied to a fresh copy of the compliant base snapshot. */
  mutate?: (data: MutableData, snapshot: Snapshot) => void;
  options?: Partial<O>;
  profile?: string;
  asOf?: string;
  expect: {
    status: RuleStatus;
    /** Exact findings, in any order; each entry matches on the fields it names. */
    findings?: ExpectedFinding[];
    findingCount?: number;
    reason?: RegExp;
    /** The technical detail behind the reason (HTTP status, error code, the collector's message). */
    detail?: RegExp;
  };
}

export const DEFAULT_AS_OF = '2026-11-27T00:00:00Z';

export function runRule(
  rule: AnyRule,
  snapshot: Snapshot,
  opts: { options?: object; profile?: string; asOf?: string } = {},
): { rule: RuleResult; findings: Finding[] } {
  const result = evaluate(snapshot, {
    rules: [rule],
    config: opts.options ? { rules: { [rule.meta.id]: { options: opts.options as Record<string, unknown> } } } : {},
    ...(opts.profile ? { profile: opts.profile } : {}),
    asOf: new Date(opts.asOf ?? DEFAULT_AS_OF),
    now: new Date(DEFAULT_AS_OF),
    snapshotSha256: '0'.repeat(64),
  });
  return { rule: result.rules[0]!, findings: result.findings };
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  return (
    (e.messageId === undefined || f.messageId === e.messageId) &&
    (e.resourceId === undefined || f.resource.id === e.resourceId) &&
    (e.resourceType === undefined || f.resource.type === e.resourceType) &&
    (e.subKey === undefined || f.subKey === e.subKey) &&
    (e.severity === undefined || f.severity === e.severity) &&
    (e.params === undefined || Object.entries(e.params).every(([k, v]) => f.params?.[k] === v))
  );
}

/**
 * One table per rule: every case starts from the compliant base, applies one small change and
 * states the status and findings. The harness also checks the table itself: it must hold at least one pass and
 * one fail case, every mutated snapshot must still satisfy the schema, and each required section gets a
 * generated "section not collected → not-assessed" case.
 */
export interface RuleTableOptions {
  /**
   * The profile every case runs under unless it names its own, and under which the compliant base must pass: for a
   * rule that judges only in a stricter profile (its baseline value records without judging).
   */
  profile?: string;
}

export function ruleTable<R extends SectionName, O>(rule: Rule<R, O>, cases: RuleCase<O>[], table: RuleTableOptions = {}): void {
  const anyRule = rule as unknown as AnyRule;
  const tableProfile = table.profile ? { profile: table.profile } : {};
  describe(`rule ${rule.meta.id}`, () => {
    it('table has at least one pass and one fail case', () => {
      expect(cases.some((c) => c.expect.status === 'pass')).toBe(true);
      expect(cases.some((c) => c.expect.status === 'fail')).toBe(true);
    });

    it('compliant base snapshot passes', () => {
      expect(runRule(anyRule, baseSnapshot(), tableProfile).rule.status).toBe('pass');
    });

    for (const c of cases) {
      it(c.name, () => {
        const snapshot = baseSnapshot();
        c.mutate?.(snapshot.data as MutableData, snapshot);
        // A case that builds an impossible snapshot proves nothing: validate it like the loader would.
        validateSnapshot(JSON.parse(JSON.stringify(snapshot)), `case "${c.name}"`);
        const { rule: result, findings } = runRule(anyRule, snapshot, {
          ...tableProfile,
          ...(c.options ? { options: c.options } : {}),
          ...(c.profile ? { profile: c.profile } : {}),
          ...(c.asOf ? { asOf: c.asOf } : {}),
        });
        expect(result.status, result.reason).toBe(c.expect.status);
        if (c.expect.reason) expect(result.reason ?? '').toMatch(c.expect.reason);
        if (c.expect.detail) expect(result.detail ?? '').toMatch(c.expect.detail);
        if (c.expect.findingCount !== undefined) expect(findings).toHaveLength(c.expect.findingCount);
        if (c.expect.findings) {
          expect(findings).toHaveLength(c.expect.findings.length);
          for (const e of c.expect.findings) {
            expect(
              findings.some((f) => matches(f, e)),
              `no finding matches ${JSON.stringify(e)} in ${JSON.stringify(findings.map((f) => ({ messageId: f.messageId, id: f.resource.id, subKey: f.subKey, severity: f.severity })))}`,
            ).toBe(true);
          }
        }
        if (c.expect.status !== 'fail') expect(findings).toHaveLength(0);
        expect(result.findingCount).toBe(findings.length);
      });
    }

    for (const section of rule.meta.requires) {
      for (const status of ['forbidden', 'not-licensed', 'error'] as const) {
        it(`required section ${section} ${status} → not-assessed naming the fix`, () => {
          const snapshot = baseSnapshot();
          (snapshot.sections as Record<string, unknown>)[section] = {
            status,
            httpStatus: status === 'error' ? 503 : 403,
            errorCode: status === 'not-licensed' ? 'Authentication_RequestFromNonPremiumTenantOrB2CTenant' : 'Authorization_RequestDenied',
          };
          delete (snapshot.data as Record<string, unknown>)[section];
          validateSnapshot(JSON.parse(JSON.stringify(snapshot)));
          const { rule: result, findings } = runRule(anyRule, snapshot, tableProfile);
          expect(result.status).toBe('not-assessed');
          expect(findings).toHaveLength(0);
          expect(result.fix?.sections).toContain(section);
          if (status === 'forbidden') expect(result.reason).toMatch(/lacks the .* permission/);
        });
      }
    }
  });
}
