import { countOf } from '../src/engine/messages.js';
import { defineRule } from '../src/engine/rule.js';
import { DAY_MS, graphTime, isEnabled, isPending } from '../src/model/guests.js';
import { SharedTexts } from '../src/model/shared-text.js';

export interface Options {
  pendingDays: number;
}

/**
 * A guest counts as pending when `externalUserState` is PendingAcceptance (Graph writes "Pending Acceptance" too;
 * any case or spacing). The age of the invitation is measured from `externalUserStateChangeDateTime` (when the state
 * last changed), else from `createdDateTime`, to `--as-of`; a guest with neither date is reported as incomplete
 * evidence, not skipped. One finding per guest.
 *
 * Disabled pending guests (`accountEnabled: false`) are left out: redeeming an invitation is a sign-in, and a disabled
 * account cannot sign in (AADSTS50057), so the "live invitation anyone at that mailbox can take" risk does not hold.
 * Removing them is hygiene that guest-stale and access reviews do not judge either. The docs do not describe
 * redemption of a disabled account explicitly; this reading follows from sign-in being refused.
 */
export default defineRule<'guests', Options>({
  meta: {
    id: 'guest-invitation-pending',
    title: 'Guest invitation pending for too long',
    action: 'Remove guest invitations that were never accepted.',
    severity: 'low',
    category: 'guests',
    requires: ['guests'],
    options: {
      schema: { properties: { pendingDays: { type: 'integer', minimum: 1, maximum: 3650, default: 30 } } },
      defaults: { pendingDays: 30 },
      docs: {
        pendingDays:
          'Days an invitation may stay unredeemed before it is reported. Default 30: a partner who has not accepted within a month rarely still needs access; the strict profile uses 14.',
      },
    },
    rationale:
      'An unredeemed invitation on an enabled account is a live account waiting for whoever controls the invited mailbox first. If the address was mistyped, belongs to a shared mailbox, or the partner has left, the redemption link can still be used — and the account already sits in groups and teams it was added to. Old invitations should be resent deliberately or the account removed.',
    remediation: {
      summary:
        'Delete the guest account (or resend the invitation if access is still needed, after confirming the address with the sponsor).',
      graph: { method: 'DELETE', url: '/v1.0/users/{userId}' },
      ids: (f) => ({ userId: f.resource.id }),
      portal: 'Entra admin center › Entra ID › Users › (guest) › Delete — or › B2B collaboration › Resend invitation',
    },
    references: [
      { title: 'Properties of a B2B guest user account', url: 'https://learn.microsoft.com/entra/external-id/user-properties' },
      { title: 'Reset redemption status for a guest user', url: 'https://learn.microsoft.com/entra/external-id/reset-redemption-status' },
      { title: 'Delete a user', url: 'https://learn.microsoft.com/graph/api/user-delete' },
      {
        title: 'Sign-in error codes (AADSTS50057: the user account is disabled)',
        url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
      },
    ],
    semantics: [
      {
        statement: 'Before redemption the guest\'s External user state is PendingAcceptance; Graph may write it "Pending Acceptance".',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
      {
        statement:
          "externalUserStateChangeDateTime is when the state last changed; the invitation's age counts from it, else from createdDateTime.",
        source: 'https://learn.microsoft.com/graph/api/resources/user',
      },
      {
        statement:
          'Disabled pending guests (accountEnabled false) are not reported: redeeming is a sign-in, and a disabled account cannot sign in (AADSTS50057).',
        source: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
        reading: 'Microsoft does not describe redeeming a disabled account; the sign-in refusal means the invitation is not live.',
      },
    ],
    messages: {
      pending: 'Guest {displayName} has not accepted the invitation for {days} days (more than {pendingDays}).',
    },
  },
  evaluate(_data, ctx) {
    const { pendingDays } = ctx.options;
    const undated: string[] = [];
    // Pending guests all carry the same state text: one copy for all their findings, not one per guest.
    const states = new SharedTexts();
    return {
      guest: (guest) => {
        if (!isPending(guest) || !isEnabled(guest)) return;
        // Instants, not dates: a date is made only for a guest that is reported.
        const changed = graphTime(guest.externalUserStateChangeDateTime);
        const since = changed ?? graphTime(guest.createdDateTime);
        if (since === undefined) {
          undated.push(guest.id);
          return;
        }
        const days = Math.floor((ctx.asOf.getTime() - since) / DAY_MS);
        if (days <= pendingDays) return;
        ctx.fail('pending', {
          resource: {
            type: 'user',
            id: guest.id,
            displayName: guest.displayName ?? guest.userPrincipalName ?? null,
            path: `users/${guest.id}`,
          },
          params: { days, pendingDays },
          evidence: {
            externalUserState: typeof guest.externalUserState === 'string' ? states.of(guest.externalUserState) : guest.externalUserState,
            pendingSince: new Date(since).toISOString(),
            basis: changed !== undefined ? 'externalUserStateChangeDateTime' : 'createdDateTime',
            accountEnabled: guest.accountEnabled ?? null,
            creationType: guest.creationType ?? null,
          },
        });
      },
      end: () => {
        if (undated.length)
          ctx.incomplete(
            `${countOf(undated.length, 'pending invitation has', 'pending invitations have')} no readable date of invitation or creation (ids ${undated.slice(0, 5).join(', ')}${undated.length > 5 ? ', …' : ''})`,
          );
      },
    };
  },
});
