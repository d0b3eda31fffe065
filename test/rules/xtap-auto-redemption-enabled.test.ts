import rule from '../../rules/xtap-auto-redemption-enabled.js';
import { ruleTable } from '../support/rule-table.js';

const PARTNER = '22223333-4444-4555-8666-777788889999';

ruleTable(rule, [
  { name: 'consent settings null (inherit false) pass', expect: { status: 'pass' } },
  {
    name: 'inbound automatic redemption → low',
    mutate: (d) => { d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: null }; },
    expect: { status: 'fail', findings: [{ messageId: 'inbound', resourceId: PARTNER, subKey: 'automaticUserConsentSettings.inboundAllowed', severity: 'low' }] },
  },
  {
    name: 'both directions → two findings',
    mutate: (d) => { d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: true, outboundAllowed: true }; },
    expect: { status: 'fail', findings: [{ messageId: 'inbound' }, { messageId: 'outbound', subKey: 'automaticUserConsentSettings.outboundAllowed' }] },
  },
  {
    name: 'explicit false passes',
    mutate: (d) => { d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = { inboundAllowed: false, outboundAllowed: false }; },
    expect: { status: 'pass' },
  },
  {
    name: 'whole consent object null inherits the default (always false)',
    mutate: (d) => { d.crossTenantAccessPartners[0]!.automaticUserConsentSettings = null; },
    expect: { status: 'pass' },
  },
  {
    name: 'no partners → not applicable',
    mutate: (d) => { d.crossTenantAccessPartners = []; },
    expect: { status: 'not-applicable' },
  },
]);
