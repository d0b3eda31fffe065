import rule from '../../rules/xtap-default-outbound-open.js';
import { ruleTable } from '../support/rule-table.js';

const open = {
  usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
  applications: { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] },
};

ruleTable(rule, [
  { name: 'outbound blocked passes', expect: { status: 'pass' } },
  {
    name: 'collaboration outbound left at the service default (open) → low',
    mutate: (d) => { d.crossTenantAccessDefault.b2bCollaborationOutbound = null; },
    expect: { status: 'fail', findings: [{ messageId: 'open', resourceId: 'default', subKey: 'b2bCollaborationOutbound', severity: 'low' }] },
  },
  {
    name: 'direct connect outbound null inherits the service default (blocked) → pass',
    mutate: (d) => { d.crossTenantAccessDefault.b2bDirectConnectOutbound = null; },
    expect: { status: 'pass' },
  },
  {
    name: 'both open → one finding per setting',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = open;
      d.crossTenantAccessDefault.b2bDirectConnectOutbound = open;
    },
    expect: { status: 'fail', findings: [{ subKey: 'b2bCollaborationOutbound' }, { subKey: 'b2bDirectConnectOutbound', params: { setting: 'B2B direct connect' } }] },
  },
  {
    name: 'outbound scoped to a group of users passes (a deliberate scope)',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = { ...open, usersAndGroups: { accessType: 'allowed', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000bb', targetType: 'group' }] } };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'all users but only selected external apps passes',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = { ...open, applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] } };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a block list of a few users is still open to all the others',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bCollaborationOutbound = { ...open, usersAndGroups: { accessType: 'blocked', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000cc', targetType: 'group' }] } };
    },
    expect: { status: 'fail', findings: [{ subKey: 'b2bCollaborationOutbound' }] },
  },
  {
    name: 'unknown access type → not assessed',
    mutate: (d) => { d.crossTenantAccessDefault.b2bCollaborationOutbound = { ...open, applications: { accessType: 'unknownFutureValue', targets: [] } }; },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
]);
