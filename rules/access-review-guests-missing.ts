import { defineRule } from '../src/engine/rule.js';
import { ACCESS_REVIEWS_ROOT, reviewReach, reviewResource, reviewSchedule, reviewsGuests, scopeQueries } from '../src/model/governance.js';

/**
 * A definition reviews guests when a scope query — `scope.query`, or a `principalScopes[].query` of a
 * principalResourceMembershipsScope — filters on `userType eq 'Guest'` (any spacing or quote style, not negated).
 * It counts while it still runs (see `reviewSchedule`: an ended `endDate` range, a `numbered` range past its last
 * occurrence, or a bounded review whose status is Completed / AutoReviewed no longer runs; Microsoft's open-ended
 * `numbered` form with 0 occurrences does). A running review covers guests tenant-wide only in Microsoft's documented
 * all-groups forms (see `reviewReach`); reviews of one group, team, application or role are partial coverage,
 * reported at low severity. How well a review is configured is `access-review-guests-not-enforced`'s business.
 */
export default defineRule<'accessReviewDefinitions'>({
  meta: {
    id: 'access-review-guests-missing',
    title: 'No active access review covers guest users',
    action: 'Set up a recurring access review of guests that removes those nobody vouches for.',
    severity: 'medium',
    category: 'governance',
    requires: ['accessReviewDefinitions'],
    rationale:
      'Guests are invited for a project and rarely removed when it ends; nobody in your organisation notices when their relationship with the partner stops. A recurring access review scoped to guests makes someone confirm, on a schedule, that each guest still needs access — and removes those nobody vouches for. Without one, guest accounts accumulate until an audit or an incident finds them.',
    remediation: {
      summary:
        'Create a recurring access review of guest users (for example of all Microsoft 365 groups with guest members), monthly with a three-day duration as CIS 5.3.2 describes, with auto-apply and "Deny" as the default decision.',
      graph: {
        method: 'POST',
        url: '/v1.0/identityGovernance/accessReviews/definitions',
        body: {
          displayName: 'Monthly review of guests in Microsoft 365 groups',
          scope: {
            '@odata.type': '#microsoft.graph.accessReviewQueryScope',
            query: "./members/microsoft.graph.user/?$filter=(userType eq 'Guest')",
            queryType: 'MicrosoftGraph',
          },
          instanceEnumerationScope: {
            '@odata.type': '#microsoft.graph.accessReviewQueryScope',
            query: "/groups?$filter=(groupTypes/any(c:c eq 'Unified'))",
            queryType: 'MicrosoftGraph',
          },
          reviewers: [{ query: './owners', queryType: 'MicrosoftGraph' }],
          settings: {
            mailNotificationsEnabled: true,
            reminderNotificationsEnabled: true,
            justificationRequiredOnApproval: true,
            defaultDecisionEnabled: true,
            defaultDecision: 'Deny',
            instanceDurationInDays: 3,
            autoApplyDecisionsEnabled: true,
            recommendationsEnabled: true,
            applyActions: [{ '@odata.type': '#microsoft.graph.removeAccessApplyAction' }],
            recurrence: { pattern: { type: 'absoluteMonthly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-01-01' } },
          },
        },
      },
      portal: 'Entra admin center › ID Governance › Access reviews › New access review › Teams + Groups › Guest users only',
    },
    references: [
      {
        title: 'Manage guest access with access reviews',
        url: 'https://learn.microsoft.com/entra/id-governance/access-reviews-external-users',
      },
      {
        title: 'Create an access review of groups and applications',
        url: 'https://learn.microsoft.com/entra/id-governance/create-access-review',
      },
      { title: 'Create accessReviewScheduleDefinition', url: 'https://learn.microsoft.com/graph/api/accessreviewset-post-definitions' },
      {
        title: 'Configure the scope of an access review with Microsoft Graph',
        url: 'https://learn.microsoft.com/graph/accessreviews-scope-concept',
      },
      {
        title: 'recurrenceRange resource type (endDate, noEnd, numbered)',
        url: 'https://learn.microsoft.com/graph/api/resources/recurrencerange',
      },
    ],
    frameworks: { catalog: ['LC-01'], 'cis-m365': ['5.3.2'], 'zero-trust': ['21857'] },
    semantics: [
      {
        statement:
          'Microsoft documents guest reviews of one group, of all Microsoft 365 groups, of all teams, of inactive guests in all groups, and of guests in a role; only the all-groups forms reach guests tenant-wide.',
        source: 'https://learn.microsoft.com/graph/accessreviews-scope-concept',
      },
      {
        statement: 'A recurrence range ends on its endDate (endDate), never (noEnd), or after numberOfOccurrences instances (numbered).',
        source: 'https://learn.microsoft.com/graph/api/resources/recurrencerange',
      },
      {
        statement:
          "Microsoft's examples of an ongoing review write a numbered range with numberOfOccurrences 0 and endDate 9999-12-31: open-ended, not finished.",
        source: 'https://learn.microsoft.com/graph/api/resources/recurrencerange',
        reading: 'a series that counts zero occurrences to year 9999 can only mean "no end".',
      },
      {
        statement: 'Completed and AutoReviewed are documented definition statuses: a bounded or one-time review with either has finished.',
        source: 'https://learn.microsoft.com/graph/api/resources/accessreviewscheduledefinition',
        reading: 'an open-ended series cannot finish on its own, so its status between instances is not read as its end.',
      },
      {
        statement: 'CIS 5.3.2: access reviews of guest users are configured.',
        source: 'https://www.cisecurity.org/benchmark/microsoft_365',
      },
    ],
    messages: {
      missing: 'No running access review covers guest users ({guestReviews:guest review} found, none still running).',
      partial:
        'Guest access review "{displayName}" still runs but reviews only part of the guests ({scope}); no running review covers guests tenant-wide.',
    },
  },
  evaluate({ accessReviewDefinitions }, ctx) {
    const guestReviews = accessReviewDefinitions.filter(reviewsGuests);
    const schedules = guestReviews.map((d) => ({ def: d, schedule: reviewSchedule(d, ctx.asOf), reach: reviewReach(d) }));
    const running = schedules.filter((s) => s.schedule.active);
    if (running.some((s) => s.reach === 'tenant-wide')) return;
    if (running.length) {
      for (const { def } of running) {
        ctx.fail('partial', {
          resource: reviewResource(def),
          subKey: 'partial',
          severity: 'low',
          params: { scope: scopeQueries(def).join('; ').slice(0, 200) || 'no scope query' },
          evidence: {
            scopeQueries: scopeQueries(def),
            instanceEnumerationScope: (def.instanceEnumerationScope as { query?: unknown } | null | undefined)?.query ?? null,
          },
        });
      }
      return;
    }
    ctx.fail('missing', {
      resource: { ...ACCESS_REVIEWS_ROOT },
      params: { guestReviews: guestReviews.length },
      evidence: {
        definitions: accessReviewDefinitions.length,
        inactiveGuestReviews: schedules.map(({ def, schedule }) => ({
          id: def.id,
          displayName: def.displayName ?? null,
          status: def.status ?? null,
          recurring: schedule.recurring,
          ...(schedule.endedBecause ? { endedBecause: schedule.endedBecause } : {}),
          scopeQueries: scopeQueries(def),
        })),
      },
    });
  },
});
