/**
 * Which failing checks matter most, in one order every report shares: the executive summary's actions in the HTML,
 * summary.md and report.xlsx all read from here, so the three actions a client reads are the same everywhere.
 */
import { plainFinding } from '../engine/evaluated-finding.js';
import type { Finding, Result, RuleResult, Severity } from '../engine/result.types.js';
import { severityRank } from '../engine/severity.js';
import { cmp, firstSentence, openFindingsByRule, severityBreakdown, type RuleDoc } from './model.js';

/** How many actions the executive summary states. */
export const TOP_ACTIONS = 3;

export interface PriorityCheck {
  rule: RuleResult;
  /** Severity of the check's worst open finding. */
  worst: Severity;
  /** Open (unsuppressed) findings. */
  count: number;
  /** "1 high, 2 medium" when the findings differ in severity, else empty. */
  breakdown: string;
  /** The most pressing open finding (worst severity, then urgency, then name). */
  first: Finding;
}

/**
 * Failing checks with open findings, most important first: the worst open finding's severity, then how many objects
 * are affected, then the check id (so ties always fall the same way). The findings are read once per result, however
 * many reports rank them: there may be a million.
 */
export function rankFailingChecks(result: Result): PriorityCheck[] {
  const open = openFindingsByRule(result.findings);
  const out: PriorityCheck[] = [];
  for (const rule of result.rules) {
    const p = open.get(rule.id);
    if (rule.status !== 'fail' || !p) continue;
    // A plain copy of the finding (message included): the ranking is posted to report.xlsx's worker as it is.
    out.push({ rule, worst: p.first.severity, count: p.count, first: plainFinding(p.first), breakdown: severityBreakdown(p.counts) });
  }
  return out.sort((a, b) => severityRank(a.worst) - severityRank(b.worst) || b.count - a.count || cmp(a.rule.id, b.rule.id));
}

export interface TopAction {
  ruleId: string;
  severity: Severity;
  title: string;
  /** What to do, one imperative sentence. */
  action: string;
  /** What gatehouse found: the finding's own words for one object, else how many objects and the most pressing one. */
  today: string;
  /** Why it matters: the first sentence of the rule's rationale. */
  why: string;
  count: number;
}

const countText = (n: number) => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? 'affected object' : 'affected objects'}`;

/** The executive summary's actions: the first `n` of the ranking, in plain words. Plain text; each renderer escapes. */
export function topActions(ranked: readonly PriorityCheck[], docs: ReadonlyMap<string, RuleDoc>, n = TOP_ACTIONS): TopAction[] {
  return ranked.slice(0, n).map(({ rule, worst, count, breakdown, first }) => {
    const doc = docs.get(rule.id);
    // A rule this build does not know (an older result.json) still gets an action: its own remediation, or its title.
    const action = doc?.action ?? (doc ? firstSentence(doc.remediation.summary) : `Address: ${rule.title}.`);
    return {
      ruleId: rule.id,
      severity: worst,
      title: rule.title,
      action,
      today: count === 1 ? first.message : `${countText(count)}${breakdown ? ` (${breakdown})` : ''}; the most pressing: ${first.message}`,
      why: doc ? firstSentence(doc.rationale) : '',
      count,
    };
  });
}

/** The sentence before (or instead of) the actions: says plainly when fewer than the usual number exist. */
export function actionsIntro(failing: number, n = TOP_ACTIONS): string {
  if (failing === 0) return 'No check found a problem, so there is no action to take.';
  if (failing === 1) return 'Only one check found a problem; this is the action to take.';
  if (failing < n)
    return `Only ${failing === 2 ? 'two' : String(failing)} checks found problems; these are the actions to take, most important first.`;
  return `The ${n === 3 ? 'three' : String(n)} most important actions, chosen by severity and then by how many objects are affected:`;
}
