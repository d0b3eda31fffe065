import rule from '../../rules/xtap-partner-sync-inbound.js';
import { IDENTITY_SYNC_NOT_READ } from '../../src/model/identity-sync.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// CTS  https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview —
//      "Allow users sync into this tenant" is an inbound-only setting of the target tenant; users are synchronised as
//      external members by default; the source tenant decides scope and attribute mappings.
// AUTO https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#automatic-redemption-setting —
//      automatic redemption is "Required" for cross-tenant synchronization.
// DEF  https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#default-settings — "No users from
//      other tenants are synchronized into your tenant" by default.
// PART https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner —
//      isInMultiTenantOrganization; automaticUserConsentSettings null inherits the default's false.

const PARTNER = '22223333-4444-4555-8666-777788889999';
const allowSync = (d: MutableData) => {
  d.crossTenantAccessPartners[0]!.identitySynchronization = {
    tenantId: PARTNER,
    displayName: 'Northwind Traders',
    userSyncInbound: { isSyncAllowed: true },
  };
};

ruleTable(rule, [
  { name: 'sync not allowed passes (CTS)', expect: { status: 'pass' } },
  {
    name: 'no synchronization policy at all passes (DEF)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.identitySynchronization = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'sync allowed with inbound automatic redemption, outside the MTO → high (CTS, AUTO)',
    mutate: (d) => {
      allowSync(d);
      d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: null };
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'active', resourceId: PARTNER, subKey: 'identitySynchronization.userSyncInbound', severity: 'high' }],
    },
  },
  {
    name: 'the same inside the multi-tenant organisation → low (PART)',
    mutate: (d) => {
      allowSync(d);
      d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: true };
      d.crossTenantAccessPartners[0]!.isInMultiTenantOrganization = true;
    },
    expect: { status: 'fail', findings: [{ messageId: 'activeMto', severity: 'low' }] },
  },
  {
    name: 'unknown MTO membership counts as outside (PART)',
    mutate: (d) => {
      allowSync(d);
      d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: true };
      d.crossTenantAccessPartners[0]!.isInMultiTenantOrganization = null;
    },
    expect: { status: 'fail', findings: [{ messageId: 'active', severity: 'high' }] },
  },
  {
    name: 'sync allowed without inbound automatic redemption: dormant → low (AUTO: required)',
    mutate: allowSync,
    expect: { status: 'fail', findings: [{ messageId: 'dormant', severity: 'low' }] },
  },
  {
    name: 'partners read without $expand=identitySynchronization → not assessed, never a pass',
    mutate: (d, s) => {
      delete d.crossTenantAccessPartners[0]!.identitySynchronization;
      s.sections.crossTenantAccessPartners!.fallback = `${IDENTITY_SYNC_NOT_READ}: refused`;
    },
    expect: { status: 'not-assessed', reason: /without their cross-tenant synchronization settings/ },
  },
  {
    name: 'no partners → not applicable',
    mutate: (d) => {
      d.crossTenantAccessPartners = [];
    },
    expect: { status: 'not-applicable' },
  },
]);
