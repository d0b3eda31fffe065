import rule from '../../rules/xtap-default-outbound-open.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// DEFAULT https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault — the system
//         default opens B2B collaboration outbound and blocks direct connect outbound; null settings fall back to it.
// DC      https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview — direct connect serves Teams shared
//         channels only.
// TARGET  https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget — reserved application value
//         Office365 = the Office 365 suite.
const open = {
  usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
  applications: { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] },
};

ruleTable(rule, [
  { name: 'outbound blocked passes', expect: { status: 'pass' } },
  {
    name: 'collaboration outbound left at the service default (open) → low (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = null;
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'open', resourceId: 'default', subKey: 'b2bCollaborationOutbound', severity: 'low' }],
    },
  },
  {
    name: 'direct connect outbound null inherits the service default (blocked) → pass (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectOutbound = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'both open → one finding per setting',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = open;
      d.crossTenantAccessDefault.b2bDirectConnectOutbound = open;
    },
    expect: {
      status: 'fail',
      findings: [{ subKey: 'b2bCollaborationOutbound' }, { subKey: 'b2bDirectConnectOutbound', params: { setting: 'B2B direct connect' } }],
    },
  },
  {
    name: 'outbound scoped to a group of users passes (a deliberate scope)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = {
        ...open,
        usersAndGroups: { accessType: 'allowed', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000bb', targetType: 'group' }] },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'B2B collaboration for all users but only to Office 365 is a deliberate scope: pass (TARGET)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = {
        ...open,
        applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] },
      };
    },
    expect: { status: 'pass' },
  },
  // DC + TARGET: for direct connect, Office 365 is everything it reaches — all users to Office 365 is open.
  {
    name: 'direct connect outbound for all users to Office 365 is open, not "selected applications" (DC, TARGET)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectOutbound = {
        ...open,
        applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] },
      };
    },
    expect: { status: 'fail', findings: [{ subKey: 'b2bDirectConnectOutbound', params: { setting: 'B2B direct connect' } }] },
  },
  {
    name: 'direct connect outbound for a group of users to Office 365 is a deliberate scope: pass (DC)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectOutbound = {
        usersAndGroups: { accessType: 'allowed', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000bb', targetType: 'group' }] },
        applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] },
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a block list of a few users is still open to all the others',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = {
        ...open,
        usersAndGroups: { accessType: 'blocked', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000cc', targetType: 'group' }] },
      };
    },
    expect: { status: 'fail', findings: [{ subKey: 'b2bCollaborationOutbound' }] },
  },
  {
    name: 'unknown access type → not assessed',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = { ...open, applications: { accessType: 'unknownFutureValue', targets: [] } };
    },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
]);
