import rule from '../../rules/xtap-default-inbound-open.js';
import type { CrossTenantAccessPolicyTargetConfiguration } from '../../src/snapshot/snapshot.types.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// DEFAULT https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault — system default:
//         B2B collaboration inbound allowed for AllUsers and AllApplications; isServiceDefault true when untouched.
// TARGET  https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget — AllUsers / AllApplications
//         keywords, reserved Office365 and AllMicrosoftApps values.
// COLLAB  https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration — "Block access"
//         blocks the users, groups or applications listed under "Applies to"; everyone else keeps access.

const users = (accessType: string, ...targets: string[]): CrossTenantAccessPolicyTargetConfiguration => ({
  accessType,
  targets: targets.map((target) => ({ target, targetType: target === 'AllUsers' ? 'user' : 'group' })),
});
const apps = (accessType: string, ...targets: string[]): CrossTenantAccessPolicyTargetConfiguration => ({
  accessType,
  targets: targets.map((target) => ({ target, targetType: 'application' })),
});
const OFFICE365 = 'Office365';
const SOME_APP = '00000003-0000-0ff1-ce00-000000000000';
const SOME_GROUP = '9d6e0000-0000-4000-8000-0000000000aa';
const open = {
  messageId: 'open',
  resourceId: 'default',
  resourceType: 'crossTenantAccessPolicyConfigurationDefault',
  subKey: 'b2bCollaborationInbound',
};

ruleTable(rule, [
  { name: 'default inbound blocked for all users and all applications passes', expect: { status: 'pass' } },
  {
    name: 'allowed for AllUsers and AllApplications → high (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: apps('allowed', 'AllApplications'),
      };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high', params: { users: 'all users', applications: 'all applications' } }] },
  },
  {
    name: 'b2bCollaborationInbound null → service default (open) → high (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = null;
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high' }] },
  },
  {
    name: 'untouched service-default policy (isServiceDefault, settings absent) → high (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault = { isServiceDefault: true };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high' }] },
  },
  {
    name: 'users allowed, applications half null → applications from the service default (all) → high',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: users('allowed', 'AllUsers'), applications: null };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high' }] },
  },
  {
    name: 'users half null (service default: all users) with selected applications → medium',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = { usersAndGroups: null, applications: apps('allowed', OFFICE365) };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'medium', params: { applications: 'selected applications' } }] },
  },
  {
    name: 'all users but only selected applications allowed → medium',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: apps('allowed', OFFICE365, SOME_APP),
      };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'medium' }] },
  },
  {
    name: 'block list of named applications = everything else open → high (COLLAB)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: apps('blocked', SOME_APP),
      };
    },
    expect: {
      status: 'fail',
      findings: [{ ...open, severity: 'high', params: { applications: 'all applications except those blocked by name' } }],
    },
  },
  {
    name: 'block list of specific users = every other user allowed → finding (COLLAB)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('blocked', SOME_GROUP),
        applications: apps('allowed', 'AllApplications'),
      };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high', params: { users: 'all users except those blocked by name' } }] },
  },
  {
    name: '"blocked" with an empty target list blocks nobody → finding',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: { accessType: 'blocked', targets: [] },
        applications: apps('allowed', 'AllApplications'),
      };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high' }] },
  },
  {
    name: 'keyword case does not matter (allusers / allapplications) (TARGET)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'allusers'),
        applications: apps('allowed', 'allapplications'),
      };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high' }] },
  },
  {
    name: 'all users allowed but all applications blocked → nothing reachable → pass',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: apps('blocked', 'AllApplications'),
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'only a named group allowed (allow list) → not open to any tenant → pass',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', SOME_GROUP),
        applications: apps('allowed', 'AllApplications'),
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknown users accessType → not-assessed, never safe',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('unknownFutureValue', 'AllUsers'),
        applications: apps('blocked', 'AllApplications'),
      };
    },
    expect: { status: 'not-assessed', reason: /usersAndGroups\.accessType "unknownFutureValue" \(default\)/ },
  },
  {
    name: 'missing applications accessType → not-assessed naming it',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: { targets: [{ target: 'AllApplications', targetType: 'application' }] },
      };
    },
    expect: { status: 'not-assessed', reason: /applications\.accessType "unknown"/ },
  },
  {
    name: 'partner-only open settings do not change the default → pass',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: apps('allowed', 'AllApplications'),
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a partner that blocks does not hide an open default → fail',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationInbound = null;
      d.crossTenantAccessPartners[0]!.b2bCollaborationInbound = {
        usersAndGroups: users('blocked', 'AllUsers'),
        applications: apps('blocked', 'AllApplications'),
      };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high' }] },
  },
  {
    name: 'open outbound or direct connect is not this rule',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = null;
      d.crossTenantAccessDefault.b2bDirectConnectInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: apps('allowed', 'AllApplications'),
      };
    },
    expect: { status: 'pass' },
  },
  // DEFAULT: Graph's documented response for a default that was never customised.
  {
    name: "isServiceDefault true with Graph's documented system values (allowed to AllUsers, AllApplications) → high (DEFAULT)",
    mutate: (d) => {
      d.crossTenantAccessDefault.isServiceDefault = true;
      d.crossTenantAccessDefault.b2bCollaborationInbound = {
        usersAndGroups: users('allowed', 'AllUsers'),
        applications: apps('allowed', 'AllApplications'),
      };
    },
    expect: { status: 'fail', findings: [{ ...open, severity: 'high' }] },
  },
]);
