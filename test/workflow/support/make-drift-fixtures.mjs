// Regenerates fixtures/snapshots/drift-old.json and drift-new.json from base.json: `node test/workflow/support/make-drift-fixtures.mjs`.
// Each change below is one class the drift must report (test/workflow/diff.test.ts asserts every one).
import { readFileSync, writeFileSync } from 'node:fs';
const base = JSON.parse(readFileSync('fixtures/snapshots/base.json', 'utf8'));
const clone = (x) => JSON.parse(JSON.stringify(x));

// OLD: the base tenant a quarter earlier, with a second partner (Litware) and Litware on the allow list.
const old = clone(base);
old.tenant.displayName = 'Fabrikam (drift, Q3)';
old.data.organization.displayName = 'Fabrikam (drift, Q3)';
old.collectedAt = '2026-08-26T12:00:00.000Z';
old.data.crossTenantAccessPartners.push({
  tenantId: '44445555-6666-4777-8888-999900001111',
  displayName: 'Litware Inc',
  defaultDomainName: 'litware.example',
  isServiceProvider: false,
  isInMultiTenantOrganization: false,
  inboundTrust: null,
  automaticUserConsentSettings: null,
  b2bCollaborationInbound: {
    usersAndGroups: { accessType: 'allowed', targets: [{ target: '9d6e0000-0000-4000-8000-0000000000bb', targetType: 'group' }] },
    applications: { accessType: 'allowed', targets: [{ target: '00000003-0000-0ff1-ce00-000000000000', targetType: 'application' }] },
  },
  b2bCollaborationOutbound: null,
  b2bDirectConnectInbound: null,
  b2bDirectConnectOutbound: null,
  tenantRestrictions: null,
});
old.sections.crossTenantAccessPartners.itemCount = 2;
old.data.b2bManagementPolicies[0].definition = [
  JSON.stringify({
    B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains: ['northwind.example', 'litware.example'] } },
  }),
];
old.data.guests.push({
  ...clone(base.data.guests[2]),
  id: '7a1c0000-0000-4000-8000-000000000004',
  displayName: 'Litware Contractor',
  userPrincipalName: 'contractor_litware.example#EXT#@fabrikam.onmicrosoft.com',
  mail: 'contractor@litware.example',
});
old.sections.guests.itemCount = 4;

// NEW: one change in every class an auditor asks about.
const now = clone(old);
now.tenant.displayName = 'Fabrikam (drift, Q4)';
now.data.organization.displayName = 'Fabrikam (drift, Q4)';
now.collectedAt = '2026-11-26T12:00:00.000Z';
// default cross-tenant: MFA from every tenant now trusted (Northwind inherits it).
now.data.crossTenantAccessDefault.inboundTrust.isMfaAccepted = true;
// partner Northwind: inbound collaboration opened from one group to all users.
now.data.crossTenantAccessPartners[0].b2bCollaborationInbound.usersAndGroups = {
  accessType: 'allowed',
  targets: [{ target: 'AllUsers', targetType: 'user' }],
};
// partner removed (Litware) and added (Contoso).
now.data.crossTenantAccessPartners = now.data.crossTenantAccessPartners.filter(
  (p) => p.tenantId !== '44445555-6666-4777-8888-999900001111',
);
now.data.crossTenantAccessPartners.push({
  tenantId: '33334444-5555-4666-8777-888899990000',
  displayName: 'Contoso Ltd',
  defaultDomainName: 'contoso.example',
  isServiceProvider: false,
  isInMultiTenantOrganization: false,
  inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null },
  automaticUserConsentSettings: null,
  b2bCollaborationInbound: null,
  b2bCollaborationOutbound: null,
  b2bDirectConnectInbound: null,
  b2bDirectConnectOutbound: null,
  tenantRestrictions: null,
});
// cross-cloud B2B opened to US Government; email one-time passcode for guests switched on.
now.data.crossTenantAccessPolicy.allowedCloudEndpoints = ['microsoftonline.us'];
now.data.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'enabled';
// invitation settings.
now.data.authorizationPolicy.allowInvitesFrom = 'everyone';
now.data.authorizationPolicy.guestUserRoleId = '10dae51f-b6af-4016-8d66-8c2a99b929b3';
// allow list: litware out, contoso in.
now.data.b2bManagementPolicies[0].definition = [
  JSON.stringify({
    B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains: ['northwind.example', 'contoso.example'] } },
  }),
];
// connectors: API connector moved to plain http; a new custom authentication extension.
now.data.apiConnectors[0].targetUrl = 'http://signup-check.fabrikam.example/api/validate';
now.data.customAuthenticationExtensions.push({
  '@odata.type': '#microsoft.graph.onTokenIssuanceStartCustomExtension',
  id: 'e7d6c5b4-0000-4000-8000-00000000e002',
  displayName: 'Partner claims',
  description: null,
  authenticationConfiguration: {
    '@odata.type': '#microsoft.graph.azureAdTokenAuthentication',
    resourceId: 'api://partner-claims.fabrikam.example/e002',
  },
  endpointConfiguration: {
    '@odata.type': '#microsoft.graph.httpRequestEndpoint',
    targetUrl: 'https://partner-claims.fabrikam.example/api',
  },
  clientConfiguration: null,
});
now.sections.customAuthenticationExtensions.itemCount = 2;
// federation: passive sign-in URL changed, a second domain federated; Microsoft account IdP removed.
now.data.federationConfigurations[0].passiveSignInUri = 'https://sso.northwind-partner.example/saml2';
now.data.federationConfigurations[0].domains.push({ id: 'northwind-eu.example' });
now.data.federationDomainLookups.push({ domainName: 'northwind-eu.example', outcome: 'no-tenant', httpStatus: 404 });
now.sections.federationDomainLookups.itemCount = 2;
now.data.identityProviders = now.data.identityProviders.filter((p) => p.id !== 'MSASignup-OAUTH');
now.sections.identityProviders.itemCount = 1;
// Conditional Access: guest MFA policy to report-only; a guest block policy added; the all-users legacy-auth
// block removed; a policy for one internal group added (not about guests: must not be listed).
const ca = now.data.conditionalAccessPolicies;
ca[0].state = 'enabledForReportingButNotEnforced';
ca.splice(1, 1);
ca.push({
  id: 'ca000000-0000-4000-8000-000000000003',
  displayName: 'Guests: block admin portals',
  state: 'enabled',
  conditions: {
    clientAppTypes: ['all'],
    applications: { includeApplications: ['MicrosoftAdminPortals'], excludeApplications: [] },
    users: {
      includeUsers: [],
      excludeUsers: [],
      includeGroups: [],
      excludeGroups: [],
      includeRoles: [],
      excludeRoles: [],
      includeGuestsOrExternalUsers: {
        guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember',
        externalTenants: { '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants', membershipKind: 'all' },
      },
      excludeGuestsOrExternalUsers: null,
    },
  },
  grantControls: { operator: 'OR', builtInControls: ['block'], authenticationStrength: null },
  sessionControls: null,
});
ca.push({
  id: 'ca000000-0000-4000-8000-000000000004',
  displayName: 'Finance: compliant device',
  state: 'enabled',
  conditions: {
    clientAppTypes: ['all'],
    applications: { includeApplications: ['All'], excludeApplications: [] },
    users: {
      includeUsers: [],
      excludeUsers: [],
      includeGroups: ['f1000000-0000-4000-8000-000000000001'],
      excludeGroups: [],
      includeRoles: [],
      excludeRoles: [],
      includeGuestsOrExternalUsers: null,
      excludeGuestsOrExternalUsers: null,
    },
  },
  grantControls: { operator: 'OR', builtInControls: ['compliantDevice'], authenticationStrength: null },
  sessionControls: null,
});
now.sections.conditionalAccessPolicies.itemCount = 3;
// guests: Litware contractor gone, a new pending invitation, one guest disabled.
now.data.guests = now.data.guests.filter((g) => g.id !== '7a1c0000-0000-4000-8000-000000000004');
now.data.guests[1].accountEnabled = false;
now.data.guests.push({
  id: '7a1c0000-0000-4000-8000-000000000005',
  displayName: 'Contoso Invitee',
  userPrincipalName: 'invitee_contoso.example#EXT#@fabrikam.onmicrosoft.com',
  mail: 'invitee@contoso.example',
  otherMails: [],
  userType: 'Guest',
  accountEnabled: true,
  createdDateTime: '2026-11-20T09:00:00Z',
  creationType: 'Invitation',
  externalUserState: 'PendingAcceptance',
  externalUserStateChangeDateTime: '2026-11-20T09:00:00Z',
  identities: [
    {
      signInType: 'userPrincipalName',
      issuer: 'fabrikam.onmicrosoft.com',
      issuerAssignedId: 'invitee_contoso.example#EXT#@fabrikam.onmicrosoft.com',
    },
  ],
  signInActivity: null,
  sponsors: [{ id: '5b0d0000-0000-4000-8000-000000000001', '@odata.type': '#microsoft.graph.user' }],
});
now.sections.guests.itemCount = 4;

writeFileSync('fixtures/snapshots/drift-old.json', JSON.stringify(old, null, 2) + '\n');
writeFileSync('fixtures/snapshots/drift-new.json', JSON.stringify(now, null, 2) + '\n');
