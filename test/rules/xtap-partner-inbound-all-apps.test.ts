import rule from '../../rules/xtap-partner-inbound-all-apps.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// PARTNER https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner — "For any
//         partner-specific property that is null, these settings inherit the behavior configured in your default".
// COLLAB  https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration — "Block access"
//         applies to the listed targets only.

const group = { accessType: 'allowed', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000aa', targetType: 'group' }] };
const allUsers = { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] };
const allApps = { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] };

ruleTable(rule, [
  { name: 'partner limited to one application passes', expect: { status: 'pass' } },
  {
    name: 'partner opens all applications → low (PARTNER)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: group, applications: allApps };
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'allApps',
          subKey: 'b2bCollaborationInbound.applications',
          severity: 'low',
          params: { applications: 'all applications' },
        },
      ],
    },
  },
  {
    name: 'all apps but a blocked few (COLLAB)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: group,
        applications: { accessType: 'blocked', targets: [{ target: 'abc', targetType: 'application' }] },
      };
    },
    expect: { status: 'fail', findings: [{ params: { applications: 'all but a blocked few applications' } }] },
  },
  {
    name: "applications inherited from an open default are the default's finding (PARTNER)",
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: allUsers, applications: allApps };
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = { usersAndGroups: group, applications: null };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'regression: trust-only partner inherits the blocked default → pass',
    mutate: (d) => {
      const p = d.crossTenantAccessPartners[0]!;
      p.b2bCollaborationInbound = null;
      p.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'all apps but users blocked → nobody gets in',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
        applications: allApps,
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
]);
