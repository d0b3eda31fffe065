import rule from '../../rules/xtap-default-direct-connect-inbound-open.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// DC      https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview — direct connect "currently works with
//         Microsoft Teams shared channels"; inbound and outbound blocked by default.
// TARGET  https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget — reserved application values
//         Office365 (the Office 365 suite) and AllMicrosoftApps.
// DEFAULT https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault — isServiceDefault;
//         Graph's system default blocks direct connect both ways.
// SETUP   https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect — "You cannot
//         target users or groups in inbound default settings"; Block access blocks the targets listed.
const allUsers = { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] };
const allApps = { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] };

ruleTable(rule, [
  { name: 'direct connect blocked by default passes (DC)', expect: { status: 'pass' } },
  {
    name: 'open to all users and all apps → medium',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: allApps };
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'open',
          resourceId: 'default',
          subKey: 'b2bDirectConnectInbound',
          severity: 'medium',
          params: { users: 'all users', applications: 'all applications' },
        },
      ],
    },
  },
  // DC + TARGET: direct connect reaches Teams shared channels only, part of Office 365 — Office365 is all of it.
  {
    name: 'all users to Office 365 is open to everything direct connect reaches, not "selected applications" (DC, TARGET)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = {
        usersAndGroups: allUsers,
        applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] },
      };
    },
    expect: { status: 'fail', findings: [{ params: { applications: 'all applications' } }] },
  },
  {
    name: 'all users to all Microsoft apps is open too (TARGET AllMicrosoftApps)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = {
        usersAndGroups: allUsers,
        applications: { accessType: 'allowed', targets: [{ target: 'AllMicrosoftApps', targetType: 'application' }] },
      };
    },
    expect: { status: 'fail', findings: [{ params: { applications: 'all applications' } }] },
  },
  {
    name: 'all users, but Office 365 blocked: nothing direct connect reaches is left → pass (DC, TARGET)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = {
        usersAndGroups: allUsers,
        applications: { accessType: 'blocked', targets: [{ target: 'Office365', targetType: 'application' }] },
      };
    },
    expect: { status: 'pass' },
  },
  // SETUP: "Block access" applies to the targets listed, so blocking named users lets everyone else in.
  {
    name: 'users blocked by name only: everyone else is let in → fail (SETUP)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = {
        usersAndGroups: { accessType: 'blocked', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000bb', targetType: 'group' }] },
        applications: allApps,
      };
    },
    expect: { status: 'fail', findings: [{ params: { users: 'all users except those blocked by name' } }] },
  },
  // DEFAULT: Graph's documented system default (isServiceDefault true) blocks direct connect inbound.
  {
    name: "isServiceDefault true with Graph's documented system values → pass (DEFAULT)",
    mutate: (d) => {
      const blocked = {
        usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
        applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      };
      d.crossTenantAccessDefault.isServiceDefault = true;
      d.crossTenantAccessDefault.b2bDirectConnectInbound = blocked;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'null setting inherits the service default (blocked) → pass (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'users open but every application blocked → nobody gets in',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = {
        usersAndGroups: allUsers,
        applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknown access type → not assessed',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = {
        usersAndGroups: { accessType: 'unknownFutureValue', targets: [] },
        applications: allApps,
      };
    },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
  {
    name: 'a partner open for direct connect is not the default',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: allApps };
    },
    expect: { status: 'pass' },
  },
]);
