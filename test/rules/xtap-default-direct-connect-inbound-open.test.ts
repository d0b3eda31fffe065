import rule from '../../rules/xtap-default-direct-connect-inbound-open.js';
import { ruleTable } from '../support/rule-table.js';

const allUsers = { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] };
const allApps = { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] };

ruleTable(rule, [
  { name: 'direct connect blocked by default passes', expect: { status: 'pass' } },
  {
    name: 'open to all users and all apps → medium',
    mutate: (d) => { d.crossTenantAccessDefault.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: allApps }; },
    expect: { status: 'fail', findings: [{ messageId: 'open', resourceId: 'default', subKey: 'b2bDirectConnectInbound', severity: 'medium', params: { users: 'all users', applications: 'all applications' } }] },
  },
  {
    name: 'all users to Office 365 only still admits every tenant',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] } };
    },
    expect: { status: 'fail', findings: [{ params: { applications: 'selected applications' } }] },
  },
  {
    name: 'null setting inherits the service default (blocked) → pass',
    mutate: (d) => { d.crossTenantAccessDefault.b2bDirectConnectInbound = null; },
    expect: { status: 'pass' },
  },
  {
    name: 'users open but every application blocked → nobody gets in',
    mutate: (d) => {
      d.crossTenantAccessDefault.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] } };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknown access type → not assessed',
    mutate: (d) => { d.crossTenantAccessDefault.b2bDirectConnectInbound = { usersAndGroups: { accessType: 'unknownFutureValue', targets: [] }, applications: allApps }; },
    expect: { status: 'not-assessed', reason: /does not recognise/ },
  },
  {
    name: 'a partner open for direct connect is not the default',
    mutate: (d) => { d.crossTenantAccessPartners[0]!.b2bDirectConnectInbound = { usersAndGroups: allUsers, applications: allApps }; },
    expect: { status: 'pass' },
  },
]);
