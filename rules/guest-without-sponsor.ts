import { defineRule } from '../src/engine/rule.js';
import { isEnabled, isPending } from '../src/model/guests.js';
import { SharedTexts } from '../src/model/shared-text.js';

/**
 * Sponsors come from `$expand=sponsors` on the guest query (or `$batch`), never one call per guest (a call per guest
 * takes hours and throttles in a large tenant): the `guestSponsors` section says whether that expansion succeeded, and `guests[].sponsors` holds
 * the result — so `null` or `[]` with the section ok means "no sponsor". Only enabled guests who have redeemed
 * (not pending — `guest-invitation-pending` covers those) are checked.
 */
export default defineRule<'guests' | 'guestSponsors'>({
  meta: {
    id: 'guest-without-sponsor',
    title: 'Active guest has no sponsor',
    action: 'Give every active guest a sponsor in your organisation who answers for their access.',
    severity: 'low',
    category: 'guests',
    requires: ['guests', 'guestSponsors'],
    rationale:
      'A sponsor is the person in your organisation who answers for a guest: who approves access reviews, who is asked when the account looks stale, whom lifecycle workflows notify. A guest without one has nobody to vouch for or against continued access, so reviews stall and removals never get decided.',
    remediation: {
      summary: 'Assign the inviting employee (or the project owner) as sponsor of the guest.',
      graph: {
        method: 'POST',
        url: '/v1.0/users/{guestId}/sponsors/$ref',
        body: { '@odata.id': 'https://graph.microsoft.com/v1.0/users/{sponsorId}' },
      },
      ids: (f) => ({ guestId: f.resource.id }),
      portal: 'Entra admin center › Entra ID › Users › (guest) › Properties › Sponsors',
    },
    references: [
      { title: 'Add sponsors to a guest user', url: 'https://learn.microsoft.com/entra/external-id/b2b-sponsors' },
      { title: 'Add sponsor', url: 'https://learn.microsoft.com/graph/api/user-post-sponsors' },
    ],
    frameworks: { catalog: ['LC-03'], 'zero-trust': ['21877'] },
    semantics: [
      {
        statement: 'The inviter is added as the default sponsor of a new guest; a guest may have users or groups as sponsors.',
        source: 'https://learn.microsoft.com/entra/external-id/b2b-sponsors',
      },
      {
        statement: 'Sponsors are read with the guest ($expand=sponsors); with that evidence collected, an empty list means no sponsor.',
        source: 'https://learn.microsoft.com/graph/api/user-list-sponsors',
      },
      {
        statement: 'Only enabled guests that have redeemed are judged; pending invitations belong to guest-invitation-pending.',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
    ],
    messages: {
      noSponsor: 'Guest {displayName} has no sponsor.',
    },
  },
  evaluate(_data, ctx) {
    // A handful of distinct state texts: one copy each for all the findings, not one per guest.
    const states = new SharedTexts();
    // The evidence of nearly every finding (an accepted invitation, user type Guest), one object for all of them:
    // findings never change their evidence.
    let usual: Record<string, unknown> | undefined;
    return {
      guest: (guest) => {
        if (!isEnabled(guest) || isPending(guest)) return;
        if ((guest.sponsors ?? []).length) return;
        ctx.fail('noSponsor', {
          resource: {
            type: 'user',
            id: guest.id,
            displayName: guest.displayName ?? guest.userPrincipalName ?? null,
            path: `users/${guest.id}`,
          },
          evidence:
            guest.externalUserState === 'Accepted' && guest.userType === 'Guest'
              ? (usual ??= { externalUserState: 'Accepted', userType: 'Guest' })
              : {
                  externalUserState:
                    typeof guest.externalUserState === 'string' ? states.of(guest.externalUserState) : (guest.externalUserState ?? null),
                  userType: guest.userType ?? null,
                },
        });
      },
    };
  },
});
