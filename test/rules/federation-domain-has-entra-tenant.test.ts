import rule from '../../rules/federation-domain-has-entra-tenant.js';
import type { DomainTenantLookup } from '../../src/snapshot/snapshot.types.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// FEDOV  https://learn.microsoft.com/entra/external-id/direct-federation-overview — "For invitation redemption, Microsoft
//        Entra ID remains the primary IdP" for Entra-verified domains, unless the redemption order is changed.
// REDEEM https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption — the
//        primary identity provider order for invitation redemption, Entra ID first by default.

const CONFIG = 'a3f9b2c1-0000-4000-8000-000000000f01';
const DOMAIN = 'northwind-partner.example';
const tenant = (domainName: string, displayName = 'Northwind Partner Ltd'): DomainTenantLookup => ({
  domainName,
  outcome: 'tenant',
  httpStatus: 200,
  tenantInformation: {
    tenantId: '44445555-6666-4777-8888-9999aaaabbbb',
    displayName,
    defaultDomainName: 'northwindpartner.onmicrosoft.com',
    federationBrandName: null,
  },
});
const noTenant = (domainName: string): DomainTenantLookup => ({ domainName, outcome: 'no-tenant', httpStatus: 404 });
const setDomains = (d: MutableData, ...domains: string[]): void => {
  d.federationConfigurations[0]!.domains = domains.map((id) => ({ id }));
};
const redemptionOrder = (d: MutableData, order: string[] | null): void => {
  d.crossTenantAccessDefault.invitationRedemptionIdentityProviderConfiguration =
    order === null ? null : { primaryIdentityProviderPrecedenceOrder: order, fallbackIdentityProvider: 'defaultConfiguredIdp' };
};
const onConfig = (subKey: string) => ({
  messageId: 'entra-tenant',
  resourceId: CONFIG,
  resourceType: 'samlOrWsFedExternalDomainFederation',
  subKey,
  severity: 'medium' as const,
});

ruleTable(rule, [
  { name: 'federated domain without an Entra tenant passes', expect: { status: 'pass' } },
  {
    name: 'federated domain that resolves to an Entra tenant → finding per (config, domain) (FEDOV)',
    mutate: (d) => {
      d.federationDomainLookups = [tenant(DOMAIN)];
    },
    expect: {
      status: 'fail',
      findings: [
        {
          ...onConfig(DOMAIN),
          params: { domain: DOMAIN, tenantName: 'Northwind Partner Ltd', tenantId: '44445555-6666-4777-8888-9999aaaabbbb' },
        },
      ],
    },
  },
  {
    name: 'domain case and trailing dot do not matter; the sub-key is the lower-case domain',
    mutate: (d) => {
      setDomains(d, 'Northwind-Partner.EXAMPLE.');
      d.federationDomainLookups = [tenant('NORTHWIND-partner.example')];
    },
    expect: { status: 'fail', findings: [onConfig(DOMAIN)] },
  },
  {
    name: 'two tenant domains in one configuration → two findings on the same resource',
    mutate: (d) => {
      setDomains(d, DOMAIN, 'northwind-labs.example', 'northwind-old.example');
      d.federationDomainLookups = [tenant(DOMAIN), tenant('northwind-labs.example'), noTenant('northwind-old.example')];
    },
    expect: { status: 'fail', findings: [onConfig(DOMAIN), onConfig('northwind-labs.example')] },
  },
  {
    name: 'a second federation configuration is judged on its own',
    mutate: (d) => {
      d.federationConfigurations.push({
        id: 'b4000000-0000-4000-8000-000000000f02',
        displayName: 'Contoso IdP',
        issuerUri: 'https://sts.contoso.example/adfs',
        preferredAuthenticationProtocol: 'wsFed',
        domains: [{ id: 'contoso.example' }],
      });
      d.federationDomainLookups.push(tenant('contoso.example', 'Contoso'));
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'entra-tenant', resourceId: 'b4000000-0000-4000-8000-000000000f02', subKey: 'contoso.example' }],
    },
  },
  {
    name: 'look-up missing for a domain → not-assessed, not pass',
    mutate: (d) => {
      d.federationDomainLookups = [];
    },
    expect: { status: 'not-assessed', reason: /northwind-partner\.example \(not looked up\)/ },
  },
  {
    name: 'look-up failed with 403 → not-assessed naming the permission, not fail',
    mutate: (d) => {
      d.federationDomainLookups = [{ domainName: DOMAIN, outcome: 'error', httpStatus: 403, errorCode: 'Authorization_RequestDenied' }];
    },
    expect: { status: 'not-assessed', reason: /HTTP 403 Authorization_RequestDenied; needs CrossTenantInformation\.ReadBasic\.All/ },
  },
  {
    name: 'look-up failed with 5xx → not-assessed',
    mutate: (d) => {
      d.federationDomainLookups = [{ domainName: DOMAIN, outcome: 'error', httpStatus: 503 }];
    },
    expect: { status: 'not-assessed', reason: /HTTP 503/ },
  },
  {
    name: 'one tenant domain and one failed look-up → fail, partly assessed',
    mutate: (d) => {
      setDomains(d, DOMAIN, 'northwind-labs.example');
      d.federationDomainLookups = [tenant(DOMAIN), { domainName: 'northwind-labs.example', outcome: 'error', httpStatus: 500 }];
    },
    expect: { status: 'fail', findings: [onConfig(DOMAIN)], reason: /^Partly assessed: .*northwind-labs\.example \(HTTP 500\)/ },
  },
  {
    name: 'no federation configured → not-applicable',
    mutate: (d) => {
      d.federationConfigurations = [];
      d.federationDomainLookups = [];
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'federation configurations with no domains → not-applicable',
    mutate: (d) => setDomains(d),
    expect: { status: 'not-applicable', reason: /list no domains/ },
  },
  {
    name: 'domains of a configuration not collected (containment navigation not expanded) → not-assessed',
    mutate: (d) => {
      d.federationConfigurations[0]!.domains = null;
    },
    expect: { status: 'not-assessed', reason: /domains of direct federation "Northwind IdP" were not collected/ },
  },
  {
    name: 'redemption order puts SAML/WS-Fed federation before Entra ID → federation is honoured → pass (FEDOV, REDEEM)',
    mutate: (d) => {
      d.federationDomainLookups = [tenant(DOMAIN)];
      redemptionOrder(d, ['externalFederation', 'azureActiveDirectory', 'socialIdentityProviders']);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'redemption order not configured → Microsoft default (Entra ID first) → fail (REDEEM)',
    mutate: (d) => {
      d.federationDomainLookups = [tenant(DOMAIN)];
      redemptionOrder(d, null);
    },
    expect: { status: 'fail', findings: [onConfig(DOMAIN)] },
  },
  {
    name: 'redemption order without Entra ID but with federation → pass (REDEEM)',
    mutate: (d) => {
      d.federationDomainLookups = [tenant(DOMAIN)];
      redemptionOrder(d, ['externalFederation', 'emailOneTimePasscode']);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'cross-tenant default settings unreadable → finding under the default order, partly assessed',
    mutate: (d, s) => {
      d.federationDomainLookups = [tenant(DOMAIN)];
      s.sections.crossTenantAccessDefault = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      delete s.data.crossTenantAccessDefault;
    },
    expect: {
      status: 'fail',
      findings: [onConfig(DOMAIN)],
      reason: /redemption order could not be read.*lacks the Policy\.Read\.All permission/,
      detail: /HTTP 403 Authorization_RequestDenied/,
    },
  },
  {
    name: 'cross-tenant default settings unreadable but no tenant domain → pass (the order does not matter)',
    mutate: (_d, s) => {
      s.sections.crossTenantAccessDefault = { status: 'forbidden', httpStatus: 403 };
      delete s.data.crossTenantAccessDefault;
    },
    expect: { status: 'pass' },
  },
]);
