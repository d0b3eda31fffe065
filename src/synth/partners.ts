import type {
  CrossTenantAccessPolicyB2BSetting,
  CrossTenantAccessPolicyConfigurationDefault,
  CrossTenantAccessPolicyConfigurationPartner,
  CrossTenantAccessPolicyTargetConfiguration,
} from '../snapshot/snapshot.types.js';
import { guid } from './random.js';
import type { Partner, World } from './world.js';

/** Well-known application ids used in cross-tenant and Conditional Access targets. */
export const APPS = {
  office365: 'Office365',
  /** Contoso Pharma's own line-of-business apps (app ids of enterprise applications). */
  lims: (seed: number) => guid(seed, 'app', 0),
  eln: (seed: number) => guid(seed, 'app', 1),
  partnerPortal: (seed: number) => guid(seed, 'app', 2),
};

export function targets(
  accessType: 'allowed' | 'blocked',
  ...items: Array<[string, 'user' | 'group' | 'application']>
): CrossTenantAccessPolicyTargetConfiguration {
  return { accessType, targets: items.map(([target, targetType]) => ({ target, targetType })) };
}

const allUsers = (accessType: 'allowed' | 'blocked') => targets(accessType, ['AllUsers', 'user']);
const allApps = (accessType: 'allowed' | 'blocked') => targets(accessType, ['AllApplications', 'application']);
const setting = (
  usersAndGroups: CrossTenantAccessPolicyTargetConfiguration | null,
  applications: CrossTenantAccessPolicyTargetConfiguration | null,
): CrossTenantAccessPolicyB2BSetting => ({ usersAndGroups, applications });

/**
 * The default cross-tenant settings of a typical mid-size company that touched them once: B2B collaboration left
 * open both ways (the service default), Teams shared channels opened to everyone via direct connect, tenant
 * restrictions never configured, and compliant-device claims trusted from every tenant so guests can pass the
 * device policy — MFA claims are not trusted by default.
 */
export function defaultPolicy(): CrossTenantAccessPolicyConfigurationDefault {
  return {
    isServiceDefault: false,
    inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: false },
    automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: false },
    b2bCollaborationInbound: setting(allUsers('allowed'), allApps('allowed')),
    b2bCollaborationOutbound: setting(allUsers('allowed'), allApps('allowed')),
    b2bDirectConnectInbound: setting(allUsers('allowed'), targets('allowed', ['Office365', 'application'])),
    b2bDirectConnectOutbound: setting(allUsers('blocked'), allApps('blocked')),
    tenantRestrictions: { usersAndGroups: allUsers('allowed'), applications: allApps('allowed'), devices: null },
    invitationRedemptionIdentityProviderConfiguration: {
      primaryIdentityProviderPrecedenceOrder: ['azureActiveDirectory', 'externalFederation', 'socialIdentityProviders'],
      fallbackIdentityProvider: 'defaultConfiguredIdp',
    },
  };
}

interface PartnerFields {
  isServiceProvider?: boolean | null;
  isInMultiTenantOrganization?: boolean | null;
  inboundTrust?: CrossTenantAccessPolicyConfigurationPartner['inboundTrust'];
  automaticUserConsentSettings?: CrossTenantAccessPolicyConfigurationPartner['automaticUserConsentSettings'];
  b2bCollaborationInbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bCollaborationOutbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bDirectConnectInbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bDirectConnectOutbound?: CrossTenantAccessPolicyB2BSetting | null;
  identitySynchronization?: Record<string, unknown> | null;
}

function fields(p: Partner, seed: number): PartnerFields {
  switch (p.style) {
    case 'trusted-collaborator':
      return {
        inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: true, isHybridAzureADJoinedDeviceAccepted: true },
        b2bCollaborationInbound: setting(
          targets('allowed', [p.groupId, 'group']),
          targets('allowed', [APPS.office365, 'application'], [APPS.lims(seed), 'application']),
        ),
      };
    case 'inbound-trust-only':
      // Someone ticked "trust MFA" for this partner and nothing else. It is as open as the default, and its
      // explicit device settings (false) override the default's device trust. A synchronisation pilot was allowed
      // too and left in place, dormant without automatic redemption.
      return {
        inboundTrust: { isMfaAccepted: true, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false },
        identitySynchronization: { tenantId: p.tenantId, displayName: p.displayName, userSyncInbound: { isSyncAllowed: true } },
      };
    case 'sister-mto':
      return {
        isInMultiTenantOrganization: true,
        automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: true },
        b2bCollaborationInbound: setting(allUsers('allowed'), allApps('allowed')),
        b2bCollaborationOutbound: setting(allUsers('allowed'), allApps('allowed')),
        identitySynchronization: { tenantId: p.tenantId, displayName: p.displayName, userSyncInbound: { isSyncAllowed: true } },
      };
    case 'all-users-selected-apps':
      // A logistics partner pushes its dispatchers in by cross-tenant synchronisation, without being part of the
      // organisation: sync allowed and invitations redeemed automatically.
      return {
        automaticUserConsentSettings: { inboundAllowed: true, outboundAllowed: null },
        b2bCollaborationInbound: setting(allUsers('allowed'), targets('allowed', [APPS.office365, 'application'])),
        identitySynchronization: { tenantId: p.tenantId, displayName: p.displayName, userSyncInbound: { isSyncAllowed: true } },
      };
    case 'direct-connect':
      return {
        b2bDirectConnectInbound: setting(allUsers('allowed'), targets('allowed', [APPS.office365, 'application'])),
        b2bDirectConnectOutbound: setting(allUsers('allowed'), targets('allowed', [APPS.office365, 'application'])),
      };
    case 'blocked':
      return { b2bCollaborationInbound: setting(allUsers('blocked'), allApps('blocked')) };
    case 'service-provider':
      return {
        isServiceProvider: true,
        b2bCollaborationInbound: setting(targets('allowed', [p.groupId, 'group']), allApps('allowed')),
      };
    case 'outbound-blocked':
      return { b2bCollaborationOutbound: setting(allUsers('blocked'), allApps('blocked')) };
    case 'partial-users-only':
      return { b2bCollaborationInbound: setting(targets('allowed', [p.groupId, 'group']), null) };
    case 'inherit':
      return {};
  }
}

/** A partner as Graph returns it: every property present, null where the partner inherits the default. */
export function partnerPolicy(p: Partner, world: World): CrossTenantAccessPolicyConfigurationPartner {
  const f = fields(p, world.opts.seed);
  return {
    tenantId: p.tenantId,
    displayName: p.displayName,
    defaultDomainName: p.domain,
    isServiceProvider: f.isServiceProvider ?? false,
    isInMultiTenantOrganization: f.isInMultiTenantOrganization ?? false,
    inboundTrust: f.inboundTrust ?? null,
    automaticUserConsentSettings: f.automaticUserConsentSettings ?? { inboundAllowed: null, outboundAllowed: null },
    b2bCollaborationInbound: f.b2bCollaborationInbound ?? null,
    b2bCollaborationOutbound: f.b2bCollaborationOutbound ?? null,
    b2bDirectConnectInbound: f.b2bDirectConnectInbound ?? null,
    b2bDirectConnectOutbound: f.b2bDirectConnectOutbound ?? null,
    tenantRestrictions: null,
    ...(f.identitySynchronization ? { identitySynchronization: f.identitySynchronization } : {}),
  };
}
