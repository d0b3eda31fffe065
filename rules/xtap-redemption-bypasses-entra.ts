import { defineRule } from '../src/engine/rule.js';
import { entraIsPrimary, fallbackWords, redemptionOrder } from '../src/model/redemption.js';

/**
 * Configurable redemption in the default cross-tenant settings: when Entra ID is not among the primary identity
 * providers, a user of any other Entra organisation — a partner's employee included — redeems an invitation with the
 * fallback provider (email one-time passcode or a personal Microsoft account) instead of their organisation's account.
 * The redemption order is tenant-wide: Graph has no such property on partner configurations.
 */
export default defineRule<'crossTenantAccessDefault'>({
  meta: {
    id: 'xtap-redemption-bypasses-entra',
    title: 'Invitation redemption does not use the Entra accounts of other organisations',
    action: 'Make guests from organisations that use Microsoft Entra sign in with their own work accounts.',
    severity: 'medium',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault'],
    rationale:
      "A partner's employee who redeems your invitation with a one-time passcode or a personal Microsoft account is no longer tied to their employer's account: their organisation's MFA, Conditional Access and leaver process do not reach the guest, your cross-tenant access settings and MFA or device trust (which apply to Entra users) do not apply, and when they leave the partner the guest keeps working for as long as the mailbox or the personal account does. Keeping Entra ID as a primary identity provider makes users of Entra organisations redeem with the account their organisation controls.",
    remediation: {
      summary:
        'Put Entra ID back among the primary identity providers of the redemption order (first, unless SAML/WS-Fed federation must win for a verified domain), and reset the redemption status of guests who redeemed with the fallback.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/default',
        body: {
          invitationRedemptionIdentityProviderConfiguration: {
            primaryIdentityProviderPrecedenceOrder: ['azureActiveDirectory', 'externalFederation', 'socialIdentityProviders'],
            fallbackIdentityProvider: 'defaultConfiguredIdp',
          },
        },
      },
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Default settings › Inbound access settings › B2B collaboration › Redemption order',
    },
    references: [
      {
        title: 'Cross-tenant access overview: configurable redemption',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption-preview',
      },
      {
        title: 'invitationRedemptionIdentityProviderConfiguration resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/invitationredemptionidentityproviderconfiguration',
      },
      { title: 'Reset redemption status for a guest user', url: 'https://learn.microsoft.com/entra/external-id/reset-redemption-status' },
    ],
    frameworks: { catalog: ['XT-10'] },
    semantics: [
      {
        statement:
          'Primary identity providers are azureActiveDirectory (users of another Entra tenant), externalFederation (SAML/WS-Fed) and socialIdentityProviders (Google); the fallback, used when no primary provider is available for the user, is defaultConfiguredIdp, emailOneTimePasscode or microsoftAccount.',
        source: 'https://learn.microsoft.com/graph/api/resources/invitationredemptionidentityproviderconfiguration',
      },
      {
        statement: 'An admin can disable every primary identity provider and leave only the fallback; a fallback must always be set.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption-preview',
      },
      {
        statement: "Without a configured order Microsoft's default redemption order applies, with Entra ID first.",
        source: 'https://learn.microsoft.com/entra/external-id/redemption-experience#invitation-redemption-flow',
      },
      {
        statement:
          'The redemption order is set in the default cross-tenant settings only: the partner configuration has no invitationRedemptionIdentityProviderConfiguration, so one finding covers every partner.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
      {
        statement:
          'Cross-tenant access settings govern collaboration with users of other Entra organisations; a guest who redeemed with a passcode or a Microsoft account is not one.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
        reading: "a partner user outside their organisation's account falls outside every control that assumes it.",
      },
    ],
    messages: {
      entraNotPrimary:
        "Users of other Microsoft Entra organisations redeem invitations with {fallback} instead of their organisation's account: Entra ID is not among the primary identity providers ({order}).",
    },
  },
  evaluate({ crossTenantAccessDefault }, ctx) {
    const r = redemptionOrder(crossTenantAccessDefault);
    if (entraIsPrimary(r)) return;
    ctx.fail('entraNotPrimary', {
      resource: {
        type: 'crossTenantAccessPolicyConfigurationDefault',
        id: 'default',
        displayName: 'Default cross-tenant access settings',
        path: 'policies/crossTenantAccessPolicy/default',
      },
      subKey: 'invitationRedemptionIdentityProviderConfiguration',
      params: { fallback: fallbackWords(r.fallback), order: r.order.length ? r.order.join(', ') : 'none: every primary provider is off' },
      evidence: { primaryIdentityProviderPrecedenceOrder: r.order, fallbackIdentityProvider: r.fallback, source: r.source },
    });
  },
});
