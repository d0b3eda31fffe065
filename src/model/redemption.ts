import type { CrossTenantAccessPolicyConfigurationDefault } from '../snapshot/snapshot.types.js';

/**
 * Configurable redemption: the order of identity providers an invited user redeems with, set once for the tenant in
 * the default cross-tenant settings (`invitationRedemptionIdentityProviderConfiguration`; partner settings have no
 * such property in Graph). Primary providers are tried in order — azureActiveDirectory (a user of another Entra
 * tenant), externalFederation (SAML/WS-Fed), socialIdentityProviders (Google) — and the fallback is used when none of
 * them applies to the user: defaultConfiguredIdp (an existing Microsoft account, else email one-time passcode if on,
 * else a new Microsoft account), emailOneTimePasscode, or microsoftAccount.
 */

/**
 * Microsoft's documented default order, used while the tenant has not configured one.
 * @graph microsoft.graph.invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder
 */
export const SERVICE_DEFAULT_ORDER: readonly string[] = ['azureActiveDirectory', 'externalFederation', 'socialIdentityProviders'];
/** @graph microsoft.graph.invitationRedemptionIdentityProviderConfiguration.fallbackIdentityProvider */
export const SERVICE_DEFAULT_FALLBACK = 'defaultConfiguredIdp';

export interface RedemptionOrder {
  /**
   * Primary providers in order; empty when the admin switched every primary provider off.
   * @graph microsoft.graph.invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder
   */
  order: string[];
  /** @graph microsoft.graph.invitationRedemptionIdentityProviderConfiguration.fallbackIdentityProvider */
  fallback: string;
  /** `default`: configured in the default settings; `service-default`: not configured; `unknown`: the default settings were not read. */
  source: 'default' | 'service-default' | 'unknown';
}

/**
 * The tenant's redemption order. A configuration object with an empty precedence list is an admin's choice ("you can
 * disable all primary identity providers"), not an absent setting; a configuration without a fallback keeps the
 * service default fallback.
 */
export function redemptionOrder(def: CrossTenantAccessPolicyConfigurationDefault | undefined): RedemptionOrder {
  if (!def) return { order: [...SERVICE_DEFAULT_ORDER], fallback: SERVICE_DEFAULT_FALLBACK, source: 'unknown' };
  const config = def.invitationRedemptionIdentityProviderConfiguration as
    { primaryIdentityProviderPrecedenceOrder?: unknown; fallbackIdentityProvider?: unknown } | null | undefined;
  const configured = config?.primaryIdentityProviderPrecedenceOrder;
  if (!config || !Array.isArray(configured) || !configured.every((x) => typeof x === 'string')) {
    return {
      order: [...SERVICE_DEFAULT_ORDER],
      fallback: typeof config?.fallbackIdentityProvider === 'string' ? config.fallbackIdentityProvider : SERVICE_DEFAULT_FALLBACK,
      source: config ? 'default' : 'service-default',
    };
  }
  return {
    order: [...(configured as string[])],
    fallback: typeof config.fallbackIdentityProvider === 'string' ? config.fallbackIdentityProvider : SERVICE_DEFAULT_FALLBACK,
    source: 'default',
  };
}

const has = (order: readonly string[], provider: string) => order.some((x) => x.toLowerCase() === provider.toLowerCase());

/** Users of other Entra tenants redeem with their organisation's account: Entra ID is a primary provider. */
export const entraIsPrimary = (r: RedemptionOrder): boolean => has(r.order, 'azureActiveDirectory');

/** SAML/WS-Fed federation is tried before Entra ID (or Entra ID is not tried at all). */
export function federationComesFirst(
  /** @graph microsoft.graph.invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder */ order: readonly string[],
): boolean {
  const lower = order.map((x) => x.toLowerCase());
  const federation = lower.indexOf('externalfederation');
  const entra = lower.indexOf('azureactivedirectory');
  return federation >= 0 && (entra < 0 || federation < entra);
}

/** What the fallback gives a user no primary provider applies to, in words. */
export function fallbackWords(
  /** @graph microsoft.graph.invitationRedemptionIdentityProviderConfiguration.fallbackIdentityProvider */ fallback: string,
): string {
  switch (fallback.toLowerCase()) {
    case 'emailonetimepasscode':
      return 'an email one-time passcode';
    case 'microsoftaccount':
      return 'a personal Microsoft account (an existing one, or a new one created for the invitation)';
    case 'defaultconfiguredidp':
      return 'an existing personal Microsoft account, else an email one-time passcode, else a new Microsoft account';
    default:
      return `"${fallback}"`;
  }
}
