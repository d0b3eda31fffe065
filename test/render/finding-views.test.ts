import { describe, expect, it } from 'vitest';
import { inMadeOrder, rememberMadeOrder } from '../../src/engine/made-order.js';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { severityRank } from '../../src/engine/severity.js';
import { compareFindings, compareWorstFirst, mostPressing, openFindingsByRule, sortFindings } from '../../src/render/model.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderSarif } from '../../src/render/sarif.js';
import { cmp } from '../../src/util/compare.js';
import { smallest } from '../../src/util/smallest.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { evaluateSnapshot, htmlReport, realisticSnapshot, sarifReport } from './support.js';

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
        resource: {
          type: 'user',
          id: `u${rand(9)}`,
          ...(rand(4) ? { displayName: ['Ann', 'ann', 'Bob', '', 'Émile', 'émile', 'zed', '[x'][rand(8)] } : {}),
        },
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

  it("evaluation remembers each rule's findings in the order it made them, rule by rule in the result's rule order", () => {
    const { snapshot } = realisticSnapshot();
    const result = evaluateSnapshot(snapshot);
    const made = inMadeOrder(result.findings);
    expect(made).not.toBe(result.findings);
    expect(made.map((f) => f.ruleId)).toEqual(result.findings.map((f) => f.ruleId));
    expect(new Set(made)).toEqual(new Set(result.findings));
    // The guests were visited in snapshot order, not id order: the two orders differ somewhere.
    expect(made.some((f, i) => f !== result.findings[i])).toBe(true);
    // Any other array (a loaded result, or one exceptions or a baseline made) is its own made order.
    const copy = result.findings.slice();
    expect(inMadeOrder(copy)).toBe(copy);
  });

  it('the reports read the same whatever the order within each rule the made order has', () => {
    const { snapshot } = realisticSnapshot();
    const evaluated = evaluateSnapshot(snapshot);
    // Two arrays of the same findings in id order: one with no made order, one whose made order reverses every rule.
    const plain: Result = { ...evaluated, findings: evaluated.findings.slice() };
    const reversed: Result = { ...evaluated, findings: evaluated.findings.slice() };
    const runs: Finding[][] = [];
    for (const f of reversed.findings) {
      const run = runs.at(-1);
      if (run && run[0]!.ruleId === f.ruleId) run.push(f);
      else runs.push([f]);
    }
    rememberMadeOrder(
      reversed.findings,
      runs.flatMap((run) => run.reverse()),
    );
    expect(inMadeOrder(reversed.findings).some((f, i) => f !== reversed.findings[i])).toBe(true);
    for (const perRuleCap of [1, 3, 1000]) expect(sarifReport(reversed, { perRuleCap })).toBe(sarifReport(plain, { perRuleCap }));
    expect(renderMarkdown(reversed, { maxFindings: 7 })).toBe(renderMarkdown(plain, { maxFindings: 7 }));
    expect(htmlReport(reversed, snapshot, { rowsPerRule: 2 })).toBe(htmlReport(plain, snapshot, { rowsPerRule: 2 }));
    expect([...openFindingsByRule(reversed.findings)]).toEqual([...openFindingsByRule(plain.findings)]);
  });

  it("SARIF's aggregate with no common parent is located by its first finding in id order, in any made order", () => {
    const demo = evaluateSnapshot(fixtureSnapshot('demo'));
    const findings: Finding[] = ['t-a', 't-b', 't-c'].map((type, i) => ({
      id: `0${i}`,
      ruleId: 'probe-paths',
      status: 'fail',
      severity: 'medium',
      resource: { type, id: `t${i}`, path: `${type}/t${i}` },
      messageId: 'm',
      message: `Finding ${i}.`,
    }));
    rememberMadeOrder(findings, findings.slice().reverse());
    const log = JSON.parse(renderSarif({ ...demo, findings }, { rules: [], perRuleCap: 2 })) as {
      runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const r = log.runs[0]!.results.find((x) => x.ruleId === 'probe-paths')!;
    expect(r.locations[0]!.physicalLocation.artifactLocation.uri.split('/').slice(2).join('/')).toBe('t-a');
  });
});
