import { defineRule, type RuleContext, type Severity } from '../src/engine/rule.js';
import { parseGraphDateTime } from '../src/model/guests.js';
import { checkHttpsEndpoint, odataType } from '../src/model/urls.js';
import { SECTIONS } from '../src/snapshot/sections.js';
import type { CustomAuthenticationExtension, IdentityApiConnector, SectionName, SectionStatus } from '../src/snapshot/snapshot.types.js';

type Reason = 'basic-auth' | 'no-auth' | 'certificate-expired' | 'non-https' | 'no-token-auth';

const SEVERITY: Record<Reason, Severity> = {
  'basic-auth': 'medium',
  'no-auth': 'high',
  'certificate-expired': 'medium',
  'non-https': 'high',
  'no-token-auth': 'high',
};

const BASIC = 'microsoft.graph.basicauthentication';
const CLIENT_CERTIFICATE = 'microsoft.graph.clientcertificateauthentication';
const PKCS12 = 'microsoft.graph.pkcs12certificate';
const ENTRA_TOKEN_AUTH: ReadonlySet<string> = new Set([
  'microsoft.graph.azureadtokenauthentication',
  'microsoft.graph.azureadpoptokenauthentication',
]);
const HTTP_ENDPOINT = 'microsoft.graph.httprequestendpoint';
const LOGIC_APP_ENDPOINT = 'microsoft.graph.logicapptriggerendpointconfiguration';

/** Below this an epoch value is in seconds (1e11 s is the year 5138); below 1e14 it is in milliseconds. */
const SECONDS_LIMIT = 1e11;
const MILLISECONDS_LIMIT = 1e14;

/**
 * A certificate's `notAfter`/`notBefore`. Graph documents Int64 epoch values without naming the unit, so seconds and
 * milliseconds are told apart by magnitude; an ISO string is accepted too. Anything else is unknown (undefined).
 */
export function certificateInstant(value: unknown): Date | undefined {
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) n = Number(value);
  else return parseGraphDateTime(value);
  if (!Number.isFinite(n) || n <= 0 || n >= MILLISECONDS_LIMIT) return undefined;
  return new Date(n < SECONDS_LIMIT ? n * 1000 : n);
}

/**
 * An endpoint for evidence and messages without its query string or credentials: Azure Functions keys are
 * commonly passed as `?code=…`, and a report must not republish them.
 */
export function redactEndpoint(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
  } catch {
    const cut = value.search(/[?#]/);
    const shown = cut >= 0 ? `${value.slice(0, cut)}?…` : value;
    return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
  }
}

interface Subject {
  kind: 'API connector' | 'Custom authentication extension';
  resource: { type: string; id: string; displayName: string | null; path: string };
}

function report(
  ctx: RuleContext<unknown>,
  subject: Subject,
  reason: Reason,
  params: Record<string, string | number | null>,
  evidence: Record<string, unknown>,
): void {
  ctx.fail(reason, {
    resource: subject.resource,
    subKey: reason,
    severity: SEVERITY[reason],
    params: { kind: subject.kind, ...params },
    evidence,
  });
}

function checkEndpoint(ctx: RuleContext<unknown>, subject: Subject, targetUrl: unknown): void {
  const endpoint = checkHttpsEndpoint(targetUrl);
  if (endpoint.https) return;
  const shown = redactEndpoint(targetUrl) ?? '(none)';
  report(
    ctx,
    subject,
    'non-https',
    { endpoint: shown },
    { targetUrl: shown, problem: endpoint.why === 'scheme' ? `scheme ${endpoint.scheme}` : endpoint.why },
  );
}

function checkConnector(ctx: RuleContext<unknown>, connector: IdentityApiConnector): void {
  const subject: Subject = {
    kind: 'API connector',
    resource: {
      type: 'identityApiConnector',
      id: connector.id,
      displayName: connector.displayName ?? null,
      path: `identity/apiConnectors/${connector.id}`,
    },
  };
  const label = JSON.stringify(connector.displayName ?? connector.id);
  checkEndpoint(ctx, subject, connector.targetUrl);

  const auth = connector.authenticationConfiguration;
  let type = odataType(auth);
  if (auth && type === undefined) {
    // No @odata.type: recognise the two readable shapes by their properties, nothing else.
    if (Array.isArray(auth.certificateList)) type = CLIENT_CERTIFICATE;
    else if (typeof auth.username === 'string') type = BASIC;
  }
  if (!auth || (type === undefined && Object.keys(auth).length === 0)) {
    report(ctx, subject, 'no-auth', {}, { authenticationConfiguration: auth ?? null });
    return;
  }
  switch (type) {
    case BASIC:
      report(
        ctx,
        subject,
        'basic-auth',
        {},
        { authenticationType: auth['@odata.type'] ?? 'basicAuthentication', username: auth.username ?? null },
      );
      return;
    case CLIENT_CERTIFICATE:
    case PKCS12: {
      const list = auth.certificateList;
      if (!Array.isArray(list)) {
        ctx.incomplete(
          `API connector ${label} uses certificate authentication but its certificate list was not returned, so expiry could not be checked`,
        );
        return;
      }
      const certificates = list.map((c) => ({
        thumbprint: c.thumbprint ?? null,
        isActive: c.isActive ?? null,
        notAfter: certificateInstant(c.notAfter),
        rawNotAfter: c.notAfter ?? null,
      }));
      if (certificates.some((c) => c.notAfter && c.notAfter.getTime() > ctx.asOf.getTime())) return;
      if (certificates.some((c) => !c.notAfter)) {
        ctx.incomplete(`API connector ${label} has a client certificate whose expiry date could not be read`);
        return;
      }
      const latest = certificates.reduce<Date | undefined>(
        (max, c) => (c.notAfter && (!max || c.notAfter > max) ? c.notAfter : max),
        undefined,
      );
      report(
        ctx,
        subject,
        'certificate-expired',
        { latestExpiry: latest ? latest.toISOString() : 'no certificate uploaded' },
        {
          certificates: certificates.map((c) => ({
            thumbprint: c.thumbprint,
            isActive: c.isActive,
            notAfter: c.notAfter?.toISOString() ?? null,
            rawNotAfter: c.rawNotAfter,
          })),
          asOf: ctx.asOf.toISOString(),
        },
      );
      return;
    }
    default:
      // An authentication type we do not know is not assumed to be safe — nor reported as a fault we cannot name.
      ctx.incomplete(
        `API connector ${label} uses authentication type ${JSON.stringify(auth['@odata.type'] ?? '(none)')}, which gatehouse does not recognise`,
      );
  }
}

function checkExtension(ctx: RuleContext<unknown>, extension: CustomAuthenticationExtension): void {
  const subject: Subject = {
    kind: 'Custom authentication extension',
    resource: {
      type: 'customAuthenticationExtension',
      id: extension.id,
      displayName: extension.displayName ?? null,
      path: `identity/customAuthenticationExtensions/${extension.id}`,
    },
  };
  const label = JSON.stringify(extension.displayName ?? extension.id);
  const authType = odataType(extension.authenticationConfiguration);
  if (!authType || !ENTRA_TOKEN_AUTH.has(authType)) {
    report(
      ctx,
      subject,
      'no-token-auth',
      { authenticationType: extension.authenticationConfiguration?.['@odata.type'] ?? 'none' },
      { authenticationConfiguration: extension.authenticationConfiguration ?? null },
    );
  }
  const endpoint = extension.endpointConfiguration;
  const endpointType = odataType(endpoint);
  if (endpoint && (endpointType === HTTP_ENDPOINT || 'targetUrl' in endpoint)) {
    checkEndpoint(ctx, subject, endpoint.targetUrl);
  } else if (endpointType === LOGIC_APP_ENDPOINT) {
    // A Logic App trigger is addressed by subscription, resource group and workflow name; Entra calls it over Azure's own HTTPS.
  } else {
    ctx.incomplete(
      `custom authentication extension ${label} has ${endpoint ? `endpoint type ${JSON.stringify(endpoint['@odata.type'] ?? '(none)')}, which gatehouse does not recognise` : 'no endpoint configuration'}`,
    );
  }
}

function sectionGap(name: SectionName, status: SectionStatus['status'] | undefined): string {
  const title = SECTIONS[name].title;
  // Why the section is missing (an opt-in section not asked for, a permission not granted) is the engine's to say.
  void status;
  return `${title} were not checked`;
}

export default defineRule({
  meta: {
    id: 'connector-unsecured',
    title: 'API connectors or custom authentication extensions call endpoints without strong authentication or TLS',
    action: 'Secure the endpoints your sign-up and sign-in extensions call with a certificate or strong authentication over HTTPS.',
    severity: 'high',
    category: 'connectors-and-federation',
    requires: [],
    optional: ['apiConnectors', 'customAuthenticationExtensions'],
    rationale:
      'API connectors and custom authentication extensions put your own web service inside the sign-up and token-issuance path: the service receives user attributes and its answer can block a sign-up, change attributes or add claims to tokens. Such an endpoint must be able to prove that a request really comes from Entra, and the traffic must be encrypted. Without authentication anyone who finds the URL can drive it; a basic-auth password is a long-lived shared secret (Microsoft even suggests dummy basic credentials during development, so basic auth often means none in practice); an expired client certificate means the connector no longer authenticates at all and someone will be tempted to switch it off; a plain-HTTP endpoint exposes attributes and lets anyone on the path alter the answer. Custom authentication extensions should verify the Entra-issued access token (or PoP token) on every call.',
    remediation: {
      summary:
        'Make every API connector call its service over HTTPS with a client certificate (upload the next certificate before the current one expires), and make every custom authentication extension call its service over HTTPS with Microsoft Entra token authentication, checking the token in the service.',
      detail:
        'API connectors: the request below uploads a PKCS#12 certificate. Custom authentication extensions: PATCH /v1.0/identity/customAuthenticationExtensions/<id> with authenticationConfiguration {"@odata.type":"#microsoft.graph.azureAdTokenAuthentication","resourceId":"<app ID URI>"} and an https:// endpointConfiguration.targetUrl.',
      graph: {
        method: 'POST',
        url: '/v1.0/identity/apiConnectors/{id}/uploadClientCertificate',
        body: { pkcs12Value: '<base64-encoded PFX with private key>', password: '<PFX password>' },
      },
      portal:
        'Entra admin center › External Identities › All API connectors › (connector) › Authentication type: Certificate; custom extensions: Entra ID › Enterprise apps › Custom authentication extensions',
      // Only an API connector takes a certificate; its path is identity/apiConnectors/<id>.
      ids: (f) => (f.resource.path?.startsWith('identity/apiConnectors/') ? { id: f.resource.id } : {}),
    },
    references: [
      {
        title: 'Secure APIs used as API connectors',
        url: 'https://learn.microsoft.com/entra/external-id/self-service-sign-up-secure-api-connector',
      },
      {
        title: 'Use API connectors to customize and extend self-service sign-up',
        url: 'https://learn.microsoft.com/entra/external-id/api-connectors-overview',
      },
      {
        title: 'Custom authentication extensions overview',
        url: 'https://learn.microsoft.com/entra/identity-platform/custom-extension-overview',
      },
      {
        title: 'identityApiConnector: uploadClientCertificate',
        url: 'https://learn.microsoft.com/graph/api/identityapiconnector-uploadclientcertificate',
      },
      {
        title: 'customAuthenticationExtension resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/customauthenticationextension',
      },
    ],
    semantics: [
      {
        statement:
          'API connectors protect their endpoint with HTTP basic authentication (a username and password sent on every call) or HTTPS client-certificate authentication; a certificate must be signed by a certificate authority in production.',
        source: 'https://learn.microsoft.com/entra/external-id/self-service-sign-up-secure-api-connector',
      },
      {
        statement:
          'Custom authentication extensions authenticate with an Entra-issued access token (azureAdTokenAuthentication) the service must validate.',
        source: 'https://learn.microsoft.com/graph/api/resources/customauthenticationextension',
      },
      {
        statement: 'An endpoint outside https exposes the attributes sent and the answer received.',
        source: 'https://learn.microsoft.com/entra/identity-platform/custom-extension-overview',
      },
    ],
    messages: {
      'basic-auth': 'API connector {displayName} authenticates to its endpoint with a shared username and password (basic authentication).',
      'no-auth': 'API connector {displayName} has no authentication configured, so its endpoint cannot tell Entra from anyone else.',
      'certificate-expired': 'API connector {displayName} has no unexpired client certificate (latest expiry: {latestExpiry}).',
      'non-https': '{kind} {displayName} sends its requests to a non-HTTPS endpoint: {endpoint}.',
      'no-token-auth':
        'Custom authentication extension {displayName} does not use Microsoft Entra token authentication (authentication: {authenticationType}).',
    },
  },
  evaluate(_data, ctx) {
    const connectors = ctx.section('apiConnectors');
    const extensions = ctx.section('customAuthenticationExtensions');
    for (const [name, data] of [
      ['apiConnectors', connectors],
      ['customAuthenticationExtensions', extensions],
    ] as const) {
      if (data === undefined) ctx.incomplete(sectionGap(name, ctx.sectionStatus(name)?.status), [name]);
    }
    for (const connector of connectors ?? []) checkConnector(ctx, connector);
    for (const extension of extensions ?? []) checkExtension(ctx, extension);
    if (connectors?.length === 0 && extensions?.length === 0) {
      ctx.notApplicable('The tenant has no API connectors and no custom authentication extensions.');
    }
  },
});
