import { defineRule } from '../src/engine/rule.js';
import { reachesNewOutsiders, SHAREPOINT_SETTINGS_RESOURCE, SHARING_LEVEL_WORDS, sharingLevel } from '../src/model/sharepoint.js';

/**
 * `isRequireAcceptingUserToMatchInvitedUserEnabled`: a sharing invitation must be accepted by the account it was sent
 * to. Judged only where sharing can reach new outsiders (new and existing guests, or anyone): with existing guests
 * only, or no external sharing, nobody redeems a new invitation.
 */
export default defineRule<'sharepointSettings'>({
  meta: {
    id: 'sharepoint-invitee-account-not-enforced',
    title: 'SharePoint sharing invitations can be accepted with a different account than the one invited',
    action: 'Require SharePoint sharing invitations to be accepted with the account they were sent to.',
    severity: 'medium',
    category: 'sharing',
    requires: ['sharepointSettings'],
    rationale:
      "When a sharing invitation need not be accepted by the account it was sent to, whoever holds the e-mail — a forwarded message, a shared mailbox, a colleague's inbox — can redeem it with any account they like, and the guest that appears in your directory is not the person someone chose to share with. Requiring the accepting account to match the invited one keeps the invitation bound to its recipient.",
    remediation: {
      summary: 'Require guests to sign in with the same account to which sharing invitations are sent.',
      graph: { method: 'PATCH', url: '/v1.0/admin/sharepoint/settings', body: { isRequireAcceptingUserToMatchInvitedUserEnabled: true } },
      portal:
        'SharePoint admin center › Policies › Sharing › More external sharing settings › Guests must sign in using the same account to which sharing invitations are sent',
    },
    references: [
      { title: 'sharepointSettings resource type', url: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings' },
      {
        title: 'Manage sharing settings for SharePoint and OneDrive',
        url: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
      },
    ],
    frameworks: { catalog: ['SP-04'] },
    semantics: [
      {
        statement:
          'isRequireAcceptingUserToMatchInvitedUserEnabled indicates whether guests must sign in using the same account to which sharing invitations are sent.',
        source: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings',
      },
      {
        statement:
          'New guests can be invited only at the externalUserSharingOnly and externalUserAndGuestSharing levels; with existingExternalUserSharingOnly or disabled no new invitation is redeemed.',
        source: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings#sharingcapabilities-values',
      },
    ],
    messages: {
      notEnforced: 'Sharing invitations can be accepted with an account other than the one they were sent to.',
    },
  },
  evaluate({ sharepointSettings }, ctx) {
    const level = sharingLevel(sharepointSettings);
    if (typeof level === 'string' && !reachesNewOutsiders(level)) {
      ctx.notApplicable(`Sharing reaches no new outsiders (${SHARING_LEVEL_WORDS[level]}), so no new invitation can be redeemed.`);
      return;
    }
    const value = sharepointSettings.isRequireAcceptingUserToMatchInvitedUserEnabled;
    if (value === true) return;
    if (value !== false) {
      ctx.notAssessed(
        'The SharePoint settings in the snapshot do not say whether an invitation must be accepted by the account it was sent to.',
      );
      return;
    }
    ctx.fail('notEnforced', {
      resource: { ...SHAREPOINT_SETTINGS_RESOURCE },
      subKey: 'isRequireAcceptingUserToMatchInvitedUserEnabled',
      evidence: { isRequireAcceptingUserToMatchInvitedUserEnabled: false, sharingCapability: sharepointSettings.sharingCapability ?? null },
    });
  },
});
