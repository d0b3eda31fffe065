import rule from '../../rules/ca-guest-legacy-auth-not-blocked.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// The base tenant's second policy blocks exchangeActiveSync + other for All users on all apps.
const block = (d: MutableData) => d.conditionalAccessPolicies[1]!;

ruleTable(rule, [
  { name: 'All-users legacy block covers every guest', expect: { status: 'pass' } },
  {
    name: 'report-only block does not count',
    mutate: (d) => { block(d).state = 'enabledForReportingButNotEnforced'; },
    expect: { status: 'fail', findings: [{ messageId: 'missing', resourceId: 'conditionalAccess', severity: 'medium' }] },
  },
  {
    name: 'block only for exchangeActiveSync leaves "other" clients open',
    mutate: (d) => { block(d).conditions!.clientAppTypes = ['exchangeActiveSync']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a block on all client app types also blocks legacy clients',
    mutate: (d) => { block(d).conditions!.clientAppTypes = ['all']; },
    expect: { status: 'pass' },
  },
  {
    name: 'guests excluded by keyword',
    mutate: (d) => { block(d).conditions!.users!.excludeUsers = ['GuestsOrExternalUsers']; },
    expect: { status: 'fail', findings: [{ params: { types: 'internalGuest, b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, otherExternalUser, serviceProvider' } }] },
  },
  {
    name: 'one guest type excluded',
    mutate: (d) => {
      block(d).conditions!.users!.excludeGuestsOrExternalUsers = { guestOrExternalUserTypes: 'otherExternalUser', externalTenants: { membershipKind: 'all', '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants' } };
    },
    expect: { status: 'fail', findings: [{ params: { types: 'otherExternalUser' } }] },
  },
  {
    name: 'break-glass group exclusion breaks coverage unless vouched for',
    mutate: (d) => { block(d).conditions!.users!.excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'break-glass group exclusion vouched for',
    mutate: (d) => { block(d).conditions!.users!.excludeGroups = ['b6a0c0de-0000-4000-8000-00000000b001']; },
    options: { ignoredExclusions: ['b6a0c0de-0000-4000-8000-00000000b001'] },
    expect: { status: 'pass' },
  },
  {
    name: 'members-only block (selected group) does not cover guests',
    mutate: (d) => { block(d).conditions!.users!.includeUsers = []; block(d).conditions!.users!.includeGroups = ['b6a0c0de-0000-4000-8000-00000000b002']; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a legacy block scoped to one location does not count',
    mutate: (d) => { block(d).conditions!.locations = { includeLocations: ['b6a0c0de-0000-4000-8000-00000000c001'], excludeLocations: [] }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a grant that is MFA instead of block does not count',
    mutate: (d) => { block(d).grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null }; },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a dedicated guest legacy block together with a members-only block passes',
    mutate: (d) => {
      block(d).conditions!.users!.includeUsers = [];
      block(d).conditions!.users!.includeGuestsOrExternalUsers = {
        guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,otherExternalUser,serviceProvider',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
      };
    },
    expect: { status: 'pass' },
  },
]);
