import type { CloudName } from '../graph/cloud.js';
import type { SectionName } from './snapshot.types.js';

/**
 * What each snapshot section is and what reading it needs. The collectors take their main request from here,
 * `gatehouse permissions` prints it, and the engine names the fix when a section is missing.
 * Permissions are the "least privileged" column of each Graph API reference page.
 */
export interface SectionInfo {
  title: string;
  /** Least-privileged application permissions that read it (all of them are needed). */
  permissions: readonly string[];
  /** Higher-privileged permissions that also read it; any one of them stands in for the whole of `permissions`. */
  alsoGrantedBy?: readonly string[];
  /** The permission is a write scope because Graph offers no read-only one. */
  writeScopeOnly?: boolean;
  /** Collected only when asked for (e.g. `--include-api-connectors`). */
  optIn?: boolean;
  licence?: string;
  apiVersion: 'v1.0' | 'beta';
  /** Main request path (without version). */
  path: string;
  /** Every request the collector sends for this section, in order of use (fallbacks after the first). */
  requests: readonly string[];
  /** National clouds whose Graph has no such API (their metadata, or Learn's national-cloud table for beta): not requested there, recorded as not-available. */
  absentIn?: readonly CloudName[];
  /** Evidence carried inside another section's objects (sign-in activity, sponsors): collected by that section's request. */
  evidenceOf?: SectionName;
}

const GUEST_SELECT =
  'id,displayName,userPrincipalName,mail,otherMails,userType,accountEnabled,createdDateTime,creationType,externalUserState,externalUserStateChangeDateTime,identities';

export const SECTIONS: Record<SectionName, SectionInfo> = {
  organization: {
    title: 'Organization',
    permissions: ['Organization.Read.All'],
    alsoGrantedBy: ['Organization.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/organization',
    requests: ['GET /v1.0/organization?$select=id,displayName,tenantType,verifiedDomains'],
  },
  authorizationPolicy: {
    title: 'Authorization policy (external collaboration settings)',
    permissions: ['Policy.Read.All'],
    alsoGrantedBy: ['Policy.ReadWrite.Authorization'],
    apiVersion: 'v1.0',
    path: '/policies/authorizationPolicy',
    requests: ['GET /v1.0/policies/authorizationPolicy'],
  },
  crossTenantAccessPolicy: {
    title: 'Cross-tenant access policy',
    permissions: ['Policy.Read.All'],
    alsoGrantedBy: ['Policy.ReadWrite.CrossTenantAccess'],
    apiVersion: 'v1.0',
    path: '/policies/crossTenantAccessPolicy',
    requests: ['GET /v1.0/policies/crossTenantAccessPolicy'],
  },
  crossTenantAccessDefault: {
    title: 'Cross-tenant access default settings',
    permissions: ['Policy.Read.All'],
    alsoGrantedBy: ['Policy.ReadWrite.CrossTenantAccess'],
    apiVersion: 'v1.0',
    path: '/policies/crossTenantAccessPolicy/default',
    requests: ['GET /v1.0/policies/crossTenantAccessPolicy/default'],
  },
  crossTenantAccessPartners: {
    title: 'Cross-tenant access partner settings',
    permissions: ['Policy.Read.All'],
    alsoGrantedBy: ['Policy.ReadWrite.CrossTenantAccess'],
    apiVersion: 'v1.0',
    path: '/policies/crossTenantAccessPolicy/partners',
    requests: [
      'GET /v1.0/policies/crossTenantAccessPolicy/partners?$expand=identitySynchronization',
      'GET /v1.0/policies/crossTenantAccessPolicy/partners (when $expand is refused)',
      "POST /v1.0/$batch of GET /tenantRelationships/findTenantInformationByTenantId(tenantId='…') — partner names, optional (CrossTenantInformation.ReadBasic.All)",
    ],
  },
  b2bManagementPolicies: {
    title: 'Invitation domain allow/block list',
    permissions: ['Policy.Read.B2BManagementPolicy'],
    alsoGrantedBy: ['Policy.ReadWrite.B2BManagementPolicy'],
    apiVersion: 'beta',
    path: '/policies/b2bManagementPolicies',
    requests: ['GET /beta/policies/b2bManagementPolicies'],
    absentIn: ['usgov', 'usgov-dod', 'china'],
  },
  externalIdentitiesPolicy: {
    title: 'External identities policy',
    permissions: ['Policy.Read.All'],
    apiVersion: 'beta',
    path: '/policies/externalIdentitiesPolicy',
    requests: ['GET /beta/policies/externalIdentitiesPolicy'],
  },
  guests: {
    title: 'Guest users',
    permissions: ['User.Read.All'],
    alsoGrantedBy: ['User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/users',
    requests: [
      `GET /v1.0/users?$filter=userType eq 'Guest'&$select=${GUEST_SELECT},signInActivity&$expand=sponsors($select=id)&$top=500`,
      `GET /v1.0/users?$filter=userType eq 'Guest'&$select=${GUEST_SELECT}[,signInActivity][&$expand=sponsors($select=id)]&$top=500|999 (degraded variants when the first is refused)`,
      "GET /v1.0/users?$filter=userType eq 'Member' and externalUserState eq 'Accepted' (and 'PendingAcceptance'), same $select/$expand — B2B members, which the Guest filter misses",
      "GET /v1.0/users/$count?$filter=userType eq 'Guest' (ConsistencyLevel: eventual) — sizes the split; from 20,000 guests also the creation-date probes and the guest list as 2–32 ranges (…and createdDateTime ge X and createdDateTime le Y)",
    ],
  },
  guestSignInActivity: {
    title: 'Guest sign-in activity',
    permissions: ['AuditLog.Read.All'],
    licence: 'Microsoft Entra ID P1 or P2',
    apiVersion: 'v1.0',
    path: '/users?$select=signInActivity',
    evidenceOf: 'guests',
    requests: ['$select=signInActivity on the guest query (needs User.Read.All too); never one call per guest'],
  },
  guestSponsors: {
    title: 'Guest sponsors',
    permissions: ['User.Read.All'],
    alsoGrantedBy: ['User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/users?$expand=sponsors',
    evidenceOf: 'guests',
    requests: [
      '$expand=sponsors($select=id) on the guest query',
      'POST /v1.0/$batch of GET /users/{id}/sponsors?$select=id, 20 per batch (when the expand is refused)',
    ],
  },
  federationConfigurations: {
    title: 'SAML/WS-Fed direct federation',
    permissions: ['Domain.Read.All', 'IdentityProvider.Read.All'],
    apiVersion: 'v1.0',
    path: '/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation',
    requests: [
      'GET /v1.0/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation?$expand=domains',
      'GET /v1.0/directory/federationConfigurations/microsoft.graph.samlOrWsFedExternalDomainFederation/{id}/domains (when domains are neither inline nor expandable)',
    ],
  },
  federationDomainLookups: {
    title: 'Tenant look-up of federated domains',
    permissions: ['CrossTenantInformation.ReadBasic.All'],
    apiVersion: 'v1.0',
    path: "/tenantRelationships/findTenantInformationByDomainName(domainName='…')",
    requests: ["POST /v1.0/$batch of GET /tenantRelationships/findTenantInformationByDomainName(domainName='…'), one per federated domain"],
  },
  identityProviders: {
    title: 'Identity providers',
    permissions: ['IdentityProvider.Read.All'],
    alsoGrantedBy: ['IdentityProvider.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/identity/identityProviders',
    requests: ['GET /v1.0/identity/identityProviders'],
    absentIn: ['usgov', 'usgov-dod'],
  },
  apiConnectors: {
    title: 'API connectors',
    permissions: ['APIConnectors.ReadWrite.All'],
    writeScopeOnly: true,
    optIn: true,
    apiVersion: 'v1.0',
    path: '/identity/apiConnectors',
    requests: ['GET /v1.0/identity/apiConnectors'],
    absentIn: ['usgov', 'usgov-dod'],
  },
  b2xUserFlows: {
    title: 'Self-service sign-up user flows',
    permissions: ['IdentityUserFlow.Read.All'],
    alsoGrantedBy: ['IdentityUserFlow.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/identity/b2xUserFlows',
    requests: [
      'GET /v1.0/identity/b2xUserFlows',
      'GET /v1.0/identity/b2xUserFlows/{id}/apiConnectorConfiguration?$expand=postFederationSignup,postAttributeCollection (only with --include-api-connectors; IdentityUserFlow.ReadWrite.All)',
    ],
    absentIn: ['usgov', 'usgov-dod'],
  },
  customAuthenticationExtensions: {
    title: 'Custom authentication extensions',
    permissions: ['CustomAuthenticationExtension.Read.All'],
    alsoGrantedBy: ['CustomAuthenticationExtension.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/identity/customAuthenticationExtensions',
    requests: ['GET /v1.0/identity/customAuthenticationExtensions'],
    absentIn: ['china'],
  },
  authenticationEventListeners: {
    title: 'Authentication event listeners',
    permissions: ['EventListener.Read.All'],
    alsoGrantedBy: ['EventListener.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/identity/authenticationEventListeners',
    requests: ['GET /v1.0/identity/authenticationEventListeners'],
    absentIn: ['china'],
  },
  authenticationFlowsPolicy: {
    title: 'Authentication flows policy (self-service sign-up switch)',
    permissions: ['Policy.Read.All'],
    alsoGrantedBy: ['Policy.ReadWrite.AuthenticationFlows'],
    apiVersion: 'v1.0',
    path: '/policies/authenticationFlowsPolicy',
    requests: ['GET /v1.0/policies/authenticationFlowsPolicy'],
    absentIn: ['usgov', 'usgov-dod'],
  },
  emailOtpConfiguration: {
    title: 'Email one-time passcode configuration',
    permissions: ['Policy.Read.AuthenticationMethod'],
    alsoGrantedBy: ['Policy.Read.All', 'Policy.ReadWrite.AuthenticationMethod'],
    apiVersion: 'v1.0',
    path: '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email',
    requests: ['GET /v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email'],
    absentIn: ['china'],
  },
  accessReviewDefinitions: {
    title: 'Access review definitions',
    permissions: ['AccessReview.Read.All'],
    alsoGrantedBy: ['AccessReview.ReadWrite.All'],
    licence: 'Microsoft Entra ID P2 or ID Governance',
    apiVersion: 'v1.0',
    path: '/identityGovernance/accessReviews/definitions',
    requests: ['GET /v1.0/identityGovernance/accessReviews/definitions'],
  },
  entitlementAssignmentPolicies: {
    title: 'Access package assignment policies',
    permissions: ['EntitlementManagement.Read.All'],
    alsoGrantedBy: ['EntitlementManagement.ReadWrite.All'],
    licence: 'Microsoft Entra ID P2 or ID Governance',
    apiVersion: 'v1.0',
    path: '/identityGovernance/entitlementManagement/assignmentPolicies',
    requests: [
      'GET /v1.0/identityGovernance/entitlementManagement/assignmentPolicies?$expand=accessPackage',
      'GET /v1.0/identityGovernance/entitlementManagement/assignmentPolicies (when $expand is refused)',
    ],
  },
  connectedOrganizations: {
    title: 'Connected organizations',
    permissions: ['EntitlementManagement.Read.All'],
    alsoGrantedBy: ['EntitlementManagement.ReadWrite.All'],
    licence: 'Microsoft Entra ID P2 or ID Governance',
    apiVersion: 'v1.0',
    path: '/identityGovernance/entitlementManagement/connectedOrganizations',
    requests: ['GET /v1.0/identityGovernance/entitlementManagement/connectedOrganizations'],
  },
  entitlementManagementSettings: {
    title: 'Entitlement management settings',
    permissions: ['EntitlementManagement.Read.All'],
    alsoGrantedBy: ['EntitlementManagement.ReadWrite.All'],
    licence: 'Microsoft Entra ID P2 or ID Governance',
    apiVersion: 'v1.0',
    path: '/identityGovernance/entitlementManagement/settings',
    requests: ['GET /v1.0/identityGovernance/entitlementManagement/settings'],
  },
  conditionalAccessPolicies: {
    title: 'Conditional Access policies',
    permissions: ['Policy.Read.All'],
    licence: 'Microsoft Entra ID P1',
    apiVersion: 'v1.0',
    path: '/identity/conditionalAccess/policies',
    requests: ['GET /v1.0/identity/conditionalAccess/policies (paced: about 1 request/second per tenant, no Retry-After)'],
  },
  groupSettings: {
    title: 'Group settings (Microsoft 365 groups)',
    permissions: ['GroupSettings.Read.All'],
    alsoGrantedBy: [
      'GroupSettings.ReadWrite.All',
      'Directory.Read.All',
      'Directory.ReadWrite.All',
      'Group.Read.All',
      'Group.ReadWrite.All',
    ],
    apiVersion: 'v1.0',
    path: '/groupSettings',
    requests: ['GET /v1.0/groupSettings'],
  },
  directoryRoleDefinitions: {
    title: 'Directory role definitions',
    permissions: ['RoleManagement.Read.Directory'],
    alsoGrantedBy: ['RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'beta',
    path: '/roleManagement/directory/roleDefinitions',
    requests: [
      'GET /beta/roleManagement/directory/roleDefinitions?$select=id,displayName,templateId,isBuiltIn,isPrivileged (isPrivileged exists only in beta)',
      "GET /v1.0/roleManagement/directory/roleDefinitions?$select=id,displayName,templateId,isBuiltIn (when beta cannot answer: recorded as the section's fallback; privileged roles then judged by Microsoft's documented list)",
    ],
  },
  directoryRoleAssignments: {
    title: 'Directory role assignments',
    permissions: ['RoleManagement.Read.Directory'],
    alsoGrantedBy: ['RoleManagement.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/roleManagement/directory/roleAssignments',
    requests: ['GET /v1.0/roleManagement/directory/roleAssignments?$select=id,principalId,roleDefinitionId,directoryScopeId'],
  },
  directoryRoleEligibilities: {
    title: 'Directory role eligibilities (PIM)',
    permissions: ['RoleManagement.Read.Directory'],
    alsoGrantedBy: [
      'RoleEligibilitySchedule.Read.Directory',
      'RoleEligibilitySchedule.ReadWrite.Directory',
      'RoleManagement.Read.All',
      'RoleManagement.ReadWrite.Directory',
    ],
    licence: 'Microsoft Entra ID P2',
    apiVersion: 'v1.0',
    path: '/roleManagement/directory/roleEligibilityScheduleInstances',
    requests: [
      'GET /v1.0/roleManagement/directory/roleEligibilityScheduleInstances?$select=id,principalId,roleDefinitionId,directoryScopeId',
      'GET /v1.0/roleManagement/directory/roleEligibilitySchedules?$select=… (when the instances are refused)',
    ],
  },
  appOwnership: {
    title: 'Application and service principal owners',
    permissions: ['Application.Read.All'],
    alsoGrantedBy: ['Application.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/applications?$expand=owners',
    requests: [
      'GET /v1.0/applications?$select=id,appId,displayName&$expand=owners($select=id,userType,displayName)&$top=999',
      'GET /v1.0/servicePrincipals?$select=id,appId,displayName&$expand=owners($select=id,userType,displayName)&$top=999',
      'GET /v1.0/applications/{id}/owners?$select=id,userType,displayName (and /servicePrincipals/{id}/owners), paged, for each app that came back with 20 owners: Graph cuts an expanded relationship at 20',
    ],
  },
  dynamicGroups: {
    title: 'Dynamic groups',
    permissions: ['Group.Read.All'],
    alsoGrantedBy: ['GroupMember.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: "/groups?$filter=groupTypes/any(c:c eq 'DynamicMembership')",
    requests: [
      "GET /v1.0/groups?$filter=groupTypes/any(c:c eq 'DynamicMembership')&$select=id,displayName,groupTypes,membershipRule,membershipRuleProcessingState&$top=999",
    ],
  },
  sharepointSettings: {
    title: 'SharePoint and OneDrive tenant settings (external sharing)',
    permissions: ['SharePointTenantSettings.Read.All'],
    alsoGrantedBy: ['SharePointTenantSettings.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/admin/sharepoint/settings',
    requests: ['GET /v1.0/admin/sharepoint/settings'],
    absentIn: ['china'],
  },
  roleAssignableGroups: {
    title: 'Role-assignable groups with their members and owners',
    permissions: ['GroupMember.Read.All'],
    alsoGrantedBy: ['Group.Read.All', 'GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
    apiVersion: 'v1.0',
    path: '/groups?$filter=isAssignableToRole eq true',
    requests: [
      'GET /v1.0/groups?$filter=isAssignableToRole eq true&$select=id,displayName,isAssignableToRole&$top=999',
      'GET /v1.0/groups/{id}/members?$select=id,userType and GET /v1.0/groups/{id}/owners?$select=id,userType, paged, for each role-assignable group',
    ],
  },
  groupEligibilities: {
    title: 'Eligible members and owners of role-assignable groups (PIM for Groups)',
    permissions: ['PrivilegedEligibilitySchedule.Read.AzureADGroup'],
    alsoGrantedBy: ['PrivilegedEligibilitySchedule.ReadWrite.AzureADGroup'],
    licence: 'Microsoft Entra ID P2 or ID Governance',
    apiVersion: 'v1.0',
    path: '/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances',
    requests: [
      "GET /v1.0/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances?$filter=groupId eq '{id}', one per role-assignable group (Graph requires the filter)",
    ],
  },
  riskyUsers: {
    title: 'Users at risk (Identity Protection)',
    permissions: ['IdentityRiskyUser.Read.All'],
    alsoGrantedBy: ['IdentityRiskyUser.ReadWrite.All'],
    licence: 'Microsoft Entra ID P2',
    apiVersion: 'v1.0',
    path: '/identityProtection/riskyUsers',
    requests: [
      'GET /v1.0/identityProtection/riskyUsers?$select=id,riskLevel,riskState,riskDetail,riskLastUpdatedDateTime,isDeleted,isProcessing (no names: guests are matched by id)',
    ],
    absentIn: ['china'],
  },
  universalTenantRestrictions: {
    title: 'Universal tenant restrictions (Global Secure Access packet tagging)',
    permissions: ['NetworkAccess.Read.All'],
    alsoGrantedBy: ['NetworkAccess.ReadWrite.All'],
    licence: 'Global Secure Access (Microsoft Entra ID P1 for the Microsoft traffic profile)',
    apiVersion: 'beta',
    path: '/networkAccess/settings/crossTenantAccess',
    requests: ['GET /beta/networkAccess/settings/crossTenantAccess'],
    absentIn: ['china'],
  },
  accessPackageAssignments: {
    title: 'Access package assignments',
    permissions: ['EntitlementManagement.Read.All'],
    alsoGrantedBy: ['EntitlementManagement.ReadWrite.All'],
    licence: 'Microsoft Entra ID P2 or ID Governance',
    apiVersion: 'v1.0',
    path: '/identityGovernance/entitlementManagement/assignments',
    requests: [
      "GET /v1.0/identityGovernance/entitlementManagement/assignments?$filter=state eq 'Delivered'&$expand=target,accessPackage (only the subject's object id and type and the package's id and name are kept)",
    ],
  },
};

export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

/**
 * Can an app whose token carries these application roles read the section? Heuristic for an early warning only;
 * Graph's answer during collection is what counts.
 */
export function sectionReadableWith(name: SectionName, roles: ReadonlySet<string>): boolean {
  const info = SECTIONS[name];
  if (info.alsoGrantedBy?.some((p) => roles.has(p))) return true;
  const own = info.permissions.every((p) => roles.has(p));
  // Evidence sections also need the section that carries them.
  return own && (info.evidenceOf ? sectionReadableWith(info.evidenceOf, roles) : true);
}
