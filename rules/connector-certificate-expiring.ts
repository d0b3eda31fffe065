import { readableDate } from '../src/util/dates.js';
import { defineRule } from '../src/engine/rule.js';
import { daysUntil, epochInstant, expiryState } from '../src/model/certificates.js';
import { odataType } from '../src/model/urls.js';
import type { IdentityApiConnector } from '../src/snapshot/snapshot.types.js';

interface Options {
  certWarnDays: number;
}

const CLIENT_CERTIFICATE = 'microsoft.graph.clientcertificateauthentication';

type Cert = NonNullable<NonNullable<NonNullable<IdentityApiConnector['authenticationConfiguration']>['certificateList']>>[number];

function certificates(connector: IdentityApiConnector): Cert[] | undefined {
  const auth = connector.authenticationConfiguration;
  if (!auth) return undefined;
  if (odataType(auth) === CLIENT_CERTIFICATE || (odataType(auth) === undefined && Array.isArray(auth.certificateList)))
    return auth.certificateList ?? [];
  return undefined;
}

export default defineRule<never, Options>({
  meta: {
    id: 'connector-certificate-expiring',
    title: "An API connector's client certificate expires soon with no successor uploaded",
    action: 'Upload a new certificate for the API connector before the current one expires.',
    severity: 'medium',
    category: 'connectors-and-federation',
    requires: [],
    optional: ['apiConnectors'],
    options: {
      schema: { properties: { certWarnDays: { type: 'integer', minimum: 1, maximum: 365, default: 30 } } },
      defaults: { certWarnDays: 30 },
      docs: {
        certWarnDays:
          'How many days before expiry a certificate is reported. 30 leaves a monthly change window to obtain, upload and test a new certificate; raise it where certificates come from a slow issuing process.',
      },
    },
    rationale:
      'An API connector with client-certificate authentication proves to your sign-up API that the call comes from Entra. When the active certificate expires, Entra can no longer call the API: depending on how the API treats the failure, every sign-up through that user flow breaks — or, worse, someone "fixes" it by weakening the API\'s authentication. Entra switches to a newer uploaded certificate by itself once its validity starts, so a certificate is reported only when it is active, expires within the warning window and no certificate valid beyond the window has been uploaded. Expired certificates belong to connector-unsecured. API connectors are only collected on request (reading them needs APIConnectors.ReadWrite.All); without them this rule is not assessed.',
    remediation: {
      summary:
        'Upload the next client certificate (PKCS#12) to the API connector before the current one expires, and configure the API to accept it.',
      graph: {
        method: 'POST',
        url: '/v1.0/identity/apiConnectors/{identityApiConnectorId}/uploadClientCertificate',
        body: { pkcs12Value: '<Base64 of the .pfx>', password: '<.pfx password>' },
      },
      ids: (f) => ({ identityApiConnectorId: f.resource.id }),
      portal:
        'Entra admin center › External Identities › All API connectors › <connector> › Authentication type: Certificate › Upload a new certificate',
    },
    references: [
      {
        title: 'Secure your API used as an API connector in self-service sign-up user flows',
        url: 'https://learn.microsoft.com/entra/external-id/self-service-sign-up-secure-api-connector',
      },
      {
        title: 'pkcs12CertificateInformation resource type (isActive, notAfter)',
        url: 'https://learn.microsoft.com/graph/api/resources/pkcs12certificateinformation',
      },
    ],
    semantics: [
      {
        statement:
          'The active certificate is the most recently uploaded one that is not yet expired and whose notBefore is past; notAfter is a NumericDate (seconds since 1970).',
        source: 'https://learn.microsoft.com/graph/api/resources/pkcs12certificateinformation',
      },
      {
        statement:
          'So a certificate valid beyond the warning window takes over by itself: only an active certificate expiring inside the window with no such successor is reported.',
        source: 'https://learn.microsoft.com/graph/api/resources/pkcs12certificateinformation',
        reading: 'a successor uploaded ahead of time is exactly the remediation; reporting the old one would be noise.',
      },
    ],
    messages: {
      expiring:
        'The client certificate {thumbprint} of API connector {displayName} expires in {days:day} ({notAfter}) and no newer certificate has been uploaded.',
    },
  },
  evaluate(_data, ctx) {
    const connectors = ctx.section('apiConnectors');
    if (!connectors) {
      ctx.incomplete('API connectors were not checked', ['apiConnectors']);
      return;
    }
    let withCertificates = 0;
    const horizon = new Date(ctx.asOf.getTime() + ctx.options.certWarnDays * 86_400_000);
    for (const connector of connectors) {
      const list = certificates(connector);
      if (!list) continue;
      withCertificates++;
      const dated = list.map((c, index) => ({ c, index, notAfter: epochInstant(c.notAfter) }));
      for (const d of dated) {
        if (!d.notAfter)
          ctx.incomplete(
            `the expiry of a certificate of API connector ${JSON.stringify(connector.displayName ?? connector.id)} cannot be read (${JSON.stringify(String(d.c.notAfter ?? null).slice(0, 40))})`,
          );
      }
      // A certificate valid past the window will take over by itself (Graph: the active one is the newest not yet expired).
      const successor = dated.find((d) => d.notAfter && d.notAfter.getTime() > horizon.getTime());
      if (successor) continue;
      for (const d of dated) {
        if (!d.notAfter || d.c.isActive === false) continue;
        if (expiryState(d.notAfter, ctx.asOf, ctx.options.certWarnDays) !== 'expiring') continue;
        const thumbprint = d.c.thumbprint ? d.c.thumbprint.toUpperCase() : null;
        ctx.fail('expiring', {
          resource: {
            type: 'identityApiConnector',
            id: connector.id,
            displayName: connector.displayName ?? null,
            path: `identity/apiConnectors/${connector.id}`,
          },
          subKey: thumbprint ? `certificate:${thumbprint}` : `certificate#${d.index}`,
          params: {
            thumbprint: thumbprint ?? `#${d.index + 1}`,
            days: daysUntil(ctx.asOf, d.notAfter),
            notAfter: readableDate(d.notAfter.toISOString()),
          },
          evidence: {
            thumbprint,
            notAfter: d.notAfter.toISOString(),
            isActive: d.c.isActive ?? null,
            certWarnDays: ctx.options.certWarnDays,
            certificates: list.length,
          },
        });
      }
    }
    if (withCertificates === 0) ctx.notApplicable('no API connector uses client certificate authentication.');
  },
});
