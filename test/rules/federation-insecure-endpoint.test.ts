import rule from '../../rules/federation-insecure-endpoint.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// DIRFED https://learn.microsoft.com/entra/external-id/direct-federation — "Passive authentication endpoint of partner
//        IdP (only https is supported)".
// PROV   https://learn.microsoft.com/graph/api/resources/samlorwsfedprovider — passiveSignInUri (web sign-in),
//        metadataExchangeUri (rich clients), issuerUri (an identifier).

const FED = 'a3f9b2c1-0000-4000-8000-000000000f01';

ruleTable(rule, [
  { name: 'https endpoints pass', expect: { status: 'pass' } },
  {
    name: 'http passive sign-in URI → high (DIRFED)',
    mutate: (d) => {
      d.federationConfigurations[0]!.passiveSignInUri = 'http://idp.northwind-partner.example/sso';
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'insecure', resourceId: FED, subKey: 'passiveSignInUri', severity: 'high', params: { problem: 'scheme http' } },
      ],
    },
  },
  {
    name: 'http metadata exchange URI → medium (PROV)',
    mutate: (d) => {
      d.federationConfigurations[0]!.metadataExchangeUri = 'http://idp.northwind-partner.example/mex';
    },
    expect: { status: 'fail', findings: [{ subKey: 'metadataExchangeUri', severity: 'medium' }] },
  },
  {
    name: 'both insecure → one finding each',
    mutate: (d) => {
      d.federationConfigurations[0]!.passiveSignInUri = 'http://a.example/sso';
      d.federationConfigurations[0]!.metadataExchangeUri = 'http://a.example/mex';
    },
    expect: { status: 'fail', findingCount: 2 },
  },
  {
    name: "an http issuer URI is an identifier, never fetched → pass (Graph's own example uses one) (PROV)",
    mutate: (d) => {
      d.federationConfigurations[0]!.issuerUri = 'http://contoso.com/adfs/services/trust';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'no metadata exchange URI configured → nothing to check',
    mutate: (d) => {
      d.federationConfigurations[0]!.metadataExchangeUri = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a value that is not a URL is not "secure" → reported',
    mutate: (d) => {
      d.federationConfigurations[0]!.passiveSignInUri = 'idp.northwind-partner.example/sso';
    },
    expect: { status: 'fail', findings: [{ subKey: 'passiveSignInUri', params: { problem: 'not a valid URL' } }] },
  },
  {
    name: 'HTTPS in upper case is still HTTPS',
    mutate: (d) => {
      d.federationConfigurations[0]!.passiveSignInUri = 'HTTPS://IDP.NORTHWIND-PARTNER.EXAMPLE/sso';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'no federation configured → not applicable',
    mutate: (d) => {
      d.federationConfigurations = [];
    },
    expect: { status: 'not-applicable' },
  },
]);
