import type { Resource } from '../engine/rule.js';
import type { CrossTenantAccessPolicyConfigurationPartner } from '../snapshot/snapshot.types.js';

/** A partner configuration as a finding's resource: identity and path from the tenant id, a readable name. */
export function partnerResource(partner: CrossTenantAccessPolicyConfigurationPartner): Resource & { displayName: string; path: string } {
  return {
    type: 'crossTenantAccessPolicyConfigurationPartner',
    id: partner.tenantId,
    displayName: partner.displayName ?? partner.defaultDomainName ?? partner.tenantId,
    path: `policies/crossTenantAccessPolicy/partners/${partner.tenantId}`,
  };
}
