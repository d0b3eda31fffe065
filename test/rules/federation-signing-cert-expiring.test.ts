import rule from '../../rules/federation-signing-cert-expiring.js';
import { ruleTable } from '../support/rule-table.js';

// The base federation's certificate is valid until 2036-11-24T11:47:28Z; cases move the reference date instead of
// minting certificates.
// Cited:
// ROLL  https://learn.microsoft.com/graph/api/resources/samlorwsfedexternaldomainfederation — signingCertificate:
//       "Microsoft Entra ID updates certificates via an autorollover process in which it attempts to retrieve a new
//       certificate from the federation service metadata, 30 days before expiry of the current certificate. If a new
//       certificate isn't available, Microsoft Entra ID monitors the metadata daily".
// META  https://learn.microsoft.com/entra/external-id/direct-federation — "Metadata URL is optional … If you provide
//       the metadata URL, Microsoft Entra ID can automatically renew the signing certificate when it expires."
const FED = 'a3f9b2c1-0000-4000-8000-000000000f01';

ruleTable(rule, [
  { name: 'certificate valid for ten years passes', expect: { status: 'pass' } },
  // ROLL + META: a metadata URL is set (base), so inside the window Entra is renewing it — informational.
  {
    name: 'expiring in 13 days with a metadata URL set → info: Entra renews it from the metadata (ROLL, META)',
    asOf: '2036-11-11T00:00:00Z',
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'expiringRenewing',
          resourceId: FED,
          subKey: 'signingCertificate',
          severity: 'info',
          params: { days: 13, notAfter: '24 November 2036' },
        },
      ],
    },
  },
  {
    name: 'expiring in 13 days without a metadata URL → medium: nobody renews it but you (META)',
    asOf: '2036-11-11T00:00:00Z',
    mutate: (d) => {
      d.federationConfigurations[0]!.metadataExchangeUri = null;
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'expiring',
          resourceId: FED,
          subKey: 'signingCertificate',
          severity: 'medium',
          params: { days: 13, notAfter: '24 November 2036' },
        },
      ],
    },
  },
  {
    name: 'a metadata URL that is not https cannot be relied on for renewal → medium (META)',
    asOf: '2036-11-11T00:00:00Z',
    mutate: (d) => {
      d.federationConfigurations[0]!.metadataExchangeUri = 'not a url';
    },
    expect: { status: 'fail', findings: [{ messageId: 'expiring', severity: 'medium' }] },
  },
  // ROLL: an expired certificate means the renewal did not happen — high whether or not a metadata URL is set.
  {
    name: 'expired → high, even with a metadata URL (ROLL)',
    asOf: '2036-12-01T00:00:00Z',
    expect: { status: 'fail', findings: [{ messageId: 'expired', severity: 'high', params: { days: 7 } }] },
  },
  {
    name: 'certWarnDays 7 lets a 13-day expiry pass',
    asOf: '2036-11-11T00:00:00Z',
    options: { certWarnDays: 7 },
    expect: { status: 'pass' },
  },
  {
    name: 'PEM armour and line breaks are tolerated',
    mutate: (d) => {
      const b64 = d.federationConfigurations[0]!.signingCertificate!;
      d.federationConfigurations[0]!.signingCertificate = `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
    },
    asOf: '2036-12-01T00:00:00Z',
    expect: { status: 'fail', findings: [{ messageId: 'expired' }] },
  },
  {
    name: "regression: Graph's truncated documentation example is unparseable → not assessed with the reason",
    mutate: (d) => {
      d.federationConfigurations[0]!.signingCertificate = 'MIIC6DCCAdCgAwIBAgIQQ6vYJIVKQ';
    },
    expect: { status: 'not-assessed', reason: /not a readable X\.509 certificate|not Base64/ },
  },
  {
    name: 'not Base64 at all → not assessed',
    mutate: (d) => {
      d.federationConfigurations[0]!.signingCertificate = 'not a certificate!';
    },
    expect: { status: 'not-assessed', reason: /not Base64/ },
  },
  {
    name: 'no certificate in the configuration → not assessed',
    mutate: (d) => {
      d.federationConfigurations[0]!.signingCertificate = null;
    },
    expect: { status: 'not-assessed', reason: /no certificate/ },
  },
  {
    name: 'one expired federation still fails when another cannot be parsed',
    mutate: (d) => {
      d.federationConfigurations.push({ id: 'a3f9b2c1-0000-4000-8000-000000000f02', displayName: 'Broken', signingCertificate: '%%%' });
    },
    asOf: '2036-12-01T00:00:00Z',
    expect: { status: 'fail', reason: /Partly assessed/, findings: [{ resourceId: FED }] },
  },
  {
    name: 'no federation configured → not applicable',
    mutate: (d) => {
      d.federationConfigurations = [];
    },
    expect: { status: 'not-applicable' },
  },
]);
