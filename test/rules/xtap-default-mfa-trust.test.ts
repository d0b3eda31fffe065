import rule from '../../rules/xtap-default-mfa-trust.js';
import { ruleTable } from '../support/rule-table.js';

ruleTable(rule, [
  { name: 'MFA trust off passes', expect: { status: 'pass' } },
  {
    name: 'default trusts MFA → high finding on the default policy',
    mutate: (d) => { d.crossTenantAccessDefault.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false }; },
    expect: { status: 'fail', findings: [{ messageId: 'trusted', resourceId: 'default', severity: 'high' }] },
  },
  {
    name: 'inboundTrust null falls back to the service default (no trust)',
    mutate: (d) => { d.crossTenantAccessDefault.inboundTrust = null; },
    expect: { status: 'pass' },
  },
  {
    name: 'only device trust on → not this rule',
    mutate: (d) => { d.crossTenantAccessDefault.inboundTrust = { isMfaAccepted: false, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: true }; },
    expect: { status: 'pass' },
  },
  {
    name: 'partner trusting MFA does not make the default trust it',
    mutate: (d) => { d.crossTenantAccessPartners[0]!.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null }; },
    expect: { status: 'pass' },
  },
]);
