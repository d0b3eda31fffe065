import rule from '../../rules/sharepoint-invitee-account-not-enforced.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// SPS https://learn.microsoft.com/graph/api/resources/sharepointsettings — isRequireAcceptingUserToMatchInvitedUserEnabled:
//     "whether guests must sign in using the same account to which sharing invitations are sent"; sharingCapabilities:
//     only externalUserSharingOnly and externalUserAndGuestSharing reach new guests.

ruleTable(rule, [
  { name: 'matching account required passes (SPS)', expect: { status: 'pass' } },
  {
    name: 'not required with new guests allowed → medium (SPS)',
    mutate: (d) => {
      d.sharepointSettings.isRequireAcceptingUserToMatchInvitedUserEnabled = false;
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'notEnforced',
          resourceId: 'sharepointSettings',
          subKey: 'isRequireAcceptingUserToMatchInvitedUserEnabled',
          severity: 'medium',
        },
      ],
    },
  },
  {
    name: 'not required with Anyone links → fails too (SPS)',
    mutate: (d) => {
      d.sharepointSettings.isRequireAcceptingUserToMatchInvitedUserEnabled = false;
      d.sharepointSettings.sharingCapability = 'externalUserAndGuestSharing';
    },
    expect: { status: 'fail', findings: [{ messageId: 'notEnforced' }] },
  },
  {
    name: 'existing guests only: no new invitation to redeem → not applicable (SPS)',
    mutate: (d) => {
      d.sharepointSettings.isRequireAcceptingUserToMatchInvitedUserEnabled = false;
      d.sharepointSettings.sharingCapability = 'existingExternalUserSharingOnly';
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'value absent → not assessed',
    mutate: (d) => {
      d.sharepointSettings.isRequireAcceptingUserToMatchInvitedUserEnabled = null;
    },
    expect: { status: 'not-assessed' },
  },
]);
