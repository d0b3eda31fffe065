import type { AnyRule } from '../src/engine/rule.js';
import connectorUnsecured from './connector-unsecured.js';
import federationDomainHasEntraTenant from './federation-domain-has-entra-tenant.js';
import guestStale from './guest-stale.js';
import inviteDomainAllowlistMissing from './invite-domain-allowlist-missing.js';
import xtapDefaultInboundOpen from './xtap-default-inbound-open.js';
import xtapDefaultMfaTrust from './xtap-default-mfa-trust.js';

// Invitations, settings, cross-tenant access, connectors and federation.
import connectorCertificateExpiring from './connector-certificate-expiring.js';
import emailOtpDirection from './email-otp-direction.js';
import emailSubscriptionSignupEnabled from './email-subscription-signup-enabled.js';
import emailVerifiedJoinEnabled from './email-verified-join-enabled.js';
import externalUsersCannotLeave from './external-users-cannot-leave.js';
import federationInsecureEndpoint from './federation-insecure-endpoint.js';
import federationSigningCertExpiring from './federation-signing-cert-expiring.js';
import guestDirectoryAccessNotRestricted from './guest-directory-access-not-restricted.js';
import guestGroupOwnerAllowed from './guest-group-owner-allowed.js';
import inviteAllowedFromEveryone from './invite-allowed-from-everyone.js';
import selfServiceSignupEnabled from './self-service-signup-enabled.js';
import xtapAutoRedemptionEnabled from './xtap-auto-redemption-enabled.js';
import xtapDefaultDeviceTrust from './xtap-default-device-trust.js';
import xtapDefaultDirectConnectInboundOpen from './xtap-default-direct-connect-inbound-open.js';
import xtapDefaultOutboundOpen from './xtap-default-outbound-open.js';
import xtapPartnerInboundAllApps from './xtap-partner-inbound-all-apps.js';
import xtapPartnerInboundAllUsers from './xtap-partner-inbound-all-users.js';
import xtapPartnerLooserThanDefault from './xtap-partner-looser-than-default.js';
import xtapPartnerMfaTrust from './xtap-partner-mfa-trust.js';
import xtapTenantRestrictionsMissing from './xtap-tenant-restrictions-missing.js';

// Guests, governance, Conditional Access for guests and the XTAP × CA cross-joins.
import accessReviewGuestsMissing from './access-review-guests-missing.js';
import accessReviewGuestsNotEnforced from './access-review-guests-not-enforced.js';
import caGuestDeviceGrantWithoutDeviceTrust from './ca-guest-device-grant-without-device-trust.js';
import caGuestLegacyAuthNotBlocked from './ca-guest-legacy-auth-not-blocked.js';
import caGuestMfaMissing from './ca-guest-mfa-missing.js';
import caGuestPolicyReportOnly from './ca-guest-policy-report-only.js';
import caGuestSignInFrequency from './ca-guest-sign-in-frequency.js';
import entitlementExternalAnyUser from './entitlement-external-any-user.js';
import entitlementExternalLifecycleNone from './entitlement-external-lifecycle-none.js';
import entitlementExternalNoApproval from './entitlement-external-no-approval.js';
import entitlementExternalNoExpiry from './entitlement-external-no-expiry.js';
import guestAppOwner from './guest-app-owner.js';
import guestDomainNotAllowlisted from './guest-domain-not-allowlisted.js';
import guestDynamicGroupMissing from './guest-dynamic-group-missing.js';
import guestExternalMember from './guest-external-member.js';
import guestInPrivilegedRole from './guest-in-privileged-role.js';
import guestInvitationPending from './guest-invitation-pending.js';
import guestWithoutSponsor from './guest-without-sponsor.js';
import xtapMfaTrustWithoutGuestMfaCa from './xtap-mfa-trust-without-guest-mfa-ca.js';

// The doors beyond Entra's own settings: SharePoint sharing, synchronisation, redemption, privileged groups, risk.
import accessReviewGuestsWeakSettings from './access-review-guests-weak-settings.js';
import caGuestPhishingResistantMfaMissing from './ca-guest-phishing-resistant-mfa-missing.js';
import guestAtRisk from './guest-at-risk.js';
import guestGroupContentAccess from './guest-group-content-access.js';
import guestIdentityProviderNotAllowed from './guest-identity-provider-not-allowed.js';
import guestPrivilegedGroupMember from './guest-privileged-group-member.js';
import guestPrivilegedGroupOwner from './guest-privileged-group-owner.js';
import sharepointDomainListMismatch from './sharepoint-domain-list-mismatch.js';
import sharepointExternalSharingLevel from './sharepoint-external-sharing-level.js';
import sharepointGuestResharing from './sharepoint-guest-resharing.js';
import sharepointInviteeAccountNotEnforced from './sharepoint-invitee-account-not-enforced.js';
import xtapPartnerSyncInbound from './xtap-partner-sync-inbound.js';
import xtapRedemptionBypassesEntra from './xtap-redemption-bypasses-entra.js';
import xtapUniversalTenantRestrictionsOff from './xtap-universal-tenant-restrictions-off.js';

/** Every rule gatehouse ships, in report order. A meta-test checks this list against the files in rules/. */
export const RULES: readonly AnyRule[] = [
  xtapDefaultInboundOpen as AnyRule,
  xtapDefaultMfaTrust as AnyRule,
  guestStale as AnyRule,
  inviteDomainAllowlistMissing as AnyRule,
  connectorUnsecured as AnyRule,
  federationDomainHasEntraTenant as AnyRule,
  // Invitations and settings
  inviteAllowedFromEveryone as AnyRule,
  guestDirectoryAccessNotRestricted as AnyRule,
  emailVerifiedJoinEnabled as AnyRule,
  emailSubscriptionSignupEnabled as AnyRule,
  selfServiceSignupEnabled as AnyRule,
  emailOtpDirection as AnyRule,
  externalUsersCannotLeave as AnyRule,
  guestGroupOwnerAllowed as AnyRule,
  guestGroupContentAccess as AnyRule,
  guestIdentityProviderNotAllowed as AnyRule,
  // Cross-tenant access
  xtapDefaultDeviceTrust as AnyRule,
  xtapDefaultDirectConnectInboundOpen as AnyRule,
  xtapDefaultOutboundOpen as AnyRule,
  xtapTenantRestrictionsMissing as AnyRule,
  xtapPartnerInboundAllUsers as AnyRule,
  xtapPartnerInboundAllApps as AnyRule,
  xtapPartnerMfaTrust as AnyRule,
  xtapPartnerLooserThanDefault as AnyRule,
  xtapAutoRedemptionEnabled as AnyRule,
  xtapPartnerSyncInbound as AnyRule,
  xtapRedemptionBypassesEntra as AnyRule,
  xtapUniversalTenantRestrictionsOff as AnyRule,
  // Connectors and federation
  connectorCertificateExpiring as AnyRule,
  federationSigningCertExpiring as AnyRule,
  federationInsecureEndpoint as AnyRule,
  // Cross-tenant access × Conditional Access
  xtapMfaTrustWithoutGuestMfaCa as AnyRule,
  caGuestDeviceGrantWithoutDeviceTrust as AnyRule,
  // Guests
  guestInvitationPending as AnyRule,
  guestDomainNotAllowlisted as AnyRule,
  guestExternalMember as AnyRule,
  guestInPrivilegedRole as AnyRule,
  guestPrivilegedGroupMember as AnyRule,
  guestPrivilegedGroupOwner as AnyRule,
  guestAtRisk as AnyRule,
  guestAppOwner as AnyRule,
  guestWithoutSponsor as AnyRule,
  guestDynamicGroupMissing as AnyRule,
  // Governance
  accessReviewGuestsMissing as AnyRule,
  accessReviewGuestsNotEnforced as AnyRule,
  accessReviewGuestsWeakSettings as AnyRule,
  entitlementExternalNoExpiry as AnyRule,
  entitlementExternalAnyUser as AnyRule,
  entitlementExternalNoApproval as AnyRule,
  entitlementExternalLifecycleNone as AnyRule,
  // Conditional Access for guests
  caGuestMfaMissing as AnyRule,
  caGuestLegacyAuthNotBlocked as AnyRule,
  caGuestPolicyReportOnly as AnyRule,
  caGuestSignInFrequency as AnyRule,
  caGuestPhishingResistantMfaMissing as AnyRule,
  // SharePoint and OneDrive sharing
  sharepointExternalSharingLevel as AnyRule,
  sharepointDomainListMismatch as AnyRule,
  sharepointGuestResharing as AnyRule,
  sharepointInviteeAccountNotEnforced as AnyRule,
];
