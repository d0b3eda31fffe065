import type { SectionName } from './snapshot.types.js';

/**
 * What each snapshot section is and what reading it needs. The collectors declare their requests against this
 * catalogue, `gatehouse permissions` prints it, and the engine names the fix when a section is missing.
 * Facts from reference/graph-api.md.
 */
export interface SectionInfo {
  title: string;
  /** Least-privileged application permissions that read it. */
  permissions: readonly string[];
  /** The permission is a write scope because Graph offers no read-only one. */
  writeScopeOnly?: boolean;
  /** Collected only when asked for (e.g. `--include-api-connectors`). */
  optIn?: boolean;
  licence?: string;
  apiVersion: 'v1.0' | 'beta';
  /** Main request path (without version). */
  path: string;
}

export const SECTIONS: Record<SectionName, SectionInfo> = {
  organization: { title: 'Organization', permissions: ['Organization.Read.All'], apiVersion: 'v1.0', path: '/organization' },
  authorizationPolicy: { title: 'Authorization policy (external collaboration settings)', permissions: ['Policy.Read.All'], apiVersion: 'v1.0', path: '/policies/authorizationPolicy' },
  crossTenantAccessPolicy: { title: 'Cross-tenant access policy', permissions: ['Policy.Read.All'], apiVersion: 'v1.0', path: '/policies/crossTenantAccessPolicy' },
  crossTenantAccessDefault: { title: 'Cross-tenant access default settings', permissions: ['Policy.Read.All'], apiVersion: 'v1.0', path: '/policies/crossTenantAccessPolicy/default' },
  crossTenantAccessPartners: { title: 'Cross-tenant access partner settings', permissions: ['Policy.Read.All'], apiVersion: 'v1.0', path: '/policies/crossTenantAccessPolicy/partners' },
  b2bManagementPolicies: { title: 'Invitation domain allow/block list', permissions: ['Policy.Read.B2BManagementPolicy'], apiVersion: 'beta', path: '/policies/b2bManagementPolicies' },
  externalIdentitiesPolicy: { title: 'External identities policy', permissions: ['Policy.Read.All'], apiVersion: 'beta', path: '/policies/externalIdentitiesPolicy' },
  guests: { title: 'Guest users', permissions: ['User.Read.All'], apiVersion: 'v1.0', path: '/users' },
  guestSignInActivity: { title: 'Guest sign-in activity', permissions: ['AuditLog.Read.All'], licence: 'Microsoft Entra ID P1 or P2', apiVersion: 'v1.0', path: '/users?$select=signInActivity' },
  guestSponsors: { title: 'Guest sponsors', permissions: ['User.Read.All'], apiVersion: 'v1.0', path: '/users?$expand=sponsors' },
  federationConfigurations: { title: 'SAML/WS-Fed direct federation', permissions: ['Domain.Read.All', 'IdentityProvider.Read.All'], apiVersion: 'v1.0', path: '/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation' },
  federationDomainLookups: { title: 'Tenant look-up of federated domains', permissions: ['CrossTenantInformation.ReadBasic.All'], apiVersion: 'v1.0', path: "/tenantRelationships/findTenantInformationByDomainName(domainName='…')" },
  identityProviders: { title: 'Identity providers', permissions: ['IdentityProvider.Read.All'], apiVersion: 'v1.0', path: '/identity/identityProviders' },
  apiConnectors: { title: 'API connectors', permissions: ['APIConnectors.ReadWrite.All'], writeScopeOnly: true, optIn: true, apiVersion: 'v1.0', path: '/identity/apiConnectors' },
  b2xUserFlows: { title: 'Self-service sign-up user flows', permissions: ['IdentityUserFlow.Read.All'], apiVersion: 'v1.0', path: '/identity/b2xUserFlows' },
  customAuthenticationExtensions: { title: 'Custom authentication extensions', permissions: ['CustomAuthenticationExtension.Read.All'], apiVersion: 'v1.0', path: '/identity/customAuthenticationExtensions' },
  authenticationEventListeners: { title: 'Authentication event listeners', permissions: ['EventListener.Read.All'], apiVersion: 'v1.0', path: '/identity/authenticationEventListeners' },
  authenticationFlowsPolicy: { title: 'Authentication flows policy (self-service sign-up switch)', permissions: ['Policy.Read.All'], apiVersion: 'v1.0', path: '/policies/authenticationFlowsPolicy' },
  emailOtpConfiguration: { title: 'Email one-time passcode configuration', permissions: ['Policy.Read.AuthenticationMethod'], apiVersion: 'v1.0', path: '/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/email' },
  accessReviewDefinitions: { title: 'Access review definitions', permissions: ['AccessReview.Read.All'], licence: 'Microsoft Entra ID P2 or ID Governance', apiVersion: 'v1.0', path: '/identityGovernance/accessReviews/definitions' },
  entitlementAssignmentPolicies: { title: 'Access package assignment policies', permissions: ['EntitlementManagement.Read.All'], licence: 'Microsoft Entra ID P2 or ID Governance', apiVersion: 'v1.0', path: '/identityGovernance/entitlementManagement/assignmentPolicies' },
  connectedOrganizations: { title: 'Connected organizations', permissions: ['EntitlementManagement.Read.All'], licence: 'Microsoft Entra ID P2 or ID Governance', apiVersion: 'v1.0', path: '/identityGovernance/entitlementManagement/connectedOrganizations' },
  entitlementManagementSettings: { title: 'Entitlement management settings', permissions: ['EntitlementManagement.Read.All'], licence: 'Microsoft Entra ID P2 or ID Governance', apiVersion: 'v1.0', path: '/identityGovernance/entitlementManagement/settings' },
  conditionalAccessPolicies: { title: 'Conditional Access policies', permissions: ['Policy.Read.All'], licence: 'Microsoft Entra ID P1', apiVersion: 'v1.0', path: '/identity/conditionalAccess/policies' },
  groupSettings: { title: 'Group settings (Microsoft 365 groups)', permissions: ['Directory.Read.All'], apiVersion: 'v1.0', path: '/groupSettings' },
  directoryRoleDefinitions: { title: 'Directory role definitions', permissions: ['RoleManagement.Read.Directory'], apiVersion: 'v1.0', path: '/roleManagement/directory/roleDefinitions' },
  directoryRoleAssignments: { title: 'Directory role assignments', permissions: ['RoleManagement.Read.Directory'], apiVersion: 'v1.0', path: '/roleManagement/directory/roleAssignments' },
  directoryRoleEligibilities: { title: 'Directory role eligibilities (PIM)', permissions: ['RoleManagement.Read.Directory'], licence: 'Microsoft Entra ID P2', apiVersion: 'v1.0', path: '/roleManagement/directory/roleEligibilityScheduleInstances' },
  appOwnership: { title: 'Application and service principal owners', permissions: ['Application.Read.All'], apiVersion: 'v1.0', path: '/applications?$expand=owners' },
  dynamicGroups: { title: 'Dynamic groups', permissions: ['Group.Read.All'], apiVersion: 'v1.0', path: "/groups?$filter=groupTypes/any(c:c eq 'DynamicMembership')" },
};

export const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];
