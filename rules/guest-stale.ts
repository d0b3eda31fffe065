import { defineRule } from '../src/engine/rule.js';
import { DAY_MS, daysBetween, guestDomain, isEnabled, isPending, lastSuccessfulSignIn, parseGraphDateTime } from '../src/model/guests.js';

export interface GuestStaleOptions {
  staleDays: number;
}

export default defineRule<'guests' | 'guestSignInActivity', GuestStaleOptions>({
  meta: {
    id: 'guest-stale',
    title: 'Enabled guests that have not signed in for a long time',
    severity: 'medium',
    category: 'guests',
    requires: ['guests', 'guestSignInActivity'],
    options: {
      schema: { properties: { staleDays: { type: 'integer', minimum: 1, default: 90 } } },
      defaults: { staleDays: 90 },
      docs: {
        staleDays:
          'Days without a successful sign-in after which an enabled guest counts as stale. 90 matches the Zero Trust Assessment and common access-review cadences; the strict profile uses 60.',
      },
    },
    rationale:
      'A guest account that nobody uses is still a working key to your tenant. Its owner is governed by another organisation (or by nobody, for consumer accounts): when they leave that company or lose their mailbox, you are not told, and the guest keeps whatever group memberships, app assignments and SharePoint links it collected. Dormant guests are a favourite foothold because nobody notices unusual activity on an account nobody expects to be active. The rule uses the last successful sign-in; when Graph has no success recorded (the field exists only since December 2023) it falls back to the last interactive or non-interactive sign-in *attempt*, which errs towards calling a guest active. Pending invitations are left to the invitation rules.',
    remediation: {
      summary:
        'Disable (then, after a grace period, delete) each stale guest, or confirm with its sponsor that access is still needed. Prevent recurrence with a recurring access review of guests that removes access on non-response, or an inactive-guest lifecycle workflow.',
      graph: { method: 'PATCH', url: '/v1.0/users/{id}', body: { accountEnabled: false } },
      portal: 'Entra admin center › Entra ID › Users › (guest) › Edit properties › Settings › Account enabled (off); recurring clean-up: ID Governance › Access reviews',
    },
    references: [
      { title: 'How to manage inactive user accounts', url: 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-manage-inactive-user-accounts' },
      { title: 'Use access reviews to review and remove external users', url: 'https://learn.microsoft.com/entra/id-governance/access-reviews-external-users' },
      { title: 'signInActivity resource type', url: 'https://learn.microsoft.com/graph/api/resources/signinactivity' },
    ],
    frameworks: { catalog: ['LC-02'], 'zero-trust': ['21858'] },
    messages: {
      stale: 'Guest {displayName} has not signed in for {days} days (last sign-in {lastSignIn}; threshold {staleDays} days).',
      'never-signed-in': 'Guest {displayName} has never signed in although the account was created {days} days ago (threshold {staleDays} days).',
    },
  },
  evaluate({ guests }, ctx) {
    if (guests.count === 0) {
      ctx.notApplicable('The tenant has no guest users.');
      return;
    }
    const { staleDays } = ctx.options;
    const asOf = ctx.asOf;
    const cutoff = asOf.getTime() - staleDays * DAY_MS;
    let undatable = 0;
    return {
      guest: (guest) => {
        if (!isEnabled(guest) || isPending(guest)) return;
        const resource = { type: 'user', id: guest.id, displayName: guest.displayName ?? guest.userPrincipalName ?? null, path: `users/${guest.id}` };
        const domain = guestDomain(guest);
        const last = lastSuccessfulSignIn(guest);
        if (last) {
          if (last.at.getTime() >= cutoff) return;
          const days = daysBetween(last.at, asOf);
          ctx.fail('stale', {
            resource,
            params: { days, lastSignIn: last.at.toISOString(), staleDays, domain },
            // Kept small: a large tenant has hundreds of thousands of these; days, dates and threshold are in params.
            evidence: { lastSignInBasis: last.basis, daysSinceLastSignIn: days, signInActivity: guest.signInActivity ?? null },
          });
          return;
        }
        const created = parseGraphDateTime(guest.createdDateTime);
        if (!created) {
          // No usable sign-in and no usable creation date: we cannot tell a new guest from an abandoned one.
          undatable++;
          return;
        }
        if (created.getTime() >= cutoff) return;
        const days = daysBetween(created, asOf);
        ctx.fail('never-signed-in', {
          resource,
          params: { days, createdDateTime: created.toISOString(), staleDays, domain },
          evidence: { createdDateTime: created.toISOString(), daysSinceCreated: days, signInActivity: guest.signInActivity ?? null },
        });
      },
      end: () => {
        if (undatable) {
          ctx.incomplete(`${undatable} enabled guest${undatable === 1 ? ' has' : 's have'} neither a readable sign-in date nor a readable creation date, so ${undatable === 1 ? 'its' : 'their'} staleness could not be judged`);
        }
      },
    };
  },
});
