import { defineRule } from '../src/engine/rule.js';
import { identitySyncKnown, syncAllowedInbound } from '../src/model/identity-sync.js';
import { partnersToJudge } from '../src/xtap/resource.js';
import { resolveDefault } from '../src/xtap/resolve.js';

/**
 * Partners allowed to push users into this tenant by cross-tenant synchronization
 * (`identitySynchronization.userSyncInbound.isSyncAllowed`). Synchronization needs inbound automatic redemption
 * too, so the finding says whether it can run today:
 * - allowed with inbound automatic redemption, partner outside this tenant's multi-tenant organisation: high — an
 *   outside organisation's administrators decide which of their users appear here, as members by default;
 * - the same inside the multi-tenant organisation: low — the arrangement the feature exists for, reported so that
 *   it has an owner;
 * - allowed without inbound automatic redemption: low — dormant until someone here ticks one more box.
 * Multi-tenant organisation membership is the partner's `isInMultiTenantOrganization`; unknown counts as outside.
 */
export default defineRule<'crossTenantAccessPartners'>({
  meta: {
    id: 'xtap-partner-sync-inbound',
    title: 'Partner organisation may synchronise its users into your tenant',
    action: 'Stop partner organisations from synchronising their users into your directory unless you rely on it.',
    severity: 'high',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessPartners'],
    rationale:
      "Cross-tenant synchronization creates, updates and deletes accounts in your directory on the partner's schedule: the partner's administrators choose which of their users are in scope and how their attributes are mapped, and by default those users arrive as members, not guests — with a member's view of your directory, outside your guest restrictions and guest-scoped policies, and without an invitation anyone here sent. With inbound automatic redemption they never see a consent prompt either. Between tenants of one organisation that is the point; with anyone else it hands a share of your identity lifecycle to another company.",
    remediation: {
      summary:
        'Stop allowing users to be synchronised in from partners outside your own organisation; where synchronisation is intended, record its owner and scope (and keep the partner in your multi-tenant organisation).',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}/identitySynchronization',
        body: { userSyncInbound: { isSyncAllowed: false } },
      },
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › <partner> › Inbound access › Cross-tenant sync › Allow users sync into this tenant',
      ids: (f) => ({ tenantId: f.resource.id }),
    },
    references: [
      {
        title: 'What is cross-tenant synchronization?',
        url: 'https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview',
      },
      {
        title: 'crossTenantIdentitySyncPolicyPartner resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantidentitysyncpolicypartner',
      },
      {
        title: 'Update crossTenantIdentitySyncPolicyPartner',
        url: 'https://learn.microsoft.com/graph/api/crosstenantidentitysyncpolicypartner-update',
      },
      {
        title: 'Cross-tenant access overview (automatic redemption, cross-tenant sync)',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      },
    ],
    frameworks: { catalog: ['XT-09'] },
    semantics: [
      {
        statement:
          '"Allow users sync into this tenant" (userSyncInbound.isSyncAllowed) is an inbound-only setting of the target tenant that lets the source tenant\'s administrator synchronise users into it.',
        source: 'https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview',
      },
      {
        statement:
          'Automatic redemption is required for cross-tenant synchronization, in the target tenant (inbound) as in the source (outbound).',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#automatic-redemption-setting',
      },
      {
        statement:
          'Users are synchronised as external members by default (or as external guests); the source tenant configures which users are in scope and the attribute mappings.',
        source: 'https://learn.microsoft.com/entra/identity/multi-tenant-organizations/cross-tenant-synchronization-overview',
      },
      {
        statement:
          'By default no users from other tenants are synchronised into the tenant; a partner whose policy was read without synchronization settings (the $expand refused) is not judged.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#default-settings',
      },
      {
        statement: 'isInMultiTenantOrganization marks a partner in the same multi-tenant organisation; unknown is read as outside it.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
        reading: 'a lower severity must rest on a stated relationship, never on its absence.',
      },
    ],
    messages: {
      active:
        'Partner {displayName} ({tenantId}) may synchronise its users into your tenant, with automatic redemption, and is not in your multi-tenant organisation.',
      activeMto:
        'Partner {displayName} ({tenantId}), in your multi-tenant organisation, synchronises its users into your tenant with automatic redemption.',
      dormant:
        'Partner {displayName} ({tenantId}) is allowed to synchronise users into your tenant; without inbound automatic redemption the synchronisation cannot run yet.',
    },
  },
  evaluate({ crossTenantAccessPartners }, ctx) {
    if (!identitySyncKnown(ctx.sectionStatus('crossTenantAccessPartners'))) {
      ctx.notAssessed(
        'The partner configurations were read without their cross-tenant synchronization settings: Microsoft Graph would not return them with the partners.',
      );
      return;
    }
    // The default's automatic redemption is always false and read-only: partners inherit false.
    for (const { partner, effective, resource } of partnersToJudge(ctx, crossTenantAccessPartners, resolveDefault(undefined))) {
      if (!syncAllowedInbound(partner)) continue;
      const autoRedeem = effective.automaticUserConsentSettings.inboundAllowed.value;
      const mto = partner.isInMultiTenantOrganization === true;
      const messageId = !autoRedeem ? 'dormant' : mto ? 'activeMto' : 'active';
      ctx.fail(messageId, {
        resource,
        subKey: 'identitySynchronization.userSyncInbound',
        severity: messageId === 'active' ? 'high' : 'low',
        params: { tenantId: partner.tenantId },
        evidence: {
          isSyncAllowed: true,
          automaticRedemptionInbound: autoRedeem,
          isInMultiTenantOrganization: partner.isInMultiTenantOrganization ?? null,
        },
      });
    }
  },
});
