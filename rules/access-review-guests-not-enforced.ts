import { defineRule, type Severity } from '../src/engine/rule.js';
import { isSelfReview, reviewResource, reviewSchedule, reviewsGuests } from '../src/model/governance.js';

type Defect = 'autoApply' | 'defaultDecision' | 'recurrence' | 'selfReview';

const SEVERITY: Record<Defect, Severity> = { autoApply: 'medium', defaultDecision: 'medium', recurrence: 'low', selfReview: 'medium' };

/**
 * Looks at every guest-scoped review that is still active (see `access-review-guests-missing` for what counts)
 * and reports each defect separately (sub-key = defect), so fixing one does not hide another:
 * - `autoApply`: decisions are not applied automatically — denied guests keep access until someone applies them;
 * - `defaultDecision`: reviewers who do not answer leave access in place (`defaultDecisionEnabled` off, or a
 *   default of Approve / Recommendation instead of Deny);
 * - `recurrence`: a one-time review — guests invited after it ends are never reviewed (low);
 * - `selfReview`: no reviewers, so each guest reviews its own access (Graph: an empty `reviewers` collection is a
 *   self-review). CIS 5.3.2 expects someone other than the guest to decide (medium).
 * Reviews that no longer run (see `reviewSchedule`) are history and are not judged.
 */
export default defineRule<'accessReviewDefinitions'>({
  meta: {
    id: 'access-review-guests-not-enforced',
    title: 'Guest access review does not remove guests on its own',
    action: 'Make guest access reviews remove access automatically when reviewers deny it or do not answer.',
    severity: 'medium',
    category: 'governance',
    requires: ['accessReviewDefinitions'],
    rationale:
      'Reviewers skip reviews, and a review whose decisions wait for someone to apply them changes nothing. A guest review only keeps the guest population in check when unanswered items default to Deny, decisions are applied automatically, and the review recurs so that guests invited later are reviewed too.',
    remediation: {
      summary:
        'In the review settings turn on auto-apply, set "If reviewers don\'t respond" to Remove access, give the review a recurrence, and name reviewers other than the guests themselves (group owners, sponsors or named users).',
      graph: {
        method: 'PUT',
        url: '/v1.0/identityGovernance/accessReviews/definitions/{definitionId}',
        body: {
          reviewers: [{ query: './owners', queryType: 'MicrosoftGraph' }],
          settings: {
            autoApplyDecisionsEnabled: true,
            defaultDecisionEnabled: true,
            defaultDecision: 'Deny',
            recurrence: { pattern: { type: 'absoluteMonthly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-01-01' } },
          },
        },
      },
      ids: (f) => ({ definitionId: f.resource.id }),
      portal: 'Entra admin center › ID Governance › Access reviews › (review) › Settings › Upon completion settings / Review recurrence',
    },
    references: [
      {
        title: 'Manage guest access with access reviews',
        url: 'https://learn.microsoft.com/entra/id-governance/access-reviews-external-users',
      },
      {
        title: 'accessReviewScheduleSettings resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/accessreviewschedulesettings',
      },
      {
        title: 'Update accessReviewScheduleDefinition',
        url: 'https://learn.microsoft.com/graph/api/accessreviewscheduledefinition-update',
      },
      {
        title: 'Assign reviewers to an access review with Microsoft Graph (self-review)',
        url: 'https://learn.microsoft.com/graph/accessreviews-reviewers-concept',
      },
    ],
    frameworks: { catalog: ['LC-01'], 'cis-m365': ['5.3.2'] },
    semantics: [
      {
        statement:
          'autoApplyDecisionsEnabled applies decisions when an instance ends; defaultDecision (Approve, Deny, Recommendation) applies when reviewers do not respond and only if defaultDecisionEnabled.',
        source: 'https://learn.microsoft.com/graph/api/resources/accessreviewschedulesettings',
      },
      {
        statement: 'An empty or absent reviewers collection is a self-review: each reviewed guest attests their own access.',
        source: 'https://learn.microsoft.com/graph/accessreviews-reviewers-concept',
      },
      {
        statement:
          'CIS 5.3.2 expects a reviewer who is not the guest, decisions applied automatically and access removed when reviewers do not respond.',
        source: 'https://www.cisecurity.org/benchmark/microsoft_365',
      },
    ],
    messages: {
      autoApply: 'Guest access review "{displayName}" does not apply its decisions automatically.',
      defaultDecision: 'Guest access review "{displayName}" keeps access when reviewers do not respond (default decision: {decision}).',
      recurrence: 'Guest access review "{displayName}" runs once and does not recur.',
      selfReview: 'Guest access review "{displayName}" has no reviewers: each guest reviews its own access.',
    },
  },
  evaluate({ accessReviewDefinitions }, ctx) {
    const active = accessReviewDefinitions
      .filter(reviewsGuests)
      .map((def) => ({ def, schedule: reviewSchedule(def, ctx.asOf) }))
      .filter((r) => r.schedule.active);
    if (!active.length) {
      ctx.notApplicable('No active access review covers guests (reported by access-review-guests-missing).');
      return;
    }
    for (const { def, schedule } of active) {
      const s = def.settings ?? {};
      const decision = s.defaultDecisionEnabled === true ? (s.defaultDecision ?? 'none') : 'none (no default decision)';
      const defects: Defect[] = [];
      if (s.autoApplyDecisionsEnabled !== true) defects.push('autoApply');
      if (!(s.defaultDecisionEnabled === true && (s.defaultDecision ?? '').toLowerCase() === 'deny')) defects.push('defaultDecision');
      if (!schedule.recurring) defects.push('recurrence');
      if (isSelfReview(def)) defects.push('selfReview');
      for (const defect of defects) {
        ctx.fail(defect, {
          resource: reviewResource(def),
          subKey: defect,
          severity: SEVERITY[defect],
          params: { decision },
          evidence: {
            status: def.status ?? null,
            autoApplyDecisionsEnabled: s.autoApplyDecisionsEnabled ?? null,
            defaultDecisionEnabled: s.defaultDecisionEnabled ?? null,
            defaultDecision: s.defaultDecision ?? null,
            recurrence: schedule.pattern ?? null,
            reviewers: def.reviewers ?? null,
          },
        });
      }
    }
  },
});
