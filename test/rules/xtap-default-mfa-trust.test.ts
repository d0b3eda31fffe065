import rule from '../../rules/xtap-default-mfa-trust.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// TRUST   https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust — isMfaAccepted.
// DEFAULT https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault — the system
//         default trusts no MFA; the default governs every tenant without a partner configuration.

ruleTable(rule, [
  { name: 'MFA trust off passes', expect: { status: 'pass' } },
  {
    name: 'default trusts MFA → high finding on the default policy (TRUST, DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
    },
    expect: { status: 'fail', findings: [{ messageId: 'trusted', resourceId: 'default', severity: 'high' }] },
  },
  {
    name: 'inboundTrust null falls back to the service default (no trust) (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'only device trust on → not this rule',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: true,
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'partner trusting MFA does not make the default trust it (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: null,
        isHybridAzureADJoinedDeviceAccepted: null,
      };
    },
    expect: { status: 'pass' },
  },
]);
