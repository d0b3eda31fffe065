import rule from '../../rules/xtap-partner-inbound-all-users.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// PARTNER https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner — null partner
//         settings inherit the default's.
// COLLAB  https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration — "Block access"
//         applies to the listed targets only.

const PARTNER = '22223333-4444-4555-8666-777788889999';
const allUsers = { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] };
const allApps = { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] };
const office = { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] };

ruleTable(rule, [
  { name: 'partner admits a named group: pass', expect: { status: 'pass' } },
  {
    name: 'partner admits all its users → low on the partner (PARTNER)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: office };
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'allUsers',
          resourceId: PARTNER,
          resourceType: 'crossTenantAccessPolicyConfigurationPartner',
          subKey: 'b2bCollaborationInbound.usersAndGroups',
          severity: 'low',
          params: { users: 'all', applications: 'selected applications' },
        },
      ],
    },
  },
  {
    name: 'a block list of a few partner users is still everyone else (COLLAB)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: { accessType: 'blocked', targets: [{ target: 'abc', targetType: 'group' }] },
        applications: office,
      };
    },
    expect: { status: 'fail', findings: [{ params: { users: 'all but a blocked few' } }] },
  },
  {
    name: 'regression: a partner whose only non-null setting is inboundTrust is not "open" (inherits the blocked default) (PARTNER)',
    mutate: (d) => {
      const p = d.crossTenantAccessPartners[0]!;
      p.b2bCollaborationInbound = null;
      p.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null };
    },
    expect: { status: 'pass' },
  },
  {
    name: "regression: trust-only partner under an open default is the default's finding, not reported again here",
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: allApps };
      const p = d.crossTenantAccessPartners[0]!;
      p.b2bCollaborationInbound = null;
      p.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'partner sets only applications and inherits all users from an open default → not reported here',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: allApps };
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: null, applications: office };
    },
    expect: { status: 'pass' },
  },
  {
    name: "partner explicitly all users while the default is open too → still the partner's own choice",
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: allApps };
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: allApps };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'all users but every application blocked → nobody gets in',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: allUsers,
        applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'no partners → not applicable',
    mutate: (d) => {
      d.crossTenantAccessPartners = [];
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'unknown access type → not assessed',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: { accessType: 'unknownFutureValue', targets: [] },
        applications: office,
      };
    },
    expect: { status: 'not-assessed' },
  },
]);
