import { defineRule } from '../src/engine/rule.js';
import { resolveDefault } from '../src/xtap/resolve.js';

const CLAIMS = [
  { key: 'isCompliantDeviceAccepted', messageId: 'compliant', claim: 'compliant device' },
  { key: 'isHybridAzureADJoinedDeviceAccepted', messageId: 'hybrid', claim: 'Microsoft Entra hybrid joined device' },
] as const;

export default defineRule({
  meta: {
    id: 'xtap-default-device-trust',
    title: 'Default cross-tenant policy trusts device claims from every external tenant',
    action: 'Stop trusting device compliance claims from every other organisation by default.',
    severity: 'medium',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault'],
    rationale:
      "A Conditional Access policy that requires a compliant or hybrid-joined device is satisfied for a guest by their home tenant's claim when you trust it. Trusting device claims in the default settings extends that to every Entra tenant, including one an attacker creates with a compliance policy that marks any device compliant. Device trust is worth granting — without it guests cannot meet device-based policies at all — but per partner whose device management you know, not to everyone. (Trusting MFA from every tenant is the separate rule xtap-default-mfa-trust.)",
    remediation: {
      summary:
        'Stop accepting compliant and hybrid-joined device claims in the default cross-tenant settings; accept them in the partner configuration of organisations whose device management you have reviewed.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/default',
        body: { inboundTrust: { isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false } },
      },
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Default settings › Inbound access settings › Trust settings',
    },
    references: [
      {
        title: 'Cross-tenant access overview (trust settings)',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      },
      {
        title: 'crossTenantAccessPolicyInboundTrust resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust',
      },
    ],
    frameworks: { catalog: ['XT-04'] },
    semantics: [
      {
        statement:
          'isCompliantDeviceAccepted and isHybridAzureADJoinedDeviceAccepted let Conditional Access accept device claims from the home tenant.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust',
      },
      {
        statement:
          'Device trust in the default settings applies to all external Entra organisations; it can be granted per organisation instead.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
    ],
    messages: {
      compliant: 'The default cross-tenant policy accepts compliant-device claims from any external tenant.',
      hybrid: 'The default cross-tenant policy accepts hybrid-joined-device claims from any external tenant.',
    },
  },
  evaluate({ crossTenantAccessDefault }, ctx) {
    const trust = resolveDefault(crossTenantAccessDefault).inboundTrust;
    for (const { key, messageId, claim } of CLAIMS) {
      const v = trust[key];
      if (!v.value) continue;
      ctx.fail(messageId, {
        resource: {
          type: 'crossTenantAccessPolicyConfigurationDefault',
          id: 'default',
          displayName: 'Default cross-tenant access settings',
          path: 'policies/crossTenantAccessPolicy/default',
        },
        subKey: `inboundTrust.${key}`,
        params: { claim },
        evidence: { [key]: true, source: v.source },
      });
    }
  },
});
