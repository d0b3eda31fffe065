// Generated from src/snapshot/snapshot.schema.json by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run `npm run gen:validators`.
// @ts-nocheck
/* eslint-disable */
import type { Validator } from '../util/ajv.js';
import ajvFormats from 'ajv-formats/dist/formats.js';
"use strict";
export const snapshot = validate21 as unknown as Validator;
const schema6 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.dev/schemas/snapshot-1.json","title":"Snapshot","description":"One read-only collection of a tenant's external-identity configuration. Inside `data`, objects keep Microsoft Graph's own property names and shapes. `x-graph-types` (on `data`) and `x-graph-type` name the Graph type of each section's objects (`x-graph-type-from`: the gatehouse field that names it); `x-gatehouse` marks, with the reason, every field gatehouse adds that is not a Graph property.","type":"object","additionalProperties":false,"required":["schemaVersion","tool","tenant","collectedAt","sections","data"],"properties":{"$schema":{"type":"string"},"schemaVersion":{"const":1,"description":"Bumped on any incompatible change; loaders reject versions they do not know."},"tool":{"type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"type":"string"},"version":{"type":"string"}}},"tenant":{"$ref":"#/definitions/tenant"},"collectedAt":{"type":"string","format":"date-time"},"graphBaseUrl":{"type":"string","description":"The Graph endpoint the snapshot was read from."},"sections":{"$ref":"#/definitions/sections"},"data":{"$ref":"#/definitions/data"}},"definitions":{"tenant":{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"displayName":{"type":"string"},"defaultDomain":{"type":"string"},"cloud":{"type":"string","enum":["global","usgov","usgov-dod","china","custom"]}}},"sectionStatus":{"type":"object","description":"How collecting one section went. A section whose status is not `ok` has no entry in `data`.","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"string","enum":["ok","forbidden","not-licensed","not-available","error","skipped"]},"httpStatus":{"type":"integer"},"errorCode":{"type":"string","description":"Graph `error.code`."},"requestId":{"type":"string"},"message":{"type":"string"},"requiredPermissions":{"type":"array","items":{"type":"string"},"description":"Application permissions that would let this section be read."},"requiredLicence":{"type":"string","description":"Licence the tenant needs for this section."},"apiVersion":{"type":"string","enum":["v1.0","beta"]},"itemCount":{"type":"integer","minimum":0},"durationMs":{"type":"number","minimum":0},"fallback":{"type":"string","description":"The section was collected, but by a fallback that costs evidence: what was read instead, and what the rules rely on as a result. Reports list it under coverage."}}},"sectionName":{"type":"string","enum":["organization","authorizationPolicy","crossTenantAccessPolicy","crossTenantAccessDefault","crossTenantAccessPartners","b2bManagementPolicies","externalIdentitiesPolicy","guests","guestSignInActivity","guestSponsors","federationConfigurations","federationDomainLookups","identityProviders","apiConnectors","b2xUserFlows","customAuthenticationExtensions","authenticationEventListeners","authenticationFlowsPolicy","emailOtpConfiguration","accessReviewDefinitions","entitlementAssignmentPolicies","connectedOrganizations","entitlementManagementSettings","conditionalAccessPolicies","groupSettings","directoryRoleDefinitions","directoryRoleAssignments","directoryRoleEligibilities","appOwnership","dynamicGroups","sharepointSettings","roleAssignableGroups","groupEligibilities","riskyUsers","universalTenantRestrictions","accessPackageAssignments"]},"sections":{"type":"object","description":"Collection status per section. A section absent here was not collected by the tool that wrote the snapshot.","additionalProperties":false,"properties":{"organization":{"$ref":"#/definitions/sectionStatus"},"authorizationPolicy":{"$ref":"#/definitions/sectionStatus"},"crossTenantAccessPolicy":{"$ref":"#/definitions/sectionStatus"},"crossTenantAccessDefault":{"$ref":"#/definitions/sectionStatus"},"crossTenantAccessPartners":{"$ref":"#/definitions/sectionStatus"},"b2bManagementPolicies":{"$ref":"#/definitions/sectionStatus"},"externalIdentitiesPolicy":{"$ref":"#/definitions/sectionStatus"},"guests":{"$ref":"#/definitions/sectionStatus"},"guestSignInActivity":{"$ref":"#/definitions/sectionStatus"},"guestSponsors":{"$ref":"#/definitions/sectionStatus"},"federationConfigurations":{"$ref":"#/definitions/sectionStatus"},"federationDomainLookups":{"$ref":"#/definitions/sectionStatus"},"identityProviders":{"$ref":"#/definitions/sectionStatus"},"apiConnectors":{"$ref":"#/definitions/sectionStatus"},"b2xUserFlows":{"$ref":"#/definitions/sectionStatus"},"customAuthenticationExtensions":{"$ref":"#/definitions/sectionStatus"},"authenticationEventListeners":{"$ref":"#/definitions/sectionStatus"},"authenticationFlowsPolicy":{"$ref":"#/definitions/sectionStatus"},"emailOtpConfiguration":{"$ref":"#/definitions/sectionStatus"},"accessReviewDefinitions":{"$ref":"#/definitions/sectionStatus"},"entitlementAssignmentPolicies":{"$ref":"#/definitions/sectionStatus"},"connectedOrganizations":{"$ref":"#/definitions/sectionStatus"},"entitlementManagementSettings":{"$ref":"#/definitions/sectionStatus"},"conditionalAccessPolicies":{"$ref":"#/definitions/sectionStatus"},"groupSettings":{"$ref":"#/definitions/sectionStatus"},"directoryRoleDefinitions":{"$ref":"#/definitions/sectionStatus"},"directoryRoleAssignments":{"$ref":"#/definitions/sectionStatus"},"directoryRoleEligibilities":{"$ref":"#/definitions/sectionStatus"},"appOwnership":{"$ref":"#/definitions/sectionStatus"},"dynamicGroups":{"$ref":"#/definitions/sectionStatus"},"sharepointSettings":{"$ref":"#/definitions/sectionStatus"},"roleAssignableGroups":{"$ref":"#/definitions/sectionStatus"},"groupEligibilities":{"$ref":"#/definitions/sectionStatus"},"riskyUsers":{"$ref":"#/definitions/sectionStatus"},"universalTenantRestrictions":{"$ref":"#/definitions/sectionStatus"},"accessPackageAssignments":{"$ref":"#/definitions/sectionStatus"}}},"data":{"type":"object","description":"Collected objects, keyed by section. Only sections whose status is `ok` have data.","x-graph-types":{"organization":"microsoft.graph.organization","authorizationPolicy":"microsoft.graph.authorizationPolicy","crossTenantAccessPolicy":"microsoft.graph.crossTenantAccessPolicy","crossTenantAccessDefault":"microsoft.graph.crossTenantAccessPolicyConfigurationDefault","crossTenantAccessPartners":"microsoft.graph.crossTenantAccessPolicyConfigurationPartner","b2bManagementPolicies":"microsoft.graph.b2bManagementPolicy","externalIdentitiesPolicy":"microsoft.graph.externalIdentitiesPolicy","guests":"microsoft.graph.user","federationConfigurations":"microsoft.graph.samlOrWsFedExternalDomainFederation","identityProviders":"microsoft.graph.identityProviderBase","apiConnectors":"microsoft.graph.identityApiConnector","b2xUserFlows":"microsoft.graph.b2xIdentityUserFlow","customAuthenticationExtensions":"microsoft.graph.customAuthenticationExtension","authenticationEventListeners":"microsoft.graph.authenticationEventListener","authenticationFlowsPolicy":"microsoft.graph.authenticationFlowsPolicy","emailOtpConfiguration":"microsoft.graph.emailAuthenticationMethodConfiguration","accessReviewDefinitions":"microsoft.graph.accessReviewScheduleDefinition","entitlementAssignmentPolicies":"microsoft.graph.accessPackageAssignmentPolicy","connectedOrganizations":"microsoft.graph.connectedOrganization","entitlementManagementSettings":"microsoft.graph.entitlementManagementSettings","conditionalAccessPolicies":"microsoft.graph.conditionalAccessPolicy","groupSettings":"microsoft.graph.groupSetting","directoryRoleDefinitions":"microsoft.graph.unifiedRoleDefinition","directoryRoleAssignments":"microsoft.graph.unifiedRoleAssignment","directoryRoleEligibilities":"microsoft.graph.unifiedRoleEligibilityScheduleInstance","dynamicGroups":"microsoft.graph.group","sharepointSettings":"microsoft.graph.sharepointSettings","roleAssignableGroups":"microsoft.graph.group","groupEligibilities":"microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance","riskyUsers":"microsoft.graph.riskyUser","universalTenantRestrictions":"microsoft.graph.networkaccess.crossTenantAccessSettings","accessPackageAssignments":"microsoft.graph.accessPackageAssignment","appOwnership":"the type its objectType names: microsoft.graph.application or microsoft.graph.servicePrincipal","federationDomainLookups":"none: gatehouse's own record of each look-up (see domainTenantLookup)"},"additionalProperties":false,"properties":{"organization":{"$ref":"#/definitions/organization"},"authorizationPolicy":{"$ref":"#/definitions/authorizationPolicy"},"crossTenantAccessPolicy":{"$ref":"#/definitions/crossTenantAccessPolicy"},"crossTenantAccessDefault":{"$ref":"#/definitions/crossTenantAccessPolicyConfigurationDefault"},"crossTenantAccessPartners":{"type":"array","items":{"$ref":"#/definitions/crossTenantAccessPolicyConfigurationPartner"}},"b2bManagementPolicies":{"type":"array","items":{"$ref":"#/definitions/b2bManagementPolicy"}},"externalIdentitiesPolicy":{"$ref":"#/definitions/externalIdentitiesPolicy"},"guests":{"type":"array","items":{"$ref":"#/definitions/user"}},"federationConfigurations":{"type":"array","items":{"$ref":"#/definitions/samlOrWsFedExternalDomainFederation"}},"federationDomainLookups":{"type":"array","items":{"$ref":"#/definitions/domainTenantLookup"}},"identityProviders":{"type":"array","items":{"$ref":"#/definitions/identityProvider"}},"apiConnectors":{"type":"array","items":{"$ref":"#/definitions/identityApiConnector"}},"b2xUserFlows":{"type":"array","items":{"$ref":"#/definitions/b2xIdentityUserFlow"}},"customAuthenticationExtensions":{"type":"array","items":{"$ref":"#/definitions/customAuthenticationExtension"}},"authenticationEventListeners":{"type":"array","items":{"$ref":"#/definitions/authenticationEventListener"}},"authenticationFlowsPolicy":{"$ref":"#/definitions/authenticationFlowsPolicy"},"emailOtpConfiguration":{"$ref":"#/definitions/emailAuthenticationMethodConfiguration"},"accessReviewDefinitions":{"type":"array","items":{"$ref":"#/definitions/accessReviewScheduleDefinition"}},"entitlementAssignmentPolicies":{"type":"array","items":{"$ref":"#/definitions/accessPackageAssignmentPolicy"}},"connectedOrganizations":{"type":"array","items":{"$ref":"#/definitions/connectedOrganization"}},"entitlementManagementSettings":{"$ref":"#/definitions/entitlementManagementSettings"},"conditionalAccessPolicies":{"type":"array","items":{"$ref":"#/definitions/conditionalAccessPolicy"}},"groupSettings":{"type":"array","items":{"$ref":"#/definitions/groupSetting"}},"directoryRoleDefinitions":{"type":"array","items":{"$ref":"#/definitions/unifiedRoleDefinition"}},"directoryRoleAssignments":{"type":"array","items":{"$ref":"#/definitions/unifiedRoleAssignment"}},"directoryRoleEligibilities":{"type":"array","items":{"$ref":"#/definitions/unifiedRoleAssignment"}},"appOwnership":{"type":"array","items":{"$ref":"#/definitions/ownedApp"}},"dynamicGroups":{"type":"array","items":{"$ref":"#/definitions/group"}},"sharepointSettings":{"$ref":"#/definitions/sharepointSettings"},"roleAssignableGroups":{"type":"array","items":{"$ref":"#/definitions/roleAssignableGroup"}},"groupEligibilities":{"type":"array","items":{"$ref":"#/definitions/privilegedAccessGroupEligibilityScheduleInstance"}},"riskyUsers":{"type":"array","items":{"$ref":"#/definitions/riskyUser"}},"universalTenantRestrictions":{"$ref":"#/definitions/networkAccessCrossTenantAccessSettings"},"accessPackageAssignments":{"type":"array","items":{"$ref":"#/definitions/accessPackageAssignment"}}}},"organization":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"tenantType":{"type":["string","null"]},"verifiedDomains":{"type":"array","items":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"isDefault":{"type":["boolean","null"]},"isInitial":{"type":["boolean","null"]},"type":{"type":["string","null"]},"capabilities":{"type":["string","null"]}}}}}},"authorizationPolicy":{"type":"object","properties":{"id":{"type":"string"},"allowInvitesFrom":{"type":["string","null"],"description":"none | adminsAndGuestInviters | adminsGuestInvitersAndAllMembers | everyone | unknownFutureValue"},"allowedToSignUpEmailBasedSubscriptions":{"type":["boolean","null"]},"allowEmailVerifiedUsersToJoinOrganization":{"type":["boolean","null"]},"allowUserConsentForRiskyApps":{"type":["boolean","null"]},"blockMsolPowerShell":{"type":["boolean","null"]},"guestUserRoleId":{"type":["string","null"]},"defaultUserRolePermissions":{"type":["object","null"]}}},"crossTenantAccessPolicy":{"type":"object","properties":{"displayName":{"type":["string","null"]},"allowedCloudEndpoints":{"type":["array","null"],"items":{"type":"string"}}}},"crossTenantAccessPolicyTarget":{"type":"object","required":["target"],"properties":{"target":{"type":"string"},"targetType":{"type":["string","null"]}}},"crossTenantAccessPolicyTargetConfiguration":{"type":"object","properties":{"accessType":{"type":["string","null"],"description":"allowed | blocked | unknownFutureValue"},"targets":{"type":["array","null"],"items":{"$ref":"#/definitions/crossTenantAccessPolicyTarget"}}}},"crossTenantAccessPolicyB2BSetting":{"type":"object","properties":{"usersAndGroups":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]},"applications":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]}}},"crossTenantAccessPolicyTenantRestrictions":{"type":"object","properties":{"usersAndGroups":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]},"applications":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]},"devices":{"type":["object","null"]}}},"crossTenantAccessPolicyInboundTrust":{"type":"object","properties":{"isMfaAccepted":{"type":["boolean","null"]},"isCompliantDeviceAccepted":{"type":["boolean","null"]},"isHybridAzureADJoinedDeviceAccepted":{"type":["boolean","null"]}}},"inboundOutboundPolicyConfiguration":{"type":"object","properties":{"inboundAllowed":{"type":["boolean","null"]},"outboundAllowed":{"type":["boolean","null"]}}},"crossTenantAccessPolicyConfigurationDefault":{"type":"object","properties":{"isServiceDefault":{"type":["boolean","null"]},"b2bCollaborationInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bCollaborationOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"inboundTrust":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyInboundTrust"},{"type":"null"}]},"automaticUserConsentSettings":{"anyOf":[{"$ref":"#/definitions/inboundOutboundPolicyConfiguration"},{"type":"null"}]},"tenantRestrictions":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTenantRestrictions"},{"type":"null"}]},"invitationRedemptionIdentityProviderConfiguration":{"type":["object","null"]}}},"crossTenantAccessPolicyConfigurationPartner":{"type":"object","required":["tenantId"],"properties":{"tenantId":{"type":"string"},"displayName":{"type":["string","null"],"description":"Not a Graph property of the partner: filled by the collector from findTenantInformationByTenantId when it could.","x-gatehouse":"the partner tenant's name, from findTenantInformationByTenantId"},"defaultDomainName":{"type":["string","null"],"description":"Not a Graph property of the partner: filled by the collector from findTenantInformationByTenantId when it could.","x-gatehouse":"the partner tenant's default domain, from findTenantInformationByTenantId"},"isServiceProvider":{"type":["boolean","null"]},"isInMultiTenantOrganization":{"type":["boolean","null"]},"b2bCollaborationInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bCollaborationOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"inboundTrust":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyInboundTrust"},{"type":"null"}]},"automaticUserConsentSettings":{"anyOf":[{"$ref":"#/definitions/inboundOutboundPolicyConfiguration"},{"type":"null"}]},"tenantRestrictions":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTenantRestrictions"},{"type":"null"}]},"identitySynchronization":{"anyOf":[{"$ref":"#/definitions/crossTenantIdentitySyncPolicyPartner"},{"type":"null"}]}}},"crossTenantIdentitySyncPolicyPartner":{"type":"object","properties":{"tenantId":{"type":["string","null"]},"displayName":{"type":["string","null"]},"userSyncInbound":{"type":["object","null"],"properties":{"isSyncAllowed":{"type":["boolean","null"]}}}}},"b2bManagementPolicy":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"definition":{"type":["array","null"],"items":{"type":"string"},"description":"Each element is a JSON document serialised as a string; Graph's own examples use single quotes."},"isOrganizationDefault":{"type":["boolean","string","null"]}}},"externalIdentitiesPolicy":{"type":"object","properties":{"allowExternalIdentitiesToLeave":{"type":["boolean","null"]},"allowDeletedIdentitiesDataRemoval":{"type":["boolean","null"]}}},"objectIdentity":{"type":"object","properties":{"signInType":{"type":["string","null"]},"issuer":{"type":["string","null"]},"issuerAssignedId":{"type":["string","null"]}}},"signInActivity":{"type":"object","properties":{"lastSignInDateTime":{"type":["string","null"]},"lastNonInteractiveSignInDateTime":{"type":["string","null"]},"lastSuccessfulSignInDateTime":{"type":["string","null"]}}},"directoryObjectRef":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"@odata.type":{"type":"string"},"displayName":{"type":["string","null"]},"userType":{"type":["string","null"]}}},"user":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"userPrincipalName":{"type":["string","null"]},"mail":{"type":["string","null"]},"otherMails":{"type":["array","null"],"items":{"type":"string"}},"userType":{"type":["string","null"]},"accountEnabled":{"type":["boolean","null"]},"createdDateTime":{"type":["string","null"]},"creationType":{"type":["string","null"]},"externalUserState":{"type":["string","null"]},"externalUserStateChangeDateTime":{"type":["string","null"]},"identities":{"type":["array","null"],"items":{"$ref":"#/definitions/objectIdentity"}},"signInActivity":{"anyOf":[{"$ref":"#/definitions/signInActivity"},{"type":"null"}]},"sponsors":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}}}},"samlOrWsFedExternalDomainFederation":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"issuerUri":{"type":["string","null"]},"metadataExchangeUri":{"type":["string","null"]},"passiveSignInUri":{"type":["string","null"]},"preferredAuthenticationProtocol":{"type":["string","null"]},"signingCertificate":{"type":["string","null"]},"domains":{"type":["array","null"],"items":{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}}}}},"tenantInformation":{"type":"object","x-graph-type":"microsoft.graph.tenantInformation","properties":{"tenantId":{"type":["string","null"]},"displayName":{"type":["string","null"]},"defaultDomainName":{"type":["string","null"]},"federationBrandName":{"type":["string","null"]}}},"domainTenantLookup":{"type":"object","description":"Result of findTenantInformationByDomainName for one federated domain. Not a Graph object: gatehouse's record of the call, with Graph's answer in tenantInformation.","x-gatehouse":"gatehouse's record of one findTenantInformationByDomainName call per federated domain; Graph's answer is its tenantInformation","additionalProperties":false,"required":["domainName","outcome"],"properties":{"domainName":{"type":"string","x-gatehouse":"the federated domain that was looked up"},"outcome":{"type":"string","enum":["tenant","no-tenant","error"],"x-gatehouse":"how the look-up ended"},"tenantInformation":{"$ref":"#/definitions/tenantInformation"},"httpStatus":{"type":"integer","x-gatehouse":"the look-up's HTTP status"},"errorCode":{"type":"string","x-gatehouse":"Graph's error code when the look-up failed"}}},"identityProvider":{"type":"object","required":["id"],"properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"displayName":{"type":["string","null"]},"identityProviderType":{"type":["string","null"]}}},"identityApiConnector":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"targetUrl":{"type":["string","null"]},"authenticationConfiguration":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"username":{"type":["string","null"]},"certificateList":{"type":["array","null"],"items":{"type":"object","properties":{"thumbprint":{"type":["string","null"]},"notBefore":{"type":["integer","string","null"]},"notAfter":{"type":["integer","string","null"]},"isActive":{"type":["boolean","null"]}}}}}}}},"b2xIdentityUserFlow":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"userFlowType":{"type":["string","null"]},"userFlowTypeVersion":{"type":["number","null"]},"apiConnectorConfiguration":{"type":["object","null"],"properties":{"postFederationSignup":{"anyOf":[{"$ref":"#/definitions/identityApiConnector"},{"type":"null"}]},"postAttributeCollection":{"anyOf":[{"$ref":"#/definitions/identityApiConnector"},{"type":"null"}]}}}}},"customAuthenticationExtension":{"type":"object","required":["id"],"properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"displayName":{"type":["string","null"]},"description":{"type":["string","null"]},"authenticationConfiguration":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"resourceId":{"type":["string","null"]}}},"endpointConfiguration":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"targetUrl":{"type":["string","null"]}}},"clientConfiguration":{"type":["object","null"]},"behaviorOnError":{"type":["object","null"]}}},"authenticationEventListener":{"type":"object","required":["id"],"properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"displayName":{"type":["string","null"]},"authenticationEventsFlowId":{"type":["string","null"]},"conditions":{"type":["object","null"]},"handler":{"type":["object","null"]}}},"authenticationFlowsPolicy":{"type":"object","properties":{"id":{"type":"string"},"selfServiceSignUp":{"type":["object","null"],"properties":{"isEnabled":{"type":["boolean","null"]}}}}},"emailAuthenticationMethodConfiguration":{"type":"object","properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"state":{"type":["string","null"]},"allowExternalIdToUseEmailOtp":{"type":["string","null"],"description":"default | enabled | disabled | unknownFutureValue; `default` behaves as enabled."},"includeTargets":{"type":["array","null"]},"excludeTargets":{"type":["array","null"]}}},"accessReviewScheduleDefinition":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"status":{"type":["string","null"]},"scope":{"type":["object","null"]},"instanceEnumerationScope":{"type":["object","null"]},"reviewers":{"type":["array","null"]},"fallbackReviewers":{"type":["array","null"]},"settings":{"type":["object","null"],"properties":{"autoApplyDecisionsEnabled":{"type":["boolean","null"]},"defaultDecisionEnabled":{"type":["boolean","null"]},"defaultDecision":{"type":["string","null"]},"instanceDurationInDays":{"type":["integer","null"]},"recurrence":{"type":["object","null"]},"applyActions":{"type":["array","null"]},"justificationRequiredOnApproval":{"type":["boolean","null"]},"mailNotificationsEnabled":{"type":["boolean","null"]},"reminderNotificationsEnabled":{"type":["boolean","null"]},"recommendationsEnabled":{"type":["boolean","null"]}}},"stageSettings":{"type":["array","null"]}}},"accessPackageAssignmentPolicy":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"allowedTargetScope":{"type":["string","null"]},"specificAllowedTargets":{"type":["array","null"]},"automaticRequestSettings":{"type":["object","null"]},"expiration":{"type":["object","null"],"properties":{"type":{"type":["string","null"]},"endDateTime":{"type":["string","null"]},"duration":{"type":["string","null"]}}},"requestorSettings":{"type":["object","null"]},"requestApprovalSettings":{"type":["object","null"],"properties":{"isApprovalRequiredForAdd":{"type":["boolean","null"]},"isApprovalRequiredForUpdate":{"type":["boolean","null"]},"stages":{"type":["array","null"]}}},"reviewSettings":{"type":["object","null"],"properties":{"isEnabled":{"type":["boolean","null"]}}},"accessPackage":{"type":["object","null"]}}},"connectedOrganization":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"state":{"type":["string","null"]},"identitySources":{"type":["array","null"]}}},"entitlementManagementSettings":{"type":"object","properties":{"id":{"type":"string"},"externalUserLifecycleAction":{"type":["string","null"]},"durationUntilExternalUserDeletedAfterBlocked":{"type":["string","null"]}}},"conditionalAccessPolicy":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"state":{"type":["string","null"],"description":"enabled | disabled | enabledForReportingButNotEnforced"},"conditions":{"type":["object","null"],"properties":{"clientAppTypes":{"type":["array","null"],"items":{"type":"string"}},"applications":{"type":["object","null"],"properties":{"includeApplications":{"type":["array","null"],"items":{"type":"string"}},"excludeApplications":{"type":["array","null"],"items":{"type":"string"}}}},"users":{"type":["object","null"],"properties":{"includeUsers":{"type":["array","null"],"items":{"type":"string"}},"excludeUsers":{"type":["array","null"],"items":{"type":"string"}},"includeGroups":{"type":["array","null"],"items":{"type":"string"}},"excludeGroups":{"type":["array","null"],"items":{"type":"string"}},"includeRoles":{"type":["array","null"],"items":{"type":"string"}},"excludeRoles":{"type":["array","null"],"items":{"type":"string"}},"includeGuestsOrExternalUsers":{"anyOf":[{"$ref":"#/definitions/conditionalAccessGuestsOrExternalUsers"},{"type":"null"}]},"excludeGuestsOrExternalUsers":{"anyOf":[{"$ref":"#/definitions/conditionalAccessGuestsOrExternalUsers"},{"type":"null"}]}}},"signInRiskLevels":{"type":["array","null"],"items":{"type":"string"}},"userRiskLevels":{"type":["array","null"],"items":{"type":"string"}},"locations":{"type":["object","null"]},"platforms":{"type":["object","null"]}}},"grantControls":{"type":["object","null"],"properties":{"operator":{"type":["string","null"]},"builtInControls":{"type":["array","null"],"items":{"type":"string"}},"authenticationStrength":{"type":["object","null"]}}},"sessionControls":{"type":["object","null"]}}},"conditionalAccessGuestsOrExternalUsers":{"type":"object","properties":{"guestOrExternalUserTypes":{"type":["string","null"],"description":"Flags enum serialised as a comma-separated string."},"externalTenants":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"membershipKind":{"type":["string","null"]},"members":{"type":["array","null"],"items":{"type":"string"}}}}}},"groupSetting":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"templateId":{"type":["string","null"]},"values":{"type":["array","null"],"items":{"type":"object","properties":{"name":{"type":"string"},"value":{"type":["string","null"]}}}}}},"unifiedRoleDefinition":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"templateId":{"type":["string","null"]},"isBuiltIn":{"type":["boolean","null"]},"isPrivileged":{"type":["boolean","null"]}}},"unifiedRoleAssignment":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"principalId":{"type":["string","null"]},"roleDefinitionId":{"type":["string","null"]},"directoryScopeId":{"type":["string","null"]}}},"ownedApp":{"type":"object","description":"An application or service principal with its owners (`$expand=owners`).","x-graph-type-from":"objectType","required":["id","objectType"],"properties":{"id":{"type":"string"},"objectType":{"type":"string","enum":["application","servicePrincipal"],"description":"Not a Graph property: which collection the entry came from, and so its Graph type (microsoft.graph.application or microsoft.graph.servicePrincipal).","x-gatehouse":"which collection (/applications or /servicePrincipals) the entry was read from"},"appId":{"type":["string","null"]},"displayName":{"type":["string","null"]},"owners":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}}}},"sharepointSettings":{"type":"object","properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"sharingCapability":{"type":["string","null"],"description":"disabled | externalUserSharingOnly | externalUserAndGuestSharing | existingExternalUserSharingOnly | unknownFutureValue"},"sharingDomainRestrictionMode":{"type":["string","null"],"description":"none | allowList | blockList | unknownFutureValue"},"sharingAllowedDomainList":{"type":["array","null"],"items":{"type":"string"}},"sharingBlockedDomainList":{"type":["array","null"],"items":{"type":"string"}},"isResharingByExternalUsersEnabled":{"type":["boolean","null"]},"isRequireAcceptingUserToMatchInvitedUserEnabled":{"type":["boolean","null"]}}},"roleAssignableGroup":{"type":"object","description":"A group that can hold directory roles (`isAssignableToRole`), with its members and owners as read from its relationships.","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"isAssignableToRole":{"type":["boolean","null"]},"members":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}},"owners":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}}}},"privilegedAccessGroupEligibilityScheduleInstance":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"groupId":{"type":["string","null"]},"principalId":{"type":["string","null"]},"accessId":{"type":["string","null"],"description":"member | owner | unknownFutureValue"},"memberType":{"type":["string","null"]},"startDateTime":{"type":["string","null"]},"endDateTime":{"type":["string","null"]}}},"riskyUser":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"riskLevel":{"type":["string","null"],"description":"low | medium | high | hidden | none | unknownFutureValue"},"riskState":{"type":["string","null"],"description":"none | confirmedSafe | remediated | dismissed | atRisk | confirmedCompromised | unknownFutureValue"},"riskDetail":{"type":["string","null"]},"riskLastUpdatedDateTime":{"type":["string","null"]},"isDeleted":{"type":["boolean","null"]},"isProcessing":{"type":["boolean","null"]}}},"networkAccessCrossTenantAccessSettings":{"type":"object","properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"networkPacketTaggingStatus":{"type":["string","null"],"description":"enabled | disabled | unknownFutureValue"}}},"accessPackageAssignment":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"state":{"type":["string","null"]},"expiredDateTime":{"type":["string","null"]},"target":{"type":["object","null"],"properties":{"objectId":{"type":["string","null"]},"subjectType":{"type":["string","null"]}}},"accessPackage":{"type":["object","null"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]}}}}},"group":{"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"groupTypes":{"type":["array","null"],"items":{"type":"string"}},"membershipRule":{"type":["string","null"]},"membershipRuleProcessingState":{"type":["string","null"]}}}}};
const schema7 = {"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},"displayName":{"type":"string"},"defaultDomain":{"type":"string"},"cloud":{"type":"string","enum":["global","usgov","usgov-dod","china","custom"]}}};
const pattern0 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "displayName")) || (key0 === "defaultDomain")) || (key0 === "cloud"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\""}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
const _errs4 = errors;
if(typeof data.displayName !== "string"){
validate22.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultDomain !== undefined){
const _errs6 = errors;
if(typeof data.defaultDomain !== "string"){
validate22.errors = [{instancePath:instancePath+"/defaultDomain",schemaPath:"#/properties/defaultDomain/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cloud !== undefined){
let data3 = data.cloud;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate22.errors = [{instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data3 === "global") || (data3 === "usgov")) || (data3 === "usgov-dod")) || (data3 === "china")) || (data3 === "custom"))){
validate22.errors = [{instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/enum",keyword:"enum",params:{allowedValues: schema7.properties.cloud.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

const schema8 = {"type":"object","description":"Collection status per section. A section absent here was not collected by the tool that wrote the snapshot.","additionalProperties":false,"properties":{"organization":{"$ref":"#/definitions/sectionStatus"},"authorizationPolicy":{"$ref":"#/definitions/sectionStatus"},"crossTenantAccessPolicy":{"$ref":"#/definitions/sectionStatus"},"crossTenantAccessDefault":{"$ref":"#/definitions/sectionStatus"},"crossTenantAccessPartners":{"$ref":"#/definitions/sectionStatus"},"b2bManagementPolicies":{"$ref":"#/definitions/sectionStatus"},"externalIdentitiesPolicy":{"$ref":"#/definitions/sectionStatus"},"guests":{"$ref":"#/definitions/sectionStatus"},"guestSignInActivity":{"$ref":"#/definitions/sectionStatus"},"guestSponsors":{"$ref":"#/definitions/sectionStatus"},"federationConfigurations":{"$ref":"#/definitions/sectionStatus"},"federationDomainLookups":{"$ref":"#/definitions/sectionStatus"},"identityProviders":{"$ref":"#/definitions/sectionStatus"},"apiConnectors":{"$ref":"#/definitions/sectionStatus"},"b2xUserFlows":{"$ref":"#/definitions/sectionStatus"},"customAuthenticationExtensions":{"$ref":"#/definitions/sectionStatus"},"authenticationEventListeners":{"$ref":"#/definitions/sectionStatus"},"authenticationFlowsPolicy":{"$ref":"#/definitions/sectionStatus"},"emailOtpConfiguration":{"$ref":"#/definitions/sectionStatus"},"accessReviewDefinitions":{"$ref":"#/definitions/sectionStatus"},"entitlementAssignmentPolicies":{"$ref":"#/definitions/sectionStatus"},"connectedOrganizations":{"$ref":"#/definitions/sectionStatus"},"entitlementManagementSettings":{"$ref":"#/definitions/sectionStatus"},"conditionalAccessPolicies":{"$ref":"#/definitions/sectionStatus"},"groupSettings":{"$ref":"#/definitions/sectionStatus"},"directoryRoleDefinitions":{"$ref":"#/definitions/sectionStatus"},"directoryRoleAssignments":{"$ref":"#/definitions/sectionStatus"},"directoryRoleEligibilities":{"$ref":"#/definitions/sectionStatus"},"appOwnership":{"$ref":"#/definitions/sectionStatus"},"dynamicGroups":{"$ref":"#/definitions/sectionStatus"},"sharepointSettings":{"$ref":"#/definitions/sectionStatus"},"roleAssignableGroups":{"$ref":"#/definitions/sectionStatus"},"groupEligibilities":{"$ref":"#/definitions/sectionStatus"},"riskyUsers":{"$ref":"#/definitions/sectionStatus"},"universalTenantRestrictions":{"$ref":"#/definitions/sectionStatus"},"accessPackageAssignments":{"$ref":"#/definitions/sectionStatus"}}};
const func2 = Object.prototype.hasOwnProperty;
const schema9 = {"type":"object","description":"How collecting one section went. A section whose status is not `ok` has no entry in `data`.","additionalProperties":false,"required":["status"],"properties":{"status":{"type":"string","enum":["ok","forbidden","not-licensed","not-available","error","skipped"]},"httpStatus":{"type":"integer"},"errorCode":{"type":"string","description":"Graph `error.code`."},"requestId":{"type":"string"},"message":{"type":"string"},"requiredPermissions":{"type":"array","items":{"type":"string"},"description":"Application permissions that would let this section be read."},"requiredLicence":{"type":"string","description":"Licence the tenant needs for this section."},"apiVersion":{"type":"string","enum":["v1.0","beta"]},"itemCount":{"type":"integer","minimum":0},"durationMs":{"type":"number","minimum":0},"fallback":{"type":"string","description":"The section was collected, but by a fallback that costs evidence: what was read instead, and what the rules rely on as a result. Reports list it under coverage."}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema9.properties, key0))){
validate25.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.status !== undefined){
let data0 = data.status;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate25.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data0 === "ok") || (data0 === "forbidden")) || (data0 === "not-licensed")) || (data0 === "not-available")) || (data0 === "error")) || (data0 === "skipped"))){
validate25.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema9.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.httpStatus !== undefined){
let data1 = data.httpStatus;
const _errs4 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
validate25.errors = [{instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errorCode !== undefined){
const _errs6 = errors;
if(typeof data.errorCode !== "string"){
validate25.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/properties/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestId !== undefined){
const _errs8 = errors;
if(typeof data.requestId !== "string"){
validate25.errors = [{instancePath:instancePath+"/requestId",schemaPath:"#/properties/requestId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs10 = errors;
if(typeof data.message !== "string"){
validate25.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requiredPermissions !== undefined){
let data5 = data.requiredPermissions;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(typeof data5[i0] !== "string"){
validate25.errors = [{instancePath:instancePath+"/requiredPermissions/" + i0,schemaPath:"#/properties/requiredPermissions/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs14 === errors;
if(!valid1){
break;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/requiredPermissions",schemaPath:"#/properties/requiredPermissions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requiredLicence !== undefined){
const _errs16 = errors;
if(typeof data.requiredLicence !== "string"){
validate25.errors = [{instancePath:instancePath+"/requiredLicence",schemaPath:"#/properties/requiredLicence/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiVersion !== undefined){
let data8 = data.apiVersion;
const _errs18 = errors;
if(typeof data8 !== "string"){
validate25.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "v1.0") || (data8 === "beta"))){
validate25.errors = [{instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/enum",keyword:"enum",params:{allowedValues: schema9.properties.apiVersion.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.itemCount !== undefined){
let data9 = data.itemCount;
const _errs20 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate25.errors = [{instancePath:instancePath+"/itemCount",schemaPath:"#/properties/itemCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate25.errors = [{instancePath:instancePath+"/itemCount",schemaPath:"#/properties/itemCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationMs !== undefined){
let data10 = data.durationMs;
const _errs22 = errors;
if(errors === _errs22){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate25.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/durationMs",schemaPath:"#/properties/durationMs/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fallback !== undefined){
const _errs24 = errors;
if(typeof data.fallback !== "string"){
validate25.errors = [{instancePath:instancePath+"/fallback",schemaPath:"#/properties/fallback/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema8.properties, key0))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.organization !== undefined){
const _errs2 = errors;
if(!(validate25(data.organization, {instancePath:instancePath+"/organization",parentData:data,parentDataProperty:"organization",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorizationPolicy !== undefined){
const _errs3 = errors;
if(!(validate25(data.authorizationPolicy, {instancePath:instancePath+"/authorizationPolicy",parentData:data,parentDataProperty:"authorizationPolicy",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crossTenantAccessPolicy !== undefined){
const _errs4 = errors;
if(!(validate25(data.crossTenantAccessPolicy, {instancePath:instancePath+"/crossTenantAccessPolicy",parentData:data,parentDataProperty:"crossTenantAccessPolicy",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crossTenantAccessDefault !== undefined){
const _errs5 = errors;
if(!(validate25(data.crossTenantAccessDefault, {instancePath:instancePath+"/crossTenantAccessDefault",parentData:data,parentDataProperty:"crossTenantAccessDefault",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crossTenantAccessPartners !== undefined){
const _errs6 = errors;
if(!(validate25(data.crossTenantAccessPartners, {instancePath:instancePath+"/crossTenantAccessPartners",parentData:data,parentDataProperty:"crossTenantAccessPartners",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bManagementPolicies !== undefined){
const _errs7 = errors;
if(!(validate25(data.b2bManagementPolicies, {instancePath:instancePath+"/b2bManagementPolicies",parentData:data,parentDataProperty:"b2bManagementPolicies",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalIdentitiesPolicy !== undefined){
const _errs8 = errors;
if(!(validate25(data.externalIdentitiesPolicy, {instancePath:instancePath+"/externalIdentitiesPolicy",parentData:data,parentDataProperty:"externalIdentitiesPolicy",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guests !== undefined){
const _errs9 = errors;
if(!(validate25(data.guests, {instancePath:instancePath+"/guests",parentData:data,parentDataProperty:"guests",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guestSignInActivity !== undefined){
const _errs10 = errors;
if(!(validate25(data.guestSignInActivity, {instancePath:instancePath+"/guestSignInActivity",parentData:data,parentDataProperty:"guestSignInActivity",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guestSponsors !== undefined){
const _errs11 = errors;
if(!(validate25(data.guestSponsors, {instancePath:instancePath+"/guestSponsors",parentData:data,parentDataProperty:"guestSponsors",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.federationConfigurations !== undefined){
const _errs12 = errors;
if(!(validate25(data.federationConfigurations, {instancePath:instancePath+"/federationConfigurations",parentData:data,parentDataProperty:"federationConfigurations",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.federationDomainLookups !== undefined){
const _errs13 = errors;
if(!(validate25(data.federationDomainLookups, {instancePath:instancePath+"/federationDomainLookups",parentData:data,parentDataProperty:"federationDomainLookups",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identityProviders !== undefined){
const _errs14 = errors;
if(!(validate25(data.identityProviders, {instancePath:instancePath+"/identityProviders",parentData:data,parentDataProperty:"identityProviders",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiConnectors !== undefined){
const _errs15 = errors;
if(!(validate25(data.apiConnectors, {instancePath:instancePath+"/apiConnectors",parentData:data,parentDataProperty:"apiConnectors",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2xUserFlows !== undefined){
const _errs16 = errors;
if(!(validate25(data.b2xUserFlows, {instancePath:instancePath+"/b2xUserFlows",parentData:data,parentDataProperty:"b2xUserFlows",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.customAuthenticationExtensions !== undefined){
const _errs17 = errors;
if(!(validate25(data.customAuthenticationExtensions, {instancePath:instancePath+"/customAuthenticationExtensions",parentData:data,parentDataProperty:"customAuthenticationExtensions",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authenticationEventListeners !== undefined){
const _errs18 = errors;
if(!(validate25(data.authenticationEventListeners, {instancePath:instancePath+"/authenticationEventListeners",parentData:data,parentDataProperty:"authenticationEventListeners",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authenticationFlowsPolicy !== undefined){
const _errs19 = errors;
if(!(validate25(data.authenticationFlowsPolicy, {instancePath:instancePath+"/authenticationFlowsPolicy",parentData:data,parentDataProperty:"authenticationFlowsPolicy",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.emailOtpConfiguration !== undefined){
const _errs20 = errors;
if(!(validate25(data.emailOtpConfiguration, {instancePath:instancePath+"/emailOtpConfiguration",parentData:data,parentDataProperty:"emailOtpConfiguration",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessReviewDefinitions !== undefined){
const _errs21 = errors;
if(!(validate25(data.accessReviewDefinitions, {instancePath:instancePath+"/accessReviewDefinitions",parentData:data,parentDataProperty:"accessReviewDefinitions",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entitlementAssignmentPolicies !== undefined){
const _errs22 = errors;
if(!(validate25(data.entitlementAssignmentPolicies, {instancePath:instancePath+"/entitlementAssignmentPolicies",parentData:data,parentDataProperty:"entitlementAssignmentPolicies",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.connectedOrganizations !== undefined){
const _errs23 = errors;
if(!(validate25(data.connectedOrganizations, {instancePath:instancePath+"/connectedOrganizations",parentData:data,parentDataProperty:"connectedOrganizations",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entitlementManagementSettings !== undefined){
const _errs24 = errors;
if(!(validate25(data.entitlementManagementSettings, {instancePath:instancePath+"/entitlementManagementSettings",parentData:data,parentDataProperty:"entitlementManagementSettings",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conditionalAccessPolicies !== undefined){
const _errs25 = errors;
if(!(validate25(data.conditionalAccessPolicies, {instancePath:instancePath+"/conditionalAccessPolicies",parentData:data,parentDataProperty:"conditionalAccessPolicies",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupSettings !== undefined){
const _errs26 = errors;
if(!(validate25(data.groupSettings, {instancePath:instancePath+"/groupSettings",parentData:data,parentDataProperty:"groupSettings",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directoryRoleDefinitions !== undefined){
const _errs27 = errors;
if(!(validate25(data.directoryRoleDefinitions, {instancePath:instancePath+"/directoryRoleDefinitions",parentData:data,parentDataProperty:"directoryRoleDefinitions",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directoryRoleAssignments !== undefined){
const _errs28 = errors;
if(!(validate25(data.directoryRoleAssignments, {instancePath:instancePath+"/directoryRoleAssignments",parentData:data,parentDataProperty:"directoryRoleAssignments",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directoryRoleEligibilities !== undefined){
const _errs29 = errors;
if(!(validate25(data.directoryRoleEligibilities, {instancePath:instancePath+"/directoryRoleEligibilities",parentData:data,parentDataProperty:"directoryRoleEligibilities",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.appOwnership !== undefined){
const _errs30 = errors;
if(!(validate25(data.appOwnership, {instancePath:instancePath+"/appOwnership",parentData:data,parentDataProperty:"appOwnership",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dynamicGroups !== undefined){
const _errs31 = errors;
if(!(validate25(data.dynamicGroups, {instancePath:instancePath+"/dynamicGroups",parentData:data,parentDataProperty:"dynamicGroups",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharepointSettings !== undefined){
const _errs32 = errors;
if(!(validate25(data.sharepointSettings, {instancePath:instancePath+"/sharepointSettings",parentData:data,parentDataProperty:"sharepointSettings",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roleAssignableGroups !== undefined){
const _errs33 = errors;
if(!(validate25(data.roleAssignableGroups, {instancePath:instancePath+"/roleAssignableGroups",parentData:data,parentDataProperty:"roleAssignableGroups",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupEligibilities !== undefined){
const _errs34 = errors;
if(!(validate25(data.groupEligibilities, {instancePath:instancePath+"/groupEligibilities",parentData:data,parentDataProperty:"groupEligibilities",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.riskyUsers !== undefined){
const _errs35 = errors;
if(!(validate25(data.riskyUsers, {instancePath:instancePath+"/riskyUsers",parentData:data,parentDataProperty:"riskyUsers",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.universalTenantRestrictions !== undefined){
const _errs36 = errors;
if(!(validate25(data.universalTenantRestrictions, {instancePath:instancePath+"/universalTenantRestrictions",parentData:data,parentDataProperty:"universalTenantRestrictions",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessPackageAssignments !== undefined){
const _errs37 = errors;
if(!(validate25(data.accessPackageAssignments, {instancePath:instancePath+"/accessPackageAssignments",parentData:data,parentDataProperty:"accessPackageAssignments",rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"object","description":"Collected objects, keyed by section. Only sections whose status is `ok` have data.","x-graph-types":{"organization":"microsoft.graph.organization","authorizationPolicy":"microsoft.graph.authorizationPolicy","crossTenantAccessPolicy":"microsoft.graph.crossTenantAccessPolicy","crossTenantAccessDefault":"microsoft.graph.crossTenantAccessPolicyConfigurationDefault","crossTenantAccessPartners":"microsoft.graph.crossTenantAccessPolicyConfigurationPartner","b2bManagementPolicies":"microsoft.graph.b2bManagementPolicy","externalIdentitiesPolicy":"microsoft.graph.externalIdentitiesPolicy","guests":"microsoft.graph.user","federationConfigurations":"microsoft.graph.samlOrWsFedExternalDomainFederation","identityProviders":"microsoft.graph.identityProviderBase","apiConnectors":"microsoft.graph.identityApiConnector","b2xUserFlows":"microsoft.graph.b2xIdentityUserFlow","customAuthenticationExtensions":"microsoft.graph.customAuthenticationExtension","authenticationEventListeners":"microsoft.graph.authenticationEventListener","authenticationFlowsPolicy":"microsoft.graph.authenticationFlowsPolicy","emailOtpConfiguration":"microsoft.graph.emailAuthenticationMethodConfiguration","accessReviewDefinitions":"microsoft.graph.accessReviewScheduleDefinition","entitlementAssignmentPolicies":"microsoft.graph.accessPackageAssignmentPolicy","connectedOrganizations":"microsoft.graph.connectedOrganization","entitlementManagementSettings":"microsoft.graph.entitlementManagementSettings","conditionalAccessPolicies":"microsoft.graph.conditionalAccessPolicy","groupSettings":"microsoft.graph.groupSetting","directoryRoleDefinitions":"microsoft.graph.unifiedRoleDefinition","directoryRoleAssignments":"microsoft.graph.unifiedRoleAssignment","directoryRoleEligibilities":"microsoft.graph.unifiedRoleEligibilityScheduleInstance","dynamicGroups":"microsoft.graph.group","sharepointSettings":"microsoft.graph.sharepointSettings","roleAssignableGroups":"microsoft.graph.group","groupEligibilities":"microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance","riskyUsers":"microsoft.graph.riskyUser","universalTenantRestrictions":"microsoft.graph.networkaccess.crossTenantAccessSettings","accessPackageAssignments":"microsoft.graph.accessPackageAssignment","appOwnership":"the type its objectType names: microsoft.graph.application or microsoft.graph.servicePrincipal","federationDomainLookups":"none: gatehouse's own record of each look-up (see domainTenantLookup)"},"additionalProperties":false,"properties":{"organization":{"$ref":"#/definitions/organization"},"authorizationPolicy":{"$ref":"#/definitions/authorizationPolicy"},"crossTenantAccessPolicy":{"$ref":"#/definitions/crossTenantAccessPolicy"},"crossTenantAccessDefault":{"$ref":"#/definitions/crossTenantAccessPolicyConfigurationDefault"},"crossTenantAccessPartners":{"type":"array","items":{"$ref":"#/definitions/crossTenantAccessPolicyConfigurationPartner"}},"b2bManagementPolicies":{"type":"array","items":{"$ref":"#/definitions/b2bManagementPolicy"}},"externalIdentitiesPolicy":{"$ref":"#/definitions/externalIdentitiesPolicy"},"guests":{"type":"array","items":{"$ref":"#/definitions/user"}},"federationConfigurations":{"type":"array","items":{"$ref":"#/definitions/samlOrWsFedExternalDomainFederation"}},"federationDomainLookups":{"type":"array","items":{"$ref":"#/definitions/domainTenantLookup"}},"identityProviders":{"type":"array","items":{"$ref":"#/definitions/identityProvider"}},"apiConnectors":{"type":"array","items":{"$ref":"#/definitions/identityApiConnector"}},"b2xUserFlows":{"type":"array","items":{"$ref":"#/definitions/b2xIdentityUserFlow"}},"customAuthenticationExtensions":{"type":"array","items":{"$ref":"#/definitions/customAuthenticationExtension"}},"authenticationEventListeners":{"type":"array","items":{"$ref":"#/definitions/authenticationEventListener"}},"authenticationFlowsPolicy":{"$ref":"#/definitions/authenticationFlowsPolicy"},"emailOtpConfiguration":{"$ref":"#/definitions/emailAuthenticationMethodConfiguration"},"accessReviewDefinitions":{"type":"array","items":{"$ref":"#/definitions/accessReviewScheduleDefinition"}},"entitlementAssignmentPolicies":{"type":"array","items":{"$ref":"#/definitions/accessPackageAssignmentPolicy"}},"connectedOrganizations":{"type":"array","items":{"$ref":"#/definitions/connectedOrganization"}},"entitlementManagementSettings":{"$ref":"#/definitions/entitlementManagementSettings"},"conditionalAccessPolicies":{"type":"array","items":{"$ref":"#/definitions/conditionalAccessPolicy"}},"groupSettings":{"type":"array","items":{"$ref":"#/definitions/groupSetting"}},"directoryRoleDefinitions":{"type":"array","items":{"$ref":"#/definitions/unifiedRoleDefinition"}},"directoryRoleAssignments":{"type":"array","items":{"$ref":"#/definitions/unifiedRoleAssignment"}},"directoryRoleEligibilities":{"type":"array","items":{"$ref":"#/definitions/unifiedRoleAssignment"}},"appOwnership":{"type":"array","items":{"$ref":"#/definitions/ownedApp"}},"dynamicGroups":{"type":"array","items":{"$ref":"#/definitions/group"}},"sharepointSettings":{"$ref":"#/definitions/sharepointSettings"},"roleAssignableGroups":{"type":"array","items":{"$ref":"#/definitions/roleAssignableGroup"}},"groupEligibilities":{"type":"array","items":{"$ref":"#/definitions/privilegedAccessGroupEligibilityScheduleInstance"}},"riskyUsers":{"type":"array","items":{"$ref":"#/definitions/riskyUser"}},"universalTenantRestrictions":{"$ref":"#/definitions/networkAccessCrossTenantAccessSettings"},"accessPackageAssignments":{"type":"array","items":{"$ref":"#/definitions/accessPackageAssignment"}}}};
const schema11 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"tenantType":{"type":["string","null"]},"verifiedDomains":{"type":"array","items":{"type":"object","required":["name"],"properties":{"name":{"type":"string"},"isDefault":{"type":["boolean","null"]},"isInitial":{"type":["boolean","null"]},"type":{"type":["string","null"]},"capabilities":{"type":["string","null"]}}}}}};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate64.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate64.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate64.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema11.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantType !== undefined){
let data2 = data.tenantType;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate64.errors = [{instancePath:instancePath+"/tenantType",schemaPath:"#/properties/tenantType/type",keyword:"type",params:{type: schema11.properties.tenantType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verifiedDomains !== undefined){
let data3 = data.verifiedDomains;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.name === undefined) && (missing1 = "name")){
validate64.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0,schemaPath:"#/properties/verifiedDomains/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.name !== undefined){
const _errs11 = errors;
if(typeof data4.name !== "string"){
validate64.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/name",schemaPath:"#/properties/verifiedDomains/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.isDefault !== undefined){
let data6 = data4.isDefault;
const _errs13 = errors;
if((typeof data6 !== "boolean") && (data6 !== null)){
validate64.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/isDefault",schemaPath:"#/properties/verifiedDomains/items/properties/isDefault/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.isDefault.type},message:"must be boolean,null"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.isInitial !== undefined){
let data7 = data4.isInitial;
const _errs15 = errors;
if((typeof data7 !== "boolean") && (data7 !== null)){
validate64.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/isInitial",schemaPath:"#/properties/verifiedDomains/items/properties/isInitial/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.isInitial.type},message:"must be boolean,null"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.type !== undefined){
let data8 = data4.type;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate64.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/type",schemaPath:"#/properties/verifiedDomains/items/properties/type/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.type.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.capabilities !== undefined){
let data9 = data4.capabilities;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate64.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/capabilities",schemaPath:"#/properties/verifiedDomains/items/properties/capabilities/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.capabilities.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0,schemaPath:"#/properties/verifiedDomains/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate64.errors = [{instancePath:instancePath+"/verifiedDomains",schemaPath:"#/properties/verifiedDomains/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate64.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"object","properties":{"id":{"type":"string"},"allowInvitesFrom":{"type":["string","null"],"description":"none | adminsAndGuestInviters | adminsGuestInvitersAndAllMembers | everyone | unknownFutureValue"},"allowedToSignUpEmailBasedSubscriptions":{"type":["boolean","null"]},"allowEmailVerifiedUsersToJoinOrganization":{"type":["boolean","null"]},"allowUserConsentForRiskyApps":{"type":["boolean","null"]},"blockMsolPowerShell":{"type":["boolean","null"]},"guestUserRoleId":{"type":["string","null"]},"defaultUserRolePermissions":{"type":["object","null"]}}};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate66.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowInvitesFrom !== undefined){
let data1 = data.allowInvitesFrom;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate66.errors = [{instancePath:instancePath+"/allowInvitesFrom",schemaPath:"#/properties/allowInvitesFrom/type",keyword:"type",params:{type: schema12.properties.allowInvitesFrom.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowedToSignUpEmailBasedSubscriptions !== undefined){
let data2 = data.allowedToSignUpEmailBasedSubscriptions;
const _errs5 = errors;
if((typeof data2 !== "boolean") && (data2 !== null)){
validate66.errors = [{instancePath:instancePath+"/allowedToSignUpEmailBasedSubscriptions",schemaPath:"#/properties/allowedToSignUpEmailBasedSubscriptions/type",keyword:"type",params:{type: schema12.properties.allowedToSignUpEmailBasedSubscriptions.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowEmailVerifiedUsersToJoinOrganization !== undefined){
let data3 = data.allowEmailVerifiedUsersToJoinOrganization;
const _errs7 = errors;
if((typeof data3 !== "boolean") && (data3 !== null)){
validate66.errors = [{instancePath:instancePath+"/allowEmailVerifiedUsersToJoinOrganization",schemaPath:"#/properties/allowEmailVerifiedUsersToJoinOrganization/type",keyword:"type",params:{type: schema12.properties.allowEmailVerifiedUsersToJoinOrganization.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowUserConsentForRiskyApps !== undefined){
let data4 = data.allowUserConsentForRiskyApps;
const _errs9 = errors;
if((typeof data4 !== "boolean") && (data4 !== null)){
validate66.errors = [{instancePath:instancePath+"/allowUserConsentForRiskyApps",schemaPath:"#/properties/allowUserConsentForRiskyApps/type",keyword:"type",params:{type: schema12.properties.allowUserConsentForRiskyApps.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blockMsolPowerShell !== undefined){
let data5 = data.blockMsolPowerShell;
const _errs11 = errors;
if((typeof data5 !== "boolean") && (data5 !== null)){
validate66.errors = [{instancePath:instancePath+"/blockMsolPowerShell",schemaPath:"#/properties/blockMsolPowerShell/type",keyword:"type",params:{type: schema12.properties.blockMsolPowerShell.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guestUserRoleId !== undefined){
let data6 = data.guestUserRoleId;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate66.errors = [{instancePath:instancePath+"/guestUserRoleId",schemaPath:"#/properties/guestUserRoleId/type",keyword:"type",params:{type: schema12.properties.guestUserRoleId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultUserRolePermissions !== undefined){
let data7 = data.defaultUserRolePermissions;
const _errs15 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate66.errors = [{instancePath:instancePath+"/defaultUserRolePermissions",schemaPath:"#/properties/defaultUserRolePermissions/type",keyword:"type",params:{type: schema12.properties.defaultUserRolePermissions.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"object","properties":{"displayName":{"type":["string","null"]},"allowedCloudEndpoints":{"type":["array","null"],"items":{"type":"string"}}}};

function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName !== undefined){
let data0 = data.displayName;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate68.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema13.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowedCloudEndpoints !== undefined){
let data1 = data.allowedCloudEndpoints;
const _errs3 = errors;
if((!(Array.isArray(data1))) && (data1 !== null)){
validate68.errors = [{instancePath:instancePath+"/allowedCloudEndpoints",schemaPath:"#/properties/allowedCloudEndpoints/type",keyword:"type",params:{type: schema13.properties.allowedCloudEndpoints.type},message:"must be array,null"}];
return false;
}
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(typeof data1[i0] !== "string"){
validate68.errors = [{instancePath:instancePath+"/allowedCloudEndpoints/" + i0,schemaPath:"#/properties/allowedCloudEndpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate68.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate68.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"object","properties":{"isServiceDefault":{"type":["boolean","null"]},"b2bCollaborationInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bCollaborationOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"inboundTrust":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyInboundTrust"},{"type":"null"}]},"automaticUserConsentSettings":{"anyOf":[{"$ref":"#/definitions/inboundOutboundPolicyConfiguration"},{"type":"null"}]},"tenantRestrictions":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTenantRestrictions"},{"type":"null"}]},"invitationRedemptionIdentityProviderConfiguration":{"type":["object","null"]}}};
const schema15 = {"type":"object","properties":{"usersAndGroups":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]},"applications":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]}}};
const schema16 = {"type":"object","properties":{"accessType":{"type":["string","null"],"description":"allowed | blocked | unknownFutureValue"},"targets":{"type":["array","null"],"items":{"$ref":"#/definitions/crossTenantAccessPolicyTarget"}}}};
const schema17 = {"type":"object","required":["target"],"properties":{"target":{"type":"string"},"targetType":{"type":["string","null"]}}};

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.target === undefined) && (missing0 = "target")){
validate73.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.target !== undefined){
const _errs1 = errors;
if(typeof data.target !== "string"){
validate73.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.targetType !== undefined){
let data1 = data.targetType;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate73.errors = [{instancePath:instancePath+"/targetType",schemaPath:"#/properties/targetType/type",keyword:"type",params:{type: schema17.properties.targetType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate73.errors = vErrors;
return errors === 0;
}


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.accessType !== undefined){
let data0 = data.accessType;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate72.errors = [{instancePath:instancePath+"/accessType",schemaPath:"#/properties/accessType/type",keyword:"type",params:{type: schema16.properties.accessType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.targets !== undefined){
let data1 = data.targets;
const _errs3 = errors;
if((!(Array.isArray(data1))) && (data1 !== null)){
validate72.errors = [{instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: schema16.properties.targets.type},message:"must be array,null"}];
return false;
}
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate73(data1[i0], {instancePath:instancePath+"/targets/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.usersAndGroups !== undefined){
let data0 = data.usersAndGroups;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(!(validate72(data0, {instancePath:instancePath+"/usersAndGroups",parentData:data,parentDataProperty:"usersAndGroups",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data0 !== null){
const err0 = {instancePath:instancePath+"/usersAndGroups",schemaPath:"#/properties/usersAndGroups/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err1 = {instancePath:instancePath+"/usersAndGroups",schemaPath:"#/properties/usersAndGroups/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate71.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applications !== undefined){
let data1 = data.applications;
const _errs6 = errors;
const _errs7 = errors;
let valid2 = false;
const _errs8 = errors;
if(!(validate72(data1, {instancePath:instancePath+"/applications",parentData:data,parentDataProperty:"applications",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid1 = _errs8 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs9 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/applications",schemaPath:"#/properties/applications/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/applications",schemaPath:"#/properties/applications/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate71.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","properties":{"isMfaAccepted":{"type":["boolean","null"]},"isCompliantDeviceAccepted":{"type":["boolean","null"]},"isHybridAzureADJoinedDeviceAccepted":{"type":["boolean","null"]}}};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.isMfaAccepted !== undefined){
let data0 = data.isMfaAccepted;
const _errs1 = errors;
if((typeof data0 !== "boolean") && (data0 !== null)){
validate81.errors = [{instancePath:instancePath+"/isMfaAccepted",schemaPath:"#/properties/isMfaAccepted/type",keyword:"type",params:{type: schema18.properties.isMfaAccepted.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isCompliantDeviceAccepted !== undefined){
let data1 = data.isCompliantDeviceAccepted;
const _errs3 = errors;
if((typeof data1 !== "boolean") && (data1 !== null)){
validate81.errors = [{instancePath:instancePath+"/isCompliantDeviceAccepted",schemaPath:"#/properties/isCompliantDeviceAccepted/type",keyword:"type",params:{type: schema18.properties.isCompliantDeviceAccepted.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isHybridAzureADJoinedDeviceAccepted !== undefined){
let data2 = data.isHybridAzureADJoinedDeviceAccepted;
const _errs5 = errors;
if((typeof data2 !== "boolean") && (data2 !== null)){
validate81.errors = [{instancePath:instancePath+"/isHybridAzureADJoinedDeviceAccepted",schemaPath:"#/properties/isHybridAzureADJoinedDeviceAccepted/type",keyword:"type",params:{type: schema18.properties.isHybridAzureADJoinedDeviceAccepted.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate81.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate81.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"object","properties":{"inboundAllowed":{"type":["boolean","null"]},"outboundAllowed":{"type":["boolean","null"]}}};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.inboundAllowed !== undefined){
let data0 = data.inboundAllowed;
const _errs1 = errors;
if((typeof data0 !== "boolean") && (data0 !== null)){
validate83.errors = [{instancePath:instancePath+"/inboundAllowed",schemaPath:"#/properties/inboundAllowed/type",keyword:"type",params:{type: schema19.properties.inboundAllowed.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outboundAllowed !== undefined){
let data1 = data.outboundAllowed;
const _errs3 = errors;
if((typeof data1 !== "boolean") && (data1 !== null)){
validate83.errors = [{instancePath:instancePath+"/outboundAllowed",schemaPath:"#/properties/outboundAllowed/type",keyword:"type",params:{type: schema19.properties.outboundAllowed.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate83.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate83.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","properties":{"usersAndGroups":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]},"applications":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTargetConfiguration"},{"type":"null"}]},"devices":{"type":["object","null"]}}};

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.usersAndGroups !== undefined){
let data0 = data.usersAndGroups;
const _errs1 = errors;
const _errs2 = errors;
let valid1 = false;
const _errs3 = errors;
if(!(validate72(data0, {instancePath:instancePath+"/usersAndGroups",parentData:data,parentDataProperty:"usersAndGroups",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs4 = errors;
if(data0 !== null){
const err0 = {instancePath:instancePath+"/usersAndGroups",schemaPath:"#/properties/usersAndGroups/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err1 = {instancePath:instancePath+"/usersAndGroups",schemaPath:"#/properties/usersAndGroups/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate85.errors = vErrors;
return false;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applications !== undefined){
let data1 = data.applications;
const _errs6 = errors;
const _errs7 = errors;
let valid2 = false;
const _errs8 = errors;
if(!(validate72(data1, {instancePath:instancePath+"/applications",parentData:data,parentDataProperty:"applications",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var _valid1 = _errs8 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs9 = errors;
if(data1 !== null){
const err2 = {instancePath:instancePath+"/applications",schemaPath:"#/properties/applications/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs9 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/applications",schemaPath:"#/properties/applications/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate85.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.devices !== undefined){
let data2 = data.devices;
const _errs11 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate85.errors = [{instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: schema20.properties.devices.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}


function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.isServiceDefault !== undefined){
let data0 = data.isServiceDefault;
const _errs1 = errors;
if((typeof data0 !== "boolean") && (data0 !== null)){
validate70.errors = [{instancePath:instancePath+"/isServiceDefault",schemaPath:"#/properties/isServiceDefault/type",keyword:"type",params:{type: schema14.properties.isServiceDefault.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bCollaborationInbound !== undefined){
let data1 = data.b2bCollaborationInbound;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate71(data1, {instancePath:instancePath+"/b2bCollaborationInbound",parentData:data,parentDataProperty:"b2bCollaborationInbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(data1 !== null){
const err0 = {instancePath:instancePath+"/b2bCollaborationInbound",schemaPath:"#/properties/b2bCollaborationInbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err1 = {instancePath:instancePath+"/b2bCollaborationInbound",schemaPath:"#/properties/b2bCollaborationInbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bCollaborationOutbound !== undefined){
let data2 = data.b2bCollaborationOutbound;
const _errs8 = errors;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate71(data2, {instancePath:instancePath+"/b2bCollaborationOutbound",parentData:data,parentDataProperty:"b2bCollaborationOutbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs11 = errors;
if(data2 !== null){
const err2 = {instancePath:instancePath+"/b2bCollaborationOutbound",schemaPath:"#/properties/b2bCollaborationOutbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/b2bCollaborationOutbound",schemaPath:"#/properties/b2bCollaborationOutbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bDirectConnectInbound !== undefined){
let data3 = data.b2bDirectConnectInbound;
const _errs13 = errors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(!(validate71(data3, {instancePath:instancePath+"/b2bDirectConnectInbound",parentData:data,parentDataProperty:"b2bDirectConnectInbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs16 = errors;
if(data3 !== null){
const err4 = {instancePath:instancePath+"/b2bDirectConnectInbound",schemaPath:"#/properties/b2bDirectConnectInbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err5 = {instancePath:instancePath+"/b2bDirectConnectInbound",schemaPath:"#/properties/b2bDirectConnectInbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bDirectConnectOutbound !== undefined){
let data4 = data.b2bDirectConnectOutbound;
const _errs18 = errors;
const _errs19 = errors;
let valid4 = false;
const _errs20 = errors;
if(!(validate71(data4, {instancePath:instancePath+"/b2bDirectConnectOutbound",parentData:data,parentDataProperty:"b2bDirectConnectOutbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs21 = errors;
if(data4 !== null){
const err6 = {instancePath:instancePath+"/b2bDirectConnectOutbound",schemaPath:"#/properties/b2bDirectConnectOutbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid3 = _errs21 === errors;
valid4 = valid4 || _valid3;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/b2bDirectConnectOutbound",schemaPath:"#/properties/b2bDirectConnectOutbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inboundTrust !== undefined){
let data5 = data.inboundTrust;
const _errs23 = errors;
const _errs24 = errors;
let valid5 = false;
const _errs25 = errors;
if(!(validate81(data5, {instancePath:instancePath+"/inboundTrust",parentData:data,parentDataProperty:"inboundTrust",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var _valid4 = _errs25 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs26 = errors;
if(data5 !== null){
const err8 = {instancePath:instancePath+"/inboundTrust",schemaPath:"#/properties/inboundTrust/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid4 = _errs26 === errors;
valid5 = valid5 || _valid4;
}
if(!valid5){
const err9 = {instancePath:instancePath+"/inboundTrust",schemaPath:"#/properties/inboundTrust/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.automaticUserConsentSettings !== undefined){
let data6 = data.automaticUserConsentSettings;
const _errs28 = errors;
const _errs29 = errors;
let valid6 = false;
const _errs30 = errors;
if(!(validate83(data6, {instancePath:instancePath+"/automaticUserConsentSettings",parentData:data,parentDataProperty:"automaticUserConsentSettings",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid5 = _errs30 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs31 = errors;
if(data6 !== null){
const err10 = {instancePath:instancePath+"/automaticUserConsentSettings",schemaPath:"#/properties/automaticUserConsentSettings/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid5 = _errs31 === errors;
valid6 = valid6 || _valid5;
}
if(!valid6){
const err11 = {instancePath:instancePath+"/automaticUserConsentSettings",schemaPath:"#/properties/automaticUserConsentSettings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantRestrictions !== undefined){
let data7 = data.tenantRestrictions;
const _errs33 = errors;
const _errs34 = errors;
let valid7 = false;
const _errs35 = errors;
if(!(validate85(data7, {instancePath:instancePath+"/tenantRestrictions",parentData:data,parentDataProperty:"tenantRestrictions",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid6 = _errs35 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const _errs36 = errors;
if(data7 !== null){
const err12 = {instancePath:instancePath+"/tenantRestrictions",schemaPath:"#/properties/tenantRestrictions/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid6 = _errs36 === errors;
valid7 = valid7 || _valid6;
}
if(!valid7){
const err13 = {instancePath:instancePath+"/tenantRestrictions",schemaPath:"#/properties/tenantRestrictions/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate70.errors = vErrors;
return false;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationRedemptionIdentityProviderConfiguration !== undefined){
let data8 = data.invitationRedemptionIdentityProviderConfiguration;
const _errs38 = errors;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
validate70.errors = [{instancePath:instancePath+"/invitationRedemptionIdentityProviderConfiguration",schemaPath:"#/properties/invitationRedemptionIdentityProviderConfiguration/type",keyword:"type",params:{type: schema14.properties.invitationRedemptionIdentityProviderConfiguration.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","required":["tenantId"],"properties":{"tenantId":{"type":"string"},"displayName":{"type":["string","null"],"description":"Not a Graph property of the partner: filled by the collector from findTenantInformationByTenantId when it could.","x-gatehouse":"the partner tenant's name, from findTenantInformationByTenantId"},"defaultDomainName":{"type":["string","null"],"description":"Not a Graph property of the partner: filled by the collector from findTenantInformationByTenantId when it could.","x-gatehouse":"the partner tenant's default domain, from findTenantInformationByTenantId"},"isServiceProvider":{"type":["boolean","null"]},"isInMultiTenantOrganization":{"type":["boolean","null"]},"b2bCollaborationInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bCollaborationOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectInbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"b2bDirectConnectOutbound":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyB2BSetting"},{"type":"null"}]},"inboundTrust":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyInboundTrust"},{"type":"null"}]},"automaticUserConsentSettings":{"anyOf":[{"$ref":"#/definitions/inboundOutboundPolicyConfiguration"},{"type":"null"}]},"tenantRestrictions":{"anyOf":[{"$ref":"#/definitions/crossTenantAccessPolicyTenantRestrictions"},{"type":"null"}]},"identitySynchronization":{"anyOf":[{"$ref":"#/definitions/crossTenantIdentitySyncPolicyPartner"},{"type":"null"}]}}};
const schema22 = {"type":"object","properties":{"tenantId":{"type":["string","null"]},"displayName":{"type":["string","null"]},"userSyncInbound":{"type":["object","null"],"properties":{"isSyncAllowed":{"type":["boolean","null"]}}}}};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenantId !== undefined){
let data0 = data.tenantId;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate98.errors = [{instancePath:instancePath+"/tenantId",schemaPath:"#/properties/tenantId/type",keyword:"type",params:{type: schema22.properties.tenantId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate98.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema22.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userSyncInbound !== undefined){
let data2 = data.userSyncInbound;
const _errs5 = errors;
if((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)){
validate98.errors = [{instancePath:instancePath+"/userSyncInbound",schemaPath:"#/properties/userSyncInbound/type",keyword:"type",params:{type: schema22.properties.userSyncInbound.type},message:"must be object,null"}];
return false;
}
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.isSyncAllowed !== undefined){
let data3 = data2.isSyncAllowed;
if((typeof data3 !== "boolean") && (data3 !== null)){
validate98.errors = [{instancePath:instancePath+"/userSyncInbound/isSyncAllowed",schemaPath:"#/properties/userSyncInbound/properties/isSyncAllowed/type",keyword:"type",params:{type: schema22.properties.userSyncInbound.properties.isSyncAllowed.type},message:"must be boolean,null"}];
return false;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
return errors === 0;
}


function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.tenantId === undefined) && (missing0 = "tenantId")){
validate90.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.tenantId !== undefined){
const _errs1 = errors;
if(typeof data.tenantId !== "string"){
validate90.errors = [{instancePath:instancePath+"/tenantId",schemaPath:"#/properties/tenantId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate90.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema21.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultDomainName !== undefined){
let data2 = data.defaultDomainName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate90.errors = [{instancePath:instancePath+"/defaultDomainName",schemaPath:"#/properties/defaultDomainName/type",keyword:"type",params:{type: schema21.properties.defaultDomainName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isServiceProvider !== undefined){
let data3 = data.isServiceProvider;
const _errs7 = errors;
if((typeof data3 !== "boolean") && (data3 !== null)){
validate90.errors = [{instancePath:instancePath+"/isServiceProvider",schemaPath:"#/properties/isServiceProvider/type",keyword:"type",params:{type: schema21.properties.isServiceProvider.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isInMultiTenantOrganization !== undefined){
let data4 = data.isInMultiTenantOrganization;
const _errs9 = errors;
if((typeof data4 !== "boolean") && (data4 !== null)){
validate90.errors = [{instancePath:instancePath+"/isInMultiTenantOrganization",schemaPath:"#/properties/isInMultiTenantOrganization/type",keyword:"type",params:{type: schema21.properties.isInMultiTenantOrganization.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bCollaborationInbound !== undefined){
let data5 = data.b2bCollaborationInbound;
const _errs11 = errors;
const _errs12 = errors;
let valid1 = false;
const _errs13 = errors;
if(!(validate71(data5, {instancePath:instancePath+"/b2bCollaborationInbound",parentData:data,parentDataProperty:"b2bCollaborationInbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid0 = _errs13 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs14 = errors;
if(data5 !== null){
const err0 = {instancePath:instancePath+"/b2bCollaborationInbound",schemaPath:"#/properties/b2bCollaborationInbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs14 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err1 = {instancePath:instancePath+"/b2bCollaborationInbound",schemaPath:"#/properties/b2bCollaborationInbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bCollaborationOutbound !== undefined){
let data6 = data.b2bCollaborationOutbound;
const _errs16 = errors;
const _errs17 = errors;
let valid2 = false;
const _errs18 = errors;
if(!(validate71(data6, {instancePath:instancePath+"/b2bCollaborationOutbound",parentData:data,parentDataProperty:"b2bCollaborationOutbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid1 = _errs18 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs19 = errors;
if(data6 !== null){
const err2 = {instancePath:instancePath+"/b2bCollaborationOutbound",schemaPath:"#/properties/b2bCollaborationOutbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs19 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/b2bCollaborationOutbound",schemaPath:"#/properties/b2bCollaborationOutbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bDirectConnectInbound !== undefined){
let data7 = data.b2bDirectConnectInbound;
const _errs21 = errors;
const _errs22 = errors;
let valid3 = false;
const _errs23 = errors;
if(!(validate71(data7, {instancePath:instancePath+"/b2bDirectConnectInbound",parentData:data,parentDataProperty:"b2bDirectConnectInbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid2 = _errs23 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs24 = errors;
if(data7 !== null){
const err4 = {instancePath:instancePath+"/b2bDirectConnectInbound",schemaPath:"#/properties/b2bDirectConnectInbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err5 = {instancePath:instancePath+"/b2bDirectConnectInbound",schemaPath:"#/properties/b2bDirectConnectInbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bDirectConnectOutbound !== undefined){
let data8 = data.b2bDirectConnectOutbound;
const _errs26 = errors;
const _errs27 = errors;
let valid4 = false;
const _errs28 = errors;
if(!(validate71(data8, {instancePath:instancePath+"/b2bDirectConnectOutbound",parentData:data,parentDataProperty:"b2bDirectConnectOutbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid3 = _errs28 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs29 = errors;
if(data8 !== null){
const err6 = {instancePath:instancePath+"/b2bDirectConnectOutbound",schemaPath:"#/properties/b2bDirectConnectOutbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid4 = valid4 || _valid3;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/b2bDirectConnectOutbound",schemaPath:"#/properties/b2bDirectConnectOutbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inboundTrust !== undefined){
let data9 = data.inboundTrust;
const _errs31 = errors;
const _errs32 = errors;
let valid5 = false;
const _errs33 = errors;
if(!(validate81(data9, {instancePath:instancePath+"/inboundTrust",parentData:data,parentDataProperty:"inboundTrust",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var _valid4 = _errs33 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs34 = errors;
if(data9 !== null){
const err8 = {instancePath:instancePath+"/inboundTrust",schemaPath:"#/properties/inboundTrust/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid4 = _errs34 === errors;
valid5 = valid5 || _valid4;
}
if(!valid5){
const err9 = {instancePath:instancePath+"/inboundTrust",schemaPath:"#/properties/inboundTrust/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.automaticUserConsentSettings !== undefined){
let data10 = data.automaticUserConsentSettings;
const _errs36 = errors;
const _errs37 = errors;
let valid6 = false;
const _errs38 = errors;
if(!(validate83(data10, {instancePath:instancePath+"/automaticUserConsentSettings",parentData:data,parentDataProperty:"automaticUserConsentSettings",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid5 = _errs38 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs39 = errors;
if(data10 !== null){
const err10 = {instancePath:instancePath+"/automaticUserConsentSettings",schemaPath:"#/properties/automaticUserConsentSettings/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid5 = _errs39 === errors;
valid6 = valid6 || _valid5;
}
if(!valid6){
const err11 = {instancePath:instancePath+"/automaticUserConsentSettings",schemaPath:"#/properties/automaticUserConsentSettings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantRestrictions !== undefined){
let data11 = data.tenantRestrictions;
const _errs41 = errors;
const _errs42 = errors;
let valid7 = false;
const _errs43 = errors;
if(!(validate85(data11, {instancePath:instancePath+"/tenantRestrictions",parentData:data,parentDataProperty:"tenantRestrictions",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid6 = _errs43 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const _errs44 = errors;
if(data11 !== null){
const err12 = {instancePath:instancePath+"/tenantRestrictions",schemaPath:"#/properties/tenantRestrictions/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid6 = _errs44 === errors;
valid7 = valid7 || _valid6;
}
if(!valid7){
const err13 = {instancePath:instancePath+"/tenantRestrictions",schemaPath:"#/properties/tenantRestrictions/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs42;
if(vErrors !== null){
if(_errs42){
vErrors.length = _errs42;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identitySynchronization !== undefined){
let data12 = data.identitySynchronization;
const _errs46 = errors;
const _errs47 = errors;
let valid8 = false;
const _errs48 = errors;
if(!(validate98(data12, {instancePath:instancePath+"/identitySynchronization",parentData:data,parentDataProperty:"identitySynchronization",rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
var _valid7 = _errs48 === errors;
valid8 = valid8 || _valid7;
if(!valid8){
const _errs49 = errors;
if(data12 !== null){
const err14 = {instancePath:instancePath+"/identitySynchronization",schemaPath:"#/properties/identitySynchronization/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid7 = _errs49 === errors;
valid8 = valid8 || _valid7;
}
if(!valid8){
const err15 = {instancePath:instancePath+"/identitySynchronization",schemaPath:"#/properties/identitySynchronization/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate90.errors = vErrors;
return false;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate90.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate90.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"definition":{"type":["array","null"],"items":{"type":"string"},"description":"Each element is a JSON document serialised as a string; Graph's own examples use single quotes."},"isOrganizationDefault":{"type":["boolean","string","null"]}}};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate101.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate101.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate101.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema23.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.definition !== undefined){
let data2 = data.definition;
const _errs5 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate101.errors = [{instancePath:instancePath+"/definition",schemaPath:"#/properties/definition/type",keyword:"type",params:{type: schema23.properties.definition.type},message:"must be array,null"}];
return false;
}
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(typeof data2[i0] !== "string"){
validate101.errors = [{instancePath:instancePath+"/definition/" + i0,schemaPath:"#/properties/definition/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isOrganizationDefault !== undefined){
let data4 = data.isOrganizationDefault;
const _errs9 = errors;
if(((typeof data4 !== "boolean") && (typeof data4 !== "string")) && (data4 !== null)){
validate101.errors = [{instancePath:instancePath+"/isOrganizationDefault",schemaPath:"#/properties/isOrganizationDefault/type",keyword:"type",params:{type: schema23.properties.isOrganizationDefault.type},message:"must be boolean,string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate101.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate101.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"object","properties":{"allowExternalIdentitiesToLeave":{"type":["boolean","null"]},"allowDeletedIdentitiesDataRemoval":{"type":["boolean","null"]}}};

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allowExternalIdentitiesToLeave !== undefined){
let data0 = data.allowExternalIdentitiesToLeave;
const _errs1 = errors;
if((typeof data0 !== "boolean") && (data0 !== null)){
validate103.errors = [{instancePath:instancePath+"/allowExternalIdentitiesToLeave",schemaPath:"#/properties/allowExternalIdentitiesToLeave/type",keyword:"type",params:{type: schema24.properties.allowExternalIdentitiesToLeave.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowDeletedIdentitiesDataRemoval !== undefined){
let data1 = data.allowDeletedIdentitiesDataRemoval;
const _errs3 = errors;
if((typeof data1 !== "boolean") && (data1 !== null)){
validate103.errors = [{instancePath:instancePath+"/allowDeletedIdentitiesDataRemoval",schemaPath:"#/properties/allowDeletedIdentitiesDataRemoval/type",keyword:"type",params:{type: schema24.properties.allowDeletedIdentitiesDataRemoval.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate103.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate103.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"userPrincipalName":{"type":["string","null"]},"mail":{"type":["string","null"]},"otherMails":{"type":["array","null"],"items":{"type":"string"}},"userType":{"type":["string","null"]},"accountEnabled":{"type":["boolean","null"]},"createdDateTime":{"type":["string","null"]},"creationType":{"type":["string","null"]},"externalUserState":{"type":["string","null"]},"externalUserStateChangeDateTime":{"type":["string","null"]},"identities":{"type":["array","null"],"items":{"$ref":"#/definitions/objectIdentity"}},"signInActivity":{"anyOf":[{"$ref":"#/definitions/signInActivity"},{"type":"null"}]},"sponsors":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}}}};
const schema26 = {"type":"object","properties":{"signInType":{"type":["string","null"]},"issuer":{"type":["string","null"]},"issuerAssignedId":{"type":["string","null"]}}};

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.signInType !== undefined){
let data0 = data.signInType;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate106.errors = [{instancePath:instancePath+"/signInType",schemaPath:"#/properties/signInType/type",keyword:"type",params:{type: schema26.properties.signInType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issuer !== undefined){
let data1 = data.issuer;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate106.errors = [{instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: schema26.properties.issuer.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issuerAssignedId !== undefined){
let data2 = data.issuerAssignedId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate106.errors = [{instancePath:instancePath+"/issuerAssignedId",schemaPath:"#/properties/issuerAssignedId/type",keyword:"type",params:{type: schema26.properties.issuerAssignedId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate106.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate106.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"object","properties":{"lastSignInDateTime":{"type":["string","null"]},"lastNonInteractiveSignInDateTime":{"type":["string","null"]},"lastSuccessfulSignInDateTime":{"type":["string","null"]}}};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.lastSignInDateTime !== undefined){
let data0 = data.lastSignInDateTime;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate108.errors = [{instancePath:instancePath+"/lastSignInDateTime",schemaPath:"#/properties/lastSignInDateTime/type",keyword:"type",params:{type: schema27.properties.lastSignInDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastNonInteractiveSignInDateTime !== undefined){
let data1 = data.lastNonInteractiveSignInDateTime;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate108.errors = [{instancePath:instancePath+"/lastNonInteractiveSignInDateTime",schemaPath:"#/properties/lastNonInteractiveSignInDateTime/type",keyword:"type",params:{type: schema27.properties.lastNonInteractiveSignInDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastSuccessfulSignInDateTime !== undefined){
let data2 = data.lastSuccessfulSignInDateTime;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate108.errors = [{instancePath:instancePath+"/lastSuccessfulSignInDateTime",schemaPath:"#/properties/lastSuccessfulSignInDateTime/type",keyword:"type",params:{type: schema27.properties.lastSuccessfulSignInDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate108.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate108.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"@odata.type":{"type":"string"},"displayName":{"type":["string","null"]},"userType":{"type":["string","null"]}}};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate110.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate110.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["@odata.type"] !== undefined){
const _errs3 = errors;
if(typeof data["@odata.type"] !== "string"){
validate110.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data2 = data.displayName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate110.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema28.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userType !== undefined){
let data3 = data.userType;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate110.errors = [{instancePath:instancePath+"/userType",schemaPath:"#/properties/userType/type",keyword:"type",params:{type: schema28.properties.userType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate110.errors = vErrors;
return errors === 0;
}


function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate105.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate105.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate105.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema25.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userPrincipalName !== undefined){
let data2 = data.userPrincipalName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate105.errors = [{instancePath:instancePath+"/userPrincipalName",schemaPath:"#/properties/userPrincipalName/type",keyword:"type",params:{type: schema25.properties.userPrincipalName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mail !== undefined){
let data3 = data.mail;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate105.errors = [{instancePath:instancePath+"/mail",schemaPath:"#/properties/mail/type",keyword:"type",params:{type: schema25.properties.mail.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.otherMails !== undefined){
let data4 = data.otherMails;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate105.errors = [{instancePath:instancePath+"/otherMails",schemaPath:"#/properties/otherMails/type",keyword:"type",params:{type: schema25.properties.otherMails.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate105.errors = [{instancePath:instancePath+"/otherMails/" + i0,schemaPath:"#/properties/otherMails/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userType !== undefined){
let data6 = data.userType;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate105.errors = [{instancePath:instancePath+"/userType",schemaPath:"#/properties/userType/type",keyword:"type",params:{type: schema25.properties.userType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accountEnabled !== undefined){
let data7 = data.accountEnabled;
const _errs15 = errors;
if((typeof data7 !== "boolean") && (data7 !== null)){
validate105.errors = [{instancePath:instancePath+"/accountEnabled",schemaPath:"#/properties/accountEnabled/type",keyword:"type",params:{type: schema25.properties.accountEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.createdDateTime !== undefined){
let data8 = data.createdDateTime;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate105.errors = [{instancePath:instancePath+"/createdDateTime",schemaPath:"#/properties/createdDateTime/type",keyword:"type",params:{type: schema25.properties.createdDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creationType !== undefined){
let data9 = data.creationType;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate105.errors = [{instancePath:instancePath+"/creationType",schemaPath:"#/properties/creationType/type",keyword:"type",params:{type: schema25.properties.creationType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalUserState !== undefined){
let data10 = data.externalUserState;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate105.errors = [{instancePath:instancePath+"/externalUserState",schemaPath:"#/properties/externalUserState/type",keyword:"type",params:{type: schema25.properties.externalUserState.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalUserStateChangeDateTime !== undefined){
let data11 = data.externalUserStateChangeDateTime;
const _errs23 = errors;
if((typeof data11 !== "string") && (data11 !== null)){
validate105.errors = [{instancePath:instancePath+"/externalUserStateChangeDateTime",schemaPath:"#/properties/externalUserStateChangeDateTime/type",keyword:"type",params:{type: schema25.properties.externalUserStateChangeDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identities !== undefined){
let data12 = data.identities;
const _errs25 = errors;
if((!(Array.isArray(data12))) && (data12 !== null)){
validate105.errors = [{instancePath:instancePath+"/identities",schemaPath:"#/properties/identities/type",keyword:"type",params:{type: schema25.properties.identities.type},message:"must be array,null"}];
return false;
}
if(errors === _errs25){
if(Array.isArray(data12)){
var valid2 = true;
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
const _errs27 = errors;
if(!(validate106(data12[i1], {instancePath:instancePath+"/identities/" + i1,parentData:data12,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
var valid2 = _errs27 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signInActivity !== undefined){
let data14 = data.signInActivity;
const _errs28 = errors;
const _errs29 = errors;
let valid3 = false;
const _errs30 = errors;
if(!(validate108(data14, {instancePath:instancePath+"/signInActivity",parentData:data,parentDataProperty:"signInActivity",rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
var _valid0 = _errs30 === errors;
valid3 = valid3 || _valid0;
if(!valid3){
const _errs31 = errors;
if(data14 !== null){
const err0 = {instancePath:instancePath+"/signInActivity",schemaPath:"#/properties/signInActivity/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs31 === errors;
valid3 = valid3 || _valid0;
}
if(!valid3){
const err1 = {instancePath:instancePath+"/signInActivity",schemaPath:"#/properties/signInActivity/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate105.errors = vErrors;
return false;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sponsors !== undefined){
let data15 = data.sponsors;
const _errs33 = errors;
if((!(Array.isArray(data15))) && (data15 !== null)){
validate105.errors = [{instancePath:instancePath+"/sponsors",schemaPath:"#/properties/sponsors/type",keyword:"type",params:{type: schema25.properties.sponsors.type},message:"must be array,null"}];
return false;
}
if(errors === _errs33){
if(Array.isArray(data15)){
var valid4 = true;
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
const _errs35 = errors;
if(!(validate110(data15[i2], {instancePath:instancePath+"/sponsors/" + i2,parentData:data15,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid4 = _errs35 === errors;
if(!valid4){
break;
}
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate105.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate105.errors = vErrors;
return errors === 0;
}

const schema29 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"issuerUri":{"type":["string","null"]},"metadataExchangeUri":{"type":["string","null"]},"passiveSignInUri":{"type":["string","null"]},"preferredAuthenticationProtocol":{"type":["string","null"]},"signingCertificate":{"type":["string","null"]},"domains":{"type":["array","null"],"items":{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}}}}};

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate113.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate113.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate113.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema29.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.issuerUri !== undefined){
let data2 = data.issuerUri;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate113.errors = [{instancePath:instancePath+"/issuerUri",schemaPath:"#/properties/issuerUri/type",keyword:"type",params:{type: schema29.properties.issuerUri.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.metadataExchangeUri !== undefined){
let data3 = data.metadataExchangeUri;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate113.errors = [{instancePath:instancePath+"/metadataExchangeUri",schemaPath:"#/properties/metadataExchangeUri/type",keyword:"type",params:{type: schema29.properties.metadataExchangeUri.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.passiveSignInUri !== undefined){
let data4 = data.passiveSignInUri;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate113.errors = [{instancePath:instancePath+"/passiveSignInUri",schemaPath:"#/properties/passiveSignInUri/type",keyword:"type",params:{type: schema29.properties.passiveSignInUri.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.preferredAuthenticationProtocol !== undefined){
let data5 = data.preferredAuthenticationProtocol;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate113.errors = [{instancePath:instancePath+"/preferredAuthenticationProtocol",schemaPath:"#/properties/preferredAuthenticationProtocol/type",keyword:"type",params:{type: schema29.properties.preferredAuthenticationProtocol.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.signingCertificate !== undefined){
let data6 = data.signingCertificate;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate113.errors = [{instancePath:instancePath+"/signingCertificate",schemaPath:"#/properties/signingCertificate/type",keyword:"type",params:{type: schema29.properties.signingCertificate.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.domains !== undefined){
let data7 = data.domains;
const _errs15 = errors;
if((!(Array.isArray(data7))) && (data7 !== null)){
validate113.errors = [{instancePath:instancePath+"/domains",schemaPath:"#/properties/domains/type",keyword:"type",params:{type: schema29.properties.domains.type},message:"must be array,null"}];
return false;
}
if(errors === _errs15){
if(Array.isArray(data7)){
var valid1 = true;
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
const _errs17 = errors;
if(errors === _errs17){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
let missing1;
if((data8.id === undefined) && (missing1 = "id")){
validate113.errors = [{instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data8.id !== undefined){
if(typeof data8.id !== "string"){
validate113.errors = [{instancePath:instancePath+"/domains/" + i0+"/id",schemaPath:"#/properties/domains/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
else {
validate113.errors = [{instancePath:instancePath+"/domains/" + i0,schemaPath:"#/properties/domains/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs17 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate113.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate113.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"object","description":"Result of findTenantInformationByDomainName for one federated domain. Not a Graph object: gatehouse's record of the call, with Graph's answer in tenantInformation.","x-gatehouse":"gatehouse's record of one findTenantInformationByDomainName call per federated domain; Graph's answer is its tenantInformation","additionalProperties":false,"required":["domainName","outcome"],"properties":{"domainName":{"type":"string","x-gatehouse":"the federated domain that was looked up"},"outcome":{"type":"string","enum":["tenant","no-tenant","error"],"x-gatehouse":"how the look-up ended"},"tenantInformation":{"$ref":"#/definitions/tenantInformation"},"httpStatus":{"type":"integer","x-gatehouse":"the look-up's HTTP status"},"errorCode":{"type":"string","x-gatehouse":"Graph's error code when the look-up failed"}}};
const schema31 = {"type":"object","x-graph-type":"microsoft.graph.tenantInformation","properties":{"tenantId":{"type":["string","null"]},"displayName":{"type":["string","null"]},"defaultDomainName":{"type":["string","null"]},"federationBrandName":{"type":["string","null"]}}};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tenantId !== undefined){
let data0 = data.tenantId;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate116.errors = [{instancePath:instancePath+"/tenantId",schemaPath:"#/properties/tenantId/type",keyword:"type",params:{type: schema31.properties.tenantId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate116.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema31.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultDomainName !== undefined){
let data2 = data.defaultDomainName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate116.errors = [{instancePath:instancePath+"/defaultDomainName",schemaPath:"#/properties/defaultDomainName/type",keyword:"type",params:{type: schema31.properties.defaultDomainName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.federationBrandName !== undefined){
let data3 = data.federationBrandName;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate116.errors = [{instancePath:instancePath+"/federationBrandName",schemaPath:"#/properties/federationBrandName/type",keyword:"type",params:{type: schema31.properties.federationBrandName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate116.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate116.errors = vErrors;
return errors === 0;
}


function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.domainName === undefined) && (missing0 = "domainName")) || ((data.outcome === undefined) && (missing0 = "outcome"))){
validate115.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "domainName") || (key0 === "outcome")) || (key0 === "tenantInformation")) || (key0 === "httpStatus")) || (key0 === "errorCode"))){
validate115.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.domainName !== undefined){
const _errs2 = errors;
if(typeof data.domainName !== "string"){
validate115.errors = [{instancePath:instancePath+"/domainName",schemaPath:"#/properties/domainName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.outcome !== undefined){
let data1 = data.outcome;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate115.errors = [{instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "tenant") || (data1 === "no-tenant")) || (data1 === "error"))){
validate115.errors = [{instancePath:instancePath+"/outcome",schemaPath:"#/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema30.properties.outcome.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantInformation !== undefined){
const _errs6 = errors;
if(!(validate116(data.tenantInformation, {instancePath:instancePath+"/tenantInformation",parentData:data,parentDataProperty:"tenantInformation",rootData}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.httpStatus !== undefined){
let data3 = data.httpStatus;
const _errs7 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
validate115.errors = [{instancePath:instancePath+"/httpStatus",schemaPath:"#/properties/httpStatus/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errorCode !== undefined){
const _errs9 = errors;
if(typeof data.errorCode !== "string"){
validate115.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/properties/errorCode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate115.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate115.errors = vErrors;
return errors === 0;
}

const schema32 = {"type":"object","required":["id"],"properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"displayName":{"type":["string","null"]},"identityProviderType":{"type":["string","null"]}}};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate119.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate119.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate119.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data2 = data.displayName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate119.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema32.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identityProviderType !== undefined){
let data3 = data.identityProviderType;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate119.errors = [{instancePath:instancePath+"/identityProviderType",schemaPath:"#/properties/identityProviderType/type",keyword:"type",params:{type: schema32.properties.identityProviderType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate119.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate119.errors = vErrors;
return errors === 0;
}

const schema33 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"targetUrl":{"type":["string","null"]},"authenticationConfiguration":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"username":{"type":["string","null"]},"certificateList":{"type":["array","null"],"items":{"type":"object","properties":{"thumbprint":{"type":["string","null"]},"notBefore":{"type":["integer","string","null"]},"notAfter":{"type":["integer","string","null"]},"isActive":{"type":["boolean","null"]}}}}}}}};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate121.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate121.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate121.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema33.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.targetUrl !== undefined){
let data2 = data.targetUrl;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate121.errors = [{instancePath:instancePath+"/targetUrl",schemaPath:"#/properties/targetUrl/type",keyword:"type",params:{type: schema33.properties.targetUrl.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authenticationConfiguration !== undefined){
let data3 = data.authenticationConfiguration;
const _errs7 = errors;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration",schemaPath:"#/properties/authenticationConfiguration/type",keyword:"type",params:{type: schema33.properties.authenticationConfiguration.type},message:"must be object,null"}];
return false;
}
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3["@odata.type"] !== undefined){
const _errs9 = errors;
if(typeof data3["@odata.type"] !== "string"){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/@odata.type",schemaPath:"#/properties/authenticationConfiguration/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.username !== undefined){
let data5 = data3.username;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/username",schemaPath:"#/properties/authenticationConfiguration/properties/username/type",keyword:"type",params:{type: schema33.properties.authenticationConfiguration.properties.username.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.certificateList !== undefined){
let data6 = data3.certificateList;
const _errs13 = errors;
if((!(Array.isArray(data6))) && (data6 !== null)){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/certificateList",schemaPath:"#/properties/authenticationConfiguration/properties/certificateList/type",keyword:"type",params:{type: schema33.properties.authenticationConfiguration.properties.certificateList.type},message:"must be array,null"}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data6)){
var valid2 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
const _errs15 = errors;
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.thumbprint !== undefined){
let data8 = data7.thumbprint;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/certificateList/" + i0+"/thumbprint",schemaPath:"#/properties/authenticationConfiguration/properties/certificateList/items/properties/thumbprint/type",keyword:"type",params:{type: schema33.properties.authenticationConfiguration.properties.certificateList.items.properties.thumbprint.type},message:"must be string,null"}];
return false;
}
var valid3 = _errs17 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.notBefore !== undefined){
let data9 = data7.notBefore;
const _errs19 = errors;
if(((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (typeof data9 !== "string")) && (data9 !== null)){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/certificateList/" + i0+"/notBefore",schemaPath:"#/properties/authenticationConfiguration/properties/certificateList/items/properties/notBefore/type",keyword:"type",params:{type: schema33.properties.authenticationConfiguration.properties.certificateList.items.properties.notBefore.type},message:"must be integer,string,null"}];
return false;
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.notAfter !== undefined){
let data10 = data7.notAfter;
const _errs21 = errors;
if(((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (typeof data10 !== "string")) && (data10 !== null)){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/certificateList/" + i0+"/notAfter",schemaPath:"#/properties/authenticationConfiguration/properties/certificateList/items/properties/notAfter/type",keyword:"type",params:{type: schema33.properties.authenticationConfiguration.properties.certificateList.items.properties.notAfter.type},message:"must be integer,string,null"}];
return false;
}
var valid3 = _errs21 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data7.isActive !== undefined){
let data11 = data7.isActive;
const _errs23 = errors;
if((typeof data11 !== "boolean") && (data11 !== null)){
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/certificateList/" + i0+"/isActive",schemaPath:"#/properties/authenticationConfiguration/properties/certificateList/items/properties/isActive/type",keyword:"type",params:{type: schema33.properties.authenticationConfiguration.properties.certificateList.items.properties.isActive.type},message:"must be boolean,null"}];
return false;
}
var valid3 = _errs23 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
else {
validate121.errors = [{instancePath:instancePath+"/authenticationConfiguration/certificateList/" + i0,schemaPath:"#/properties/authenticationConfiguration/properties/certificateList/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate121.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate121.errors = vErrors;
return errors === 0;
}

const schema34 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"userFlowType":{"type":["string","null"]},"userFlowTypeVersion":{"type":["number","null"]},"apiConnectorConfiguration":{"type":["object","null"],"properties":{"postFederationSignup":{"anyOf":[{"$ref":"#/definitions/identityApiConnector"},{"type":"null"}]},"postAttributeCollection":{"anyOf":[{"$ref":"#/definitions/identityApiConnector"},{"type":"null"}]}}}}};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate123.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate123.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userFlowType !== undefined){
let data1 = data.userFlowType;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate123.errors = [{instancePath:instancePath+"/userFlowType",schemaPath:"#/properties/userFlowType/type",keyword:"type",params:{type: schema34.properties.userFlowType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userFlowTypeVersion !== undefined){
let data2 = data.userFlowTypeVersion;
const _errs5 = errors;
if((!((typeof data2 == "number") && (isFinite(data2)))) && (data2 !== null)){
validate123.errors = [{instancePath:instancePath+"/userFlowTypeVersion",schemaPath:"#/properties/userFlowTypeVersion/type",keyword:"type",params:{type: schema34.properties.userFlowTypeVersion.type},message:"must be number,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiConnectorConfiguration !== undefined){
let data3 = data.apiConnectorConfiguration;
const _errs7 = errors;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
validate123.errors = [{instancePath:instancePath+"/apiConnectorConfiguration",schemaPath:"#/properties/apiConnectorConfiguration/type",keyword:"type",params:{type: schema34.properties.apiConnectorConfiguration.type},message:"must be object,null"}];
return false;
}
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.postFederationSignup !== undefined){
let data4 = data3.postFederationSignup;
const _errs9 = errors;
const _errs10 = errors;
let valid2 = false;
const _errs11 = errors;
if(!(validate121(data4, {instancePath:instancePath+"/apiConnectorConfiguration/postFederationSignup",parentData:data3,parentDataProperty:"postFederationSignup",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs12 = errors;
if(data4 !== null){
const err0 = {instancePath:instancePath+"/apiConnectorConfiguration/postFederationSignup",schemaPath:"#/properties/apiConnectorConfiguration/properties/postFederationSignup/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs12 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err1 = {instancePath:instancePath+"/apiConnectorConfiguration/postFederationSignup",schemaPath:"#/properties/apiConnectorConfiguration/properties/postFederationSignup/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate123.errors = vErrors;
return false;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.postAttributeCollection !== undefined){
let data5 = data3.postAttributeCollection;
const _errs14 = errors;
const _errs15 = errors;
let valid3 = false;
const _errs16 = errors;
if(!(validate121(data5, {instancePath:instancePath+"/apiConnectorConfiguration/postAttributeCollection",parentData:data3,parentDataProperty:"postAttributeCollection",rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
var _valid1 = _errs16 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const _errs17 = errors;
if(data5 !== null){
const err2 = {instancePath:instancePath+"/apiConnectorConfiguration/postAttributeCollection",schemaPath:"#/properties/apiConnectorConfiguration/properties/postAttributeCollection/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid3 = valid3 || _valid1;
}
if(!valid3){
const err3 = {instancePath:instancePath+"/apiConnectorConfiguration/postAttributeCollection",schemaPath:"#/properties/apiConnectorConfiguration/properties/postAttributeCollection/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate123.errors = vErrors;
return false;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
var valid1 = _errs14 === errors;
}
else {
var valid1 = true;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate123.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate123.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":"object","required":["id"],"properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"displayName":{"type":["string","null"]},"description":{"type":["string","null"]},"authenticationConfiguration":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"resourceId":{"type":["string","null"]}}},"endpointConfiguration":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"targetUrl":{"type":["string","null"]}}},"clientConfiguration":{"type":["object","null"]},"behaviorOnError":{"type":["object","null"]}}};

function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate127.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate127.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate127.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data2 = data.displayName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate127.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema35.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data3 = data.description;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate127.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: schema35.properties.description.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authenticationConfiguration !== undefined){
let data4 = data.authenticationConfiguration;
const _errs9 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate127.errors = [{instancePath:instancePath+"/authenticationConfiguration",schemaPath:"#/properties/authenticationConfiguration/type",keyword:"type",params:{type: schema35.properties.authenticationConfiguration.type},message:"must be object,null"}];
return false;
}
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4["@odata.type"] !== undefined){
const _errs11 = errors;
if(typeof data4["@odata.type"] !== "string"){
validate127.errors = [{instancePath:instancePath+"/authenticationConfiguration/@odata.type",schemaPath:"#/properties/authenticationConfiguration/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data4.resourceId !== undefined){
let data6 = data4.resourceId;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate127.errors = [{instancePath:instancePath+"/authenticationConfiguration/resourceId",schemaPath:"#/properties/authenticationConfiguration/properties/resourceId/type",keyword:"type",params:{type: schema35.properties.authenticationConfiguration.properties.resourceId.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpointConfiguration !== undefined){
let data7 = data.endpointConfiguration;
const _errs15 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate127.errors = [{instancePath:instancePath+"/endpointConfiguration",schemaPath:"#/properties/endpointConfiguration/type",keyword:"type",params:{type: schema35.properties.endpointConfiguration.type},message:"must be object,null"}];
return false;
}
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7["@odata.type"] !== undefined){
const _errs17 = errors;
if(typeof data7["@odata.type"] !== "string"){
validate127.errors = [{instancePath:instancePath+"/endpointConfiguration/@odata.type",schemaPath:"#/properties/endpointConfiguration/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data7.targetUrl !== undefined){
let data9 = data7.targetUrl;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate127.errors = [{instancePath:instancePath+"/endpointConfiguration/targetUrl",schemaPath:"#/properties/endpointConfiguration/properties/targetUrl/type",keyword:"type",params:{type: schema35.properties.endpointConfiguration.properties.targetUrl.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientConfiguration !== undefined){
let data10 = data.clientConfiguration;
const _errs21 = errors;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
validate127.errors = [{instancePath:instancePath+"/clientConfiguration",schemaPath:"#/properties/clientConfiguration/type",keyword:"type",params:{type: schema35.properties.clientConfiguration.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.behaviorOnError !== undefined){
let data11 = data.behaviorOnError;
const _errs23 = errors;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
validate127.errors = [{instancePath:instancePath+"/behaviorOnError",schemaPath:"#/properties/behaviorOnError/type",keyword:"type",params:{type: schema35.properties.behaviorOnError.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate127.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate127.errors = vErrors;
return errors === 0;
}

const schema36 = {"type":"object","required":["id"],"properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"displayName":{"type":["string","null"]},"authenticationEventsFlowId":{"type":["string","null"]},"conditions":{"type":["object","null"]},"handler":{"type":["object","null"]}}};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate129.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate129.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate129.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data2 = data.displayName;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate129.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema36.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authenticationEventsFlowId !== undefined){
let data3 = data.authenticationEventsFlowId;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate129.errors = [{instancePath:instancePath+"/authenticationEventsFlowId",schemaPath:"#/properties/authenticationEventsFlowId/type",keyword:"type",params:{type: schema36.properties.authenticationEventsFlowId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conditions !== undefined){
let data4 = data.conditions;
const _errs9 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate129.errors = [{instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: schema36.properties.conditions.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.handler !== undefined){
let data5 = data.handler;
const _errs11 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate129.errors = [{instancePath:instancePath+"/handler",schemaPath:"#/properties/handler/type",keyword:"type",params:{type: schema36.properties.handler.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate129.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate129.errors = vErrors;
return errors === 0;
}

const schema37 = {"type":"object","properties":{"id":{"type":"string"},"selfServiceSignUp":{"type":["object","null"],"properties":{"isEnabled":{"type":["boolean","null"]}}}}};

function validate131(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate131.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfServiceSignUp !== undefined){
let data1 = data.selfServiceSignUp;
const _errs3 = errors;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
validate131.errors = [{instancePath:instancePath+"/selfServiceSignUp",schemaPath:"#/properties/selfServiceSignUp/type",keyword:"type",params:{type: schema37.properties.selfServiceSignUp.type},message:"must be object,null"}];
return false;
}
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.isEnabled !== undefined){
let data2 = data1.isEnabled;
if((typeof data2 !== "boolean") && (data2 !== null)){
validate131.errors = [{instancePath:instancePath+"/selfServiceSignUp/isEnabled",schemaPath:"#/properties/selfServiceSignUp/properties/isEnabled/type",keyword:"type",params:{type: schema37.properties.selfServiceSignUp.properties.isEnabled.type},message:"must be boolean,null"}];
return false;
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate131.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate131.errors = vErrors;
return errors === 0;
}

const schema38 = {"type":"object","properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"state":{"type":["string","null"]},"allowExternalIdToUseEmailOtp":{"type":["string","null"],"description":"default | enabled | disabled | unknownFutureValue; `default` behaves as enabled."},"includeTargets":{"type":["array","null"]},"excludeTargets":{"type":["array","null"]}}};

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate133.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate133.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate133.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema38.properties.state.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowExternalIdToUseEmailOtp !== undefined){
let data3 = data.allowExternalIdToUseEmailOtp;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate133.errors = [{instancePath:instancePath+"/allowExternalIdToUseEmailOtp",schemaPath:"#/properties/allowExternalIdToUseEmailOtp/type",keyword:"type",params:{type: schema38.properties.allowExternalIdToUseEmailOtp.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeTargets !== undefined){
let data4 = data.includeTargets;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate133.errors = [{instancePath:instancePath+"/includeTargets",schemaPath:"#/properties/includeTargets/type",keyword:"type",params:{type: schema38.properties.includeTargets.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.excludeTargets !== undefined){
let data5 = data.excludeTargets;
const _errs11 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate133.errors = [{instancePath:instancePath+"/excludeTargets",schemaPath:"#/properties/excludeTargets/type",keyword:"type",params:{type: schema38.properties.excludeTargets.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate133.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate133.errors = vErrors;
return errors === 0;
}

const schema39 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"status":{"type":["string","null"]},"scope":{"type":["object","null"]},"instanceEnumerationScope":{"type":["object","null"]},"reviewers":{"type":["array","null"]},"fallbackReviewers":{"type":["array","null"]},"settings":{"type":["object","null"],"properties":{"autoApplyDecisionsEnabled":{"type":["boolean","null"]},"defaultDecisionEnabled":{"type":["boolean","null"]},"defaultDecision":{"type":["string","null"]},"instanceDurationInDays":{"type":["integer","null"]},"recurrence":{"type":["object","null"]},"applyActions":{"type":["array","null"]},"justificationRequiredOnApproval":{"type":["boolean","null"]},"mailNotificationsEnabled":{"type":["boolean","null"]},"reminderNotificationsEnabled":{"type":["boolean","null"]},"recommendationsEnabled":{"type":["boolean","null"]}}},"stageSettings":{"type":["array","null"]}}};

function validate135(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate135.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate135.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate135.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema39.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data2 = data.status;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate135.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: schema39.properties.status.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
let data3 = data.scope;
const _errs7 = errors;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
validate135.errors = [{instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: schema39.properties.scope.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.instanceEnumerationScope !== undefined){
let data4 = data.instanceEnumerationScope;
const _errs9 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate135.errors = [{instancePath:instancePath+"/instanceEnumerationScope",schemaPath:"#/properties/instanceEnumerationScope/type",keyword:"type",params:{type: schema39.properties.instanceEnumerationScope.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reviewers !== undefined){
let data5 = data.reviewers;
const _errs11 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate135.errors = [{instancePath:instancePath+"/reviewers",schemaPath:"#/properties/reviewers/type",keyword:"type",params:{type: schema39.properties.reviewers.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fallbackReviewers !== undefined){
let data6 = data.fallbackReviewers;
const _errs13 = errors;
if((!(Array.isArray(data6))) && (data6 !== null)){
validate135.errors = [{instancePath:instancePath+"/fallbackReviewers",schemaPath:"#/properties/fallbackReviewers/type",keyword:"type",params:{type: schema39.properties.fallbackReviewers.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.settings !== undefined){
let data7 = data.settings;
const _errs15 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings",schemaPath:"#/properties/settings/type",keyword:"type",params:{type: schema39.properties.settings.type},message:"must be object,null"}];
return false;
}
if(errors === _errs15){
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.autoApplyDecisionsEnabled !== undefined){
let data8 = data7.autoApplyDecisionsEnabled;
const _errs17 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/autoApplyDecisionsEnabled",schemaPath:"#/properties/settings/properties/autoApplyDecisionsEnabled/type",keyword:"type",params:{type: schema39.properties.settings.properties.autoApplyDecisionsEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.defaultDecisionEnabled !== undefined){
let data9 = data7.defaultDecisionEnabled;
const _errs19 = errors;
if((typeof data9 !== "boolean") && (data9 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/defaultDecisionEnabled",schemaPath:"#/properties/settings/properties/defaultDecisionEnabled/type",keyword:"type",params:{type: schema39.properties.settings.properties.defaultDecisionEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid1 = _errs19 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.defaultDecision !== undefined){
let data10 = data7.defaultDecision;
const _errs21 = errors;
if((typeof data10 !== "string") && (data10 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/defaultDecision",schemaPath:"#/properties/settings/properties/defaultDecision/type",keyword:"type",params:{type: schema39.properties.settings.properties.defaultDecision.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs21 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.instanceDurationInDays !== undefined){
let data11 = data7.instanceDurationInDays;
const _errs23 = errors;
if((!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) && (data11 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/instanceDurationInDays",schemaPath:"#/properties/settings/properties/instanceDurationInDays/type",keyword:"type",params:{type: schema39.properties.settings.properties.instanceDurationInDays.type},message:"must be integer,null"}];
return false;
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.recurrence !== undefined){
let data12 = data7.recurrence;
const _errs25 = errors;
if((!(data12 && typeof data12 == "object" && !Array.isArray(data12))) && (data12 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/recurrence",schemaPath:"#/properties/settings/properties/recurrence/type",keyword:"type",params:{type: schema39.properties.settings.properties.recurrence.type},message:"must be object,null"}];
return false;
}
var valid1 = _errs25 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.applyActions !== undefined){
let data13 = data7.applyActions;
const _errs27 = errors;
if((!(Array.isArray(data13))) && (data13 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/applyActions",schemaPath:"#/properties/settings/properties/applyActions/type",keyword:"type",params:{type: schema39.properties.settings.properties.applyActions.type},message:"must be array,null"}];
return false;
}
var valid1 = _errs27 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.justificationRequiredOnApproval !== undefined){
let data14 = data7.justificationRequiredOnApproval;
const _errs29 = errors;
if((typeof data14 !== "boolean") && (data14 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/justificationRequiredOnApproval",schemaPath:"#/properties/settings/properties/justificationRequiredOnApproval/type",keyword:"type",params:{type: schema39.properties.settings.properties.justificationRequiredOnApproval.type},message:"must be boolean,null"}];
return false;
}
var valid1 = _errs29 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.mailNotificationsEnabled !== undefined){
let data15 = data7.mailNotificationsEnabled;
const _errs31 = errors;
if((typeof data15 !== "boolean") && (data15 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/mailNotificationsEnabled",schemaPath:"#/properties/settings/properties/mailNotificationsEnabled/type",keyword:"type",params:{type: schema39.properties.settings.properties.mailNotificationsEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid1 = _errs31 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.reminderNotificationsEnabled !== undefined){
let data16 = data7.reminderNotificationsEnabled;
const _errs33 = errors;
if((typeof data16 !== "boolean") && (data16 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/reminderNotificationsEnabled",schemaPath:"#/properties/settings/properties/reminderNotificationsEnabled/type",keyword:"type",params:{type: schema39.properties.settings.properties.reminderNotificationsEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid1 = _errs33 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data7.recommendationsEnabled !== undefined){
let data17 = data7.recommendationsEnabled;
const _errs35 = errors;
if((typeof data17 !== "boolean") && (data17 !== null)){
validate135.errors = [{instancePath:instancePath+"/settings/recommendationsEnabled",schemaPath:"#/properties/settings/properties/recommendationsEnabled/type",keyword:"type",params:{type: schema39.properties.settings.properties.recommendationsEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid1 = _errs35 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
}
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.stageSettings !== undefined){
let data18 = data.stageSettings;
const _errs37 = errors;
if((!(Array.isArray(data18))) && (data18 !== null)){
validate135.errors = [{instancePath:instancePath+"/stageSettings",schemaPath:"#/properties/stageSettings/type",keyword:"type",params:{type: schema39.properties.stageSettings.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate135.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate135.errors = vErrors;
return errors === 0;
}

const schema40 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"allowedTargetScope":{"type":["string","null"]},"specificAllowedTargets":{"type":["array","null"]},"automaticRequestSettings":{"type":["object","null"]},"expiration":{"type":["object","null"],"properties":{"type":{"type":["string","null"]},"endDateTime":{"type":["string","null"]},"duration":{"type":["string","null"]}}},"requestorSettings":{"type":["object","null"]},"requestApprovalSettings":{"type":["object","null"],"properties":{"isApprovalRequiredForAdd":{"type":["boolean","null"]},"isApprovalRequiredForUpdate":{"type":["boolean","null"]},"stages":{"type":["array","null"]}}},"reviewSettings":{"type":["object","null"],"properties":{"isEnabled":{"type":["boolean","null"]}}},"accessPackage":{"type":["object","null"]}}};

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate137.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate137.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate137.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema40.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowedTargetScope !== undefined){
let data2 = data.allowedTargetScope;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate137.errors = [{instancePath:instancePath+"/allowedTargetScope",schemaPath:"#/properties/allowedTargetScope/type",keyword:"type",params:{type: schema40.properties.allowedTargetScope.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.specificAllowedTargets !== undefined){
let data3 = data.specificAllowedTargets;
const _errs7 = errors;
if((!(Array.isArray(data3))) && (data3 !== null)){
validate137.errors = [{instancePath:instancePath+"/specificAllowedTargets",schemaPath:"#/properties/specificAllowedTargets/type",keyword:"type",params:{type: schema40.properties.specificAllowedTargets.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.automaticRequestSettings !== undefined){
let data4 = data.automaticRequestSettings;
const _errs9 = errors;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
validate137.errors = [{instancePath:instancePath+"/automaticRequestSettings",schemaPath:"#/properties/automaticRequestSettings/type",keyword:"type",params:{type: schema40.properties.automaticRequestSettings.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiration !== undefined){
let data5 = data.expiration;
const _errs11 = errors;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
validate137.errors = [{instancePath:instancePath+"/expiration",schemaPath:"#/properties/expiration/type",keyword:"type",params:{type: schema40.properties.expiration.type},message:"must be object,null"}];
return false;
}
if(errors === _errs11){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type !== undefined){
let data6 = data5.type;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate137.errors = [{instancePath:instancePath+"/expiration/type",schemaPath:"#/properties/expiration/properties/type/type",keyword:"type",params:{type: schema40.properties.expiration.properties.type.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data5.endDateTime !== undefined){
let data7 = data5.endDateTime;
const _errs15 = errors;
if((typeof data7 !== "string") && (data7 !== null)){
validate137.errors = [{instancePath:instancePath+"/expiration/endDateTime",schemaPath:"#/properties/expiration/properties/endDateTime/type",keyword:"type",params:{type: schema40.properties.expiration.properties.endDateTime.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data5.duration !== undefined){
let data8 = data5.duration;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate137.errors = [{instancePath:instancePath+"/expiration/duration",schemaPath:"#/properties/expiration/properties/duration/type",keyword:"type",params:{type: schema40.properties.expiration.properties.duration.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestorSettings !== undefined){
let data9 = data.requestorSettings;
const _errs19 = errors;
if((!(data9 && typeof data9 == "object" && !Array.isArray(data9))) && (data9 !== null)){
validate137.errors = [{instancePath:instancePath+"/requestorSettings",schemaPath:"#/properties/requestorSettings/type",keyword:"type",params:{type: schema40.properties.requestorSettings.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.requestApprovalSettings !== undefined){
let data10 = data.requestApprovalSettings;
const _errs21 = errors;
if((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)){
validate137.errors = [{instancePath:instancePath+"/requestApprovalSettings",schemaPath:"#/properties/requestApprovalSettings/type",keyword:"type",params:{type: schema40.properties.requestApprovalSettings.type},message:"must be object,null"}];
return false;
}
if(errors === _errs21){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.isApprovalRequiredForAdd !== undefined){
let data11 = data10.isApprovalRequiredForAdd;
const _errs23 = errors;
if((typeof data11 !== "boolean") && (data11 !== null)){
validate137.errors = [{instancePath:instancePath+"/requestApprovalSettings/isApprovalRequiredForAdd",schemaPath:"#/properties/requestApprovalSettings/properties/isApprovalRequiredForAdd/type",keyword:"type",params:{type: schema40.properties.requestApprovalSettings.properties.isApprovalRequiredForAdd.type},message:"must be boolean,null"}];
return false;
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data10.isApprovalRequiredForUpdate !== undefined){
let data12 = data10.isApprovalRequiredForUpdate;
const _errs25 = errors;
if((typeof data12 !== "boolean") && (data12 !== null)){
validate137.errors = [{instancePath:instancePath+"/requestApprovalSettings/isApprovalRequiredForUpdate",schemaPath:"#/properties/requestApprovalSettings/properties/isApprovalRequiredForUpdate/type",keyword:"type",params:{type: schema40.properties.requestApprovalSettings.properties.isApprovalRequiredForUpdate.type},message:"must be boolean,null"}];
return false;
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data10.stages !== undefined){
let data13 = data10.stages;
const _errs27 = errors;
if((!(Array.isArray(data13))) && (data13 !== null)){
validate137.errors = [{instancePath:instancePath+"/requestApprovalSettings/stages",schemaPath:"#/properties/requestApprovalSettings/properties/stages/type",keyword:"type",params:{type: schema40.properties.requestApprovalSettings.properties.stages.type},message:"must be array,null"}];
return false;
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.reviewSettings !== undefined){
let data14 = data.reviewSettings;
const _errs29 = errors;
if((!(data14 && typeof data14 == "object" && !Array.isArray(data14))) && (data14 !== null)){
validate137.errors = [{instancePath:instancePath+"/reviewSettings",schemaPath:"#/properties/reviewSettings/type",keyword:"type",params:{type: schema40.properties.reviewSettings.type},message:"must be object,null"}];
return false;
}
if(errors === _errs29){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.isEnabled !== undefined){
let data15 = data14.isEnabled;
if((typeof data15 !== "boolean") && (data15 !== null)){
validate137.errors = [{instancePath:instancePath+"/reviewSettings/isEnabled",schemaPath:"#/properties/reviewSettings/properties/isEnabled/type",keyword:"type",params:{type: schema40.properties.reviewSettings.properties.isEnabled.type},message:"must be boolean,null"}];
return false;
}
}
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessPackage !== undefined){
let data16 = data.accessPackage;
const _errs33 = errors;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
validate137.errors = [{instancePath:instancePath+"/accessPackage",schemaPath:"#/properties/accessPackage/type",keyword:"type",params:{type: schema40.properties.accessPackage.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate137.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate137.errors = vErrors;
return errors === 0;
}

const schema41 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"state":{"type":["string","null"]},"identitySources":{"type":["array","null"]}}};

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate139.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate139.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate139.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema41.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate139.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema41.properties.state.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identitySources !== undefined){
let data3 = data.identitySources;
const _errs7 = errors;
if((!(Array.isArray(data3))) && (data3 !== null)){
validate139.errors = [{instancePath:instancePath+"/identitySources",schemaPath:"#/properties/identitySources/type",keyword:"type",params:{type: schema41.properties.identitySources.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate139.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate139.errors = vErrors;
return errors === 0;
}

const schema42 = {"type":"object","properties":{"id":{"type":"string"},"externalUserLifecycleAction":{"type":["string","null"]},"durationUntilExternalUserDeletedAfterBlocked":{"type":["string","null"]}}};

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate141.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalUserLifecycleAction !== undefined){
let data1 = data.externalUserLifecycleAction;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate141.errors = [{instancePath:instancePath+"/externalUserLifecycleAction",schemaPath:"#/properties/externalUserLifecycleAction/type",keyword:"type",params:{type: schema42.properties.externalUserLifecycleAction.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationUntilExternalUserDeletedAfterBlocked !== undefined){
let data2 = data.durationUntilExternalUserDeletedAfterBlocked;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate141.errors = [{instancePath:instancePath+"/durationUntilExternalUserDeletedAfterBlocked",schemaPath:"#/properties/durationUntilExternalUserDeletedAfterBlocked/type",keyword:"type",params:{type: schema42.properties.durationUntilExternalUserDeletedAfterBlocked.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate141.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate141.errors = vErrors;
return errors === 0;
}

const schema43 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"state":{"type":["string","null"],"description":"enabled | disabled | enabledForReportingButNotEnforced"},"conditions":{"type":["object","null"],"properties":{"clientAppTypes":{"type":["array","null"],"items":{"type":"string"}},"applications":{"type":["object","null"],"properties":{"includeApplications":{"type":["array","null"],"items":{"type":"string"}},"excludeApplications":{"type":["array","null"],"items":{"type":"string"}}}},"users":{"type":["object","null"],"properties":{"includeUsers":{"type":["array","null"],"items":{"type":"string"}},"excludeUsers":{"type":["array","null"],"items":{"type":"string"}},"includeGroups":{"type":["array","null"],"items":{"type":"string"}},"excludeGroups":{"type":["array","null"],"items":{"type":"string"}},"includeRoles":{"type":["array","null"],"items":{"type":"string"}},"excludeRoles":{"type":["array","null"],"items":{"type":"string"}},"includeGuestsOrExternalUsers":{"anyOf":[{"$ref":"#/definitions/conditionalAccessGuestsOrExternalUsers"},{"type":"null"}]},"excludeGuestsOrExternalUsers":{"anyOf":[{"$ref":"#/definitions/conditionalAccessGuestsOrExternalUsers"},{"type":"null"}]}}},"signInRiskLevels":{"type":["array","null"],"items":{"type":"string"}},"userRiskLevels":{"type":["array","null"],"items":{"type":"string"}},"locations":{"type":["object","null"]},"platforms":{"type":["object","null"]}}},"grantControls":{"type":["object","null"],"properties":{"operator":{"type":["string","null"]},"builtInControls":{"type":["array","null"],"items":{"type":"string"}},"authenticationStrength":{"type":["object","null"]}}},"sessionControls":{"type":["object","null"]}}};
const schema44 = {"type":"object","properties":{"guestOrExternalUserTypes":{"type":["string","null"],"description":"Flags enum serialised as a comma-separated string."},"externalTenants":{"type":["object","null"],"properties":{"@odata.type":{"type":"string"},"membershipKind":{"type":["string","null"]},"members":{"type":["array","null"],"items":{"type":"string"}}}}}};

function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.guestOrExternalUserTypes !== undefined){
let data0 = data.guestOrExternalUserTypes;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate144.errors = [{instancePath:instancePath+"/guestOrExternalUserTypes",schemaPath:"#/properties/guestOrExternalUserTypes/type",keyword:"type",params:{type: schema44.properties.guestOrExternalUserTypes.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalTenants !== undefined){
let data1 = data.externalTenants;
const _errs3 = errors;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
validate144.errors = [{instancePath:instancePath+"/externalTenants",schemaPath:"#/properties/externalTenants/type",keyword:"type",params:{type: schema44.properties.externalTenants.type},message:"must be object,null"}];
return false;
}
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1["@odata.type"] !== undefined){
const _errs5 = errors;
if(typeof data1["@odata.type"] !== "string"){
validate144.errors = [{instancePath:instancePath+"/externalTenants/@odata.type",schemaPath:"#/properties/externalTenants/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.membershipKind !== undefined){
let data3 = data1.membershipKind;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate144.errors = [{instancePath:instancePath+"/externalTenants/membershipKind",schemaPath:"#/properties/externalTenants/properties/membershipKind/type",keyword:"type",params:{type: schema44.properties.externalTenants.properties.membershipKind.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data1.members !== undefined){
let data4 = data1.members;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate144.errors = [{instancePath:instancePath+"/externalTenants/members",schemaPath:"#/properties/externalTenants/properties/members/type",keyword:"type",params:{type: schema44.properties.externalTenants.properties.members.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate144.errors = [{instancePath:instancePath+"/externalTenants/members/" + i0,schemaPath:"#/properties/externalTenants/properties/members/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate144.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate144.errors = vErrors;
return errors === 0;
}


function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate143.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate143.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate143.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema43.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate143.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema43.properties.state.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conditions !== undefined){
let data3 = data.conditions;
const _errs7 = errors;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type: schema43.properties.conditions.type},message:"must be object,null"}];
return false;
}
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.clientAppTypes !== undefined){
let data4 = data3.clientAppTypes;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/clientAppTypes",schemaPath:"#/properties/conditions/properties/clientAppTypes/type",keyword:"type",params:{type: schema43.properties.conditions.properties.clientAppTypes.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid2 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/clientAppTypes/" + i0,schemaPath:"#/properties/conditions/properties/clientAppTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.applications !== undefined){
let data6 = data3.applications;
const _errs13 = errors;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/applications",schemaPath:"#/properties/conditions/properties/applications/type",keyword:"type",params:{type: schema43.properties.conditions.properties.applications.type},message:"must be object,null"}];
return false;
}
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.includeApplications !== undefined){
let data7 = data6.includeApplications;
const _errs15 = errors;
if((!(Array.isArray(data7))) && (data7 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/applications/includeApplications",schemaPath:"#/properties/conditions/properties/applications/properties/includeApplications/type",keyword:"type",params:{type: schema43.properties.conditions.properties.applications.properties.includeApplications.type},message:"must be array,null"}];
return false;
}
if(errors === _errs15){
if(Array.isArray(data7)){
var valid4 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs17 = errors;
if(typeof data7[i1] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/applications/includeApplications/" + i1,schemaPath:"#/properties/conditions/properties/applications/properties/includeApplications/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs17 === errors;
if(!valid4){
break;
}
}
}
}
var valid3 = _errs15 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data6.excludeApplications !== undefined){
let data9 = data6.excludeApplications;
const _errs19 = errors;
if((!(Array.isArray(data9))) && (data9 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/applications/excludeApplications",schemaPath:"#/properties/conditions/properties/applications/properties/excludeApplications/type",keyword:"type",params:{type: schema43.properties.conditions.properties.applications.properties.excludeApplications.type},message:"must be array,null"}];
return false;
}
if(errors === _errs19){
if(Array.isArray(data9)){
var valid5 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs21 = errors;
if(typeof data9[i2] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/applications/excludeApplications/" + i2,schemaPath:"#/properties/conditions/properties/applications/properties/excludeApplications/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
}
var valid3 = _errs19 === errors;
}
else {
var valid3 = true;
}
}
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.users !== undefined){
let data11 = data3.users;
const _errs23 = errors;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/users",schemaPath:"#/properties/conditions/properties/users/type",keyword:"type",params:{type: schema43.properties.conditions.properties.users.type},message:"must be object,null"}];
return false;
}
if(errors === _errs23){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.includeUsers !== undefined){
let data12 = data11.includeUsers;
const _errs25 = errors;
if((!(Array.isArray(data12))) && (data12 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/users/includeUsers",schemaPath:"#/properties/conditions/properties/users/properties/includeUsers/type",keyword:"type",params:{type: schema43.properties.conditions.properties.users.properties.includeUsers.type},message:"must be array,null"}];
return false;
}
if(errors === _errs25){
if(Array.isArray(data12)){
var valid7 = true;
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
const _errs27 = errors;
if(typeof data12[i3] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/users/includeUsers/" + i3,schemaPath:"#/properties/conditions/properties/users/properties/includeUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs27 === errors;
if(!valid7){
break;
}
}
}
}
var valid6 = _errs25 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.excludeUsers !== undefined){
let data14 = data11.excludeUsers;
const _errs29 = errors;
if((!(Array.isArray(data14))) && (data14 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/users/excludeUsers",schemaPath:"#/properties/conditions/properties/users/properties/excludeUsers/type",keyword:"type",params:{type: schema43.properties.conditions.properties.users.properties.excludeUsers.type},message:"must be array,null"}];
return false;
}
if(errors === _errs29){
if(Array.isArray(data14)){
var valid8 = true;
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
const _errs31 = errors;
if(typeof data14[i4] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/users/excludeUsers/" + i4,schemaPath:"#/properties/conditions/properties/users/properties/excludeUsers/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs31 === errors;
if(!valid8){
break;
}
}
}
}
var valid6 = _errs29 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.includeGroups !== undefined){
let data16 = data11.includeGroups;
const _errs33 = errors;
if((!(Array.isArray(data16))) && (data16 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/users/includeGroups",schemaPath:"#/properties/conditions/properties/users/properties/includeGroups/type",keyword:"type",params:{type: schema43.properties.conditions.properties.users.properties.includeGroups.type},message:"must be array,null"}];
return false;
}
if(errors === _errs33){
if(Array.isArray(data16)){
var valid9 = true;
const len5 = data16.length;
for(let i5=0; i5<len5; i5++){
const _errs35 = errors;
if(typeof data16[i5] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/users/includeGroups/" + i5,schemaPath:"#/properties/conditions/properties/users/properties/includeGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs35 === errors;
if(!valid9){
break;
}
}
}
}
var valid6 = _errs33 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.excludeGroups !== undefined){
let data18 = data11.excludeGroups;
const _errs37 = errors;
if((!(Array.isArray(data18))) && (data18 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/users/excludeGroups",schemaPath:"#/properties/conditions/properties/users/properties/excludeGroups/type",keyword:"type",params:{type: schema43.properties.conditions.properties.users.properties.excludeGroups.type},message:"must be array,null"}];
return false;
}
if(errors === _errs37){
if(Array.isArray(data18)){
var valid10 = true;
const len6 = data18.length;
for(let i6=0; i6<len6; i6++){
const _errs39 = errors;
if(typeof data18[i6] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/users/excludeGroups/" + i6,schemaPath:"#/properties/conditions/properties/users/properties/excludeGroups/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid10 = _errs39 === errors;
if(!valid10){
break;
}
}
}
}
var valid6 = _errs37 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.includeRoles !== undefined){
let data20 = data11.includeRoles;
const _errs41 = errors;
if((!(Array.isArray(data20))) && (data20 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/users/includeRoles",schemaPath:"#/properties/conditions/properties/users/properties/includeRoles/type",keyword:"type",params:{type: schema43.properties.conditions.properties.users.properties.includeRoles.type},message:"must be array,null"}];
return false;
}
if(errors === _errs41){
if(Array.isArray(data20)){
var valid11 = true;
const len7 = data20.length;
for(let i7=0; i7<len7; i7++){
const _errs43 = errors;
if(typeof data20[i7] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/users/includeRoles/" + i7,schemaPath:"#/properties/conditions/properties/users/properties/includeRoles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs43 === errors;
if(!valid11){
break;
}
}
}
}
var valid6 = _errs41 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.excludeRoles !== undefined){
let data22 = data11.excludeRoles;
const _errs45 = errors;
if((!(Array.isArray(data22))) && (data22 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/users/excludeRoles",schemaPath:"#/properties/conditions/properties/users/properties/excludeRoles/type",keyword:"type",params:{type: schema43.properties.conditions.properties.users.properties.excludeRoles.type},message:"must be array,null"}];
return false;
}
if(errors === _errs45){
if(Array.isArray(data22)){
var valid12 = true;
const len8 = data22.length;
for(let i8=0; i8<len8; i8++){
const _errs47 = errors;
if(typeof data22[i8] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/users/excludeRoles/" + i8,schemaPath:"#/properties/conditions/properties/users/properties/excludeRoles/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs47 === errors;
if(!valid12){
break;
}
}
}
}
var valid6 = _errs45 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.includeGuestsOrExternalUsers !== undefined){
let data24 = data11.includeGuestsOrExternalUsers;
const _errs49 = errors;
const _errs50 = errors;
let valid13 = false;
const _errs51 = errors;
if(!(validate144(data24, {instancePath:instancePath+"/conditions/users/includeGuestsOrExternalUsers",parentData:data11,parentDataProperty:"includeGuestsOrExternalUsers",rootData}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
var _valid0 = _errs51 === errors;
valid13 = valid13 || _valid0;
if(!valid13){
const _errs52 = errors;
if(data24 !== null){
const err0 = {instancePath:instancePath+"/conditions/users/includeGuestsOrExternalUsers",schemaPath:"#/properties/conditions/properties/users/properties/includeGuestsOrExternalUsers/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs52 === errors;
valid13 = valid13 || _valid0;
}
if(!valid13){
const err1 = {instancePath:instancePath+"/conditions/users/includeGuestsOrExternalUsers",schemaPath:"#/properties/conditions/properties/users/properties/includeGuestsOrExternalUsers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate143.errors = vErrors;
return false;
}
else {
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs49 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data11.excludeGuestsOrExternalUsers !== undefined){
let data25 = data11.excludeGuestsOrExternalUsers;
const _errs54 = errors;
const _errs55 = errors;
let valid14 = false;
const _errs56 = errors;
if(!(validate144(data25, {instancePath:instancePath+"/conditions/users/excludeGuestsOrExternalUsers",parentData:data11,parentDataProperty:"excludeGuestsOrExternalUsers",rootData}))){
vErrors = vErrors === null ? validate144.errors : vErrors.concat(validate144.errors);
errors = vErrors.length;
}
var _valid1 = _errs56 === errors;
valid14 = valid14 || _valid1;
if(!valid14){
const _errs57 = errors;
if(data25 !== null){
const err2 = {instancePath:instancePath+"/conditions/users/excludeGuestsOrExternalUsers",schemaPath:"#/properties/conditions/properties/users/properties/excludeGuestsOrExternalUsers/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs57 === errors;
valid14 = valid14 || _valid1;
}
if(!valid14){
const err3 = {instancePath:instancePath+"/conditions/users/excludeGuestsOrExternalUsers",schemaPath:"#/properties/conditions/properties/users/properties/excludeGuestsOrExternalUsers/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate143.errors = vErrors;
return false;
}
else {
errors = _errs55;
if(vErrors !== null){
if(_errs55){
vErrors.length = _errs55;
}
else {
vErrors = null;
}
}
}
var valid6 = _errs54 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
}
}
var valid1 = _errs23 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.signInRiskLevels !== undefined){
let data26 = data3.signInRiskLevels;
const _errs59 = errors;
if((!(Array.isArray(data26))) && (data26 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/signInRiskLevels",schemaPath:"#/properties/conditions/properties/signInRiskLevels/type",keyword:"type",params:{type: schema43.properties.conditions.properties.signInRiskLevels.type},message:"must be array,null"}];
return false;
}
if(errors === _errs59){
if(Array.isArray(data26)){
var valid15 = true;
const len9 = data26.length;
for(let i9=0; i9<len9; i9++){
const _errs61 = errors;
if(typeof data26[i9] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/signInRiskLevels/" + i9,schemaPath:"#/properties/conditions/properties/signInRiskLevels/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid15 = _errs61 === errors;
if(!valid15){
break;
}
}
}
}
var valid1 = _errs59 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.userRiskLevels !== undefined){
let data28 = data3.userRiskLevels;
const _errs63 = errors;
if((!(Array.isArray(data28))) && (data28 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/userRiskLevels",schemaPath:"#/properties/conditions/properties/userRiskLevels/type",keyword:"type",params:{type: schema43.properties.conditions.properties.userRiskLevels.type},message:"must be array,null"}];
return false;
}
if(errors === _errs63){
if(Array.isArray(data28)){
var valid16 = true;
const len10 = data28.length;
for(let i10=0; i10<len10; i10++){
const _errs65 = errors;
if(typeof data28[i10] !== "string"){
validate143.errors = [{instancePath:instancePath+"/conditions/userRiskLevels/" + i10,schemaPath:"#/properties/conditions/properties/userRiskLevels/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs65 === errors;
if(!valid16){
break;
}
}
}
}
var valid1 = _errs63 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.locations !== undefined){
let data30 = data3.locations;
const _errs67 = errors;
if((!(data30 && typeof data30 == "object" && !Array.isArray(data30))) && (data30 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/locations",schemaPath:"#/properties/conditions/properties/locations/type",keyword:"type",params:{type: schema43.properties.conditions.properties.locations.type},message:"must be object,null"}];
return false;
}
var valid1 = _errs67 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.platforms !== undefined){
let data31 = data3.platforms;
const _errs69 = errors;
if((!(data31 && typeof data31 == "object" && !Array.isArray(data31))) && (data31 !== null)){
validate143.errors = [{instancePath:instancePath+"/conditions/platforms",schemaPath:"#/properties/conditions/properties/platforms/type",keyword:"type",params:{type: schema43.properties.conditions.properties.platforms.type},message:"must be object,null"}];
return false;
}
var valid1 = _errs69 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.grantControls !== undefined){
let data32 = data.grantControls;
const _errs71 = errors;
if((!(data32 && typeof data32 == "object" && !Array.isArray(data32))) && (data32 !== null)){
validate143.errors = [{instancePath:instancePath+"/grantControls",schemaPath:"#/properties/grantControls/type",keyword:"type",params:{type: schema43.properties.grantControls.type},message:"must be object,null"}];
return false;
}
if(errors === _errs71){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.operator !== undefined){
let data33 = data32.operator;
const _errs73 = errors;
if((typeof data33 !== "string") && (data33 !== null)){
validate143.errors = [{instancePath:instancePath+"/grantControls/operator",schemaPath:"#/properties/grantControls/properties/operator/type",keyword:"type",params:{type: schema43.properties.grantControls.properties.operator.type},message:"must be string,null"}];
return false;
}
var valid17 = _errs73 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data32.builtInControls !== undefined){
let data34 = data32.builtInControls;
const _errs75 = errors;
if((!(Array.isArray(data34))) && (data34 !== null)){
validate143.errors = [{instancePath:instancePath+"/grantControls/builtInControls",schemaPath:"#/properties/grantControls/properties/builtInControls/type",keyword:"type",params:{type: schema43.properties.grantControls.properties.builtInControls.type},message:"must be array,null"}];
return false;
}
if(errors === _errs75){
if(Array.isArray(data34)){
var valid18 = true;
const len11 = data34.length;
for(let i11=0; i11<len11; i11++){
const _errs77 = errors;
if(typeof data34[i11] !== "string"){
validate143.errors = [{instancePath:instancePath+"/grantControls/builtInControls/" + i11,schemaPath:"#/properties/grantControls/properties/builtInControls/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid18 = _errs77 === errors;
if(!valid18){
break;
}
}
}
}
var valid17 = _errs75 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data32.authenticationStrength !== undefined){
let data36 = data32.authenticationStrength;
const _errs79 = errors;
if((!(data36 && typeof data36 == "object" && !Array.isArray(data36))) && (data36 !== null)){
validate143.errors = [{instancePath:instancePath+"/grantControls/authenticationStrength",schemaPath:"#/properties/grantControls/properties/authenticationStrength/type",keyword:"type",params:{type: schema43.properties.grantControls.properties.authenticationStrength.type},message:"must be object,null"}];
return false;
}
var valid17 = _errs79 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sessionControls !== undefined){
let data37 = data.sessionControls;
const _errs81 = errors;
if((!(data37 && typeof data37 == "object" && !Array.isArray(data37))) && (data37 !== null)){
validate143.errors = [{instancePath:instancePath+"/sessionControls",schemaPath:"#/properties/sessionControls/type",keyword:"type",params:{type: schema43.properties.sessionControls.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate143.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate143.errors = vErrors;
return errors === 0;
}

const schema45 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"templateId":{"type":["string","null"]},"values":{"type":["array","null"],"items":{"type":"object","properties":{"name":{"type":"string"},"value":{"type":["string","null"]}}}}}};

function validate148(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate148.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate148.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate148.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema45.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.templateId !== undefined){
let data2 = data.templateId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate148.errors = [{instancePath:instancePath+"/templateId",schemaPath:"#/properties/templateId/type",keyword:"type",params:{type: schema45.properties.templateId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.values !== undefined){
let data3 = data.values;
const _errs7 = errors;
if((!(Array.isArray(data3))) && (data3 !== null)){
validate148.errors = [{instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: schema45.properties.values.type},message:"must be array,null"}];
return false;
}
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.name !== undefined){
const _errs11 = errors;
if(typeof data4.name !== "string"){
validate148.errors = [{instancePath:instancePath+"/values/" + i0+"/name",schemaPath:"#/properties/values/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.value !== undefined){
let data6 = data4.value;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate148.errors = [{instancePath:instancePath+"/values/" + i0+"/value",schemaPath:"#/properties/values/items/properties/value/type",keyword:"type",params:{type: schema45.properties.values.items.properties.value.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
}
}
else {
validate148.errors = [{instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate148.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate148.errors = vErrors;
return errors === 0;
}

const schema46 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"templateId":{"type":["string","null"]},"isBuiltIn":{"type":["boolean","null"]},"isPrivileged":{"type":["boolean","null"]}}};

function validate150(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate150.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate150.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate150.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema46.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.templateId !== undefined){
let data2 = data.templateId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate150.errors = [{instancePath:instancePath+"/templateId",schemaPath:"#/properties/templateId/type",keyword:"type",params:{type: schema46.properties.templateId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isBuiltIn !== undefined){
let data3 = data.isBuiltIn;
const _errs7 = errors;
if((typeof data3 !== "boolean") && (data3 !== null)){
validate150.errors = [{instancePath:instancePath+"/isBuiltIn",schemaPath:"#/properties/isBuiltIn/type",keyword:"type",params:{type: schema46.properties.isBuiltIn.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isPrivileged !== undefined){
let data4 = data.isPrivileged;
const _errs9 = errors;
if((typeof data4 !== "boolean") && (data4 !== null)){
validate150.errors = [{instancePath:instancePath+"/isPrivileged",schemaPath:"#/properties/isPrivileged/type",keyword:"type",params:{type: schema46.properties.isPrivileged.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate150.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate150.errors = vErrors;
return errors === 0;
}

const schema47 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"principalId":{"type":["string","null"]},"roleDefinitionId":{"type":["string","null"]},"directoryScopeId":{"type":["string","null"]}}};

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate152.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate152.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.principalId !== undefined){
let data1 = data.principalId;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate152.errors = [{instancePath:instancePath+"/principalId",schemaPath:"#/properties/principalId/type",keyword:"type",params:{type: schema47.properties.principalId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roleDefinitionId !== undefined){
let data2 = data.roleDefinitionId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate152.errors = [{instancePath:instancePath+"/roleDefinitionId",schemaPath:"#/properties/roleDefinitionId/type",keyword:"type",params:{type: schema47.properties.roleDefinitionId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directoryScopeId !== undefined){
let data3 = data.directoryScopeId;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate152.errors = [{instancePath:instancePath+"/directoryScopeId",schemaPath:"#/properties/directoryScopeId/type",keyword:"type",params:{type: schema47.properties.directoryScopeId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate152.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate152.errors = vErrors;
return errors === 0;
}

const schema48 = {"type":"object","description":"An application or service principal with its owners (`$expand=owners`).","x-graph-type-from":"objectType","required":["id","objectType"],"properties":{"id":{"type":"string"},"objectType":{"type":"string","enum":["application","servicePrincipal"],"description":"Not a Graph property: which collection the entry came from, and so its Graph type (microsoft.graph.application or microsoft.graph.servicePrincipal).","x-gatehouse":"which collection (/applications or /servicePrincipals) the entry was read from"},"appId":{"type":["string","null"]},"displayName":{"type":["string","null"]},"owners":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}}}};

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.objectType === undefined) && (missing0 = "objectType"))){
validate155.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate155.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.objectType !== undefined){
let data1 = data.objectType;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate155.errors = [{instancePath:instancePath+"/objectType",schemaPath:"#/properties/objectType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "application") || (data1 === "servicePrincipal"))){
validate155.errors = [{instancePath:instancePath+"/objectType",schemaPath:"#/properties/objectType/enum",keyword:"enum",params:{allowedValues: schema48.properties.objectType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.appId !== undefined){
let data2 = data.appId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate155.errors = [{instancePath:instancePath+"/appId",schemaPath:"#/properties/appId/type",keyword:"type",params:{type: schema48.properties.appId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data3 = data.displayName;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate155.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema48.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owners !== undefined){
let data4 = data.owners;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate155.errors = [{instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: schema48.properties.owners.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(!(validate110(data4[i0], {instancePath:instancePath+"/owners/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate155.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate155.errors = vErrors;
return errors === 0;
}

const schema49 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"groupTypes":{"type":["array","null"],"items":{"type":"string"}},"membershipRule":{"type":["string","null"]},"membershipRuleProcessingState":{"type":["string","null"]}}};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate158.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate158.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate158.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema49.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupTypes !== undefined){
let data2 = data.groupTypes;
const _errs5 = errors;
if((!(Array.isArray(data2))) && (data2 !== null)){
validate158.errors = [{instancePath:instancePath+"/groupTypes",schemaPath:"#/properties/groupTypes/type",keyword:"type",params:{type: schema49.properties.groupTypes.type},message:"must be array,null"}];
return false;
}
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(typeof data2[i0] !== "string"){
validate158.errors = [{instancePath:instancePath+"/groupTypes/" + i0,schemaPath:"#/properties/groupTypes/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.membershipRule !== undefined){
let data4 = data.membershipRule;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate158.errors = [{instancePath:instancePath+"/membershipRule",schemaPath:"#/properties/membershipRule/type",keyword:"type",params:{type: schema49.properties.membershipRule.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.membershipRuleProcessingState !== undefined){
let data5 = data.membershipRuleProcessingState;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate158.errors = [{instancePath:instancePath+"/membershipRuleProcessingState",schemaPath:"#/properties/membershipRuleProcessingState/type",keyword:"type",params:{type: schema49.properties.membershipRuleProcessingState.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate158.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate158.errors = vErrors;
return errors === 0;
}

const schema50 = {"type":"object","properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"sharingCapability":{"type":["string","null"],"description":"disabled | externalUserSharingOnly | externalUserAndGuestSharing | existingExternalUserSharingOnly | unknownFutureValue"},"sharingDomainRestrictionMode":{"type":["string","null"],"description":"none | allowList | blockList | unknownFutureValue"},"sharingAllowedDomainList":{"type":["array","null"],"items":{"type":"string"}},"sharingBlockedDomainList":{"type":["array","null"],"items":{"type":"string"}},"isResharingByExternalUsersEnabled":{"type":["boolean","null"]},"isRequireAcceptingUserToMatchInvitedUserEnabled":{"type":["boolean","null"]}}};

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate160.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate160.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingCapability !== undefined){
let data2 = data.sharingCapability;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate160.errors = [{instancePath:instancePath+"/sharingCapability",schemaPath:"#/properties/sharingCapability/type",keyword:"type",params:{type: schema50.properties.sharingCapability.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingDomainRestrictionMode !== undefined){
let data3 = data.sharingDomainRestrictionMode;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate160.errors = [{instancePath:instancePath+"/sharingDomainRestrictionMode",schemaPath:"#/properties/sharingDomainRestrictionMode/type",keyword:"type",params:{type: schema50.properties.sharingDomainRestrictionMode.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingAllowedDomainList !== undefined){
let data4 = data.sharingAllowedDomainList;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate160.errors = [{instancePath:instancePath+"/sharingAllowedDomainList",schemaPath:"#/properties/sharingAllowedDomainList/type",keyword:"type",params:{type: schema50.properties.sharingAllowedDomainList.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate160.errors = [{instancePath:instancePath+"/sharingAllowedDomainList/" + i0,schemaPath:"#/properties/sharingAllowedDomainList/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingBlockedDomainList !== undefined){
let data6 = data.sharingBlockedDomainList;
const _errs13 = errors;
if((!(Array.isArray(data6))) && (data6 !== null)){
validate160.errors = [{instancePath:instancePath+"/sharingBlockedDomainList",schemaPath:"#/properties/sharingBlockedDomainList/type",keyword:"type",params:{type: schema50.properties.sharingBlockedDomainList.type},message:"must be array,null"}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data6)){
var valid2 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs15 = errors;
if(typeof data6[i1] !== "string"){
validate160.errors = [{instancePath:instancePath+"/sharingBlockedDomainList/" + i1,schemaPath:"#/properties/sharingBlockedDomainList/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isResharingByExternalUsersEnabled !== undefined){
let data8 = data.isResharingByExternalUsersEnabled;
const _errs17 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate160.errors = [{instancePath:instancePath+"/isResharingByExternalUsersEnabled",schemaPath:"#/properties/isResharingByExternalUsersEnabled/type",keyword:"type",params:{type: schema50.properties.isResharingByExternalUsersEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isRequireAcceptingUserToMatchInvitedUserEnabled !== undefined){
let data9 = data.isRequireAcceptingUserToMatchInvitedUserEnabled;
const _errs19 = errors;
if((typeof data9 !== "boolean") && (data9 !== null)){
validate160.errors = [{instancePath:instancePath+"/isRequireAcceptingUserToMatchInvitedUserEnabled",schemaPath:"#/properties/isRequireAcceptingUserToMatchInvitedUserEnabled/type",keyword:"type",params:{type: schema50.properties.isRequireAcceptingUserToMatchInvitedUserEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate160.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate160.errors = vErrors;
return errors === 0;
}

const schema51 = {"type":"object","description":"A group that can hold directory roles (`isAssignableToRole`), with its members and owners as read from its relationships.","required":["id"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]},"isAssignableToRole":{"type":["boolean","null"]},"members":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}},"owners":{"type":["array","null"],"items":{"$ref":"#/definitions/directoryObjectRef"}}}};

function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate162.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate162.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate162.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema51.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isAssignableToRole !== undefined){
let data2 = data.isAssignableToRole;
const _errs5 = errors;
if((typeof data2 !== "boolean") && (data2 !== null)){
validate162.errors = [{instancePath:instancePath+"/isAssignableToRole",schemaPath:"#/properties/isAssignableToRole/type",keyword:"type",params:{type: schema51.properties.isAssignableToRole.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.members !== undefined){
let data3 = data.members;
const _errs7 = errors;
if((!(Array.isArray(data3))) && (data3 !== null)){
validate162.errors = [{instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: schema51.properties.members.type},message:"must be array,null"}];
return false;
}
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs9 = errors;
if(!(validate110(data3[i0], {instancePath:instancePath+"/members/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.owners !== undefined){
let data5 = data.owners;
const _errs10 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate162.errors = [{instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: schema51.properties.owners.type},message:"must be array,null"}];
return false;
}
if(errors === _errs10){
if(Array.isArray(data5)){
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs12 = errors;
if(!(validate110(data5[i1], {instancePath:instancePath+"/owners/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate162.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate162.errors = vErrors;
return errors === 0;
}

const schema52 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"groupId":{"type":["string","null"]},"principalId":{"type":["string","null"]},"accessId":{"type":["string","null"],"description":"member | owner | unknownFutureValue"},"memberType":{"type":["string","null"]},"startDateTime":{"type":["string","null"]},"endDateTime":{"type":["string","null"]}}};

function validate166(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate166.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate166.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupId !== undefined){
let data1 = data.groupId;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate166.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/properties/groupId/type",keyword:"type",params:{type: schema52.properties.groupId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.principalId !== undefined){
let data2 = data.principalId;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate166.errors = [{instancePath:instancePath+"/principalId",schemaPath:"#/properties/principalId/type",keyword:"type",params:{type: schema52.properties.principalId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessId !== undefined){
let data3 = data.accessId;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate166.errors = [{instancePath:instancePath+"/accessId",schemaPath:"#/properties/accessId/type",keyword:"type",params:{type: schema52.properties.accessId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.memberType !== undefined){
let data4 = data.memberType;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate166.errors = [{instancePath:instancePath+"/memberType",schemaPath:"#/properties/memberType/type",keyword:"type",params:{type: schema52.properties.memberType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startDateTime !== undefined){
let data5 = data.startDateTime;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate166.errors = [{instancePath:instancePath+"/startDateTime",schemaPath:"#/properties/startDateTime/type",keyword:"type",params:{type: schema52.properties.startDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endDateTime !== undefined){
let data6 = data.endDateTime;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate166.errors = [{instancePath:instancePath+"/endDateTime",schemaPath:"#/properties/endDateTime/type",keyword:"type",params:{type: schema52.properties.endDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate166.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate166.errors = vErrors;
return errors === 0;
}

const schema53 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"riskLevel":{"type":["string","null"],"description":"low | medium | high | hidden | none | unknownFutureValue"},"riskState":{"type":["string","null"],"description":"none | confirmedSafe | remediated | dismissed | atRisk | confirmedCompromised | unknownFutureValue"},"riskDetail":{"type":["string","null"]},"riskLastUpdatedDateTime":{"type":["string","null"]},"isDeleted":{"type":["boolean","null"]},"isProcessing":{"type":["boolean","null"]}}};

function validate168(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate168.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate168.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.riskLevel !== undefined){
let data1 = data.riskLevel;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate168.errors = [{instancePath:instancePath+"/riskLevel",schemaPath:"#/properties/riskLevel/type",keyword:"type",params:{type: schema53.properties.riskLevel.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.riskState !== undefined){
let data2 = data.riskState;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate168.errors = [{instancePath:instancePath+"/riskState",schemaPath:"#/properties/riskState/type",keyword:"type",params:{type: schema53.properties.riskState.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.riskDetail !== undefined){
let data3 = data.riskDetail;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate168.errors = [{instancePath:instancePath+"/riskDetail",schemaPath:"#/properties/riskDetail/type",keyword:"type",params:{type: schema53.properties.riskDetail.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.riskLastUpdatedDateTime !== undefined){
let data4 = data.riskLastUpdatedDateTime;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate168.errors = [{instancePath:instancePath+"/riskLastUpdatedDateTime",schemaPath:"#/properties/riskLastUpdatedDateTime/type",keyword:"type",params:{type: schema53.properties.riskLastUpdatedDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isDeleted !== undefined){
let data5 = data.isDeleted;
const _errs11 = errors;
if((typeof data5 !== "boolean") && (data5 !== null)){
validate168.errors = [{instancePath:instancePath+"/isDeleted",schemaPath:"#/properties/isDeleted/type",keyword:"type",params:{type: schema53.properties.isDeleted.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isProcessing !== undefined){
let data6 = data.isProcessing;
const _errs13 = errors;
if((typeof data6 !== "boolean") && (data6 !== null)){
validate168.errors = [{instancePath:instancePath+"/isProcessing",schemaPath:"#/properties/isProcessing/type",keyword:"type",params:{type: schema53.properties.isProcessing.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate168.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate168.errors = vErrors;
return errors === 0;
}

const schema54 = {"type":"object","properties":{"@odata.type":{"type":"string"},"id":{"type":"string"},"networkPacketTaggingStatus":{"type":["string","null"],"description":"enabled | disabled | unknownFutureValue"}}};

function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate170.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate170.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.networkPacketTaggingStatus !== undefined){
let data2 = data.networkPacketTaggingStatus;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate170.errors = [{instancePath:instancePath+"/networkPacketTaggingStatus",schemaPath:"#/properties/networkPacketTaggingStatus/type",keyword:"type",params:{type: schema54.properties.networkPacketTaggingStatus.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate170.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate170.errors = vErrors;
return errors === 0;
}

const schema55 = {"type":"object","required":["id"],"properties":{"id":{"type":"string"},"state":{"type":["string","null"]},"expiredDateTime":{"type":["string","null"]},"target":{"type":["object","null"],"properties":{"objectId":{"type":["string","null"]},"subjectType":{"type":["string","null"]}}},"accessPackage":{"type":["object","null"],"properties":{"id":{"type":"string"},"displayName":{"type":["string","null"]}}}}};

function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate172.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate172.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data1 = data.state;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate172.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema55.properties.state.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expiredDateTime !== undefined){
let data2 = data.expiredDateTime;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate172.errors = [{instancePath:instancePath+"/expiredDateTime",schemaPath:"#/properties/expiredDateTime/type",keyword:"type",params:{type: schema55.properties.expiredDateTime.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.target !== undefined){
let data3 = data.target;
const _errs7 = errors;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
validate172.errors = [{instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: schema55.properties.target.type},message:"must be object,null"}];
return false;
}
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.objectId !== undefined){
let data4 = data3.objectId;
const _errs9 = errors;
if((typeof data4 !== "string") && (data4 !== null)){
validate172.errors = [{instancePath:instancePath+"/target/objectId",schemaPath:"#/properties/target/properties/objectId/type",keyword:"type",params:{type: schema55.properties.target.properties.objectId.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data3.subjectType !== undefined){
let data5 = data3.subjectType;
const _errs11 = errors;
if((typeof data5 !== "string") && (data5 !== null)){
validate172.errors = [{instancePath:instancePath+"/target/subjectType",schemaPath:"#/properties/target/properties/subjectType/type",keyword:"type",params:{type: schema55.properties.target.properties.subjectType.type},message:"must be string,null"}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessPackage !== undefined){
let data6 = data.accessPackage;
const _errs13 = errors;
if((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)){
validate172.errors = [{instancePath:instancePath+"/accessPackage",schemaPath:"#/properties/accessPackage/type",keyword:"type",params:{type: schema55.properties.accessPackage.type},message:"must be object,null"}];
return false;
}
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.id !== undefined){
const _errs15 = errors;
if(typeof data6.id !== "string"){
validate172.errors = [{instancePath:instancePath+"/accessPackage/id",schemaPath:"#/properties/accessPackage/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.displayName !== undefined){
let data8 = data6.displayName;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate172.errors = [{instancePath:instancePath+"/accessPackage/displayName",schemaPath:"#/properties/accessPackage/properties/displayName/type",keyword:"type",params:{type: schema55.properties.accessPackage.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate172.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate172.errors = vErrors;
return errors === 0;
}


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema10.properties, key0))){
validate63.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.organization !== undefined){
const _errs2 = errors;
if(!(validate64(data.organization, {instancePath:instancePath+"/organization",parentData:data,parentDataProperty:"organization",rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorizationPolicy !== undefined){
const _errs3 = errors;
if(!(validate66(data.authorizationPolicy, {instancePath:instancePath+"/authorizationPolicy",parentData:data,parentDataProperty:"authorizationPolicy",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crossTenantAccessPolicy !== undefined){
const _errs4 = errors;
if(!(validate68(data.crossTenantAccessPolicy, {instancePath:instancePath+"/crossTenantAccessPolicy",parentData:data,parentDataProperty:"crossTenantAccessPolicy",rootData}))){
vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crossTenantAccessDefault !== undefined){
const _errs5 = errors;
if(!(validate70(data.crossTenantAccessDefault, {instancePath:instancePath+"/crossTenantAccessDefault",parentData:data,parentDataProperty:"crossTenantAccessDefault",rootData}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.crossTenantAccessPartners !== undefined){
let data4 = data.crossTenantAccessPartners;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(!(validate90(data4[i0], {instancePath:instancePath+"/crossTenantAccessPartners/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/crossTenantAccessPartners",schemaPath:"#/properties/crossTenantAccessPartners/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bManagementPolicies !== undefined){
let data6 = data.b2bManagementPolicies;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data6)){
var valid2 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(!(validate101(data6[i1], {instancePath:instancePath+"/b2bManagementPolicies/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/b2bManagementPolicies",schemaPath:"#/properties/b2bManagementPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalIdentitiesPolicy !== undefined){
const _errs12 = errors;
if(!(validate103(data.externalIdentitiesPolicy, {instancePath:instancePath+"/externalIdentitiesPolicy",parentData:data,parentDataProperty:"externalIdentitiesPolicy",rootData}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guests !== undefined){
let data9 = data.guests;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data9)){
var valid3 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs15 = errors;
if(!(validate105(data9[i2], {instancePath:instancePath+"/guests/" + i2,parentData:data9,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
var valid3 = _errs15 === errors;
if(!valid3){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/guests",schemaPath:"#/properties/guests/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.federationConfigurations !== undefined){
let data11 = data.federationConfigurations;
const _errs16 = errors;
if(errors === _errs16){
if(Array.isArray(data11)){
var valid4 = true;
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
const _errs18 = errors;
if(!(validate113(data11[i3], {instancePath:instancePath+"/federationConfigurations/" + i3,parentData:data11,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
var valid4 = _errs18 === errors;
if(!valid4){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/federationConfigurations",schemaPath:"#/properties/federationConfigurations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.federationDomainLookups !== undefined){
let data13 = data.federationDomainLookups;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data13)){
var valid5 = true;
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
const _errs21 = errors;
if(!(validate115(data13[i4], {instancePath:instancePath+"/federationDomainLookups/" + i4,parentData:data13,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
var valid5 = _errs21 === errors;
if(!valid5){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/federationDomainLookups",schemaPath:"#/properties/federationDomainLookups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identityProviders !== undefined){
let data15 = data.identityProviders;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data15)){
var valid6 = true;
const len5 = data15.length;
for(let i5=0; i5<len5; i5++){
const _errs24 = errors;
if(!(validate119(data15[i5], {instancePath:instancePath+"/identityProviders/" + i5,parentData:data15,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
var valid6 = _errs24 === errors;
if(!valid6){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/identityProviders",schemaPath:"#/properties/identityProviders/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.apiConnectors !== undefined){
let data17 = data.apiConnectors;
const _errs25 = errors;
if(errors === _errs25){
if(Array.isArray(data17)){
var valid7 = true;
const len6 = data17.length;
for(let i6=0; i6<len6; i6++){
const _errs27 = errors;
if(!(validate121(data17[i6], {instancePath:instancePath+"/apiConnectors/" + i6,parentData:data17,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
var valid7 = _errs27 === errors;
if(!valid7){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/apiConnectors",schemaPath:"#/properties/apiConnectors/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2xUserFlows !== undefined){
let data19 = data.b2xUserFlows;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data19)){
var valid8 = true;
const len7 = data19.length;
for(let i7=0; i7<len7; i7++){
const _errs30 = errors;
if(!(validate123(data19[i7], {instancePath:instancePath+"/b2xUserFlows/" + i7,parentData:data19,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
var valid8 = _errs30 === errors;
if(!valid8){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/b2xUserFlows",schemaPath:"#/properties/b2xUserFlows/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.customAuthenticationExtensions !== undefined){
let data21 = data.customAuthenticationExtensions;
const _errs31 = errors;
if(errors === _errs31){
if(Array.isArray(data21)){
var valid9 = true;
const len8 = data21.length;
for(let i8=0; i8<len8; i8++){
const _errs33 = errors;
if(!(validate127(data21[i8], {instancePath:instancePath+"/customAuthenticationExtensions/" + i8,parentData:data21,parentDataProperty:i8,rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
var valid9 = _errs33 === errors;
if(!valid9){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/customAuthenticationExtensions",schemaPath:"#/properties/customAuthenticationExtensions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs31 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authenticationEventListeners !== undefined){
let data23 = data.authenticationEventListeners;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data23)){
var valid10 = true;
const len9 = data23.length;
for(let i9=0; i9<len9; i9++){
const _errs36 = errors;
if(!(validate129(data23[i9], {instancePath:instancePath+"/authenticationEventListeners/" + i9,parentData:data23,parentDataProperty:i9,rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
var valid10 = _errs36 === errors;
if(!valid10){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/authenticationEventListeners",schemaPath:"#/properties/authenticationEventListeners/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authenticationFlowsPolicy !== undefined){
const _errs37 = errors;
if(!(validate131(data.authenticationFlowsPolicy, {instancePath:instancePath+"/authenticationFlowsPolicy",parentData:data,parentDataProperty:"authenticationFlowsPolicy",rootData}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
var valid0 = _errs37 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.emailOtpConfiguration !== undefined){
const _errs38 = errors;
if(!(validate133(data.emailOtpConfiguration, {instancePath:instancePath+"/emailOtpConfiguration",parentData:data,parentDataProperty:"emailOtpConfiguration",rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessReviewDefinitions !== undefined){
let data27 = data.accessReviewDefinitions;
const _errs39 = errors;
if(errors === _errs39){
if(Array.isArray(data27)){
var valid11 = true;
const len10 = data27.length;
for(let i10=0; i10<len10; i10++){
const _errs41 = errors;
if(!(validate135(data27[i10], {instancePath:instancePath+"/accessReviewDefinitions/" + i10,parentData:data27,parentDataProperty:i10,rootData}))){
vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
errors = vErrors.length;
}
var valid11 = _errs41 === errors;
if(!valid11){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/accessReviewDefinitions",schemaPath:"#/properties/accessReviewDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs39 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entitlementAssignmentPolicies !== undefined){
let data29 = data.entitlementAssignmentPolicies;
const _errs42 = errors;
if(errors === _errs42){
if(Array.isArray(data29)){
var valid12 = true;
const len11 = data29.length;
for(let i11=0; i11<len11; i11++){
const _errs44 = errors;
if(!(validate137(data29[i11], {instancePath:instancePath+"/entitlementAssignmentPolicies/" + i11,parentData:data29,parentDataProperty:i11,rootData}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
var valid12 = _errs44 === errors;
if(!valid12){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/entitlementAssignmentPolicies",schemaPath:"#/properties/entitlementAssignmentPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.connectedOrganizations !== undefined){
let data31 = data.connectedOrganizations;
const _errs45 = errors;
if(errors === _errs45){
if(Array.isArray(data31)){
var valid13 = true;
const len12 = data31.length;
for(let i12=0; i12<len12; i12++){
const _errs47 = errors;
if(!(validate139(data31[i12], {instancePath:instancePath+"/connectedOrganizations/" + i12,parentData:data31,parentDataProperty:i12,rootData}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
var valid13 = _errs47 === errors;
if(!valid13){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/connectedOrganizations",schemaPath:"#/properties/connectedOrganizations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs45 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.entitlementManagementSettings !== undefined){
const _errs48 = errors;
if(!(validate141(data.entitlementManagementSettings, {instancePath:instancePath+"/entitlementManagementSettings",parentData:data,parentDataProperty:"entitlementManagementSettings",rootData}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.conditionalAccessPolicies !== undefined){
let data34 = data.conditionalAccessPolicies;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data34)){
var valid14 = true;
const len13 = data34.length;
for(let i13=0; i13<len13; i13++){
const _errs51 = errors;
if(!(validate143(data34[i13], {instancePath:instancePath+"/conditionalAccessPolicies/" + i13,parentData:data34,parentDataProperty:i13,rootData}))){
vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
errors = vErrors.length;
}
var valid14 = _errs51 === errors;
if(!valid14){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/conditionalAccessPolicies",schemaPath:"#/properties/conditionalAccessPolicies/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs49 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupSettings !== undefined){
let data36 = data.groupSettings;
const _errs52 = errors;
if(errors === _errs52){
if(Array.isArray(data36)){
var valid15 = true;
const len14 = data36.length;
for(let i14=0; i14<len14; i14++){
const _errs54 = errors;
if(!(validate148(data36[i14], {instancePath:instancePath+"/groupSettings/" + i14,parentData:data36,parentDataProperty:i14,rootData}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
var valid15 = _errs54 === errors;
if(!valid15){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/groupSettings",schemaPath:"#/properties/groupSettings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs52 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directoryRoleDefinitions !== undefined){
let data38 = data.directoryRoleDefinitions;
const _errs55 = errors;
if(errors === _errs55){
if(Array.isArray(data38)){
var valid16 = true;
const len15 = data38.length;
for(let i15=0; i15<len15; i15++){
const _errs57 = errors;
if(!(validate150(data38[i15], {instancePath:instancePath+"/directoryRoleDefinitions/" + i15,parentData:data38,parentDataProperty:i15,rootData}))){
vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);
errors = vErrors.length;
}
var valid16 = _errs57 === errors;
if(!valid16){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/directoryRoleDefinitions",schemaPath:"#/properties/directoryRoleDefinitions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs55 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directoryRoleAssignments !== undefined){
let data40 = data.directoryRoleAssignments;
const _errs58 = errors;
if(errors === _errs58){
if(Array.isArray(data40)){
var valid17 = true;
const len16 = data40.length;
for(let i16=0; i16<len16; i16++){
const _errs60 = errors;
if(!(validate152(data40[i16], {instancePath:instancePath+"/directoryRoleAssignments/" + i16,parentData:data40,parentDataProperty:i16,rootData}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
var valid17 = _errs60 === errors;
if(!valid17){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/directoryRoleAssignments",schemaPath:"#/properties/directoryRoleAssignments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs58 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.directoryRoleEligibilities !== undefined){
let data42 = data.directoryRoleEligibilities;
const _errs61 = errors;
if(errors === _errs61){
if(Array.isArray(data42)){
var valid18 = true;
const len17 = data42.length;
for(let i17=0; i17<len17; i17++){
const _errs63 = errors;
if(!(validate152(data42[i17], {instancePath:instancePath+"/directoryRoleEligibilities/" + i17,parentData:data42,parentDataProperty:i17,rootData}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
var valid18 = _errs63 === errors;
if(!valid18){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/directoryRoleEligibilities",schemaPath:"#/properties/directoryRoleEligibilities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs61 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.appOwnership !== undefined){
let data44 = data.appOwnership;
const _errs64 = errors;
if(errors === _errs64){
if(Array.isArray(data44)){
var valid19 = true;
const len18 = data44.length;
for(let i18=0; i18<len18; i18++){
const _errs66 = errors;
if(!(validate155(data44[i18], {instancePath:instancePath+"/appOwnership/" + i18,parentData:data44,parentDataProperty:i18,rootData}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
var valid19 = _errs66 === errors;
if(!valid19){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/appOwnership",schemaPath:"#/properties/appOwnership/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs64 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dynamicGroups !== undefined){
let data46 = data.dynamicGroups;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data46)){
var valid20 = true;
const len19 = data46.length;
for(let i19=0; i19<len19; i19++){
const _errs69 = errors;
if(!(validate158(data46[i19], {instancePath:instancePath+"/dynamicGroups/" + i19,parentData:data46,parentDataProperty:i19,rootData}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
errors = vErrors.length;
}
var valid20 = _errs69 === errors;
if(!valid20){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/dynamicGroups",schemaPath:"#/properties/dynamicGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharepointSettings !== undefined){
const _errs70 = errors;
if(!(validate160(data.sharepointSettings, {instancePath:instancePath+"/sharepointSettings",parentData:data,parentDataProperty:"sharepointSettings",rootData}))){
vErrors = vErrors === null ? validate160.errors : vErrors.concat(validate160.errors);
errors = vErrors.length;
}
var valid0 = _errs70 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.roleAssignableGroups !== undefined){
let data49 = data.roleAssignableGroups;
const _errs71 = errors;
if(errors === _errs71){
if(Array.isArray(data49)){
var valid21 = true;
const len20 = data49.length;
for(let i20=0; i20<len20; i20++){
const _errs73 = errors;
if(!(validate162(data49[i20], {instancePath:instancePath+"/roleAssignableGroups/" + i20,parentData:data49,parentDataProperty:i20,rootData}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
var valid21 = _errs73 === errors;
if(!valid21){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/roleAssignableGroups",schemaPath:"#/properties/roleAssignableGroups/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs71 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groupEligibilities !== undefined){
let data51 = data.groupEligibilities;
const _errs74 = errors;
if(errors === _errs74){
if(Array.isArray(data51)){
var valid22 = true;
const len21 = data51.length;
for(let i21=0; i21<len21; i21++){
const _errs76 = errors;
if(!(validate166(data51[i21], {instancePath:instancePath+"/groupEligibilities/" + i21,parentData:data51,parentDataProperty:i21,rootData}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
var valid22 = _errs76 === errors;
if(!valid22){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/groupEligibilities",schemaPath:"#/properties/groupEligibilities/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs74 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.riskyUsers !== undefined){
let data53 = data.riskyUsers;
const _errs77 = errors;
if(errors === _errs77){
if(Array.isArray(data53)){
var valid23 = true;
const len22 = data53.length;
for(let i22=0; i22<len22; i22++){
const _errs79 = errors;
if(!(validate168(data53[i22], {instancePath:instancePath+"/riskyUsers/" + i22,parentData:data53,parentDataProperty:i22,rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
var valid23 = _errs79 === errors;
if(!valid23){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/riskyUsers",schemaPath:"#/properties/riskyUsers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs77 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.universalTenantRestrictions !== undefined){
const _errs80 = errors;
if(!(validate170(data.universalTenantRestrictions, {instancePath:instancePath+"/universalTenantRestrictions",parentData:data,parentDataProperty:"universalTenantRestrictions",rootData}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
var valid0 = _errs80 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessPackageAssignments !== undefined){
let data56 = data.accessPackageAssignments;
const _errs81 = errors;
if(errors === _errs81){
if(Array.isArray(data56)){
var valid24 = true;
const len23 = data56.length;
for(let i23=0; i23<len23; i23++){
const _errs83 = errors;
if(!(validate172(data56[i23], {instancePath:instancePath+"/accessPackageAssignments/" + i23,parentData:data56,parentDataProperty:i23,rootData}))){
vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
errors = vErrors.length;
}
var valid24 = _errs83 === errors;
if(!valid24){
break;
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/accessPackageAssignments",schemaPath:"#/properties/accessPackageAssignments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs81 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}

const formats0 = ajvFormats.fullFormats["date-time"];

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.dev/schemas/snapshot-1.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.schemaVersion === undefined) && (missing0 = "schemaVersion")) || ((data.tool === undefined) && (missing0 = "tool"))) || ((data.tenant === undefined) && (missing0 = "tenant"))) || ((data.collectedAt === undefined) && (missing0 = "collectedAt"))) || ((data.sections === undefined) && (missing0 = "sections"))) || ((data.data === undefined) && (missing0 = "data"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "schemaVersion")) || (key0 === "tool")) || (key0 === "tenant")) || (key0 === "collectedAt")) || (key0 === "graphBaseUrl")) || (key0 === "sections")) || (key0 === "data"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate21.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.schemaVersion !== undefined){
const _errs4 = errors;
if(1 !== data.schemaVersion){
validate21.errors = [{instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tool !== undefined){
let data2 = data.tool;
const _errs5 = errors;
if(errors === _errs5){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((data2.name === undefined) && (missing1 = "name")) || ((data2.version === undefined) && (missing1 = "version"))){
validate21.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs7 = errors;
for(const key1 in data2){
if(!((key1 === "name") || (key1 === "version"))){
validate21.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs7 === errors){
if(data2.name !== undefined){
const _errs8 = errors;
if(typeof data2.name !== "string"){
validate21.errors = [{instancePath:instancePath+"/tool/name",schemaPath:"#/properties/tool/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.version !== undefined){
const _errs10 = errors;
if(typeof data2.version !== "string"){
validate21.errors = [{instancePath:instancePath+"/tool/version",schemaPath:"#/properties/tool/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs10 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/tool",schemaPath:"#/properties/tool/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenant !== undefined){
const _errs12 = errors;
if(!(validate22(data.tenant, {instancePath:instancePath+"/tenant",parentData:data,parentDataProperty:"tenant",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.collectedAt !== undefined){
let data6 = data.collectedAt;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
validate21.errors = [{instancePath:instancePath+"/collectedAt",schemaPath:"#/properties/collectedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/collectedAt",schemaPath:"#/properties/collectedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.graphBaseUrl !== undefined){
const _errs15 = errors;
if(typeof data.graphBaseUrl !== "string"){
validate21.errors = [{instancePath:instancePath+"/graphBaseUrl",schemaPath:"#/properties/graphBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sections !== undefined){
const _errs17 = errors;
if(!(validate24(data.sections, {instancePath:instancePath+"/sections",parentData:data,parentDataProperty:"sections",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.data !== undefined){
const _errs18 = errors;
if(!(validate63(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

const organization = validate175 as unknown as Validator;

function validate175(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate175.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate175.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.displayName !== undefined){
let data1 = data.displayName;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate175.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema11.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantType !== undefined){
let data2 = data.tenantType;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate175.errors = [{instancePath:instancePath+"/tenantType",schemaPath:"#/properties/tenantType/type",keyword:"type",params:{type: schema11.properties.tenantType.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.verifiedDomains !== undefined){
let data3 = data.verifiedDomains;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data3)){
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
const _errs9 = errors;
if(errors === _errs9){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing1;
if((data4.name === undefined) && (missing1 = "name")){
validate175.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0,schemaPath:"#/properties/verifiedDomains/items/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
if(data4.name !== undefined){
const _errs11 = errors;
if(typeof data4.name !== "string"){
validate175.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/name",schemaPath:"#/properties/verifiedDomains/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.isDefault !== undefined){
let data6 = data4.isDefault;
const _errs13 = errors;
if((typeof data6 !== "boolean") && (data6 !== null)){
validate175.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/isDefault",schemaPath:"#/properties/verifiedDomains/items/properties/isDefault/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.isDefault.type},message:"must be boolean,null"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.isInitial !== undefined){
let data7 = data4.isInitial;
const _errs15 = errors;
if((typeof data7 !== "boolean") && (data7 !== null)){
validate175.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/isInitial",schemaPath:"#/properties/verifiedDomains/items/properties/isInitial/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.isInitial.type},message:"must be boolean,null"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.type !== undefined){
let data8 = data4.type;
const _errs17 = errors;
if((typeof data8 !== "string") && (data8 !== null)){
validate175.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/type",schemaPath:"#/properties/verifiedDomains/items/properties/type/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.type.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data4.capabilities !== undefined){
let data9 = data4.capabilities;
const _errs19 = errors;
if((typeof data9 !== "string") && (data9 !== null)){
validate175.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0+"/capabilities",schemaPath:"#/properties/verifiedDomains/items/properties/capabilities/type",keyword:"type",params:{type: schema11.properties.verifiedDomains.items.properties.capabilities.type},message:"must be string,null"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate175.errors = [{instancePath:instancePath+"/verifiedDomains/" + i0,schemaPath:"#/properties/verifiedDomains/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs9 === errors;
if(!valid1){
break;
}
}
}
else {
validate175.errors = [{instancePath:instancePath+"/verifiedDomains",schemaPath:"#/properties/verifiedDomains/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate175.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate175.errors = vErrors;
return errors === 0;
}

const authorizationPolicy = validate176 as unknown as Validator;

function validate176(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate176.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowInvitesFrom !== undefined){
let data1 = data.allowInvitesFrom;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate176.errors = [{instancePath:instancePath+"/allowInvitesFrom",schemaPath:"#/properties/allowInvitesFrom/type",keyword:"type",params:{type: schema12.properties.allowInvitesFrom.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowedToSignUpEmailBasedSubscriptions !== undefined){
let data2 = data.allowedToSignUpEmailBasedSubscriptions;
const _errs5 = errors;
if((typeof data2 !== "boolean") && (data2 !== null)){
validate176.errors = [{instancePath:instancePath+"/allowedToSignUpEmailBasedSubscriptions",schemaPath:"#/properties/allowedToSignUpEmailBasedSubscriptions/type",keyword:"type",params:{type: schema12.properties.allowedToSignUpEmailBasedSubscriptions.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowEmailVerifiedUsersToJoinOrganization !== undefined){
let data3 = data.allowEmailVerifiedUsersToJoinOrganization;
const _errs7 = errors;
if((typeof data3 !== "boolean") && (data3 !== null)){
validate176.errors = [{instancePath:instancePath+"/allowEmailVerifiedUsersToJoinOrganization",schemaPath:"#/properties/allowEmailVerifiedUsersToJoinOrganization/type",keyword:"type",params:{type: schema12.properties.allowEmailVerifiedUsersToJoinOrganization.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowUserConsentForRiskyApps !== undefined){
let data4 = data.allowUserConsentForRiskyApps;
const _errs9 = errors;
if((typeof data4 !== "boolean") && (data4 !== null)){
validate176.errors = [{instancePath:instancePath+"/allowUserConsentForRiskyApps",schemaPath:"#/properties/allowUserConsentForRiskyApps/type",keyword:"type",params:{type: schema12.properties.allowUserConsentForRiskyApps.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.blockMsolPowerShell !== undefined){
let data5 = data.blockMsolPowerShell;
const _errs11 = errors;
if((typeof data5 !== "boolean") && (data5 !== null)){
validate176.errors = [{instancePath:instancePath+"/blockMsolPowerShell",schemaPath:"#/properties/blockMsolPowerShell/type",keyword:"type",params:{type: schema12.properties.blockMsolPowerShell.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.guestUserRoleId !== undefined){
let data6 = data.guestUserRoleId;
const _errs13 = errors;
if((typeof data6 !== "string") && (data6 !== null)){
validate176.errors = [{instancePath:instancePath+"/guestUserRoleId",schemaPath:"#/properties/guestUserRoleId/type",keyword:"type",params:{type: schema12.properties.guestUserRoleId.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultUserRolePermissions !== undefined){
let data7 = data.defaultUserRolePermissions;
const _errs15 = errors;
if((!(data7 && typeof data7 == "object" && !Array.isArray(data7))) && (data7 !== null)){
validate176.errors = [{instancePath:instancePath+"/defaultUserRolePermissions",schemaPath:"#/properties/defaultUserRolePermissions/type",keyword:"type",params:{type: schema12.properties.defaultUserRolePermissions.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate176.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate176.errors = vErrors;
return errors === 0;
}

const crossTenantAccessPolicy = validate177 as unknown as Validator;

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.displayName !== undefined){
let data0 = data.displayName;
const _errs1 = errors;
if((typeof data0 !== "string") && (data0 !== null)){
validate177.errors = [{instancePath:instancePath+"/displayName",schemaPath:"#/properties/displayName/type",keyword:"type",params:{type: schema13.properties.displayName.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowedCloudEndpoints !== undefined){
let data1 = data.allowedCloudEndpoints;
const _errs3 = errors;
if((!(Array.isArray(data1))) && (data1 !== null)){
validate177.errors = [{instancePath:instancePath+"/allowedCloudEndpoints",schemaPath:"#/properties/allowedCloudEndpoints/type",keyword:"type",params:{type: schema13.properties.allowedCloudEndpoints.type},message:"must be array,null"}];
return false;
}
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(typeof data1[i0] !== "string"){
validate177.errors = [{instancePath:instancePath+"/allowedCloudEndpoints/" + i0,schemaPath:"#/properties/allowedCloudEndpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate177.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate177.errors = vErrors;
return errors === 0;
}

const crossTenantAccessDefault = validate178 as unknown as Validator;

function validate178(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.isServiceDefault !== undefined){
let data0 = data.isServiceDefault;
const _errs1 = errors;
if((typeof data0 !== "boolean") && (data0 !== null)){
validate178.errors = [{instancePath:instancePath+"/isServiceDefault",schemaPath:"#/properties/isServiceDefault/type",keyword:"type",params:{type: schema14.properties.isServiceDefault.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bCollaborationInbound !== undefined){
let data1 = data.b2bCollaborationInbound;
const _errs3 = errors;
const _errs4 = errors;
let valid1 = false;
const _errs5 = errors;
if(!(validate71(data1, {instancePath:instancePath+"/b2bCollaborationInbound",parentData:data,parentDataProperty:"b2bCollaborationInbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs6 = errors;
if(data1 !== null){
const err0 = {instancePath:instancePath+"/b2bCollaborationInbound",schemaPath:"#/properties/b2bCollaborationInbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err1 = {instancePath:instancePath+"/b2bCollaborationInbound",schemaPath:"#/properties/b2bCollaborationInbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bCollaborationOutbound !== undefined){
let data2 = data.b2bCollaborationOutbound;
const _errs8 = errors;
const _errs9 = errors;
let valid2 = false;
const _errs10 = errors;
if(!(validate71(data2, {instancePath:instancePath+"/b2bCollaborationOutbound",parentData:data,parentDataProperty:"b2bCollaborationOutbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid1 = _errs10 === errors;
valid2 = valid2 || _valid1;
if(!valid2){
const _errs11 = errors;
if(data2 !== null){
const err2 = {instancePath:instancePath+"/b2bCollaborationOutbound",schemaPath:"#/properties/b2bCollaborationOutbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid1 = _errs11 === errors;
valid2 = valid2 || _valid1;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/b2bCollaborationOutbound",schemaPath:"#/properties/b2bCollaborationOutbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bDirectConnectInbound !== undefined){
let data3 = data.b2bDirectConnectInbound;
const _errs13 = errors;
const _errs14 = errors;
let valid3 = false;
const _errs15 = errors;
if(!(validate71(data3, {instancePath:instancePath+"/b2bDirectConnectInbound",parentData:data,parentDataProperty:"b2bDirectConnectInbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid2 = _errs15 === errors;
valid3 = valid3 || _valid2;
if(!valid3){
const _errs16 = errors;
if(data3 !== null){
const err4 = {instancePath:instancePath+"/b2bDirectConnectInbound",schemaPath:"#/properties/b2bDirectConnectInbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid2 = _errs16 === errors;
valid3 = valid3 || _valid2;
}
if(!valid3){
const err5 = {instancePath:instancePath+"/b2bDirectConnectInbound",schemaPath:"#/properties/b2bDirectConnectInbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.b2bDirectConnectOutbound !== undefined){
let data4 = data.b2bDirectConnectOutbound;
const _errs18 = errors;
const _errs19 = errors;
let valid4 = false;
const _errs20 = errors;
if(!(validate71(data4, {instancePath:instancePath+"/b2bDirectConnectOutbound",parentData:data,parentDataProperty:"b2bDirectConnectOutbound",rootData}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
var _valid3 = _errs20 === errors;
valid4 = valid4 || _valid3;
if(!valid4){
const _errs21 = errors;
if(data4 !== null){
const err6 = {instancePath:instancePath+"/b2bDirectConnectOutbound",schemaPath:"#/properties/b2bDirectConnectOutbound/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid3 = _errs21 === errors;
valid4 = valid4 || _valid3;
}
if(!valid4){
const err7 = {instancePath:instancePath+"/b2bDirectConnectOutbound",schemaPath:"#/properties/b2bDirectConnectOutbound/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inboundTrust !== undefined){
let data5 = data.inboundTrust;
const _errs23 = errors;
const _errs24 = errors;
let valid5 = false;
const _errs25 = errors;
if(!(validate81(data5, {instancePath:instancePath+"/inboundTrust",parentData:data,parentDataProperty:"inboundTrust",rootData}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
var _valid4 = _errs25 === errors;
valid5 = valid5 || _valid4;
if(!valid5){
const _errs26 = errors;
if(data5 !== null){
const err8 = {instancePath:instancePath+"/inboundTrust",schemaPath:"#/properties/inboundTrust/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid4 = _errs26 === errors;
valid5 = valid5 || _valid4;
}
if(!valid5){
const err9 = {instancePath:instancePath+"/inboundTrust",schemaPath:"#/properties/inboundTrust/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs24;
if(vErrors !== null){
if(_errs24){
vErrors.length = _errs24;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.automaticUserConsentSettings !== undefined){
let data6 = data.automaticUserConsentSettings;
const _errs28 = errors;
const _errs29 = errors;
let valid6 = false;
const _errs30 = errors;
if(!(validate83(data6, {instancePath:instancePath+"/automaticUserConsentSettings",parentData:data,parentDataProperty:"automaticUserConsentSettings",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
var _valid5 = _errs30 === errors;
valid6 = valid6 || _valid5;
if(!valid6){
const _errs31 = errors;
if(data6 !== null){
const err10 = {instancePath:instancePath+"/automaticUserConsentSettings",schemaPath:"#/properties/automaticUserConsentSettings/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid5 = _errs31 === errors;
valid6 = valid6 || _valid5;
}
if(!valid6){
const err11 = {instancePath:instancePath+"/automaticUserConsentSettings",schemaPath:"#/properties/automaticUserConsentSettings/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenantRestrictions !== undefined){
let data7 = data.tenantRestrictions;
const _errs33 = errors;
const _errs34 = errors;
let valid7 = false;
const _errs35 = errors;
if(!(validate85(data7, {instancePath:instancePath+"/tenantRestrictions",parentData:data,parentDataProperty:"tenantRestrictions",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
errors = vErrors.length;
}
var _valid6 = _errs35 === errors;
valid7 = valid7 || _valid6;
if(!valid7){
const _errs36 = errors;
if(data7 !== null){
const err12 = {instancePath:instancePath+"/tenantRestrictions",schemaPath:"#/properties/tenantRestrictions/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid6 = _errs36 === errors;
valid7 = valid7 || _valid6;
}
if(!valid7){
const err13 = {instancePath:instancePath+"/tenantRestrictions",schemaPath:"#/properties/tenantRestrictions/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
validate178.errors = vErrors;
return false;
}
else {
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs33 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.invitationRedemptionIdentityProviderConfiguration !== undefined){
let data8 = data.invitationRedemptionIdentityProviderConfiguration;
const _errs38 = errors;
if((!(data8 && typeof data8 == "object" && !Array.isArray(data8))) && (data8 !== null)){
validate178.errors = [{instancePath:instancePath+"/invitationRedemptionIdentityProviderConfiguration",schemaPath:"#/properties/invitationRedemptionIdentityProviderConfiguration/type",keyword:"type",params:{type: schema14.properties.invitationRedemptionIdentityProviderConfiguration.type},message:"must be object,null"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate178.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate178.errors = vErrors;
return errors === 0;
}

const crossTenantAccessPartners = validate186 as unknown as Validator;
const schema60 = {"type":"array","items":{"$ref":"#/definitions/crossTenantAccessPolicyConfigurationPartner"}};

function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate90(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate186.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate186.errors = vErrors;
return errors === 0;
}

const b2bManagementPolicies = validate188 as unknown as Validator;
const schema61 = {"type":"array","items":{"$ref":"#/definitions/b2bManagementPolicy"}};

function validate188(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate101(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate188.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate188.errors = vErrors;
return errors === 0;
}

const externalIdentitiesPolicy = validate190 as unknown as Validator;

function validate190(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.allowExternalIdentitiesToLeave !== undefined){
let data0 = data.allowExternalIdentitiesToLeave;
const _errs1 = errors;
if((typeof data0 !== "boolean") && (data0 !== null)){
validate190.errors = [{instancePath:instancePath+"/allowExternalIdentitiesToLeave",schemaPath:"#/properties/allowExternalIdentitiesToLeave/type",keyword:"type",params:{type: schema24.properties.allowExternalIdentitiesToLeave.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowDeletedIdentitiesDataRemoval !== undefined){
let data1 = data.allowDeletedIdentitiesDataRemoval;
const _errs3 = errors;
if((typeof data1 !== "boolean") && (data1 !== null)){
validate190.errors = [{instancePath:instancePath+"/allowDeletedIdentitiesDataRemoval",schemaPath:"#/properties/allowDeletedIdentitiesDataRemoval/type",keyword:"type",params:{type: schema24.properties.allowDeletedIdentitiesDataRemoval.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate190.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate190.errors = vErrors;
return errors === 0;
}

const guests = validate191 as unknown as Validator;
const schema63 = {"type":"array","items":{"$ref":"#/definitions/user"}};

function validate191(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate105(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate191.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate191.errors = vErrors;
return errors === 0;
}

const federationConfigurations = validate193 as unknown as Validator;
const schema64 = {"type":"array","items":{"$ref":"#/definitions/samlOrWsFedExternalDomainFederation"}};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate113(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate193.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate193.errors = vErrors;
return errors === 0;
}

const federationDomainLookups = validate195 as unknown as Validator;
const schema65 = {"type":"array","items":{"$ref":"#/definitions/domainTenantLookup"}};

function validate195(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate115(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate195.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate195.errors = vErrors;
return errors === 0;
}

const identityProviders = validate197 as unknown as Validator;
const schema66 = {"type":"array","items":{"$ref":"#/definitions/identityProvider"}};

function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate119(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate197.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate197.errors = vErrors;
return errors === 0;
}

const apiConnectors = validate199 as unknown as Validator;
const schema67 = {"type":"array","items":{"$ref":"#/definitions/identityApiConnector"}};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate121(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate199.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate199.errors = vErrors;
return errors === 0;
}

const b2xUserFlows = validate201 as unknown as Validator;
const schema68 = {"type":"array","items":{"$ref":"#/definitions/b2xIdentityUserFlow"}};

function validate201(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate123(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate201.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate201.errors = vErrors;
return errors === 0;
}

const customAuthenticationExtensions = validate203 as unknown as Validator;
const schema69 = {"type":"array","items":{"$ref":"#/definitions/customAuthenticationExtension"}};

function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate127(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate203.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate203.errors = vErrors;
return errors === 0;
}

const authenticationEventListeners = validate205 as unknown as Validator;
const schema70 = {"type":"array","items":{"$ref":"#/definitions/authenticationEventListener"}};

function validate205(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate129(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate205.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate205.errors = vErrors;
return errors === 0;
}

const authenticationFlowsPolicy = validate207 as unknown as Validator;

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate207.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.selfServiceSignUp !== undefined){
let data1 = data.selfServiceSignUp;
const _errs3 = errors;
if((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)){
validate207.errors = [{instancePath:instancePath+"/selfServiceSignUp",schemaPath:"#/properties/selfServiceSignUp/type",keyword:"type",params:{type: schema37.properties.selfServiceSignUp.type},message:"must be object,null"}];
return false;
}
if(errors === _errs3){
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.isEnabled !== undefined){
let data2 = data1.isEnabled;
if((typeof data2 !== "boolean") && (data2 !== null)){
validate207.errors = [{instancePath:instancePath+"/selfServiceSignUp/isEnabled",schemaPath:"#/properties/selfServiceSignUp/properties/isEnabled/type",keyword:"type",params:{type: schema37.properties.selfServiceSignUp.properties.isEnabled.type},message:"must be boolean,null"}];
return false;
}
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate207.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate207.errors = vErrors;
return errors === 0;
}

const emailOtpConfiguration = validate208 as unknown as Validator;

function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate208.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate208.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
let data2 = data.state;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate208.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: schema38.properties.state.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowExternalIdToUseEmailOtp !== undefined){
let data3 = data.allowExternalIdToUseEmailOtp;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate208.errors = [{instancePath:instancePath+"/allowExternalIdToUseEmailOtp",schemaPath:"#/properties/allowExternalIdToUseEmailOtp/type",keyword:"type",params:{type: schema38.properties.allowExternalIdToUseEmailOtp.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeTargets !== undefined){
let data4 = data.includeTargets;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate208.errors = [{instancePath:instancePath+"/includeTargets",schemaPath:"#/properties/includeTargets/type",keyword:"type",params:{type: schema38.properties.includeTargets.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.excludeTargets !== undefined){
let data5 = data.excludeTargets;
const _errs11 = errors;
if((!(Array.isArray(data5))) && (data5 !== null)){
validate208.errors = [{instancePath:instancePath+"/excludeTargets",schemaPath:"#/properties/excludeTargets/type",keyword:"type",params:{type: schema38.properties.excludeTargets.type},message:"must be array,null"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate208.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate208.errors = vErrors;
return errors === 0;
}

const accessReviewDefinitions = validate209 as unknown as Validator;
const schema73 = {"type":"array","items":{"$ref":"#/definitions/accessReviewScheduleDefinition"}};

function validate209(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate135(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate209.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate209.errors = vErrors;
return errors === 0;
}

const entitlementAssignmentPolicies = validate211 as unknown as Validator;
const schema74 = {"type":"array","items":{"$ref":"#/definitions/accessPackageAssignmentPolicy"}};

function validate211(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate137(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate211.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate211.errors = vErrors;
return errors === 0;
}

const connectedOrganizations = validate213 as unknown as Validator;
const schema75 = {"type":"array","items":{"$ref":"#/definitions/connectedOrganization"}};

function validate213(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate139(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate213.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate213.errors = vErrors;
return errors === 0;
}

const entitlementManagementSettings = validate215 as unknown as Validator;

function validate215(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
const _errs1 = errors;
if(typeof data.id !== "string"){
validate215.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.externalUserLifecycleAction !== undefined){
let data1 = data.externalUserLifecycleAction;
const _errs3 = errors;
if((typeof data1 !== "string") && (data1 !== null)){
validate215.errors = [{instancePath:instancePath+"/externalUserLifecycleAction",schemaPath:"#/properties/externalUserLifecycleAction/type",keyword:"type",params:{type: schema42.properties.externalUserLifecycleAction.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.durationUntilExternalUserDeletedAfterBlocked !== undefined){
let data2 = data.durationUntilExternalUserDeletedAfterBlocked;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate215.errors = [{instancePath:instancePath+"/durationUntilExternalUserDeletedAfterBlocked",schemaPath:"#/properties/durationUntilExternalUserDeletedAfterBlocked/type",keyword:"type",params:{type: schema42.properties.durationUntilExternalUserDeletedAfterBlocked.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate215.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate215.errors = vErrors;
return errors === 0;
}

const conditionalAccessPolicies = validate216 as unknown as Validator;
const schema77 = {"type":"array","items":{"$ref":"#/definitions/conditionalAccessPolicy"}};

function validate216(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate143(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate216.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate216.errors = vErrors;
return errors === 0;
}

const groupSettings = validate218 as unknown as Validator;
const schema78 = {"type":"array","items":{"$ref":"#/definitions/groupSetting"}};

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate148(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate148.errors : vErrors.concat(validate148.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate218.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate218.errors = vErrors;
return errors === 0;
}

const directoryRoleDefinitions = validate220 as unknown as Validator;
const schema79 = {"type":"array","items":{"$ref":"#/definitions/unifiedRoleDefinition"}};

function validate220(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate150(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate150.errors : vErrors.concat(validate150.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate220.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate220.errors = vErrors;
return errors === 0;
}

const directoryRoleAssignments = validate222 as unknown as Validator;
const schema80 = {"type":"array","items":{"$ref":"#/definitions/unifiedRoleAssignment"}};

function validate222(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate152(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate222.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate222.errors = vErrors;
return errors === 0;
}

const directoryRoleEligibilities = validate224 as unknown as Validator;
const schema81 = {"type":"array","items":{"$ref":"#/definitions/unifiedRoleAssignment"}};

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate152(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate152.errors : vErrors.concat(validate152.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate224.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate224.errors = vErrors;
return errors === 0;
}

const appOwnership = validate226 as unknown as Validator;
const schema82 = {"type":"array","items":{"$ref":"#/definitions/ownedApp"}};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate155(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate155.errors : vErrors.concat(validate155.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate226.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate226.errors = vErrors;
return errors === 0;
}

const dynamicGroups = validate228 as unknown as Validator;
const schema83 = {"type":"array","items":{"$ref":"#/definitions/group"}};

function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate158(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate228.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate228.errors = vErrors;
return errors === 0;
}

const sharepointSettings = validate230 as unknown as Validator;

function validate230(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate230.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate230.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingCapability !== undefined){
let data2 = data.sharingCapability;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate230.errors = [{instancePath:instancePath+"/sharingCapability",schemaPath:"#/properties/sharingCapability/type",keyword:"type",params:{type: schema50.properties.sharingCapability.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingDomainRestrictionMode !== undefined){
let data3 = data.sharingDomainRestrictionMode;
const _errs7 = errors;
if((typeof data3 !== "string") && (data3 !== null)){
validate230.errors = [{instancePath:instancePath+"/sharingDomainRestrictionMode",schemaPath:"#/properties/sharingDomainRestrictionMode/type",keyword:"type",params:{type: schema50.properties.sharingDomainRestrictionMode.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingAllowedDomainList !== undefined){
let data4 = data.sharingAllowedDomainList;
const _errs9 = errors;
if((!(Array.isArray(data4))) && (data4 !== null)){
validate230.errors = [{instancePath:instancePath+"/sharingAllowedDomainList",schemaPath:"#/properties/sharingAllowedDomainList/type",keyword:"type",params:{type: schema50.properties.sharingAllowedDomainList.type},message:"must be array,null"}];
return false;
}
if(errors === _errs9){
if(Array.isArray(data4)){
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
const _errs11 = errors;
if(typeof data4[i0] !== "string"){
validate230.errors = [{instancePath:instancePath+"/sharingAllowedDomainList/" + i0,schemaPath:"#/properties/sharingAllowedDomainList/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs11 === errors;
if(!valid1){
break;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sharingBlockedDomainList !== undefined){
let data6 = data.sharingBlockedDomainList;
const _errs13 = errors;
if((!(Array.isArray(data6))) && (data6 !== null)){
validate230.errors = [{instancePath:instancePath+"/sharingBlockedDomainList",schemaPath:"#/properties/sharingBlockedDomainList/type",keyword:"type",params:{type: schema50.properties.sharingBlockedDomainList.type},message:"must be array,null"}];
return false;
}
if(errors === _errs13){
if(Array.isArray(data6)){
var valid2 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs15 = errors;
if(typeof data6[i1] !== "string"){
validate230.errors = [{instancePath:instancePath+"/sharingBlockedDomainList/" + i1,schemaPath:"#/properties/sharingBlockedDomainList/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs15 === errors;
if(!valid2){
break;
}
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isResharingByExternalUsersEnabled !== undefined){
let data8 = data.isResharingByExternalUsersEnabled;
const _errs17 = errors;
if((typeof data8 !== "boolean") && (data8 !== null)){
validate230.errors = [{instancePath:instancePath+"/isResharingByExternalUsersEnabled",schemaPath:"#/properties/isResharingByExternalUsersEnabled/type",keyword:"type",params:{type: schema50.properties.isResharingByExternalUsersEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isRequireAcceptingUserToMatchInvitedUserEnabled !== undefined){
let data9 = data.isRequireAcceptingUserToMatchInvitedUserEnabled;
const _errs19 = errors;
if((typeof data9 !== "boolean") && (data9 !== null)){
validate230.errors = [{instancePath:instancePath+"/isRequireAcceptingUserToMatchInvitedUserEnabled",schemaPath:"#/properties/isRequireAcceptingUserToMatchInvitedUserEnabled/type",keyword:"type",params:{type: schema50.properties.isRequireAcceptingUserToMatchInvitedUserEnabled.type},message:"must be boolean,null"}];
return false;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate230.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate230.errors = vErrors;
return errors === 0;
}

const roleAssignableGroups = validate231 as unknown as Validator;
const schema85 = {"type":"array","items":{"$ref":"#/definitions/roleAssignableGroup"}};

function validate231(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate162(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate231.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate231.errors = vErrors;
return errors === 0;
}

const groupEligibilities = validate233 as unknown as Validator;
const schema86 = {"type":"array","items":{"$ref":"#/definitions/privilegedAccessGroupEligibilityScheduleInstance"}};

function validate233(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate166(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate233.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate233.errors = vErrors;
return errors === 0;
}

const riskyUsers = validate235 as unknown as Validator;
const schema87 = {"type":"array","items":{"$ref":"#/definitions/riskyUser"}};

function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate168(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate168.errors : vErrors.concat(validate168.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate235.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate235.errors = vErrors;
return errors === 0;
}

const universalTenantRestrictions = validate237 as unknown as Validator;

function validate237(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["@odata.type"] !== undefined){
const _errs1 = errors;
if(typeof data["@odata.type"] !== "string"){
validate237.errors = [{instancePath:instancePath+"/@odata.type",schemaPath:"#/properties/%40odata.type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
const _errs3 = errors;
if(typeof data.id !== "string"){
validate237.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.networkPacketTaggingStatus !== undefined){
let data2 = data.networkPacketTaggingStatus;
const _errs5 = errors;
if((typeof data2 !== "string") && (data2 !== null)){
validate237.errors = [{instancePath:instancePath+"/networkPacketTaggingStatus",schemaPath:"#/properties/networkPacketTaggingStatus/type",keyword:"type",params:{type: schema54.properties.networkPacketTaggingStatus.type},message:"must be string,null"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate237.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate237.errors = vErrors;
return errors === 0;
}

const accessPackageAssignments = validate238 as unknown as Validator;
const schema89 = {"type":"array","items":{"$ref":"#/definitions/accessPackageAssignment"}};

function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate172(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate238.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate238.errors = vErrors;
return errors === 0;
}


/** One validator per data section, by name. */
export const bySection: Record<string, Validator | undefined> = {
  organization,
  authorizationPolicy,
  crossTenantAccessPolicy,
  crossTenantAccessDefault,
  crossTenantAccessPartners,
  b2bManagementPolicies,
  externalIdentitiesPolicy,
  guests,
  federationConfigurations,
  federationDomainLookups,
  identityProviders,
  apiConnectors,
  b2xUserFlows,
  customAuthenticationExtensions,
  authenticationEventListeners,
  authenticationFlowsPolicy,
  emailOtpConfiguration,
  accessReviewDefinitions,
  entitlementAssignmentPolicies,
  connectedOrganizations,
  entitlementManagementSettings,
  conditionalAccessPolicies,
  groupSettings,
  directoryRoleDefinitions,
  directoryRoleAssignments,
  directoryRoleEligibilities,
  appOwnership,
  dynamicGroups,
  sharepointSettings,
  roleAssignableGroups,
  groupEligibilities,
  riskyUsers,
  universalTenantRestrictions,
  accessPackageAssignments,
};
