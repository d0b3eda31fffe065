import rule from '../../rules/ca-guest-policy-report-only.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// REPORT https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only —
//        report-only (enabledForReportingButNotEnforced) evaluates and logs a policy without enforcing it.
// TYPES  https://learn.microsoft.com/graph/api/resources/conditionalaccessguestsorexternalusers — guests are named by the
//        GuestsOrExternalUsers keyword or a guests-or-external-users block.

const guestMfa = (d: MutableData) => d.conditionalAccessPolicies[0]!;
const block = (d: MutableData) => d.conditionalAccessPolicies[1]!;

ruleTable(rule, [
  { name: 'enforced guest policy passes', expect: { status: 'pass' } },
  {
    name: 'guest MFA policy in report-only → one low finding on that policy (REPORT, TYPES)',
    mutate: (d) => {
      guestMfa(d).state = 'enabledForReportingButNotEnforced';
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'reportOnly',
          resourceId: 'ca000000-0000-4000-8000-000000000001',
          resourceType: 'conditionalAccessPolicy',
          severity: 'low',
          params: { controls: 'mfa' },
        },
      ],
    },
  },
  {
    name: 'policy naming guests by keyword in report-only (TYPES)',
    mutate: (d) => {
      block(d).state = 'enabledForReportingButNotEnforced';
      block(d).conditions!.users!.includeUsers = ['GuestsOrExternalUsers'];
    },
    expect: { status: 'fail', findings: [{ resourceId: 'ca000000-0000-4000-8000-000000000002', params: { controls: 'block' } }] },
  },
  {
    name: 'All-users policy in report-only is not a guest policy',
    mutate: (d) => {
      block(d).state = 'enabledForReportingButNotEnforced';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'disabled guest policy is not report-only (REPORT)',
    mutate: (d) => {
      guestMfa(d).state = 'disabled';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'two report-only guest policies → two findings',
    mutate: (d) => {
      guestMfa(d).state = 'enabledForReportingButNotEnforced';
      const copy = structuredClone(guestMfa(d));
      copy.id = 'ca000000-0000-4000-8000-000000000009';
      copy.grantControls = null;
      d.conditionalAccessPolicies.push(copy);
    },
    expect: {
      status: 'fail',
      findings: [
        { resourceId: 'ca000000-0000-4000-8000-000000000001' },
        { resourceId: 'ca000000-0000-4000-8000-000000000009', params: { controls: 'session controls only' } },
      ],
    },
  },
  {
    name: 'a report-only policy that names one guest type counts as a guest policy (TYPES)',
    mutate: (d) => {
      guestMfa(d).state = 'enabledForReportingButNotEnforced';
      guestMfa(d).conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'b2bDirectConnectUser';
    },
    expect: { status: 'fail', findings: [{ resourceId: 'ca000000-0000-4000-8000-000000000001' }] },
  },
]);
