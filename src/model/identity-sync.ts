import type { CrossTenantAccessPolicyConfigurationPartner, SectionStatus } from '../snapshot/snapshot.types.js';

/**
 * Cross-tenant synchronization as the target tenant sees it: a partner's `identitySynchronization` policy
 * (crossTenantIdentitySyncPolicyPartner), whose `userSyncInbound.isSyncAllowed` lets the partner's administrators push
 * their users into this tenant. The policy is a navigation of the partner configuration, read with
 * `$expand=identitySynchronization`; a partner without one cannot sync.
 */

/** How the partner section's `fallback` starts when partners were read without their synchronization settings. */
export const IDENTITY_SYNC_NOT_READ = 'identitySynchronization not read';

/** Whether the snapshot can tell this partner's synchronization settings: not when the expansion was refused. */
export function identitySyncKnown(status: SectionStatus | undefined): boolean {
  return !(status?.fallback ?? '').startsWith(IDENTITY_SYNC_NOT_READ);
}

/** The partner allows users to be synchronized into this tenant. */
export function syncAllowedInbound(partner: CrossTenantAccessPolicyConfigurationPartner): boolean {
  return partner.identitySynchronization?.userSyncInbound?.isSyncAllowed === true;
}
