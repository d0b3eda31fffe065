import { describe, expect, it } from 'vitest';
import rule, { certificateInstant, redactEndpoint } from '../../rules/connector-unsecured.js';
import type { IdentityApiConnector, SectionStatus, Snapshot } from '../../src/snapshot/snapshot.types.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// SECURE https://learn.microsoft.com/entra/external-id/self-service-sign-up-secure-api-connector — HTTP basic or HTTPS
//        client-certificate authentication; in production the certificate must be signed by a CA.
// PKCS12 https://learn.microsoft.com/graph/api/resources/pkcs12certificateinformation — NumericDate expiry; the active
//        certificate is the newest one not yet expired.
// CUSTEXT https://learn.microsoft.com/graph/api/resources/customauthenticationextension — authenticationConfiguration
//        (azureAdTokenAuthentication) and endpointConfiguration (httpRequestEndpoint, Logic App trigger).

const CONNECTOR = 'c0a1b2c3-0000-4000-8000-00000000a001';
const EXTENSION = 'e7d6c5b4-0000-4000-8000-00000000e001';
// Reference time of every case: 2026-11-27T00:00:00Z.
const PAST_MS = Date.parse('2026-06-01T00:00:00Z');
const FUTURE_MS = Date.parse('2027-06-01T00:00:00Z');

const connector = (d: MutableData): IdentityApiConnector => d.apiConnectors[0]!;
const certs = (d: MutableData, ...notAfter: Array<number | string | null>): void => {
  connector(d).authenticationConfiguration = {
    '@odata.type': '#microsoft.graph.clientCertificateAuthentication',
    certificateList: notAfter.map((n, i) => ({
      thumbprint: `T${i}`,
      notBefore: 1767225600000,
      notAfter: n,
      isActive: i === notAfter.length - 1,
    })),
  };
};
const extensionAuth = (d: MutableData, type: string | null): void => {
  d.customAuthenticationExtensions[0]!.authenticationConfiguration =
    type === null ? null : { '@odata.type': type, resourceId: 'api://claims.fabrikam.example/e7d6c5b4' };
};
const notCollected = (s: Snapshot, name: 'apiConnectors' | 'customAuthenticationExtensions', status: SectionStatus): void => {
  s.sections[name] = status;
  delete s.data[name];
};
const skippedConnectors: SectionStatus = { status: 'skipped', message: 'not requested (use --include-api-connectors)' };
const onConnector = (subKey: string, severity: 'high' | 'medium') => ({
  messageId: subKey,
  resourceId: CONNECTOR,
  resourceType: 'identityApiConnector',
  subKey,
  severity,
});
const onExtension = (subKey: string) => ({
  messageId: subKey,
  resourceId: EXTENSION,
  resourceType: 'customAuthenticationExtension',
  subKey,
  severity: 'high' as const,
});

ruleTable(rule, [
  { name: 'certificate-authenticated https connector and token-authenticated https extension pass', expect: { status: 'pass' } },
  {
    name: 'basic authentication → medium (SECURE)',
    mutate: (d) => {
      connector(d).authenticationConfiguration = {
        '@odata.type': '#microsoft.graph.basicAuthentication',
        username: 'svc',
        password: '******',
      };
    },
    expect: { status: 'fail', findings: [onConnector('basic-auth', 'medium')] },
  },
  {
    name: '@odata.type without "#" and in another case is still recognised',
    mutate: (d) => {
      connector(d).authenticationConfiguration = { '@odata.type': 'Microsoft.Graph.BasicAuthentication', username: 'svc' };
    },
    expect: { status: 'fail', findings: [onConnector('basic-auth', 'medium')] },
  },
  {
    name: 'no authentication configuration → high',
    mutate: (d) => {
      connector(d).authenticationConfiguration = null;
    },
    expect: { status: 'fail', findings: [onConnector('no-auth', 'high')] },
  },
  {
    name: 'empty authentication object → no-auth',
    mutate: (d) => {
      connector(d).authenticationConfiguration = {};
    },
    expect: { status: 'fail', findings: [onConnector('no-auth', 'high')] },
  },
  {
    name: 'all certificates expired (epoch milliseconds) → medium (PKCS12)',
    mutate: (d) => certs(d, PAST_MS - 1000, PAST_MS),
    expect: {
      status: 'fail',
      findings: [{ ...onConnector('certificate-expired', 'medium'), params: { latestExpiry: '2026-06-01T00:00:00.000Z' } }],
    },
  },
  {
    name: 'expired certificate given in epoch seconds is recognised as expired (PKCS12)',
    mutate: (d) => certs(d, PAST_MS / 1000),
    expect: {
      status: 'fail',
      findings: [{ ...onConnector('certificate-expired', 'medium'), params: { latestExpiry: '2026-06-01T00:00:00.000Z' } }],
    },
  },
  {
    name: 'valid certificate in epoch seconds passes (not misread as 1970)',
    mutate: (d) => certs(d, FUTURE_MS / 1000),
    expect: { status: 'pass' },
  },
  {
    name: 'one expired and one current certificate → pass (Entra uses the current one) (PKCS12)',
    mutate: (d) => certs(d, PAST_MS, FUTURE_MS),
    expect: { status: 'pass' },
  },
  {
    name: 'numeric-string and ISO notAfter values are read',
    mutate: (d) => certs(d, String(PAST_MS), '2026-07-01T00:00:00Z'),
    expect: {
      status: 'fail',
      findings: [{ ...onConnector('certificate-expired', 'medium'), params: { latestExpiry: '2026-07-01T00:00:00.000Z' } }],
    },
  },
  {
    name: 'certificate authentication with no certificates → certificate-expired (no usable certificate)',
    mutate: (d) => certs(d),
    expect: {
      status: 'fail',
      findings: [{ ...onConnector('certificate-expired', 'medium'), params: { latestExpiry: 'no certificate uploaded' } }],
    },
  },
  {
    name: 'unreadable certificate expiry → not assessed, not guessed',
    mutate: (d) => certs(d, 'next year'),
    expect: { status: 'not-assessed', reason: /client certificate whose expiry date could not be read/ },
  },
  {
    name: 'unknown authentication type → not assessed, never safe',
    mutate: (d) => {
      connector(d).authenticationConfiguration = { '@odata.type': '#microsoft.graph.futureAuthentication' };
    },
    expect: {
      status: 'not-assessed',
      reason: /authentication type "#microsoft.graph.futureAuthentication", which gatehouse does not recognise/,
    },
  },
  {
    name: 'http:// target → high',
    mutate: (d) => {
      connector(d).targetUrl = 'http://signup-check.fabrikam.example/api/validate';
    },
    expect: {
      status: 'fail',
      findings: [
        {
          ...onConnector('non-https', 'high'),
          params: { endpoint: 'http://signup-check.fabrikam.example/api/validate', kind: 'API connector' },
        },
      ],
    },
  },
  {
    name: 'unparsable target URL → non-https',
    mutate: (d) => {
      connector(d).targetUrl = 'signup-check.fabrikam.example/api';
    },
    expect: { status: 'fail', findings: [onConnector('non-https', 'high')] },
  },
  {
    name: 'missing target URL → non-https',
    mutate: (d) => {
      connector(d).targetUrl = null;
    },
    expect: { status: 'fail', findings: [{ ...onConnector('non-https', 'high'), params: { endpoint: '(none)' } }] },
  },
  {
    name: 'HTTPS in upper case is https',
    mutate: (d) => {
      connector(d).targetUrl = 'HTTPS://SIGNUP-CHECK.fabrikam.example/api';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a function key in the query string is not republished in the finding',
    mutate: (d) => {
      connector(d).targetUrl = 'http://fn.fabrikam.example/api/check?code=SECRET123';
    },
    expect: {
      status: 'fail',
      findings: [{ ...onConnector('non-https', 'high'), params: { endpoint: 'http://fn.fabrikam.example/api/check?…' } }],
    },
  },
  {
    name: 'basic auth over http → two findings on one connector, one per reason',
    mutate: (d) => {
      connector(d).targetUrl = 'http://signup-check.fabrikam.example/api';
      connector(d).authenticationConfiguration = { '@odata.type': '#microsoft.graph.basicAuthentication', username: 'svc' };
    },
    expect: { status: 'fail', findings: [onConnector('non-https', 'high'), onConnector('basic-auth', 'medium')] },
  },
  {
    name: 'extension without Entra token authentication → high (CUSTEXT)',
    mutate: (d) => extensionAuth(d, null),
    expect: { status: 'fail', findings: [{ ...onExtension('no-token-auth'), params: { authenticationType: 'none' } }] },
  },
  {
    name: 'extension with another authentication type → no-token-auth',
    mutate: (d) => extensionAuth(d, '#microsoft.graph.basicAuthentication'),
    expect: { status: 'fail', findings: [onExtension('no-token-auth')] },
  },
  {
    name: 'extension with PoP token authentication (no "#", other case) passes (CUSTEXT)',
    mutate: (d) => extensionAuth(d, 'microsoft.graph.AzureAdPopTokenAuthentication'),
    expect: { status: 'pass' },
  },
  {
    name: 'extension with http endpoint → non-https on the extension',
    mutate: (d) => {
      d.customAuthenticationExtensions[0]!.endpointConfiguration = {
        '@odata.type': '#microsoft.graph.httpRequestEndpoint',
        targetUrl: 'http://claims.fabrikam.example/api',
      };
    },
    expect: { status: 'fail', findings: [{ ...onExtension('non-https'), params: { kind: 'Custom authentication extension' } }] },
  },
  {
    name: 'extension calling a Logic App trigger has no URL to check → pass (CUSTEXT)',
    mutate: (d) => {
      d.customAuthenticationExtensions[0]!.endpointConfiguration = {
        '@odata.type': '#microsoft.graph.logicAppTriggerEndpointConfiguration',
        subscriptionId: 's',
        resourceGroupName: 'rg',
        logicAppWorkflowName: 'wf',
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'extension without endpoint configuration → not assessed',
    mutate: (d) => {
      d.customAuthenticationExtensions[0]!.endpointConfiguration = null;
    },
    expect: { status: 'not-assessed', reason: /"Claims enrichment" has no endpoint configuration/ },
  },
  {
    name: 'no connectors and no extensions → not-applicable',
    mutate: (d) => {
      d.apiConnectors = [];
      d.customAuthenticationExtensions = [];
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'API connectors skipped (opt-in) and nothing wrong elsewhere → not-assessed naming the switch',
    mutate: (_d, s) => notCollected(s, 'apiConnectors', skippedConnectors),
    expect: {
      status: 'not-assessed',
      reason: /API connectors were not checked\. The API connectors were not read: .*only when the operator asks for it/,
      detail: /--include-api-connectors/,
    },
  },
  {
    name: 'API connectors skipped while extensions are empty → not-assessed, not not-applicable',
    mutate: (d, s) => {
      notCollected(s, 'apiConnectors', skippedConnectors);
      d.customAuthenticationExtensions = [];
    },
    expect: { status: 'not-assessed', reason: /API connectors were not checked/ },
  },
  {
    name: 'API connectors skipped but an extension fails → fail, partly assessed',
    mutate: (d, s) => {
      notCollected(s, 'apiConnectors', skippedConnectors);
      extensionAuth(d, null);
    },
    expect: { status: 'fail', findings: [onExtension('no-token-auth')], reason: /^Partly assessed: API connectors were not checked/ },
  },
  {
    name: 'extensions 403 → not-assessed naming the permission, not fail',
    mutate: (_d, s) =>
      notCollected(s, 'customAuthenticationExtensions', { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' }),
    expect: {
      status: 'not-assessed',
      reason: /lacks the CustomAuthenticationExtension\.Read\.All permission/,
      detail: /HTTP 403 Authorization_RequestDenied/,
    },
  },
  {
    name: 'both sections missing → not-assessed',
    mutate: (_d, s) => {
      notCollected(s, 'apiConnectors', { status: 'forbidden', httpStatus: 403 });
      notCollected(s, 'customAuthenticationExtensions', { status: 'error', httpStatus: 503 });
    },
    expect: {
      status: 'not-assessed',
      reason: /APIConnectors\.ReadWrite\.All.*did not return the custom authentication extensions \(the service was unavailable\)/,
      detail: /HTTP 503/,
    },
  },
]);

describe('connector-unsecured helpers', () => {
  it('tells epoch seconds from milliseconds by magnitude', () => {
    expect(certificateInstant(1830297600)?.toISOString()).toBe('2028-01-01T00:00:00.000Z');
    expect(certificateInstant(1830297600000)?.toISOString()).toBe('2028-01-01T00:00:00.000Z');
    expect(certificateInstant('1830297600000')?.toISOString()).toBe('2028-01-01T00:00:00.000Z');
    expect(certificateInstant('2028-01-01T00:00:00Z')?.toISOString()).toBe('2028-01-01T00:00:00.000Z');
  });

  it('treats zero, negatives, absurd magnitudes and prose as unknown', () => {
    for (const v of [0, -1, 1e15, Number.NaN, Infinity, 'soon', null, undefined, {}]) expect(certificateInstant(v)).toBeUndefined();
  });

  it('redacts query strings and credentials from endpoints', () => {
    expect(redactEndpoint('https://user:pw@fn.example/api?code=abc#x')).toBe('https://fn.example/api?…');
    expect(redactEndpoint('not a url?code=abc')).toBe('not a url?…');
    expect(redactEndpoint(null)).toBeNull();
  });
});
