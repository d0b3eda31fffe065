import rule from '../../rules/sharepoint-guest-resharing.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// SPS https://learn.microsoft.com/graph/api/resources/sharepointsettings — isResharingByExternalUsersEnabled: "whether
//     guests are allowed to reshare files, folders, and sites they don't own"; sharingCapability disabled: "No
//     external sharing is allowed".
// CIS CIS Microsoft 365 Foundations Benchmark §7.2.5 — guests cannot share items they don't own.

ruleTable(rule, [
  { name: 'resharing off passes (SPS, CIS)', expect: { status: 'pass' } },
  {
    name: 'resharing on → medium (SPS, CIS)',
    mutate: (d) => {
      d.sharepointSettings.isResharingByExternalUsersEnabled = true;
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'allowed', resourceId: 'sharepointSettings', subKey: 'isResharingByExternalUsersEnabled', severity: 'medium' },
      ],
    },
  },
  {
    name: 'resharing on with Anyone links still fails (SPS)',
    mutate: (d) => {
      d.sharepointSettings.isResharingByExternalUsersEnabled = true;
      d.sharepointSettings.sharingCapability = 'externalUserAndGuestSharing';
    },
    expect: { status: 'fail', findings: [{ messageId: 'allowed' }] },
  },
  {
    name: 'no external sharing: nobody to reshare → not applicable (SPS)',
    mutate: (d) => {
      d.sharepointSettings.isResharingByExternalUsersEnabled = true;
      d.sharepointSettings.sharingCapability = 'disabled';
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'value absent → not assessed, never a pass',
    mutate: (d) => {
      delete d.sharepointSettings.isResharingByExternalUsersEnabled;
    },
    expect: { status: 'not-assessed' },
  },
]);
