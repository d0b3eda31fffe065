import rule from '../../rules/xtap-auto-redemption-enabled.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// PARTNER https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner —
//         automaticUserConsentSettings: "Unless specifically configured, the inboundAllowed and outboundAllowed properties
//         are null and inherit from the default settings, which is always false."
// DEFAULT https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault — the default's
//         inboundAllowed / outboundAllowed "are always false and cannot be updated".
// DCSET   https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect — automatic
//         redemption suppresses the consent prompt only when the other tenant sets the mirror setting too.

const PARTNER = '22223333-4444-4555-8666-777788889999';

ruleTable(rule, [
  { name: 'consent settings null (inherit false) pass (PARTNER)', expect: { status: 'pass' } },
  {
    name: 'inbound automatic redemption → low (DCSET)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: null };
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'inbound', resourceId: PARTNER, subKey: 'automaticUserConsentSettings.inboundAllowed', severity: 'low' }],
    },
  },
  {
    name: 'both directions → two findings',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: true };
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'inbound' }, { messageId: 'outbound', subKey: 'automaticUserConsentSettings.outboundAllowed' }],
    },
  },
  {
    name: 'explicit false passes',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: false, outboundAllowed: false };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'whole consent object null inherits the default (always false) (PARTNER, DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = null;
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
  // DEFAULT: the default's consent values cannot be true; a snapshot claiming so does not switch partners on.
  {
    name: 'a default claiming automatic consent (documented as always false) does not turn inheriting partners on (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: true };
    },
    expect: { status: 'pass' },
  },
]);
