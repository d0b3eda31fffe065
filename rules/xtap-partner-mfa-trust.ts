import { defineRule } from '../src/engine/rule.js';
import { partnersToJudge } from '../src/xtap/resource.js';
import { SOURCE_PHRASE } from '../src/xtap/words.js';
import { directConnectAppsReach, isOpenToAllUsers, resolveDefault } from '../src/xtap/resolve.js';

export default defineRule({
  meta: {
    id: 'xtap-partner-mfa-trust',
    title: 'Partner organisations whose MFA satisfies your Conditional Access',
    action: "Review which partner organisations' multifactor sign-ins you trust, and keep only those you have vetted.",
    severity: 'low',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault', 'crossTenantAccessPartners'],
    rationale:
      "Trusting a partner's MFA means a guest from that tenant who passed MFA at home is never challenged by you: your MFA requirement is only as strong as their weakest accepted method and their registration process. That is often the right call — it spares guests a second registration — but it is a bet on another organisation's controls, so every such partner is listed for review. A partner with no trust setting of its own inherits the default's (flagged separately by xtap-default-mfa-trust). The finding is low when the partner's users can come in as guests or through direct connect (all of them, per the effective inbound settings, including inherited ones), and informational when inbound access limits who can use the trust.",
    remediation: {
      summary: "Confirm each listed partner's MFA policy meets yours; stop trusting it where you cannot.",
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}',
        body: { inboundTrust: { isMfaAccepted: false } },
      },
      ids: (f) => ({ tenantId: f.resource.id }),
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › <partner> › Inbound access › Trust settings',
    },
    references: [
      {
        title: 'Cross-tenant access overview (trust settings)',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      },
      {
        title: 'crossTenantAccessPolicyConfigurationPartner resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
    ],
    frameworks: { catalog: ['XT-04'] },
    semantics: [
      {
        statement:
          "A partner trusted for MFA satisfies your Conditional Access MFA with home-tenant MFA; a null trust value inherits the default's.",
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
      {
        statement:
          'B2B direct connect users can meet an MFA requirement only with MFA trust; B2B collaboration users otherwise register MFA in your tenant.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
    ],
    messages: {
      trusted: 'Partner {displayName} is trusted for MFA ({trustSource}): MFA done in its own tenant satisfies your Conditional Access.',
    },
  },
  evaluate({ crossTenantAccessDefault, crossTenantAccessPartners }, ctx) {
    for (const { partner, effective: eff, resource } of partnersToJudge(
      ctx,
      crossTenantAccessPartners,
      resolveDefault(crossTenantAccessDefault),
    )) {
      const mfa = eff.inboundTrust.isMfaAccepted;
      if (!mfa.value) continue;
      // Null settings inherit the default's: judge the inbound reach the partner really has.
      const collaboration = isOpenToAllUsers(eff.b2bCollaborationInbound);
      const directConnect = isOpenToAllUsers(eff.b2bDirectConnectInbound, directConnectAppsReach);
      const broad = collaboration !== false || directConnect !== false; // unknown is never read as narrow
      ctx.fail('trusted', {
        resource,
        subKey: 'inboundTrust.isMfaAccepted',
        severity: broad ? 'low' : 'info',
        params: { tenantId: partner.tenantId, trustSource: SOURCE_PHRASE[mfa.source === 'partner' ? 'partner' : 'default'] },
        evidence: {
          isMfaAccepted: true,
          trustSource: mfa.source,
          b2bCollaborationInbound: {
            openToAllUsers: collaboration,
            usersAndGroupsSource: eff.b2bCollaborationInbound.usersAndGroups.source,
            applicationsSource: eff.b2bCollaborationInbound.applications.source,
          },
          b2bDirectConnectInbound: {
            openToAllUsers: directConnect,
            usersAndGroupsSource: eff.b2bDirectConnectInbound.usersAndGroups.source,
            applicationsSource: eff.b2bDirectConnectInbound.applications.source,
          },
        },
      });
    }
  },
});
