import rule from '../../rules/xtap-tenant-restrictions-missing.js';
import { ruleTable } from '../support/rule-table.js';

const allUsers = (accessType: string) => ({ accessType, targets: [{ target: 'AllUsers', targetType: 'user' }] });
const allApps = (accessType: string) => ({ accessType, targets: [{ target: 'AllApplications', targetType: 'application' }] });

ruleTable(rule, [
  { name: 'TRv2 default blocks all users and apps', expect: { status: 'pass' } },
  {
    name: 'not configured: the service default restricts nothing → medium',
    mutate: (d) => { d.crossTenantAccessDefault.tenantRestrictions = null; },
    expect: { status: 'fail', findings: [{ messageId: 'notConfigured', resourceId: 'default', subKey: 'tenantRestrictions', severity: 'medium' }] },
  },
  {
    name: 'explicitly allowed for all → open',
    mutate: (d) => { d.crossTenantAccessDefault.tenantRestrictions = { usersAndGroups: allUsers('allowed'), applications: allApps('allowed'), devices: null }; },
    expect: { status: 'fail', findings: [{ messageId: 'open', params: { users: 'all external accounts', applications: 'all applications' } }] },
  },
  {
    name: 'all users blocked is enough even if apps are listed as allowed',
    mutate: (d) => { d.crossTenantAccessDefault.tenantRestrictions = { usersAndGroups: allUsers('blocked'), applications: allApps('allowed'), devices: null }; },
    expect: { status: 'pass' },
  },
  {
    name: 'blocking only a few external apps leaves the rest open',
    mutate: (d) => {
      d.crossTenantAccessDefault.tenantRestrictions = {
        usersAndGroups: allUsers('allowed'),
        applications: { accessType: 'blocked', targets: [{ target: '00000003-0000-0ff1-ce00-000000000000', targetType: 'application' }] },
        devices: null,
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'open' }] },
  },
  {
    name: 'unknown access type → not assessed',
    mutate: (d) => { d.crossTenantAccessDefault.tenantRestrictions = { usersAndGroups: { accessType: 'unknownFutureValue', targets: [] }, applications: allApps('allowed'), devices: null }; },
    expect: { status: 'not-assessed' },
  },
  {
    name: 'a partner tenant-restrictions override does not change the default',
    mutate: (d) => { d.crossTenantAccessPartners[0]!.tenantRestrictions = { usersAndGroups: allUsers('allowed'), applications: allApps('allowed') }; },
    expect: { status: 'pass' },
  },
]);
