import rule from '../../rules/ca-guest-mfa-missing.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// The base tenant's first policy requires MFA for all six guest types from all tenants on all apps; its second blocks
// legacy authentication (Exchange ActiveSync and other clients) for all users.
// Cited:
// STRENGTH https://learn.microsoft.com/entra/external-id/authentication-conditional-access#authentication-strength-policies-for-external-users
//          — "you can only apply authentication strength policies to external users who authenticate with Microsoft
//          Entra ID. For email one-time passcode, SAML/WS-Fed, and Google federation users, use the MFA grant control".
// CLIENTS  https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-conditions#client-apps
//          — client app types: browser, mobile apps and desktop clients (modern), Exchange ActiveSync and other clients
//          (legacy authentication).
// TYPES    https://learn.microsoft.com/graph/api/resources/conditionalaccessguestsorexternalusers — the six guest and
//          external user types; externalTenants all or enumerated.
// REPORT   https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only —
//          report-only policies are evaluated, never enforced.
// POLICY   https://learn.microsoft.com/graph/api/resources/conditionalaccesspolicy — includeUsers / excludeUsers keywords
//          (All, GuestsOrExternalUsers), excludeGroups, excludeRoles; grantControls operator AND / OR.
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
    name: 'report-only policy does not count (Prowler PR #10616) (REPORT)',
    // The base's phishing-resistant policy for internal guests still covers them (a strength counts for internal guests).
    mutate: (d) => {
      guestMfa(d).state = 'enabledForReportingButNotEnforced';
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'missing',
          resourceId: 'conditionalAccess',
          severity: 'high',
          params: { types: 'b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider' },
        },
      ],
    },
  },
  {
    name: 'disabled policy does not count',
    mutate: (d) => {
      guestMfa(d).state = 'disabled';
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'regression: a policy that excludes guests does not satisfy guest MFA (TYPES)',
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
    name: 'All-users MFA policy excluding the GuestsOrExternalUsers keyword covers no guest (POLICY)',
    mutate: (d) => {
      allUsersMfa(d);
      users(d).excludeUsers = ['GuestsOrExternalUsers'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'excluding guests of one partner tenant leaves that tenant uncovered (TYPES)',
    mutate: (d) => {
      users(d).excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember',
        externalTenants: {
          '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
          membershipKind: 'enumerated',
          members: ['22223333-4444-4555-8666-777788889999'],
        },
      };
    },
    expect: { status: 'fail', findings: [{ params: { types: 'b2bCollaborationGuest, b2bCollaborationMember' } }] },
  },
  { name: 'an MFA policy for All users (no exclusions) covers every guest', mutate: allUsersMfa, expect: { status: 'pass' } },
  {
    name: 'excluded group may hold guests → not counted (POLICY)',
    mutate: (d) => {
      allUsersMfa(d);
      users(d).excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'excluded group vouched for in ignoredExclusions → counted',
    mutate: (d) => {
      allUsersMfa(d);
      users(d).excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001'];
    },
    options: { ignoredExclusions: ['B6A0C0DE-0000-4000-8000-00000000B001'] },
    expect: { status: 'pass' },
  },
  {
    name: 'excluded role may be held by guests → not counted',
    mutate: (d) => {
      allUsersMfa(d);
      users(d).excludeRoles = ['62e90394-69f5-4237-9190-012177145e10'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'excluded user who is not a collected guest (break-glass member) is harmless',
    mutate: (d) => {
      allUsersMfa(d);
      users(d).excludeUsers = ['5b0d0000-0000-4000-8000-000000000001'];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'excluded user who is a guest breaks coverage',
    mutate: (d) => {
      allUsersMfa(d);
      users(d).excludeUsers = ['7a1c0000-0000-4000-8000-000000000002'];
    },
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
    mutate: (d) => {
      guestMfa(d).conditions!.signInRiskLevels = ['high', 'medium'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'location-scoped policy does not count',
    mutate: (d) => {
      guestMfa(d).conditions!.locations = { includeLocations: ['All'], excludeLocations: ['AllTrusted'] };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  // CLIENTS: browser alone leaves mobile apps and desktop clients (modern authentication) without MFA.
  {
    name: 'browser-only policy does not count (CLIENTS)',
    mutate: (d) => {
      guestMfa(d).conditions!.clientAppTypes = ['browser'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  // CLIENTS: with legacy clients blocked for the same guests, browser + modern clients are every client left.
  {
    name: 'MFA for browser and modern clients plus an enforced legacy block for the same guests leaves no client without MFA (CLIENTS)',
    mutate: (d) => {
      guestMfa(d).conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'MFA for browser and modern clients without any legacy block does not count (CLIENTS)',
    mutate: (d) => {
      guestMfa(d).conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
      d.conditionalAccessPolicies.splice(1, 1);
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'MFA for browser and modern clients while the legacy block is report-only does not count (CLIENTS)',
    mutate: (d) => {
      guestMfa(d).conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
      d.conditionalAccessPolicies[1]!.state = 'enabledForReportingButNotEnforced';
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'MFA for browser and modern clients counts only for the guests the legacy block covers (CLIENTS, TYPES)',
    mutate: (d) => {
      guestMfa(d).conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
      d.conditionalAccessPolicies[1]!.conditions!.users!.excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bDirectConnectUser',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
      };
    },
    expect: { status: 'fail', findings: [{ params: { types: 'b2bDirectConnectUser' } }] },
  },
  {
    name: 'Office 365 only does not count',
    mutate: (d) => {
      guestMfa(d).conditions!.applications = { includeApplications: ['Office365'], excludeApplications: [] };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'All apps with one excluded app does not count',
    mutate: (d) => {
      guestMfa(d).conditions!.applications = {
        includeApplications: ['All'],
        excludeApplications: ['00000003-0000-0ff1-ce00-000000000000'],
      };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'MFA OR compliant device: MFA is optional → not counted (POLICY)',
    mutate: (d) => {
      guestMfa(d).grantControls = { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'], authenticationStrength: null };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'MFA AND terms of use: MFA still required (POLICY)',
    mutate: (d) => {
      guestMfa(d).grantControls = {
        operator: 'AND',
        builtInControls: ['mfa'],
        termsOfUse: ['b5c0ffee-0000-4000-8000-000000000001'],
        authenticationStrength: null,
      };
    },
    expect: { status: 'pass' },
  },
  // STRENGTH: a strength is MFA only for guests who authenticate with Entra ID.
  {
    name: 'authentication strength instead of the MFA control counts only for guests who authenticate with Entra ID (STRENGTH)',
    mutate: (d) => {
      guestMfa(d).grantControls = {
        operator: 'OR',
        builtInControls: [],
        authenticationStrength: {
          id: '00000000-0000-0000-0000-000000000002',
          displayName: 'Multifactor authentication',
          requirementsSatisfied: 'mfa',
        },
      };
    },
    expect: { status: 'fail', findings: [{ params: { types: 'b2bCollaborationGuest, b2bCollaborationMember, otherExternalUser' } }] },
  },
  {
    name: 'authentication strength is enough when only Entra-authenticating guest types must be covered (STRENGTH)',
    mutate: (d) => {
      guestMfa(d).grantControls = {
        operator: 'OR',
        builtInControls: [],
        authenticationStrength: {
          id: '00000000-0000-0000-0000-000000000004',
          displayName: 'Phishing-resistant MFA',
          requirementsSatisfied: 'mfa',
        },
      };
    },
    options: { guestTypes: ['internalGuest', 'b2bDirectConnectUser', 'serviceProvider'] },
    expect: { status: 'pass' },
  },
  {
    name: 'a strength for B2B guests plus the MFA grant for the same guests covers them (STRENGTH)',
    mutate: (d) => {
      const strength = structuredClone(guestMfa(d));
      strength.id = 'ca000000-0000-4000-8000-000000000008';
      strength.grantControls = {
        operator: 'OR',
        builtInControls: [],
        authenticationStrength: { id: '00000000-0000-0000-0000-000000000004', requirementsSatisfied: 'mfa' },
      };
      d.conditionalAccessPolicies.push(strength);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a strength whose requirementsSatisfied is none is not MFA for anyone (STRENGTH)',
    mutate: (d) => {
      guestMfa(d).grantControls = {
        operator: 'OR',
        builtInControls: [],
        authenticationStrength: {
          id: 'c0ffee00-0000-4000-8000-000000000002',
          requirementsSatisfied: 'none',
          allowedCombinations: ['password'],
        },
      };
    },
    expect: {
      status: 'fail',
      findings: [
        { params: { types: 'b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider' } },
      ],
    },
  },
  {
    name: 'block-only policy is not an MFA requirement',
    mutate: (d) => {
      guestMfa(d).grantControls = { operator: 'OR', builtInControls: ['block'], authenticationStrength: null };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'two policies jointly covering every guest type pass',
    mutate: (d) => {
      const second = structuredClone(guestMfa(d));
      second.id = 'ca000000-0000-4000-8000-000000000009';
      users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember';
      second.conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes =
        'b2bDirectConnectUser,otherExternalUser,serviceProvider';
      d.conditionalAccessPolicies.push(second);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a policy for enumerated tenants only leaves other tenants uncovered (TYPES)',
    mutate: (d) => {
      users(d).includeGuestsOrExternalUsers!.externalTenants = {
        '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
        membershipKind: 'enumerated',
        members: ['22223333-4444-4555-8666-777788889999'],
      };
    },
    // internal guests are local accounts: a tenant list never narrows them.
    expect: {
      status: 'fail',
      findings: [
        { params: { types: 'b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider' } },
      ],
    },
  },
  {
    name: 'guest types with spaces and odd case are split and trimmed',
    mutate: (d) => {
      users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes =
        ' InternalGuest , b2bcollaborationguest,b2bCollaborationMember ,b2bDirectConnectUser,otherExternalUser, serviceProvider ';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknown type literal is not read as coverage (TYPES)',
    mutate: (d) => {
      users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes =
        'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,unknownFutureValue';
    },
    expect: { status: 'fail', findings: [{ params: { types: 'serviceProvider' } }] },
  },
  {
    name: 'guestTypes option narrows what must be covered',
    mutate: (d) => {
      users(d).includeGuestsOrExternalUsers!.guestOrExternalUserTypes =
        'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser';
    },
    options: {
      guestTypes: ['internalGuest', 'b2bCollaborationGuest', 'b2bCollaborationMember', 'b2bDirectConnectUser', 'otherExternalUser'],
    },
    expect: { status: 'pass' },
  },
  {
    name: 'no Conditional Access policy at all',
    mutate: (d) => {
      d.conditionalAccessPolicies = [];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
]);
