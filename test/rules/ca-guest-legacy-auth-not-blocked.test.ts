import rule from '../../rules/ca-guest-legacy-auth-not-blocked.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// CLIENTS https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-conditions#client-apps —
//         legacy authentication arrives as Exchange ActiveSync clients and "Other clients".
// B2BCA   https://learn.microsoft.com/entra/external-id/authentication-conditional-access — "Client apps conditions behave
//         the same for B2B guest users as they do for any other type of user", e.g. to prevent legacy protocols.
// TYPES   https://learn.microsoft.com/graph/api/resources/conditionalaccessguestsorexternalusers — the six guest types;
//         the GuestsOrExternalUsers keyword in includeUsers / excludeUsers.
// REPORT  https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-report-only

// The base tenant's second policy blocks exchangeActiveSync + other for All users on all apps.
const block = (d: MutableData) => d.conditionalAccessPolicies[1]!;

ruleTable(rule, [
  { name: 'All-users legacy block covers every guest (B2BCA, CLIENTS)', expect: { status: 'pass' } },
  {
    name: 'report-only block does not count (REPORT)',
    mutate: (d) => {
      block(d).state = 'enabledForReportingButNotEnforced';
    },
    expect: { status: 'fail', findings: [{ messageId: 'missing', resourceId: 'conditionalAccess', severity: 'medium' }] },
  },
  {
    name: 'block only for exchangeActiveSync leaves "other" clients open (CLIENTS)',
    mutate: (d) => {
      block(d).conditions!.clientAppTypes = ['exchangeActiveSync'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a block on all client app types also blocks legacy clients (CLIENTS)',
    mutate: (d) => {
      block(d).conditions!.clientAppTypes = ['all'];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'guests excluded by keyword (TYPES)',
    mutate: (d) => {
      block(d).conditions!.users!.excludeUsers = ['GuestsOrExternalUsers'];
    },
    expect: {
      status: 'fail',
      findings: [
        {
          params: {
            types: 'internalGuest, b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider',
          },
        },
      ],
    },
  },
  {
    name: 'one guest type excluded (TYPES)',
    mutate: (d) => {
      block(d).conditions!.users!.excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'otherExternalUser',
        externalTenants: { membershipKind: 'all', '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants' },
      };
    },
    expect: { status: 'fail', findings: [{ params: { types: 'otherExternalUser' } }] },
  },
  {
    name: 'break-glass group exclusion breaks coverage unless vouched for',
    mutate: (d) => {
      block(d).conditions!.users!.excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'break-glass group exclusion vouched for',
    mutate: (d) => {
      block(d).conditions!.users!.excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001'];
    },
    options: { ignoredExclusions: ['b6a0c0de-0000-4000-8000-00000000b001'] },
    expect: { status: 'pass' },
  },
  {
    name: 'members-only block (selected group) does not cover guests',
    mutate: (d) => {
      block(d).conditions!.users!.includeUsers = [];
      block(d).conditions!.users!.includeGroups = ['b6a0c0de-0000-4000-8000-00000000b002'];
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a legacy block scoped to one location does not count',
    mutate: (d) => {
      block(d).conditions!.locations = { includeLocations: ['b6a0c0de-0000-4000-8000-00000000c001'], excludeLocations: [] };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a grant that is MFA instead of block does not count',
    mutate: (d) => {
      block(d).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a dedicated guest legacy block together with a members-only block passes',
    mutate: (d) => {
      block(d).conditions!.users!.includeUsers = [];
      block(d).conditions!.users!.includeGuestsOrExternalUsers = {
        guestOrExternalUserTypes:
          'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,serviceProvider',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
      };
    },
    expect: { status: 'pass' },
  },
  // TYPES: an exclusion of one tenant's guests leaves that tenant open.
  {
    name: 'a guest-type exclusion for one partner tenant leaves that tenant open (TYPES)',
    mutate: (d) => {
      block(d).conditions!.users!.excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'b2bCollaborationGuest',
        externalTenants: {
          '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
          membershipKind: 'enumerated',
          members: ['22223333-4444-4555-8666-777788889999'],
        },
      };
    },
    expect: { status: 'fail', findings: [{ params: { types: 'b2bCollaborationGuest' } }] },
  },
  {
    name: 'Exchange ActiveSync blocked by one policy and other clients by another block legacy authentication together (CLIENTS)',
    mutate: (d) => {
      block(d).conditions!.clientAppTypes = ['exchangeActiveSync'];
      const other = structuredClone(block(d));
      other.id = 'ca000000-0000-4000-8000-000000000009';
      other.conditions!.clientAppTypes = ['other'];
      d.conditionalAccessPolicies.push(other);
    },
    expect: { status: 'pass' },
  },
  {
    name: '…but not where the second block leaves a guest type out (CLIENTS, TYPES)',
    mutate: (d) => {
      block(d).conditions!.clientAppTypes = ['exchangeActiveSync'];
      const other = structuredClone(block(d));
      other.id = 'ca000000-0000-4000-8000-000000000009';
      other.conditions!.clientAppTypes = ['other'];
      other.conditions!.users!.excludeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'serviceProvider',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
      };
      d.conditionalAccessPolicies.push(other);
    },
    expect: { status: 'fail', findings: [{ params: { types: 'serviceProvider' } }] },
  },
]);
