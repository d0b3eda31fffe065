import rule from '../../rules/xtap-default-device-trust.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// TRUST   https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust — isCompliantDeviceAccepted,
//         isHybridAzureADJoinedDeviceAccepted, isMfaAccepted.
// DEFAULT https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault — the system
//         default trusts nothing; the default governs every tenant without a partner configuration.

ruleTable(rule, [
  { name: 'no device trust passes', expect: { status: 'pass' } },
  {
    name: 'compliant-device trust for every tenant → medium (TRUST, DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'compliant', resourceId: 'default', subKey: 'inboundTrust.isCompliantDeviceAccepted', severity: 'medium' }],
    },
  },
  {
    name: 'both device claims trusted → one finding per claim',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: false,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: true,
      };
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'compliant' }, { messageId: 'hybrid', subKey: 'inboundTrust.isHybridAzureADJoinedDeviceAccepted' }],
    },
  },
  {
    name: 'MFA trust alone is xtap-default-mfa-trust, not this rule',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = {
        isMfaAccepted: true,
        isCompliantDeviceAccepted: false,
        isHybridAzureADJoinedDeviceAccepted: false,
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'inboundTrust null falls back to the service default (no trust) (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessDefault.inboundTrust = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a partner trusting devices does not make the default trust them (DEFAULT)',
    mutate: (d) => {
      d.crossTenantAccessPartners[0]!.inboundTrust = {
        isMfaAccepted: null,
        isCompliantDeviceAccepted: true,
        isHybridAzureADJoinedDeviceAccepted: true,
      };
    },
    expect: { status: 'pass' },
  },
]);
