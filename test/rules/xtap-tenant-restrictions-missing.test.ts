import rule from '../../rules/xtap-tenant-restrictions-missing.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// TRV2    https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2 — default tenant restrictions decide which
//         external tenants your users may sign in to from your devices and networks; block all users or all apps.
// DEFAULT https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault

const allUsers = (accessType: string) => ({ accessType, targets: [{ target: 'AllUsers', targetType: 'user' }] });
const allApps = (accessType: string) => ({ accessType, targets: [{ target: 'AllApplications', targetType: 'application' }] });

ruleTable(rule, [
  { name: 'TRv2 default blocks all users and apps (TRV2)', expect: { status: 'pass' } },
  {
    name: 'not configured: the service default restricts nothing → medium (TRV2, DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.tenantRestrictions = null;
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'notConfigured', resourceId: 'default', subKey: 'tenantRestrictions', severity: 'medium' }],
    },
  },
  {
    name: 'explicitly allowed for all → open',
    mutate: (d) => {
      d.crossTenantAccessDefault.tenantRestrictions = {
        usersAndGroups: allUsers('allowed'),
        applications: allApps('allowed'),
        devices: null,
      };
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'open', params: { users: 'all external accounts', applications: 'all applications' } }],
    },
  },
  {
    name: 'all users blocked is enough even if apps are listed as allowed (TRV2)',
    mutate: (d) => {
      d.crossTenantAccessDefault.tenantRestrictions = {
        usersAndGroups: allUsers('blocked'),
        applications: allApps('allowed'),
        devices: null,
      };
    },
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
    mutate: (d) => {
      d.crossTenantAccessDefault.tenantRestrictions = {
        usersAndGroups: { accessType: 'unknownFutureValue', targets: [] },
        applications: allApps('allowed'),
        devices: null,
      };
    },
    expect: { status: 'not-assessed' },
  },
  // Microsoft's Graph metadata for the US Government (Fairfax) and China (Mooncake) clouds has no tenantRestrictions
  // on crossTenantAccessPolicyConfigurationDefault: there is no setting, so no service default to blame.
  ...(['usgov', 'usgov-dod', 'china'] as const).map((cloud) => ({
    name: `${cloud}: no tenant restrictions in that cloud → not applicable, no finding`,
    mutate: (d: MutableData, s: Snapshot) => {
      s.tenant.cloud = cloud;
      delete d.crossTenantAccessDefault.tenantRestrictions;
    },
    expect: { status: 'not-applicable' as const, reason: /has no tenant restrictions/ },
  })),
  {
    name: 'a custom endpoint whose default settings carry no tenantRestrictions → not assessed (the cloud is unknown)',
    mutate: (d, s) => {
      s.tenant.cloud = 'custom';
      delete d.crossTenantAccessDefault.tenantRestrictions;
    },
    expect: { status: 'not-assessed', reason: /custom Graph endpoint/ },
  },
  {
    name: 'a custom endpoint that returns tenantRestrictions null is judged as the global cloud',
    mutate: (d, s) => {
      s.tenant.cloud = 'custom';
      d.crossTenantAccessDefault.tenantRestrictions = null;
    },
    expect: { status: 'fail', findings: [{ messageId: 'notConfigured' }] },
  },
  {
    name: 'a partner tenant-restrictions override does not change the default',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.tenantRestrictions = { usersAndGroups: allUsers('allowed'), applications: allApps('allowed') };
    },
    expect: { status: 'pass' },
  },
]);
