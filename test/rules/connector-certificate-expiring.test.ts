import rule from '../../rules/connector-certificate-expiring.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// PKCS12 https://learn.microsoft.com/graph/api/resources/pkcs12certificateinformation — notAfter/notBefore are NumericDate
//        (seconds since 1970); "The active certificate is the most recently uploaded certificate that isn't yet expired
//        but whose notBefore time is in the past."
// SECURE https://learn.microsoft.com/entra/external-id/self-service-sign-up-secure-api-connector — client certificate
//        authentication; upload a new certificate before the old one expires.

const CONNECTOR = 'c0a1b2c3-0000-4000-8000-00000000a001';
// The harness evaluates as of 2026-11-27T00:00:00Z.
const DEC_10_S = 1796860800; // 2026-12-10, in seconds (Graph documents a NumericDate)
const DEC_10_MS = DEC_10_S * 1000;
const NOV_20_S = 1795132800; // 2026-11-20: already expired
const JUN_2027_S = 1811808000; // 2027-06-01: well beyond the window

type Cert = {
  thumbprint?: string | null;
  notBefore?: number | string | null;
  notAfter?: number | string | null;
  isActive?: boolean | null;
};

function certs(d: MutableData, list: Cert[]): void {
  d.apiConnectors[0]!.authenticationConfiguration = {
    '@odata.type': '#microsoft.graph.clientCertificateAuthentication',
    certificateList: list,
  };
}

ruleTable(rule, [
  { name: 'certificate valid until 2028 passes', expect: { status: 'pass' } },
  {
    name: 'active certificate expiring in 13 days (seconds) → medium (PKCS12)',
    mutate: (d) => certs(d, [{ thumbprint: 'aa11', notBefore: 1767225600, notAfter: DEC_10_S, isActive: true }]),
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'expiring',
          resourceId: CONNECTOR,
          subKey: 'certificate:AA11',
          severity: 'medium',
          params: { days: 13, notAfter: '10 December 2026' },
        },
      ],
    },
  },
  {
    name: 'the same expiry in milliseconds is read the same way',
    mutate: (d) => certs(d, [{ thumbprint: 'AA11', notAfter: DEC_10_MS, isActive: true }]),
    expect: { status: 'fail', findings: [{ params: { days: 13 } }] },
  },
  {
    name: 'a successor valid beyond the window has been uploaded → pass (PKCS12)',
    mutate: (d) =>
      certs(d, [
        { thumbprint: 'AA11', notAfter: DEC_10_S, isActive: true },
        { thumbprint: 'BB22', notBefore: 1796256000, notAfter: JUN_2027_S, isActive: false },
      ]),
    expect: { status: 'pass' },
  },
  {
    name: 'expired certificates belong to connector-unsecured, not here (SECURE)',
    mutate: (d) => certs(d, [{ thumbprint: 'AA11', notAfter: NOV_20_S, isActive: true }]),
    expect: { status: 'pass' },
  },
  {
    name: 'certWarnDays 7 lets a 13-day expiry pass',
    mutate: (d) => certs(d, [{ thumbprint: 'AA11', notAfter: DEC_10_S, isActive: true }]),
    options: { certWarnDays: 7 },
    expect: { status: 'pass' },
  },
  {
    name: 'an inactive expiring certificate with nothing newer is not in use → pass (PKCS12)',
    mutate: (d) => certs(d, [{ thumbprint: 'AA11', notAfter: DEC_10_S, isActive: false }]),
    expect: { status: 'pass' },
  },
  {
    name: 'unreadable expiry → not assessed, never pass',
    mutate: (d) => certs(d, [{ thumbprint: 'AA11', notAfter: 'soon', isActive: true }]),
    expect: { status: 'not-assessed', reason: /cannot be read/ },
  },
  {
    name: 'a 403 on API connectors → not assessed naming the write-only permission, not fail',
    mutate: (d, s) => {
      s.sections.apiConnectors = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      delete (d as Partial<MutableData>).apiConnectors;
    },
    expect: { status: 'not-assessed', reason: /APIConnectors\.ReadWrite\.All/ },
  },
  {
    name: 'API connectors skipped (opt-in collection) → not assessed',
    mutate: (d, s) => {
      s.sections.apiConnectors = { status: 'skipped', message: 'not requested (--include-api-connectors)' };
      delete (d as Partial<MutableData>).apiConnectors;
    },
    expect: { status: 'not-assessed', reason: /were not read/, detail: /skipped, not requested \(--include-api-connectors\)/ },
  },
  {
    name: 'no connector uses certificates → not applicable',
    mutate: (d) => {
      d.apiConnectors[0]!.authenticationConfiguration = { '@odata.type': '#microsoft.graph.basicAuthentication', username: 'svc' };
    },
    expect: { status: 'not-applicable' },
  },
]);
