import type { Resource, RuleContext } from '../engine/rule.js';
import type { CrossTenantAccessPolicyConfigurationPartner } from '../snapshot/snapshot.types.js';
import { resolvePartner, type EffectiveCrossTenantPolicy } from './resolve.js';

/** A partner configuration as a finding's resource: identity and path from the tenant id, a readable name. */
export function partnerResource(partner: CrossTenantAccessPolicyConfigurationPartner): Resource & { displayName: string; path: string } {
  return {
    type: 'crossTenantAccessPolicyConfigurationPartner',
    id: partner.tenantId,
    displayName: partner.displayName ?? partner.defaultDomainName ?? partner.tenantId,
    path: `policies/crossTenantAccessPolicy/partners/${partner.tenantId}`,
  };
}

export interface JudgedPartner {
  partner: CrossTenantAccessPolicyConfigurationPartner;
  /** The partner's settings with its null (inherited) settings resolved against the default. */
  effective: EffectiveCrossTenantPolicy;
  resource: ReturnType<typeof partnerResource>;
}

/**
 * The partner configurations a partner rule judges one by one, each resolved against the effective default. With
 * none configured the rule is not applicable, and every partner rule says so in the same words.
 */
export function partnersToJudge(
  ctx: Pick<RuleContext<unknown>, 'notApplicable'>,
  partners: readonly CrossTenantAccessPolicyConfigurationPartner[],
  effectiveDefault: EffectiveCrossTenantPolicy,
): JudgedPartner[] {
  if (!partners.length) ctx.notApplicable('no partner-specific cross-tenant settings are configured.');
  return partners.map((partner) => ({ partner, effective: resolvePartner(partner, effectiveDefault), resource: partnerResource(partner) }));
}
