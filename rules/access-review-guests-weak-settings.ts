import { defineRule, type Severity } from '../src/engine/rule.js';
import { guestsAmong } from '../src/model/guest-pass.js';
import {
  applyActionRemovesAccess,
  isBoundedSeries,
  namedReviewers,
  recurrenceIntervalDays,
  reviewResource,
  reviewSchedule,
  reviewsGuests,
} from '../src/model/governance.js';
import type { AccessReviewScheduleDefinition } from '../src/snapshot/snapshot.types.js';

interface Options {
  maxDurationDays: number;
  maxIntervalDays: number;
}

type Defect = 'guestReviewer' | 'applyAction' | 'frequency' | 'duration' | 'bounded' | 'justification' | 'notifications' | 'reminders';

const SEVERITY: Record<Defect, Severity> = {
  guestReviewer: 'medium',
  applyAction: 'medium',
  frequency: 'low',
  duration: 'low',
  bounded: 'low',
  justification: 'low',
  notifications: 'low',
  reminders: 'low',
};

/**
 * How well each still-running guest access review is set up, as CIS Microsoft 365 5.3.2 describes it, beyond what
 * access-review-guests-not-enforced already reports (self-review, auto-apply, default decision, one-time reviews —
 * none of those is repeated here). Each defect is its own finding (sub-key = defect):
 * - `guestReviewer`: a reviewer or fallback reviewer named by `/users/{id}` is a guest (needs the guest list);
 * - `applyAction`: the listed apply actions take no access away (Graph's default, with none listed, removes access);
 * - `frequency`: a recurring review runs less often than `maxIntervalDays` (a month counts 31 days);
 * - `duration`: an instance stays open longer than `maxDurationDays`;
 * - `bounded`: the series has an end date or a number of occurrences (CIS: the review never ends);
 * - `justification`, `notifications`, `reminders`: justificationRequiredOnApproval, mailNotificationsEnabled,
 *   reminderNotificationsEnabled not true (Graph's default for each is false).
 * Which reviews count as guest reviews and as still running is the shared model of the other access-review rules.
 */
export default defineRule<'accessReviewDefinitions', Options>({
  meta: {
    id: 'access-review-guests-weak-settings',
    title: 'Guest access review is set up more loosely than CIS 5.3.2 describes',
    action: 'Tighten the guest access review: reviewers from your own organisation, monthly, removing access on no answer.',
    severity: 'low',
    category: 'governance',
    requires: ['accessReviewDefinitions'],
    optional: ['guests'],
    options: {
      schema: {
        properties: {
          maxDurationDays: { type: 'integer', minimum: 1, default: 3 },
          maxIntervalDays: { type: 'integer', minimum: 1, default: 31 },
        },
      },
      defaults: { maxDurationDays: 3, maxIntervalDays: 31 },
      docs: {
        maxDurationDays:
          'Longest acceptable review instance, in days. Default 3, as CIS Microsoft 365 5.3.2 sets "Duration (in days)" to at most 3: a short window means a denied guest loses access within days, not weeks.',
        maxIntervalDays:
          'Longest acceptable time between two instances of a recurring guest review, in days (a month counts 31). Default 31, as CIS Microsoft 365 5.3.2 asks for "Monthly or more frequent"; the strict profile uses 14, the fortnightly cycle of CIS v3 1.1.4 ("Guest Users are reviewed at least biweekly").',
      },
    },
    rationale:
      'An access review removes guests only when someone who is neither the guest nor another outsider decides, when the reviewer is told and reminded, when the decision is explained, and when the review comes round often enough and closes quickly enough for a denial to matter. A monthly review that stays open for a fortnight, is reviewed by a guest, or quietly stops after its last scheduled run leaves guest access unchecked for most of the year while the report says reviews exist.',
    remediation: {
      summary:
        'Edit the review: reviewers who are members of your organisation (group owners or named employees, never guests), recurrence monthly or more often with no end, a duration of at most three days, justification required, e-mail notifications and reminders on, and the remove-access apply action.',
      graph: {
        method: 'PUT',
        url: '/v1.0/identityGovernance/accessReviews/definitions/{definitionId}',
        body: {
          reviewers: [{ query: './owners', queryType: 'MicrosoftGraph' }],
          settings: {
            instanceDurationInDays: 3,
            justificationRequiredOnApproval: true,
            mailNotificationsEnabled: true,
            reminderNotificationsEnabled: true,
            applyActions: [{ '@odata.type': '#microsoft.graph.removeAccessApplyAction' }],
            recurrence: { pattern: { type: 'absoluteMonthly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-01-01' } },
          },
        },
      },
      portal: 'Entra admin center › ID Governance › Access reviews › (review) › Settings',
      ids: (f) => ({ definitionId: f.resource.id }),
    },
    references: [
      {
        title: 'accessReviewScheduleSettings resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/accessreviewschedulesettings',
      },
      { title: 'accessReviewApplyAction resource type', url: 'https://learn.microsoft.com/graph/api/resources/accessreviewapplyaction' },
      {
        title: 'Assign reviewers to an access review with Microsoft Graph',
        url: 'https://learn.microsoft.com/graph/accessreviews-reviewers-concept',
      },
      { title: 'recurrenceRange resource type', url: 'https://learn.microsoft.com/graph/api/resources/recurrencerange' },
      {
        title: 'Manage guest access with access reviews',
        url: 'https://learn.microsoft.com/entra/id-governance/access-reviews-external-users',
      },
    ],
    frameworks: { catalog: ['LC-01'], 'cis-m365': ['5.3.2', '1.1.4'] },
    semantics: [
      {
        statement:
          'CIS 5.3.2 sets reviewers who are not the guests themselves, a duration of at most 3 days, a monthly or more frequent recurrence that never ends, justification required, e-mail notifications and reminders on.',
        source: 'https://www.cisecurity.org/benchmark/microsoft_365',
      },
      {
        statement:
          'justificationRequiredOnApproval, mailNotificationsEnabled and reminderNotificationsEnabled are false unless set; instanceDurationInDays is the length of each instance.',
        source: 'https://learn.microsoft.com/graph/api/resources/accessreviewschedulesettings',
      },
      {
        statement: 'applyActions holds removeAccessApplyAction (the default) or disableAndDeleteUserApplyAction; both take access away.',
        source: 'https://learn.microsoft.com/graph/api/resources/accessreviewapplyaction',
      },
      {
        statement:
          'A specific reviewer is named by the query /users/{userId}; a recurrence range ends on its endDate, never (noEnd), or after numberOfOccurrences instances (numbered).',
        source: 'https://learn.microsoft.com/graph/accessreviews-reviewers-concept',
      },
      {
        statement:
          'Reviewers named through a group or a relation (./owners, ./manager, /groups/{id}/transitiveMembers) are not resolved: the snapshot holds no membership of arbitrary groups.',
        source: 'https://learn.microsoft.com/graph/accessreviews-reviewers-concept',
        reading: 'only reviewers gatehouse can identify are judged; the others are neither blamed nor cleared.',
      },
      {
        statement:
          'Self-review, auto-apply, the default decision and one-time reviews are reported by access-review-guests-not-enforced and not again here.',
        source: 'https://learn.microsoft.com/graph/api/resources/accessreviewschedulesettings',
        reading: 'one defect, one finding: a review is not blamed twice for the same setting.',
      },
    ],
    messages: {
      guestReviewer: 'Guest access review "{displayName}" names a guest ({reviewer}) as {as}.',
      applyAction: 'Guest access review "{displayName}" applies no action that removes access ({actions}).',
      frequency: 'Guest access review "{displayName}" recurs every {days:day}; this profile expects at most every {max}.',
      duration: 'Guest access review "{displayName}" stays open {days:day}; this profile expects at most {max}.',
      bounded: 'Guest access review "{displayName}" is scheduled to stop ({range}); CIS 5.3.2 expects a review that never ends.',
      justification: 'Guest access review "{displayName}" does not require reviewers to justify approving a guest.',
      notifications: 'Guest access review "{displayName}" sends reviewers no e-mail notification.',
      reminders: 'Guest access review "{displayName}" sends reviewers no reminders.',
    },
  },
  evaluate({ accessReviewDefinitions }, ctx) {
    const active = accessReviewDefinitions.filter(reviewsGuests).filter((def) => reviewSchedule(def, ctx.asOf).active);
    if (!active.length) {
      ctx.notApplicable('No active access review covers guests (reported by access-review-guests-missing).');
      return;
    }
    const fail = (
      def: AccessReviewScheduleDefinition,
      defect: Defect,
      params: Record<string, string | number> = {},
      subKey: string = defect,
    ) =>
      ctx.fail(defect, {
        resource: reviewResource(def),
        subKey,
        severity: SEVERITY[defect],
        params,
        evidence: { ...params, settings: def.settings ?? null },
      });
    for (const def of active) {
      const s = def.settings ?? {};
      const actions = applyActionRemovesAccess(def);
      if (!actions.removes) fail(def, 'applyAction', { actions: actions.actions.join(', ') });
      const interval = recurrenceIntervalDays(def);
      if (interval !== undefined && interval > ctx.options.maxIntervalDays)
        fail(def, 'frequency', { days: interval, max: ctx.options.maxIntervalDays });
      if (typeof s.instanceDurationInDays === 'number' && s.instanceDurationInDays > ctx.options.maxDurationDays)
        fail(def, 'duration', { days: s.instanceDurationInDays, max: ctx.options.maxDurationDays });
      if (interval !== undefined && isBoundedSeries(def)) {
        const range = ((s.recurrence as { range?: Record<string, unknown> } | null)?.range ?? {}) as Record<string, unknown>;
        fail(def, 'bounded', {
          range: `${String(range.type)}${range.endDate ? ` to ${String(range.endDate)}` : ''}${range.numberOfOccurrences ? `, ${String(range.numberOfOccurrences)} occurrence(s)` : ''}`,
        });
      }
      if (s.justificationRequiredOnApproval !== true) fail(def, 'justification');
      if (s.mailNotificationsEnabled !== true) fail(def, 'notifications');
      if (s.reminderNotificationsEnabled !== true) fail(def, 'reminders');
    }
    const named = active.flatMap((def) => namedReviewers(def).map((r) => ({ def, ...r })));
    if (!named.length) return;
    if (!ctx.section('guests')) {
      ctx.incomplete('reviewers named by user id could not be checked against the guest list', ['guests']);
      return;
    }
    return guestsAmong(
      named.map((n) => n.id),
      (guests) => {
        for (const { def, id, as } of named) {
          const guest = guests.get(id);
          if (!guest) continue;
          fail(
            def,
            'guestReviewer',
            {
              reviewer: guest.userPrincipalName ?? guest.displayName ?? guest.id,
              as: as === 'reviewer' ? 'reviewer' : 'fallback reviewer',
            },
            `guestReviewer:${id}`,
          );
        }
      },
    );
  },
});
