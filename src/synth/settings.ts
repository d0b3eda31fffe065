import type { Data, DirectoryObjectRef } from '../snapshot/snapshot.types.js';
import { selfSignedCertificate } from './certificate.js';
import { guestAt, SPECIAL_GUESTS } from './guests.js';
import { APPS } from './partners.js';
import { bytes, DAY_MS, graphDate, guid } from './random.js';
import { ROLE, roleDefinitions } from './roles.js';
import type { World } from './world.js';

/**
 * Every section other than guests, partners and Conditional Access, for Contoso Pharma. The mix is deliberate and
 * reads like a real tenant: sensible in places (a guest access review exists, direct federation is configured,
 * most connectors use certificates) and drifting in others (members may invite, email-verified sign-up left on,
 * a basic-auth API connector, an extension without token authentication, an entitlement policy open to any
 * external user, a consultant holding a privileged role).
 */

const day = (world: World, offsetDays: number) => world.asOfMs + offsetDays * DAY_MS;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const seconds = (ms: number) => Math.floor(ms / 1000);

function thumbprint(seed: number, label: string): string {
  return bytes(seed, `thumbprint:${label}`, 20).toString('hex').toUpperCase();
}

export function organization(world: World): NonNullable<Data['organization']> {
  const c = world.company;
  return {
    id: c.tenantId,
    displayName: c.displayName,
    tenantType: 'AAD',
    verifiedDomains: c.verifiedDomains.map((name) => ({
      name,
      isDefault: name === c.defaultDomain,
      isInitial: name === c.initialDomain,
      type: 'Managed',
      capabilities: name === c.initialDomain ? 'Email, OfficeCommunicationsOnline' : 'Email, OfficeCommunicationsOnline, Intune',
    })),
  };
}

export function authorizationPolicy(): NonNullable<Data['authorizationPolicy']> {
  return {
    id: 'authorizationPolicy',
    allowInvitesFrom: 'adminsGuestInvitersAndAllMembers',
    allowedToSignUpEmailBasedSubscriptions: true,
    allowEmailVerifiedUsersToJoinOrganization: true,
    allowUserConsentForRiskyApps: false,
    blockMsolPowerShell: false,
    // Limited access: the default, kept.
    guestUserRoleId: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
    defaultUserRolePermissions: {
      allowedToCreateApps: true,
      allowedToCreateSecurityGroups: true,
      allowedToCreateTenants: false,
      allowedToReadBitlockerKeysForOwnedDevice: true,
      allowedToReadOtherUsers: true,
      permissionGrantPoliciesAssigned: ['ManagePermissionGrantsForSelf.microsoft-user-default-low'],
    },
  };
}

export function b2bManagementPolicies(world: World): NonNullable<Data['b2bManagementPolicies']> {
  const key = world.domainPolicy.mode === 'allow' ? 'AllowedDomains' : 'BlockedDomains';
  const definition = JSON.stringify({
    B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: { [key]: world.domainPolicy.domains } },
  });
  return [
    {
      id: guid(world.opts.seed, 'b2b-management-policy', 0),
      displayName: 'B2BManagementPolicy',
      definition: [definition],
      isOrganizationDefault: true,
    },
  ];
}

export function federation(world: World): {
  configurations: NonNullable<Data['federationConfigurations']>;
  lookups: NonNullable<Data['federationDomainLookups']>;
} {
  const seed = world.opts.seed;
  const configurations: NonNullable<Data['federationConfigurations']> = [];
  const lookups: NonNullable<Data['federationDomainLookups']> = [];
  for (const [i, f] of world.federations.entries()) {
    // The SAML partner's signing certificate runs out in three weeks; the ADFS one is fine for two years.
    const notAfter = i === 0 ? day(world, 20) : day(world, 700);
    const cert = selfSignedCertificate({
      seed,
      label: f.id,
      commonName: i === 0 ? `sts.${f.domain}` : `ADFS Signing - adfs.${f.domain}`,
      notBeforeMs: notAfter - 3 * 365 * DAY_MS,
      notAfterMs: notAfter,
    });
    configurations.push(
      i === 0
        ? {
            id: f.id,
            displayName: f.displayName,
            issuerUri: f.issuerUri,
            metadataExchangeUri: `https://sts.${f.domain}/idp/shibboleth`,
            passiveSignInUri: `https://sts.${f.domain}/idp/profile/SAML2/POST/SSO`,
            preferredAuthenticationProtocol: 'saml',
            signingCertificate: cert,
            domains: [{ id: f.domain }],
          }
        : {
            id: f.id,
            displayName: f.displayName,
            issuerUri: f.issuerUri,
            // An old ADFS farm: metadata still published over plain http.
            metadataExchangeUri: `http://adfs.${f.domain}/adfs/services/trust/mex`,
            passiveSignInUri: `https://adfs.${f.domain}/adfs/ls/`,
            preferredAuthenticationProtocol: 'wsFed',
            signingCertificate: cert,
            domains: [{ id: f.domain }],
          },
    );
    lookups.push(
      f.resolvesToTenant && f.tenantId
        ? {
            domainName: f.domain,
            outcome: 'tenant',
            tenantInformation: {
              tenantId: f.tenantId,
              displayName: f.displayName.replace(/ ADFS$/, ''),
              defaultDomainName: `${f.domain.split('.')[0]}.onmicrosoft.com`,
              federationBrandName: null,
            },
            httpStatus: 200,
          }
        : { domainName: f.domain, outcome: 'no-tenant', httpStatus: 404 },
    );
  }
  return { configurations, lookups };
}

export function identityProviders(world: World): NonNullable<Data['identityProviders']> {
  return [
    {
      '@odata.type': '#microsoft.graph.builtInIdentityProvider',
      id: 'AADSignup-OAUTH',
      displayName: 'Azure Active Directory Sign up',
      identityProviderType: 'AADSignup',
    },
    {
      '@odata.type': '#microsoft.graph.builtInIdentityProvider',
      id: 'EmailOtpSignup-OAUTH',
      displayName: 'Email One Time Passcode',
      identityProviderType: 'EmailOTP',
    },
    {
      '@odata.type': '#microsoft.graph.builtInIdentityProvider',
      id: 'MSASignup-OAUTH',
      displayName: 'Microsoft Account',
      identityProviderType: 'MicrosoftAccount',
    },
    {
      '@odata.type': '#microsoft.graph.socialIdentityProvider',
      id: 'Google-OAUTH',
      displayName: 'Google',
      identityProviderType: 'Google',
      clientId: `${String(100000000000 + (world.opts.seed % 899999999999))}-contosopharma.apps.googleusercontent.com`,
      clientSecret: '******',
    },
  ];
}

export function apiConnectors(world: World): NonNullable<Data['apiConnectors']> {
  const seed = world.opts.seed;
  const certNotAfter = day(world, 18);
  return [
    {
      id: guid(seed, 'api-connector', 0),
      displayName: 'Partner sign-up approval (legacy)',
      targetUrl: `https://approvals.${world.company.defaultDomain}/api/b2b/signup`,
      authenticationConfiguration: {
        '@odata.type': '#microsoft.graph.basicAuthentication',
        username: 'svc-b2b-approvals',
        password: '******',
      },
    },
    {
      id: guid(seed, 'api-connector', 1),
      displayName: 'Sign-up validation',
      targetUrl: `https://signup-check.${world.company.defaultDomain}/api/validate`,
      authenticationConfiguration: {
        '@odata.type': '#microsoft.graph.clientCertificateAuthentication',
        // NumericDate (seconds since the epoch), as Graph documents for pkcs12CertificateInformation.
        certificateList: [
          {
            thumbprint: thumbprint(seed, 'connector-1'),
            notBefore: seconds(certNotAfter - 365 * DAY_MS),
            notAfter: seconds(certNotAfter),
            isActive: true,
          },
        ],
      },
    },
  ];
}

export function b2xUserFlows(connectors: NonNullable<Data['apiConnectors']>): NonNullable<Data['b2xUserFlows']> {
  return [
    {
      id: 'B2X_1_PartnerSelfSignUp',
      userFlowType: 'signUpOrSignIn',
      userFlowTypeVersion: 1,
      apiConnectorConfiguration: { postFederationSignup: null, postAttributeCollection: null },
    },
    {
      id: 'B2X_1_SupplierOnboarding',
      userFlowType: 'signUpOrSignIn',
      userFlowTypeVersion: 1,
      apiConnectorConfiguration: { postFederationSignup: connectors[0] ?? null, postAttributeCollection: connectors[1] ?? null },
    },
  ];
}

export function customAuthenticationExtensions(world: World): NonNullable<Data['customAuthenticationExtensions']> {
  const seed = world.opts.seed;
  return [
    {
      '@odata.type': '#microsoft.graph.onTokenIssuanceStartCustomExtension',
      id: guid(seed, 'custom-extension', 0),
      displayName: 'LIMS role claims',
      description: 'Adds laboratory roles to tokens issued for the LIMS.',
      authenticationConfiguration: {
        '@odata.type': '#microsoft.graph.azureAdTokenAuthentication',
        resourceId: `api://claims.${world.company.defaultDomain}/${guid(seed, 'custom-extension-app', 0)}`,
      },
      endpointConfiguration: {
        '@odata.type': '#microsoft.graph.httpRequestEndpoint',
        targetUrl: `https://claims.${world.company.defaultDomain}/api/tokenstart`,
      },
      clientConfiguration: { maximumRetries: 1, timeoutInMilliseconds: 2000 },
      claimsForTokenConfiguration: [{ claimIdInApiResponse: 'LabRole' }, { claimIdInApiResponse: 'SiteCode' }],
    },
    {
      '@odata.type': '#microsoft.graph.onAttributeCollectionSubmitCustomExtension',
      id: guid(seed, 'custom-extension', 1),
      displayName: 'Supplier attribute validation',
      description: null,
      // Created from a quick-start sample and never secured: the function is called without Entra token authentication.
      authenticationConfiguration: null,
      endpointConfiguration: {
        '@odata.type': '#microsoft.graph.httpRequestEndpoint',
        targetUrl: 'https://contosopharma-supplier-check.azurewebsites.net/api/validate',
      },
      clientConfiguration: { maximumRetries: 1, timeoutInMilliseconds: 2000 },
    },
  ];
}

export function authenticationEventListeners(world: World): NonNullable<Data['authenticationEventListeners']> {
  const seed = world.opts.seed;
  return [
    {
      '@odata.type': '#microsoft.graph.onTokenIssuanceStartListener',
      id: guid(seed, 'event-listener', 0),
      displayName: 'LIMS token enrichment',
      authenticationEventsFlowId: null,
      conditions: { applications: { includeApplications: [{ appId: APPS.lims(seed) }] } },
      handler: {
        '@odata.type': '#microsoft.graph.onTokenIssuanceStartCustomExtensionHandler',
        configuration: null,
        customExtension: { id: guid(seed, 'custom-extension', 0) },
      },
    },
    {
      '@odata.type': '#microsoft.graph.onAttributeCollectionSubmitListener',
      id: guid(seed, 'event-listener', 1),
      displayName: 'Supplier onboarding: validate attributes',
      authenticationEventsFlowId: null,
      conditions: { applications: { includeApplications: [{ appId: APPS.partnerPortal(seed) }] } },
      handler: {
        '@odata.type': '#microsoft.graph.onAttributeCollectionSubmitCustomExtensionHandler',
        configuration: null,
        customExtension: { id: guid(seed, 'custom-extension', 1) },
      },
    },
  ];
}

export function accessReviewDefinitions(world: World): NonNullable<Data['accessReviewDefinitions']> {
  const seed = world.opts.seed;
  const recurrence = (interval: number, startDaysAgo: number) => ({
    pattern: { type: 'absoluteMonthly', interval, month: 0, dayOfMonth: 0, daysOfWeek: [], firstDayOfWeek: 'sunday', index: 'first' },
    range: {
      type: 'noEnd',
      numberOfOccurrences: 0,
      recurrenceTimeZone: null,
      startDate: isoDay(day(world, -startDaysAgo)),
      endDate: '9999-12-31',
    },
  });
  return [
    {
      id: guid(seed, 'access-review', 0),
      displayName: 'Guests in Microsoft 365 groups (quarterly)',
      status: 'InProgress',
      scope: {
        '@odata.type': '#microsoft.graph.accessReviewQueryScope',
        query: "./members/microsoft.graph.user/?$count=true&$filter=(userType eq 'Guest')",
        queryRoot: null,
        queryType: 'MicrosoftGraph',
      },
      instanceEnumerationScope: {
        '@odata.type': '#microsoft.graph.accessReviewQueryScope',
        query: "/groups?$filter=(groupTypes/any(c:c+eq+'Unified'))&$count=true",
        queryRoot: null,
        queryType: 'MicrosoftGraph',
      },
      reviewers: [{ query: './owners', queryType: 'MicrosoftGraph', queryRoot: null }],
      fallbackReviewers: [{ query: `/users/${world.employees[4] as string}`, queryType: 'MicrosoftGraph', queryRoot: null }],
      // Reviews run, but nobody wired up the outcome: decisions are not applied and silence means nothing.
      settings: {
        mailNotificationsEnabled: true,
        reminderNotificationsEnabled: true,
        justificationRequiredOnApproval: true,
        defaultDecisionEnabled: false,
        defaultDecision: 'None',
        instanceDurationInDays: 14,
        autoApplyDecisionsEnabled: false,
        recommendationsEnabled: true,
        recurrence: recurrence(3, 410),
        applyActions: [],
      },
      stageSettings: [],
    },
    {
      id: guid(seed, 'access-review', 1),
      displayName: 'Global Administrator assignments (monthly)',
      status: 'InProgress',
      scope: {
        '@odata.type': '#microsoft.graph.accessReviewQueryScope',
        query: `/roleManagement/directory/roleAssignmentScheduleInstances?$expand=principal&$filter=(isof(principal,'microsoft.graph.user') and roleDefinitionId eq '${ROLE.globalAdministrator}')`,
        queryRoot: null,
        queryType: 'MicrosoftGraph',
      },
      instanceEnumerationScope: null,
      reviewers: [{ query: `/users/${world.employees[2] as string}`, queryType: 'MicrosoftGraph', queryRoot: null }],
      fallbackReviewers: [],
      settings: {
        mailNotificationsEnabled: true,
        reminderNotificationsEnabled: true,
        justificationRequiredOnApproval: true,
        defaultDecisionEnabled: true,
        defaultDecision: 'Deny',
        instanceDurationInDays: 7,
        autoApplyDecisionsEnabled: true,
        recommendationsEnabled: true,
        recurrence: recurrence(1, 250),
        applyActions: [{ '@odata.type': '#microsoft.graph.removeAccessApplyAction' }],
      },
      stageSettings: [],
    },
  ];
}

export function entitlement(world: World): {
  policies: NonNullable<Data['entitlementAssignmentPolicies']>;
  connectedOrganizations: NonNullable<Data['connectedOrganizations']>;
  settings: NonNullable<Data['entitlementManagementSettings']>;
} {
  const seed = world.opts.seed;
  const partner = (style: string) => world.partners.find((p) => p.style === style);
  const orgs: NonNullable<Data['connectedOrganizations']> = [];
  for (const p of [partner('trusted-collaborator'), partner('inbound-trust-only')]) {
    if (!p) continue;
    orgs.push({
      id: guid(seed, 'connected-org', orgs.length),
      displayName: p.displayName,
      description: `${p.displayName} (connected for research collaboration)`,
      state: 'configured',
      identitySources: [{ '@odata.type': '#microsoft.graph.azureActiveDirectoryTenant', tenantId: p.tenantId, displayName: p.displayName }],
    });
  }
  // Added automatically when a gmail.com requester was approved through the open consultant policy.
  orgs.push({
    id: guid(seed, 'connected-org', orgs.length),
    displayName: 'gmail.com',
    description: 'Automatically created',
    state: 'proposed',
    identitySources: [{ '@odata.type': '#microsoft.graph.domainIdentitySource', domainName: 'gmail.com', displayName: 'gmail.com' }],
  });

  const approval = (required: boolean) => ({
    isApprovalRequiredForAdd: required,
    isApprovalRequiredForUpdate: required,
    isRequestorJustificationRequired: required,
    stages: required
      ? [
          {
            durationBeforeAutomaticDenial: 'P14D',
            isApproverJustificationRequired: true,
            isEscalationEnabled: false,
            durationBeforeEscalation: 'PT0S',
            primaryApprovers: [{ '@odata.type': '#microsoft.graph.internalSponsors' }],
            fallbackPrimaryApprovers: [],
            escalationApprovers: [],
            fallbackEscalationApprovers: [],
          },
        ]
      : [],
  });
  const requestor = {
    enableTargetsToSelfAddAccess: true,
    enableTargetsToSelfUpdateAccess: false,
    enableTargetsToSelfRemoveAccess: true,
    allowCustomAssignmentSchedule: false,
    enableOnBehalfRequestorsToAddAccess: false,
    enableOnBehalfRequestorsToUpdateAccess: false,
    enableOnBehalfRequestorsToRemoveAccess: false,
    onBehalfRequestors: [],
  };
  const pkg = (i: number, displayName: string) => ({ id: guid(seed, 'access-package', i), displayName });
  const firstOrg = orgs[0];
  const policies: NonNullable<Data['entitlementAssignmentPolicies']> = [
    {
      id: guid(seed, 'assignment-policy', 0),
      displayName: 'Northwind clinical collaboration',
      description: 'Connected organisation users, approved by their sponsor, for six months.',
      allowedTargetScope: firstOrg ? 'specificConnectedOrganizationUsers' : 'notSpecified',
      specificAllowedTargets: firstOrg
        ? [
            {
              '@odata.type': '#microsoft.graph.connectedOrganizationMembers',
              connectedOrganizationId: firstOrg.id,
              description: firstOrg.displayName,
            },
          ]
        : [],
      expiration: { type: 'afterDuration', endDateTime: null, duration: 'P180D' },
      requestorSettings: requestor,
      requestApprovalSettings: approval(true),
      reviewSettings: {
        isEnabled: true,
        expirationBehavior: 'removeAccess',
        isRecommendationEnabled: true,
        isReviewerJustificationRequired: true,
        isSelfReview: false,
      },
      accessPackage: pkg(0, 'Clinical collaboration (Northwind)'),
    },
    {
      id: guid(seed, 'assignment-policy', 1),
      displayName: 'External consultants: self-service',
      description: 'Any external user can request access; set up for a project in a hurry.',
      allowedTargetScope: 'allExternalUsers',
      specificAllowedTargets: [],
      expiration: { type: 'noExpiration', endDateTime: null, duration: null },
      requestorSettings: requestor,
      requestApprovalSettings: approval(false),
      reviewSettings: {
        isEnabled: false,
        expirationBehavior: 'keepAccess',
        isRecommendationEnabled: false,
        isReviewerJustificationRequired: false,
        isSelfReview: false,
      },
      accessPackage: pkg(1, 'Consultant workspace'),
    },
    {
      id: guid(seed, 'assignment-policy', 2),
      displayName: 'Regulatory document room: connected organisations',
      description: 'Users of any configured connected organisation, approved, for one year.',
      allowedTargetScope: 'allConfiguredConnectedOrganizationUsers',
      specificAllowedTargets: [],
      expiration: { type: 'afterDuration', endDateTime: null, duration: 'P365D' },
      requestorSettings: requestor,
      requestApprovalSettings: approval(true),
      reviewSettings: {
        isEnabled: false,
        expirationBehavior: 'keepAccess',
        isRecommendationEnabled: false,
        isReviewerJustificationRequired: false,
        isSelfReview: false,
      },
      accessPackage: pkg(2, 'Regulatory document room'),
    },
    {
      id: guid(seed, 'assignment-policy', 3),
      displayName: 'Lab systems: employees',
      description: 'Employees request access to lab systems.',
      allowedTargetScope: 'allMemberUsers',
      specificAllowedTargets: [],
      expiration: { type: 'afterDateTime', endDateTime: graphDate(day(world, 200)), duration: null },
      requestorSettings: requestor,
      requestApprovalSettings: approval(false),
      reviewSettings: {
        isEnabled: false,
        expirationBehavior: 'keepAccess',
        isRecommendationEnabled: false,
        isReviewerJustificationRequired: false,
        isSelfReview: false,
      },
      accessPackage: pkg(3, 'Lab systems'),
    },
  ];
  return {
    policies,
    connectedOrganizations: orgs,
    // Entitlement management never blocks or deletes externals whose last assignment ended.
    settings: {
      id: guid(seed, 'entitlement-settings', 0),
      externalUserLifecycleAction: 'none',
      durationUntilExternalUserDeletedAfterBlocked: 'P30D',
    },
  };
}

export function groupSettings(world: World): NonNullable<Data['groupSettings']> {
  const values: Array<[string, string]> = [
    ['EnableMIPLabels', 'false'],
    ['CustomBlockedWordsList', ''],
    ['EnableMSStandardBlockedWords', 'false'],
    ['ClassificationDescriptions', ''],
    ['DefaultClassification', ''],
    ['PrefixSuffixNamingRequirement', ''],
    // Turned on so a partner's project lead could run a shared team; never turned off.
    ['AllowGuestsToBeGroupOwner', 'true'],
    ['AllowGuestsToAccessGroups', 'true'],
    ['GuestUsageGuidelinesUrl', `https://intranet.${world.company.defaultDomain}/guest-guidelines`],
    ['GroupCreationAllowedGroupId', ''],
    ['AllowToAddGuests', 'true'],
    ['UsageGuidelinesUrl', ''],
    ['ClassificationList', ''],
    ['EnableGroupCreation', 'true'],
    ['NewUnifiedGroupWritebackDefault', 'true'],
  ];
  return [
    {
      id: guid(world.opts.seed, 'group-setting', 0),
      displayName: 'Group.Unified',
      templateId: '62375ab9-6b52-47ed-826b-58e47e0e304b',
      values: values.map(([name, value]) => ({ name, value })),
    },
  ];
}

export interface PrivilegeFacts {
  definitions: NonNullable<Data['directoryRoleDefinitions']>;
  assignments: NonNullable<Data['directoryRoleAssignments']>;
  eligibilities: NonNullable<Data['directoryRoleEligibilities']>;
  apps: NonNullable<Data['appOwnership']>;
  privilegedGuests: Array<{ guestId: string; roleDefinitionId: string }>;
  eligibleGuests: Array<{ guestId: string; roleDefinitionId: string }>;
  guestAppOwners: Array<{ guestId: string; objectId: string }>;
}

export function privileges(world: World): PrivilegeFacts {
  const seed = world.opts.seed;
  const e = (i: number) => world.employees[i] as string;
  const guests = world.opts.guests;
  const privilegedGuest = guests > SPECIAL_GUESTS.privileged.index ? guestAt(world, SPECIAL_GUESTS.privileged.index) : undefined;
  const ownerGuest = guests > SPECIAL_GUESTS.appOwner.index ? guestAt(world, SPECIAL_GUESTS.appOwner.index) : undefined;
  const eligibleGuest = guests > SPECIAL_GUESTS.eligible.index ? guestAt(world, SPECIAL_GUESTS.eligible.index) : undefined;

  const assignmentPairs: Array<[string, string]> = [
    [ROLE.globalAdministrator, e(0)],
    [ROLE.globalAdministrator, e(1)],
    [ROLE.globalAdministrator, e(78)],
    [ROLE.globalAdministrator, e(79)],
    [ROLE.privilegedRoleAdministrator, e(2)],
    [ROLE.applicationAdministrator, e(3)],
    [ROLE.guestInviter, e(4)],
    [ROLE.guestInviter, e(5)],
    [ROLE.helpdeskAdministrator, e(6)],
    [ROLE.reportsReader, e(7)],
  ];
  // The managed-service provider's consultant got Security Administrator "for the SIEM project".
  if (privilegedGuest) assignmentPairs.push([ROLE.securityAdministrator, privilegedGuest.id]);
  const assignments = assignmentPairs.map(([roleDefinitionId, principalId], i) => ({
    id: guid(seed, 'role-assignment', i),
    principalId,
    roleDefinitionId,
    directoryScopeId: '/',
  }));

  const eligibilityPairs: Array<[string, string]> = [[ROLE.globalAdministrator, e(8)]];
  if (eligibleGuest) eligibilityPairs.push([ROLE.userAdministrator, eligibleGuest.id]);
  const eligibilities = eligibilityPairs.map(([roleDefinitionId, principalId], i) => ({
    id: guid(seed, 'role-eligibility', i),
    principalId,
    roleDefinitionId,
    directoryScopeId: '/',
  }));

  const member = (i: number, displayName: string): DirectoryObjectRef => ({
    id: e(i),
    '@odata.type': '#microsoft.graph.user',
    displayName,
    userType: 'Member',
  });
  const limsOwners: DirectoryObjectRef[] = [member(10, 'Miriam Koch')];
  if (ownerGuest)
    limsOwners.push({
      id: ownerGuest.id,
      '@odata.type': '#microsoft.graph.user',
      displayName: ownerGuest.displayName ?? null,
      userType: 'Guest',
    });
  const apps: NonNullable<Data['appOwnership']> = [
    {
      id: guid(seed, 'app-object', 0),
      objectType: 'application',
      appId: APPS.lims(seed),
      displayName: 'Contoso LIMS Connector',
      owners: limsOwners,
    },
    { id: guid(seed, 'app-object', 1), objectType: 'application', appId: APPS.eln(seed), displayName: 'ELN Sync', owners: [] },
    {
      id: guid(seed, 'app-object', 2),
      objectType: 'application',
      appId: APPS.partnerPortal(seed),
      displayName: 'Partner Portal',
      owners: [member(12, 'Jonas Weber')],
    },
    {
      id: guid(seed, 'app-object', 3),
      objectType: 'servicePrincipal',
      appId: guid(seed, 'app', 3),
      displayName: 'Veeva Vault Integration',
      owners: [member(11, 'Priya Natarajan')],
    },
    {
      id: guid(seed, 'app-object', 4),
      objectType: 'servicePrincipal',
      appId: guid(seed, 'app', 4),
      displayName: 'Clinical Trials Dashboard',
      owners: [
        member(13, 'Tom Hughes'),
        { id: guid(seed, 'sp-owner', 0), '@odata.type': '#microsoft.graph.servicePrincipal', displayName: 'Deployment pipeline' },
      ],
    },
  ];
  return {
    definitions: roleDefinitions(),
    assignments,
    eligibilities,
    apps,
    privilegedGuests: privilegedGuest ? [{ guestId: privilegedGuest.id, roleDefinitionId: ROLE.securityAdministrator }] : [],
    eligibleGuests: eligibleGuest ? [{ guestId: eligibleGuest.id, roleDefinitionId: ROLE.userAdministrator }] : [],
    guestAppOwners: ownerGuest ? [{ guestId: ownerGuest.id, objectId: apps[0]!.id }] : [],
  };
}

export function dynamicGroups(world: World): NonNullable<Data['dynamicGroups']> {
  const seed = world.opts.seed;
  const northwind = world.partners.find((p) => p.style === 'trusted-collaborator');
  // Dynamic groups exist, but none holds every guest: policies and reviews cannot target "all guests".
  const groups: NonNullable<Data['dynamicGroups']> = [
    {
      id: guid(seed, 'dynamic-group', 0),
      displayName: 'All employees (dynamic)',
      groupTypes: ['DynamicMembership'],
      membershipRule: '(user.userType -eq "Member") -and (user.accountEnabled -eq true)',
      membershipRuleProcessingState: 'On',
    },
    {
      id: guid(seed, 'dynamic-group', 1),
      displayName: 'Sales EMEA',
      groupTypes: ['Unified', 'DynamicMembership'],
      membershipRule: '(user.department -eq "Sales") -and (user.country -in ["DE","FR","GB","CH"])',
      membershipRuleProcessingState: 'On',
    },
  ];
  if (northwind) {
    groups.push({
      id: guid(seed, 'dynamic-group', 2),
      displayName: `Guests - ${northwind.displayName}`,
      groupTypes: ['DynamicMembership'],
      membershipRule: `(user.userType -eq "Guest") -and (user.mail -contains "@${northwind.domain}")`,
      membershipRuleProcessingState: 'On',
    });
  }
  return groups;
}

export function emailOtpConfiguration(): NonNullable<Data['emailOtpConfiguration']> {
  return {
    '@odata.type': '#microsoft.graph.emailAuthenticationMethodConfiguration',
    id: 'Email',
    state: 'enabled',
    allowExternalIdToUseEmailOtp: 'default',
    includeTargets: [{ targetType: 'group', id: 'all_users', isRegistrationRequired: false }],
    excludeTargets: [],
  };
}
