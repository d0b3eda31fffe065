import rule from '../../rules/sharepoint-external-sharing-level.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// SPS  https://learn.microsoft.com/graph/api/resources/sharepointsettings#sharingcapabilities-values — disabled (only
//      the organisation), existingExternalUserSharingOnly (existing guests), externalUserSharingOnly (new and existing
//      guests, who sign in or use a verification code), externalUserAndGuestSharing (anyone, links without sign-in).
// ORG  https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off — the organisation-level setting is the
//      most permissive any site can use; OneDrive's cannot be more permissive than SharePoint's.
// CIS  CIS Microsoft 365 Foundations Benchmark §7.2.3 — "New and existing guests" or less permissive.
// SCUBA MS.SHAREPOINT.1.1v1 — existing guests or only the organisation (strict profile).

ruleTable(rule, [
  { name: 'new and existing guests is within the baseline (CIS, SPS)', expect: { status: 'pass' } },
  {
    name: 'Anyone links → high (SPS: links that need no sign-in)',
    mutate: (d) => {
      d.sharepointSettings.sharingCapability = 'externalUserAndGuestSharing';
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'anyone', resourceId: 'sharepointSettings', subKey: 'sharingCapability', severity: 'high' }],
    },
  },
  {
    name: 'strict profile: new and existing guests is wider than existing guests → medium (SCUBA)',
    profile: 'strict',
    expect: { status: 'fail', findings: [{ messageId: 'wider', severity: 'medium', params: { level: 'externalUserSharingOnly' } }] },
  },
  {
    name: 'strict profile: existing guests only passes (SCUBA)',
    profile: 'strict',
    mutate: (d) => {
      d.sharepointSettings.sharingCapability = 'existingExternalUserSharingOnly';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'no external sharing passes every limit (SPS, ORG)',
    options: { maxLevel: 'disabled' },
    mutate: (d) => {
      d.sharepointSettings.sharingCapability = 'disabled';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'maxLevel externalUserAndGuestSharing accepts Anyone links (option)',
    options: { maxLevel: 'externalUserAndGuestSharing' },
    mutate: (d) => {
      d.sharepointSettings.sharingCapability = 'externalUserAndGuestSharing';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknownFutureValue is not judged (SPS)',
    mutate: (d) => {
      d.sharepointSettings.sharingCapability = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
  {
    name: 'an absent sharingCapability is not judged either',
    mutate: (d) => {
      delete d.sharepointSettings.sharingCapability;
    },
    expect: { status: 'not-assessed' },
  },
]);
