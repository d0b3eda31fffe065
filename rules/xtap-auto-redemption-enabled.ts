import { defineRule } from '../src/engine/rule.js';
import { partnersToJudge } from '../src/xtap/resource.js';
import { resolveDefault } from '../src/xtap/resolve.js';

const DIRECTIONS = [
  { key: 'inboundAllowed', messageId: 'inbound' },
  { key: 'outboundAllowed', messageId: 'outbound' },
] as const;

export default defineRule({
  meta: {
    id: 'xtap-auto-redemption-enabled',
    title: 'Invitations with a partner organisation are redeemed automatically',
    action: 'Review automatic invitation acceptance with partners, and keep it only where both sides agreed to it.',
    severity: 'low',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessPartners'],
    rationale:
      "Automatic redemption suppresses the consent prompt a user sees the first time they access another tenant. Inbound, the partner's users become active guests in your tenant without ever agreeing to it (the setting cross-tenant synchronisation relies on); outbound, your users' profile information is shared with the partner without asking them. Both need the other tenant to set the mirror setting, so each one is a standing agreement between two organisations worth a named owner. The default settings cannot turn this on (Graph always keeps it off there), so only partners are checked; no peer tool looks at this setting.",
    remediation: {
      summary:
        'Keep automatic redemption only for partners with an agreed synchronisation or multi-tenant organisation arrangement; switch it off elsewhere.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}',
        body: { automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: false } },
      },
      ids: (f) => ({ tenantId: f.resource.id }),
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › <partner> › Inbound access / Outbound access › Trust settings › Automatically redeem invitations',
    },
    references: [
      {
        title: 'Cross-tenant access overview (automatic redemption)',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      },
      {
        title: 'crossTenantAccessPolicyConfigurationPartner resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
    ],
    semantics: [
      {
        statement:
          "The default's automaticUserConsentSettings are always false and cannot be updated; a partner's null values inherit that false.",
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
      {
        statement: 'Automatic redemption suppresses the consent prompt only when the other tenant sets the mirror setting too.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect',
      },
    ],
    messages: {
      inbound: 'Users of partner {displayName} redeem invitations to your tenant automatically, without a consent prompt.',
      outbound: 'Your users redeem invitations from partner {displayName} automatically, without a consent prompt.',
    },
  },
  evaluate({ crossTenantAccessPartners }, ctx) {
    // Graph: the default's inboundAllowed/outboundAllowed are always false and read-only, so the service default stands in.
    for (const { partner, effective, resource } of partnersToJudge(ctx, crossTenantAccessPartners, resolveDefault(undefined))) {
      const consent = effective.automaticUserConsentSettings;
      for (const { key, messageId } of DIRECTIONS) {
        if (!consent[key].value) continue;
        ctx.fail(messageId, {
          resource,
          subKey: `automaticUserConsentSettings.${key}`,
          params: { tenantId: partner.tenantId },
          evidence: { [key]: true, isInMultiTenantOrganization: partner.isInMultiTenantOrganization ?? null },
        });
      }
    }
  },
});
