/* Generated from src/snapshot/snapshot.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "sectionName".
 */
export type SectionName =
  | 'organization'
  | 'authorizationPolicy'
  | 'crossTenantAccessPolicy'
  | 'crossTenantAccessDefault'
  | 'crossTenantAccessPartners'
  | 'b2bManagementPolicies'
  | 'externalIdentitiesPolicy'
  | 'guests'
  | 'guestSignInActivity'
  | 'guestSponsors'
  | 'federationConfigurations'
  | 'federationDomainLookups'
  | 'identityProviders'
  | 'apiConnectors'
  | 'b2xUserFlows'
  | 'customAuthenticationExtensions'
  | 'authenticationEventListeners'
  | 'authenticationFlowsPolicy'
  | 'emailOtpConfiguration'
  | 'accessReviewDefinitions'
  | 'entitlementAssignmentPolicies'
  | 'connectedOrganizations'
  | 'entitlementManagementSettings'
  | 'conditionalAccessPolicies'
  | 'groupSettings'
  | 'directoryRoleDefinitions'
  | 'directoryRoleAssignments'
  | 'directoryRoleEligibilities'
  | 'appOwnership'
  | 'dynamicGroups'
  | 'sharepointSettings'
  | 'roleAssignableGroups'
  | 'groupEligibilities'
  | 'riskyUsers'
  | 'universalTenantRestrictions'
  | 'accessPackageAssignments';

/**
 * One read-only collection of a tenant's external-identity configuration. Inside `data`, objects keep Microsoft Graph's own property names and shapes. `x-graph-types` (on `data`) and `x-graph-type` name the Graph type of each section's objects (`x-graph-type-from`: the gatehouse field that names it); `x-gatehouse` marks, with the reason, every field gatehouse adds that is not a Graph property.
 */
export interface Snapshot {
  $schema?: string;
  /**
   * Bumped on any incompatible change; loaders reject versions they do not know.
   */
  schemaVersion: 1;
  tool: {
    name: string;
    version: string;
  };
  tenant: Tenant;
  collectedAt: string;
  /**
   * The Graph endpoint the snapshot was read from.
   */
  graphBaseUrl?: string;
  sections: Sections;
  data: Data;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "tenant".
 */
export interface Tenant {
  id: string;
  displayName?: string;
  defaultDomain?: string;
  cloud?: 'global' | 'usgov' | 'usgov-dod' | 'china' | 'custom';
}
/**
 * Collection status per section. A section absent here was not collected by the tool that wrote the snapshot.
 *
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "sections".
 */
export interface Sections {
  organization?: SectionStatus;
  authorizationPolicy?: SectionStatus;
  crossTenantAccessPolicy?: SectionStatus;
  crossTenantAccessDefault?: SectionStatus;
  crossTenantAccessPartners?: SectionStatus;
  b2bManagementPolicies?: SectionStatus;
  externalIdentitiesPolicy?: SectionStatus;
  guests?: SectionStatus;
  guestSignInActivity?: SectionStatus;
  guestSponsors?: SectionStatus;
  federationConfigurations?: SectionStatus;
  federationDomainLookups?: SectionStatus;
  identityProviders?: SectionStatus;
  apiConnectors?: SectionStatus;
  b2xUserFlows?: SectionStatus;
  customAuthenticationExtensions?: SectionStatus;
  authenticationEventListeners?: SectionStatus;
  authenticationFlowsPolicy?: SectionStatus;
  emailOtpConfiguration?: SectionStatus;
  accessReviewDefinitions?: SectionStatus;
  entitlementAssignmentPolicies?: SectionStatus;
  connectedOrganizations?: SectionStatus;
  entitlementManagementSettings?: SectionStatus;
  conditionalAccessPolicies?: SectionStatus;
  groupSettings?: SectionStatus;
  directoryRoleDefinitions?: SectionStatus;
  directoryRoleAssignments?: SectionStatus;
  directoryRoleEligibilities?: SectionStatus;
  appOwnership?: SectionStatus;
  dynamicGroups?: SectionStatus;
  sharepointSettings?: SectionStatus;
  roleAssignableGroups?: SectionStatus;
  groupEligibilities?: SectionStatus;
  riskyUsers?: SectionStatus;
  universalTenantRestrictions?: SectionStatus;
  accessPackageAssignments?: SectionStatus;
}
/**
 * How collecting one section went. A section whose status is not `ok` has no entry in `data`.
 *
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "sectionStatus".
 */
export interface SectionStatus {
  status: 'ok' | 'forbidden' | 'not-licensed' | 'not-available' | 'error' | 'skipped';
  httpStatus?: number;
  /**
   * Graph `error.code`.
   */
  errorCode?: string;
  requestId?: string;
  message?: string;
  /**
   * Application permissions that would let this section be read.
   */
  requiredPermissions?: string[];
  /**
   * Licence the tenant needs for this section.
   */
  requiredLicence?: string;
  apiVersion?: 'v1.0' | 'beta';
  itemCount?: number;
  durationMs?: number;
  /**
   * The section was collected, but by a fallback that costs evidence: what was read instead, and what the rules rely on as a result. Reports list it under coverage.
   */
  fallback?: string;
}
/**
 * Collected objects, keyed by section. Only sections whose status is `ok` have data.
 *
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "data".
 */
export interface Data {
  organization?: Organization;
  authorizationPolicy?: AuthorizationPolicy;
  crossTenantAccessPolicy?: CrossTenantAccessPolicy;
  crossTenantAccessDefault?: CrossTenantAccessPolicyConfigurationDefault;
  crossTenantAccessPartners?: CrossTenantAccessPolicyConfigurationPartner[];
  b2bManagementPolicies?: B2BManagementPolicy[];
  externalIdentitiesPolicy?: ExternalIdentitiesPolicy;
  guests?: User[];
  federationConfigurations?: SamlOrWsFedExternalDomainFederation[];
  federationDomainLookups?: DomainTenantLookup[];
  identityProviders?: IdentityProvider[];
  apiConnectors?: IdentityApiConnector[];
  b2xUserFlows?: B2XIdentityUserFlow[];
  customAuthenticationExtensions?: CustomAuthenticationExtension[];
  authenticationEventListeners?: AuthenticationEventListener[];
  authenticationFlowsPolicy?: AuthenticationFlowsPolicy;
  emailOtpConfiguration?: EmailAuthenticationMethodConfiguration;
  accessReviewDefinitions?: AccessReviewScheduleDefinition[];
  entitlementAssignmentPolicies?: AccessPackageAssignmentPolicy[];
  connectedOrganizations?: ConnectedOrganization[];
  entitlementManagementSettings?: EntitlementManagementSettings;
  conditionalAccessPolicies?: ConditionalAccessPolicy[];
  groupSettings?: GroupSetting[];
  directoryRoleDefinitions?: UnifiedRoleDefinition[];
  directoryRoleAssignments?: UnifiedRoleAssignment[];
  directoryRoleEligibilities?: UnifiedRoleAssignment[];
  appOwnership?: OwnedApp[];
  dynamicGroups?: Group[];
  sharepointSettings?: SharepointSettings;
  roleAssignableGroups?: RoleAssignableGroup[];
  groupEligibilities?: PrivilegedAccessGroupEligibilityScheduleInstance[];
  riskyUsers?: RiskyUser[];
  universalTenantRestrictions?: NetworkAccessCrossTenantAccessSettings;
  accessPackageAssignments?: AccessPackageAssignment[];
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "organization".
 */
export interface Organization {
  id: string;
  displayName?: string | null;
  tenantType?: string | null;
  verifiedDomains?: {
    name: string;
    isDefault?: boolean | null;
    isInitial?: boolean | null;
    type?: string | null;
    capabilities?: string | null;
    [k: string]: unknown | undefined;
  }[];
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "authorizationPolicy".
 */
export interface AuthorizationPolicy {
  id?: string;
  /**
   * none | adminsAndGuestInviters | adminsGuestInvitersAndAllMembers | everyone | unknownFutureValue
   */
  allowInvitesFrom?: string | null;
  allowedToSignUpEmailBasedSubscriptions?: boolean | null;
  allowEmailVerifiedUsersToJoinOrganization?: boolean | null;
  allowUserConsentForRiskyApps?: boolean | null;
  blockMsolPowerShell?: boolean | null;
  guestUserRoleId?: string | null;
  defaultUserRolePermissions?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicy".
 */
export interface CrossTenantAccessPolicy {
  displayName?: string | null;
  allowedCloudEndpoints?: string[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicyConfigurationDefault".
 */
export interface CrossTenantAccessPolicyConfigurationDefault {
  isServiceDefault?: boolean | null;
  b2bCollaborationInbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bCollaborationOutbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bDirectConnectInbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bDirectConnectOutbound?: CrossTenantAccessPolicyB2BSetting | null;
  inboundTrust?: CrossTenantAccessPolicyInboundTrust | null;
  automaticUserConsentSettings?: InboundOutboundPolicyConfiguration | null;
  tenantRestrictions?: CrossTenantAccessPolicyTenantRestrictions | null;
  invitationRedemptionIdentityProviderConfiguration?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicyB2BSetting".
 */
export interface CrossTenantAccessPolicyB2BSetting {
  usersAndGroups?: CrossTenantAccessPolicyTargetConfiguration | null;
  applications?: CrossTenantAccessPolicyTargetConfiguration | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicyTargetConfiguration".
 */
export interface CrossTenantAccessPolicyTargetConfiguration {
  /**
   * allowed | blocked | unknownFutureValue
   */
  accessType?: string | null;
  targets?: CrossTenantAccessPolicyTarget[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicyTarget".
 */
export interface CrossTenantAccessPolicyTarget {
  target: string;
  targetType?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicyInboundTrust".
 */
export interface CrossTenantAccessPolicyInboundTrust {
  isMfaAccepted?: boolean | null;
  isCompliantDeviceAccepted?: boolean | null;
  isHybridAzureADJoinedDeviceAccepted?: boolean | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "inboundOutboundPolicyConfiguration".
 */
export interface InboundOutboundPolicyConfiguration {
  inboundAllowed?: boolean | null;
  outboundAllowed?: boolean | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicyTenantRestrictions".
 */
export interface CrossTenantAccessPolicyTenantRestrictions {
  usersAndGroups?: CrossTenantAccessPolicyTargetConfiguration | null;
  applications?: CrossTenantAccessPolicyTargetConfiguration | null;
  devices?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantAccessPolicyConfigurationPartner".
 */
export interface CrossTenantAccessPolicyConfigurationPartner {
  tenantId: string;
  /**
   * Not a Graph property of the partner: filled by the collector from findTenantInformationByTenantId when it could.
   */
  displayName?: string | null;
  /**
   * Not a Graph property of the partner: filled by the collector from findTenantInformationByTenantId when it could.
   */
  defaultDomainName?: string | null;
  isServiceProvider?: boolean | null;
  isInMultiTenantOrganization?: boolean | null;
  b2bCollaborationInbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bCollaborationOutbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bDirectConnectInbound?: CrossTenantAccessPolicyB2BSetting | null;
  b2bDirectConnectOutbound?: CrossTenantAccessPolicyB2BSetting | null;
  inboundTrust?: CrossTenantAccessPolicyInboundTrust | null;
  automaticUserConsentSettings?: InboundOutboundPolicyConfiguration | null;
  tenantRestrictions?: CrossTenantAccessPolicyTenantRestrictions | null;
  identitySynchronization?: CrossTenantIdentitySyncPolicyPartner | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "crossTenantIdentitySyncPolicyPartner".
 */
export interface CrossTenantIdentitySyncPolicyPartner {
  tenantId?: string | null;
  displayName?: string | null;
  userSyncInbound?: {
    isSyncAllowed?: boolean | null;
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "b2bManagementPolicy".
 */
export interface B2BManagementPolicy {
  id: string;
  displayName?: string | null;
  /**
   * Each element is a JSON document serialised as a string; Graph's own examples use single quotes.
   */
  definition?: string[] | null;
  isOrganizationDefault?: boolean | string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "externalIdentitiesPolicy".
 */
export interface ExternalIdentitiesPolicy {
  allowExternalIdentitiesToLeave?: boolean | null;
  allowDeletedIdentitiesDataRemoval?: boolean | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "user".
 */
export interface User {
  id: string;
  displayName?: string | null;
  userPrincipalName?: string | null;
  mail?: string | null;
  otherMails?: string[] | null;
  userType?: string | null;
  accountEnabled?: boolean | null;
  createdDateTime?: string | null;
  creationType?: string | null;
  externalUserState?: string | null;
  externalUserStateChangeDateTime?: string | null;
  identities?: ObjectIdentity[] | null;
  signInActivity?: SignInActivity | null;
  sponsors?: DirectoryObjectRef[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "objectIdentity".
 */
export interface ObjectIdentity {
  signInType?: string | null;
  issuer?: string | null;
  issuerAssignedId?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "signInActivity".
 */
export interface SignInActivity {
  lastSignInDateTime?: string | null;
  lastNonInteractiveSignInDateTime?: string | null;
  lastSuccessfulSignInDateTime?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "directoryObjectRef".
 */
export interface DirectoryObjectRef {
  id: string;
  '@odata.type'?: string;
  displayName?: string | null;
  userType?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "samlOrWsFedExternalDomainFederation".
 */
export interface SamlOrWsFedExternalDomainFederation {
  id: string;
  displayName?: string | null;
  issuerUri?: string | null;
  metadataExchangeUri?: string | null;
  passiveSignInUri?: string | null;
  preferredAuthenticationProtocol?: string | null;
  signingCertificate?: string | null;
  domains?:
    | {
        id: string;
        [k: string]: unknown | undefined;
      }[]
    | null;
  [k: string]: unknown | undefined;
}
/**
 * Result of findTenantInformationByDomainName for one federated domain. Not a Graph object: gatehouse's record of the call, with Graph's answer in tenantInformation.
 *
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "domainTenantLookup".
 */
export interface DomainTenantLookup {
  domainName: string;
  outcome: 'tenant' | 'no-tenant' | 'error';
  tenantInformation?: TenantInformation;
  httpStatus?: number;
  errorCode?: string;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "tenantInformation".
 */
export interface TenantInformation {
  tenantId?: string | null;
  displayName?: string | null;
  defaultDomainName?: string | null;
  federationBrandName?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "identityProvider".
 */
export interface IdentityProvider {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  identityProviderType?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "identityApiConnector".
 */
export interface IdentityApiConnector {
  id: string;
  displayName?: string | null;
  targetUrl?: string | null;
  authenticationConfiguration?: {
    '@odata.type'?: string;
    username?: string | null;
    certificateList?:
      | {
          thumbprint?: string | null;
          notBefore?: number | string | null;
          notAfter?: number | string | null;
          isActive?: boolean | null;
          [k: string]: unknown | undefined;
        }[]
      | null;
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "b2xIdentityUserFlow".
 */
export interface B2XIdentityUserFlow {
  id: string;
  userFlowType?: string | null;
  userFlowTypeVersion?: number | null;
  apiConnectorConfiguration?: {
    postFederationSignup?: IdentityApiConnector | null;
    postAttributeCollection?: IdentityApiConnector | null;
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "customAuthenticationExtension".
 */
export interface CustomAuthenticationExtension {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  description?: string | null;
  authenticationConfiguration?: {
    '@odata.type'?: string;
    resourceId?: string | null;
    [k: string]: unknown | undefined;
  } | null;
  endpointConfiguration?: {
    '@odata.type'?: string;
    targetUrl?: string | null;
    [k: string]: unknown | undefined;
  } | null;
  clientConfiguration?: {
    [k: string]: unknown | undefined;
  } | null;
  behaviorOnError?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "authenticationEventListener".
 */
export interface AuthenticationEventListener {
  '@odata.type'?: string;
  id: string;
  displayName?: string | null;
  authenticationEventsFlowId?: string | null;
  conditions?: {
    [k: string]: unknown | undefined;
  } | null;
  handler?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "authenticationFlowsPolicy".
 */
export interface AuthenticationFlowsPolicy {
  id?: string;
  selfServiceSignUp?: {
    isEnabled?: boolean | null;
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "emailAuthenticationMethodConfiguration".
 */
export interface EmailAuthenticationMethodConfiguration {
  '@odata.type'?: string;
  id?: string;
  state?: string | null;
  /**
   * default | enabled | disabled | unknownFutureValue; `default` behaves as enabled.
   */
  allowExternalIdToUseEmailOtp?: string | null;
  includeTargets?: unknown[] | null;
  excludeTargets?: unknown[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "accessReviewScheduleDefinition".
 */
export interface AccessReviewScheduleDefinition {
  id: string;
  displayName?: string | null;
  status?: string | null;
  scope?: {
    [k: string]: unknown | undefined;
  } | null;
  instanceEnumerationScope?: {
    [k: string]: unknown | undefined;
  } | null;
  reviewers?: unknown[] | null;
  fallbackReviewers?: unknown[] | null;
  settings?: {
    autoApplyDecisionsEnabled?: boolean | null;
    defaultDecisionEnabled?: boolean | null;
    defaultDecision?: string | null;
    instanceDurationInDays?: number | null;
    recurrence?: {
      [k: string]: unknown | undefined;
    } | null;
    applyActions?: unknown[] | null;
    justificationRequiredOnApproval?: boolean | null;
    mailNotificationsEnabled?: boolean | null;
    reminderNotificationsEnabled?: boolean | null;
    recommendationsEnabled?: boolean | null;
    [k: string]: unknown | undefined;
  } | null;
  stageSettings?: unknown[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "accessPackageAssignmentPolicy".
 */
export interface AccessPackageAssignmentPolicy {
  id: string;
  displayName?: string | null;
  allowedTargetScope?: string | null;
  specificAllowedTargets?: unknown[] | null;
  automaticRequestSettings?: {
    [k: string]: unknown | undefined;
  } | null;
  expiration?: {
    type?: string | null;
    endDateTime?: string | null;
    duration?: string | null;
    [k: string]: unknown | undefined;
  } | null;
  requestorSettings?: {
    [k: string]: unknown | undefined;
  } | null;
  requestApprovalSettings?: {
    isApprovalRequiredForAdd?: boolean | null;
    isApprovalRequiredForUpdate?: boolean | null;
    stages?: unknown[] | null;
    [k: string]: unknown | undefined;
  } | null;
  reviewSettings?: {
    isEnabled?: boolean | null;
    [k: string]: unknown | undefined;
  } | null;
  accessPackage?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "connectedOrganization".
 */
export interface ConnectedOrganization {
  id: string;
  displayName?: string | null;
  state?: string | null;
  identitySources?: unknown[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "entitlementManagementSettings".
 */
export interface EntitlementManagementSettings {
  id?: string;
  externalUserLifecycleAction?: string | null;
  durationUntilExternalUserDeletedAfterBlocked?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "conditionalAccessPolicy".
 */
export interface ConditionalAccessPolicy {
  id: string;
  displayName?: string | null;
  /**
   * enabled | disabled | enabledForReportingButNotEnforced
   */
  state?: string | null;
  conditions?: {
    clientAppTypes?: string[] | null;
    applications?: {
      includeApplications?: string[] | null;
      excludeApplications?: string[] | null;
      [k: string]: unknown | undefined;
    } | null;
    users?: {
      includeUsers?: string[] | null;
      excludeUsers?: string[] | null;
      includeGroups?: string[] | null;
      excludeGroups?: string[] | null;
      includeRoles?: string[] | null;
      excludeRoles?: string[] | null;
      includeGuestsOrExternalUsers?: ConditionalAccessGuestsOrExternalUsers | null;
      excludeGuestsOrExternalUsers?: ConditionalAccessGuestsOrExternalUsers | null;
      [k: string]: unknown | undefined;
    } | null;
    signInRiskLevels?: string[] | null;
    userRiskLevels?: string[] | null;
    locations?: {
      [k: string]: unknown | undefined;
    } | null;
    platforms?: {
      [k: string]: unknown | undefined;
    } | null;
    [k: string]: unknown | undefined;
  } | null;
  grantControls?: {
    operator?: string | null;
    builtInControls?: string[] | null;
    authenticationStrength?: {
      [k: string]: unknown | undefined;
    } | null;
    [k: string]: unknown | undefined;
  } | null;
  sessionControls?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "conditionalAccessGuestsOrExternalUsers".
 */
export interface ConditionalAccessGuestsOrExternalUsers {
  /**
   * Flags enum serialised as a comma-separated string.
   */
  guestOrExternalUserTypes?: string | null;
  externalTenants?: {
    '@odata.type'?: string;
    membershipKind?: string | null;
    members?: string[] | null;
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "groupSetting".
 */
export interface GroupSetting {
  id: string;
  displayName?: string | null;
  templateId?: string | null;
  values?:
    | {
        name?: string;
        value?: string | null;
        [k: string]: unknown | undefined;
      }[]
    | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "unifiedRoleDefinition".
 */
export interface UnifiedRoleDefinition {
  id: string;
  displayName?: string | null;
  templateId?: string | null;
  isBuiltIn?: boolean | null;
  isPrivileged?: boolean | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "unifiedRoleAssignment".
 */
export interface UnifiedRoleAssignment {
  id: string;
  principalId?: string | null;
  roleDefinitionId?: string | null;
  directoryScopeId?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * An application or service principal with its owners (`$expand=owners`).
 *
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "ownedApp".
 */
export interface OwnedApp {
  id: string;
  /**
   * Not a Graph property: which collection the entry came from, and so its Graph type (microsoft.graph.application or microsoft.graph.servicePrincipal).
   */
  objectType: 'application' | 'servicePrincipal';
  appId?: string | null;
  displayName?: string | null;
  owners?: DirectoryObjectRef[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "group".
 */
export interface Group {
  id: string;
  displayName?: string | null;
  groupTypes?: string[] | null;
  membershipRule?: string | null;
  membershipRuleProcessingState?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "sharepointSettings".
 */
export interface SharepointSettings {
  '@odata.type'?: string;
  id?: string;
  /**
   * disabled | externalUserSharingOnly | externalUserAndGuestSharing | existingExternalUserSharingOnly | unknownFutureValue
   */
  sharingCapability?: string | null;
  /**
   * none | allowList | blockList | unknownFutureValue
   */
  sharingDomainRestrictionMode?: string | null;
  sharingAllowedDomainList?: string[] | null;
  sharingBlockedDomainList?: string[] | null;
  isResharingByExternalUsersEnabled?: boolean | null;
  isRequireAcceptingUserToMatchInvitedUserEnabled?: boolean | null;
  [k: string]: unknown | undefined;
}
/**
 * A group that can hold directory roles (`isAssignableToRole`), with its members and owners as read from its relationships.
 *
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "roleAssignableGroup".
 */
export interface RoleAssignableGroup {
  id: string;
  displayName?: string | null;
  isAssignableToRole?: boolean | null;
  members?: DirectoryObjectRef[] | null;
  owners?: DirectoryObjectRef[] | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "privilegedAccessGroupEligibilityScheduleInstance".
 */
export interface PrivilegedAccessGroupEligibilityScheduleInstance {
  id: string;
  groupId?: string | null;
  principalId?: string | null;
  /**
   * member | owner | unknownFutureValue
   */
  accessId?: string | null;
  memberType?: string | null;
  startDateTime?: string | null;
  endDateTime?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "riskyUser".
 */
export interface RiskyUser {
  id: string;
  /**
   * low | medium | high | hidden | none | unknownFutureValue
   */
  riskLevel?: string | null;
  /**
   * none | confirmedSafe | remediated | dismissed | atRisk | confirmedCompromised | unknownFutureValue
   */
  riskState?: string | null;
  riskDetail?: string | null;
  riskLastUpdatedDateTime?: string | null;
  isDeleted?: boolean | null;
  isProcessing?: boolean | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "networkAccessCrossTenantAccessSettings".
 */
export interface NetworkAccessCrossTenantAccessSettings {
  '@odata.type'?: string;
  id?: string;
  /**
   * enabled | disabled | unknownFutureValue
   */
  networkPacketTaggingStatus?: string | null;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `Snapshot`'s JSON-Schema
 * via the `definition` "accessPackageAssignment".
 */
export interface AccessPackageAssignment {
  id: string;
  state?: string | null;
  expiredDateTime?: string | null;
  target?: {
    objectId?: string | null;
    subjectType?: string | null;
    [k: string]: unknown | undefined;
  } | null;
  accessPackage?: {
    id?: string;
    displayName?: string | null;
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
