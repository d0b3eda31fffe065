import { defineRule } from '../src/engine/rule.js';
import { resolveDefault } from '../src/xtap/resolve.js';

export default defineRule({
  meta: {
    id: 'xtap-default-mfa-trust',
    title: 'Default cross-tenant policy trusts MFA from every external tenant',
    action: 'Stop trusting multifactor sign-ins from every other organisation by default; trust them only for partners you have vetted.',
    severity: 'high',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault'],
    rationale:
      'When the default inbound trust accepts MFA claims, a guest from any Entra tenant on the planet satisfies your Conditional Access MFA requirement with whatever MFA their home tenant accepts — including none worth the name. Trust is a per-partner decision: grant it to named partners whose MFA you have reviewed, not to everyone.',
    remediation: {
      summary: 'Turn off inbound MFA trust in the default cross-tenant settings and trust MFA only for reviewed partner organisations.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/default',
        body: { inboundTrust: { isMfaAccepted: false } },
      },
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Default settings › Inbound access settings › Trust settings',
    },
    references: [
      {
        title: 'Configure B2B collaboration cross-tenant access settings',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
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
          "Inbound trust of MFA lets Conditional Access accept MFA performed in the user's home tenant; the system default trusts nothing.",
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyinboundtrust',
      },
      {
        statement: 'Trust set in the default applies to every Entra organisation without a partner configuration.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
    ],
    messages: {
      trusted: 'The default cross-tenant policy accepts MFA performed in any external tenant.',
    },
  },
  evaluate({ crossTenantAccessDefault }, ctx) {
    const effective = resolveDefault(crossTenantAccessDefault);
    const mfa = effective.inboundTrust.isMfaAccepted;
    if (mfa.value) {
      ctx.fail('trusted', {
        resource: {
          type: 'crossTenantAccessPolicyConfigurationDefault',
          id: 'default',
          displayName: 'Default cross-tenant access settings',
          path: 'policies/crossTenantAccessPolicy/default',
        },
        subKey: 'inboundTrust.isMfaAccepted',
        evidence: { isMfaAccepted: mfa.value, source: mfa.source },
      });
    }
  },
});
