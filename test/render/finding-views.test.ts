import { describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { severityRank } from '../../src/engine/severity.js';
import { compareFindings, compareWorstFirst, mostPressing, openFindingsByRule, sortFindings } from '../../src/render/model.js';
import { renderSarif } from '../../src/render/sarif.js';
import { cmp } from '../../src/util/compare.js';
import { smallest } from '../../src/util/smallest.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { evaluateSnapshot } from './support.js';

// The views every report reads from the findings (their order, each check's counts and most pressing finding) are
// worked out without sorting or re-reading a million findings; each must equal the plain computation it replaces.

/** A deterministic mix: runs of one rule in and out of id order, a rule met again later, severities a rule grades
 * differently, one this build does not know, suppressed findings, ties in urgency and name, missing names. */
function mixedFindings(): Finding[] {
  let seed = 7;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const out: Finding[] = [];
  const rules = ['rule-b', 'rule-a', 'rule-c', 'rule-b'];
  const severities = ['medium', 'medium', 'high', 'low', 'critical-ish', 'info'] as const;
  let n = 0;
  for (const [r, ruleId] of rules.entries()) {
    const ids = Array.from({ length: 60 }, () => `${rand(40).toString(16).padStart(2, '0')}${n++}`);
    if (r !== 1) ids.sort(cmp);
    for (const id of ids) {
      const pick = rand(6);
      const evidence =
        pick === 0
          ? { daysInactive: rand(4) }
          : pick === 1
            ? { pendingSince: `2026-0${1 + rand(3)}-01T00:00:00Z` }
            : pick === 2
              ? { notAfter: 'not a date' }
              : undefined;
      out.push({
        id,
        ruleId,
        status: rand(5) === 0 ? 'suppressed' : 'fail',
        severity: severities[rand(severities.length)] as Finding['severity'],
        resource: { type: 'user', id: `u${rand(9)}`, ...(rand(4) ? { displayName: ['Ann', 'ann', 'Bob', ''][rand(4)] } : {}) },
        messageId: 'm',
        message: 'm',
        ...(evidence ? { evidence } : {}),
      });
    }
  }
  return out;
}

describe('finding views', () => {
  const findings = mixedFindings();

  it('sortFindings is the stable full sort by severity, rule and id', () => {
    const plain = [...findings].sort(compareFindings);
    expect(sortFindings(findings)).toEqual(plain);
    // Reference equality, item by item: equal ids keep their input order.
    expect(sortFindings(findings).every((f, i) => f === plain[i])).toBe(true);
    expect(sortFindings([])).toEqual([]);
  });

  it('mostPressing is the k smallest under compareWorstFirst, ties in input order', () => {
    for (const k of [0, 1, 3, 25, 500]) {
      const expected = smallest(findings, k, compareWorstFirst);
      const got = mostPressing(findings, k);
      expect(got.length).toBe(expected.length);
      expect(got.every((f, i) => f === expected[i])).toBe(true);
    }
  });

  it('openFindingsByRule counts open findings by severity and picks the most pressing, once per findings array', () => {
    const views = openFindingsByRule(findings);
    const open = findings.filter((f) => f.status !== 'suppressed');
    expect([...views.keys()]).toEqual([...new Set(open.map((f) => f.ruleId))]);
    for (const [ruleId, view] of views) {
      const mine = open.filter((f) => f.ruleId === ruleId);
      const counts: Record<string, number> = {};
      for (const f of mine) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      expect(view.counts).toEqual(counts);
      expect(view.count).toBe(mine.length);
      expect(view.first).toBe(smallest(mine, 1, compareWorstFirst)[0]);
      expect(severityRank(view.first.severity)).toBe(Math.min(...mine.map((f) => severityRank(f.severity))));
    }
    expect(openFindingsByRule(findings)).toBe(views);
    // A new array (exceptions and baselines make one) is read afresh.
    const fewer = findings.slice(1);
    expect(openFindingsByRule(fewer)).not.toBe(views);
  });

  it("SARIF's aggregate location is the findings' common parent, however their paths are written", () => {
    const demo = evaluateSnapshot(fixtureSnapshot('demo'));
    const aggregate = (paths: string[]) => {
      const result: Result = {
        ...demo,
        findings: paths.map((path, i) => ({
          id: `${String(i).padStart(8, '0')}`,
          ruleId: 'probe-paths',
          status: 'fail',
          severity: 'medium',
          resource: { type: 'thing', id: `t${i}`, path },
          messageId: 'm',
          message: `Finding ${i}.`,
        })),
      };
      const log = JSON.parse(renderSarif(result, { rules: [], perRuleCap: 2 })) as {
        runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
      };
      const r = log.runs[0]!.results.find((x) => x.ruleId === 'probe-paths')!;
      return r.locations[0]!.physicalLocation.artifactLocation.uri.split('/').slice(2).join('/');
    };
    expect(aggregate(['users/a', 'users/b', 'users//c', '/users/d'])).toBe('users');
    expect(aggregate(['a/b/c', 'a/b/d', 'a/b/', 'a/b/e'])).toBe('a');
    expect(aggregate(['a/b/c', 'a/b/d', 'a/x/y'])).toBe('a');
    expect(aggregate(['a/b/c', 'a/b/d', 'a/b///'])).toBe('a');
    expect(aggregate(['a/b', 'c/d', 'a/e'])).toBe('thing');
    expect(aggregate(['x', 'a/b', 'a/c'])).toBe('thing');
  });
});
