import rule from '../../rules/ca-guest-mfa-missing.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// The base tenant's first policy requires MFA for all six guest types from all tenants on all apps.
const guestMfa = (d: MutableData) => d.conditionalAccessPolicies[0]!;
const users = (d: MutableData) => guestMfa(d).conditions!.users!;
const allUsersMfa = (d: MutableData) => {
  const u = users(d);
  u.includeUsers = ['All'];
  u.includeGuestsOrExternalUsers = null;
};

ruleTable(rule, [
  { name: 'AR0028 regression: a compliant guest MFA policy raises nothing', expect: { status: 'pass' } },
  {
    name: 'report-only policy does not count (Prowler PR #10616)',
    mutate: (d) => { guestMfa(d).state = 'enabledForReportingButNotEnforced'; },
    expect: { status: 'fail', findings: [{ messageId: 'missing', resourceId: 'conditionalAccess', severity: 'high', params: { types: 'internalGuest, b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider' } }] },
  },
  {
    name: 'disabled policy does not count',
    mutate: (d) => { guestMfa(d).state = 'disabled'; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'regression: a policy that excludes guests does not satisfy guest MFA',
    mutate: (d) => {
      allUsersMfa(d);
      users(d).excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bCollaborationGuest',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'missing', params: { types: 'b2bCollaborationGuest' } }] },
  },
  {
    name: 'All-users MFA policy excluding the GuestsOrExternalUsers keyword covers no guest',
    mutate: (d) => { allUsersMfa(d); users(d).excludeUsers = ['GuestsOrExternalUsers']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'excluding guests of one partner tenant leaves that tenant uncovered',
    mutate: (d) => {
      users(d).excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants', membershipKind: 'enumerated', members: ['22223333-4444-4555-8666-777788889999'] },
      };
    },
    expect: { status: 'fail', findings: [{ params: { types: 'b2bCollaborationGuest, b2bCollaborationMember' } }] },
  },
  { name: 'an MFA policy for All users (no exclusions) covers every guest', mutate: allUsersMfa, expect: { status: 'pass' } },
  {
    name: 'excluded group may hold guests → not counted',
    mutate: (d) => { allUsersMfa(d); users(d).excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'excluded group vouched for in ignoredExclusions → counted',
    mutate: (d) => { allUsersMfa(d); users(d).excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001']; },
    options: { ignoredExclusions: ['B6A0C0DE-0000-4000-8000-00000000B001'] },
    expect: { status: 'pass' },
  },
  {
    name: 'excluded role may be held by guests → not counted',
    mutate: (d) => { allUsersMfa(d); users(d).excludeRoles = ['62e90394-69f5-4237-9190-012177145e10']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'excluded user who is not a collected guest (break-glass member) is harmless',
    mutate: (d) => { allUsersMfa(d); users(d).excludeUsers = ['5b0d0000-0000-4000-8000-000000000001']; },
    expect: { status: 'pass' },
  },
  {
    name: 'excluded user who is a guest breaks coverage',
    mutate: (d) => { allUsersMfa(d); users(d).excludeUsers = ['7a1c0000-0000-4000-8000-000000000002']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'excluded user with no guest list collected may be a guest → not counted',
    mutate: (d, s) => {
      allUsersMfa(d);
      users(d).excludeUsers = ['5b0d0000-0000-4000-8000-000000000001'];
      s.sections.guests = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      delete (d as Partial<MutableData>).guests;
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'Maester #2167 regression: a sign-in-risk policy does not count',
    mutate: (d) => { guestMfa(d).conditions!.signInRiskLevels = ['high', 'medium']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'location-scoped policy does not count',
    mutate: (d) => { guestMfa(d).conditions!.locations = { includeLocations: ['All'], excludeLocations: ['AllTrusted'] }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'browser-only policy does not count',
    mutate: (d) => { guestMfa(d).conditions!.clientAppTypes = ['browser']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'Office 365 only does not count',
    mutate: (d) => { guestMfa(d).conditions!.applications = { includeApplications: ['Office365'], excludeApplications: [] }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'All apps with one excluded app does not count',
    mutate: (d) => { guestMfa(d).conditions!.applications = { includeApplications: ['All'], excludeApplications: ['00000003-0000-0ff1-ce00-000000000000'] }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'MFA OR compliant device: MFA is optional → not counted',
    mutate: (d) => { guestMfa(d).grantControls = { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'], authenticationStrength: null }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'MFA AND terms of use: MFA still required',
    mutate: (d) => { guestMfa(d).grantControls = { operator: 'AND', builtInControls: ['mfa'], termsOfUse: ['b5c0ffee-0000-4000-8000-000000000001'], authenticationStrength: null }; },
    expect: { status: 'pass' },
  },
  {
    name: 'authentication strength instead of the mfa control counts',
    mutate: (d) => {
      guestMfa(d).grantControls = {
        operator: 'OR',
        builtInControls: [],
        authenticationStrength: { id: '00000000-0000-0000-0000-000000000002', displayName: 'Multifactor authentication', requirementsSatisfied: 'mfa' },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'block-only policy is not an MFA requirement',
    mutate: (d) => { guestMfa(d).grantControls = { operator: 'OR', builtInControls: ['block'], authenticationStrength: null }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'two policies jointly covering every guest type pass',
    mutate: (d) => {
      const second = structuredClone(guestMfa(d));
      second.id = 'ca000000-0000-4000-8000-000000000009';
      users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember';
      second.conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'b2bDirectConnectUser,otherExternalUser,serviceProvider';
      d.conditionalAccessPolicies.push(second);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a policy for enumerated tenants only leaves other tenants uncovered',
    mutate: (d) => {
      users(d).includeGuestsOrExternalUsers!.externalTenants = {
        '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
        membershipKind: 'enumerated',
        members: ['22223333-4444-4555-8666-777788889999'],
      };
    },
    // internal guests are local accounts: a tenant list never narrows them.
    expect: { status: 'fail', findings: [{ params: { types: 'b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider' } }] },
  },
  {
    name: 'guest types with spaces and odd case are split and trimmed',
    mutate: (d) => {
      users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes = ' InternalGuest , b2bcollaborationguest,b2bCollaborationMember ,b2bDirectConnectUser,otherExternalUser, serviceProvider ';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknown type literal is not read as coverage',
    mutate: (d) => { users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,unknownFutureValue'; },
    expect: { status: 'fail', findings: [{ params: { types: 'serviceProvider' } }] },
  },
  {
    name: 'guestTypes option narrows what must be covered',
    mutate: (d) => { users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser'; },
    options: { guestTypes: ['internalGuest', 'b2bCollaborationGuest', 'b2bCollaborationMember', 'b2bDirectConnectUser', 'otherExternalUser'] },
    expect: { status: 'pass' },
  },
  {
    name: 'no Conditional Access policy at all',
    mutate: (d) => { d.conditionalAccessPolicies = []; },
    expect: { status: 'fail', findingCount: 1 },
  },
]);
