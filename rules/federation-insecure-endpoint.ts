import { defineRule } from '../src/engine/rule.js';
import { checkHttpsEndpoint } from '../src/model/urls.js';

const FIELDS = [
  { field: 'passiveSignInUri', severity: 'high', role: 'passive sign-in endpoint' },
  { field: 'metadataExchangeUri', severity: 'medium', role: 'metadata exchange endpoint' },
] as const;

/** An endpoint for evidence without query string or user info (tokens and keys sometimes ride in either). */
function shown(value: string): string {
  try {
    const url = new URL(value.trim());
    return `${url.protocol}//${url.host}${url.pathname}${url.search ? '?…' : ''}`;
  } catch {
    const cut = value.search(/[?#]/);
    const s = cut >= 0 ? `${value.slice(0, cut)}?…` : value;
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
  }
}

export default defineRule({
  meta: {
    id: 'federation-insecure-endpoint',
    title: 'A SAML/WS-Fed federation uses an endpoint without HTTPS',
    action: 'Change federation sign-in addresses that do not use HTTPS.',
    severity: 'high',
    category: 'connectors-and-federation',
    requires: ['federationConfigurations'],
    rationale:
      "The passive sign-in URI is where guests from a federated domain are sent to type their credentials, and where the token that lets them into your tenant starts its journey; the metadata exchange URI is where clients fetch the partner's endpoints and keys. Over plain HTTP anyone on the path can read the credentials, swap the token or redirect the user, and the federation's whole trust rests on that one hop (high for sign-in, medium for metadata). The issuer URI is an identifier compared as a string, never fetched, so an http:// issuer is not reported.",
    remediation: {
      summary:
        'Have the partner publish its sign-in and metadata endpoints over HTTPS and update the federation configuration to use them.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation/{samlOrWsFedExternalDomainFederationId}',
        body: { passiveSignInUri: 'https://<partner identity provider>/<sign-in path>' },
      },
      ids: (f) => ({ samlOrWsFedExternalDomainFederationId: f.resource.id }),
      portal: 'Entra admin center › External Identities › All identity providers › SAML/WS-Fed › <identity provider>',
    },
    references: [
      {
        title: 'samlOrWsFedExternalDomainFederation resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedexternaldomainfederation',
      },
      {
        title: 'samlOrWsFedProvider resource type (passiveSignInUri, metadataExchangeUri)',
        url: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedprovider',
      },
    ],
    semantics: [
      {
        statement:
          'passiveSignInUri is where web clients are sent to sign in; only https is supported for the passive authentication endpoint.',
        source: 'https://learn.microsoft.com/entra/external-id/direct-federation',
      },
      {
        statement:
          'metadataExchangeUri is the metadata endpoint used by rich clients; issuerUri is an identifier, compared as a string and never fetched.',
        source: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedprovider',
      },
    ],
    messages: {
      insecure: 'Federation {displayName} sends guests to a {role} that does not use HTTPS ({problem}).',
    },
  },
  evaluate({ federationConfigurations }, ctx) {
    if (!federationConfigurations.length) {
      ctx.notApplicable('no SAML/WS-Fed federation is configured.');
      return;
    }
    for (const fed of federationConfigurations) {
      for (const { field, severity, role } of FIELDS) {
        const value = fed[field];
        if (value === null || value === undefined || value.trim() === '') continue; // not configured: nothing is fetched
        const check = checkHttpsEndpoint(value);
        if (check.https) continue;
        const problem = check.why === 'scheme' ? `scheme ${check.scheme ?? 'unknown'}` : 'not a valid URL';
        ctx.fail('insecure', {
          resource: {
            type: 'samlOrWsFedExternalDomainFederation',
            id: fed.id,
            displayName: fed.displayName ?? null,
            path: `directory/federationConfigurations/${fed.id}`,
          },
          subKey: field,
          severity,
          params: { role, problem },
          evidence: { [field]: shown(value), problem, domains: (fed.domains ?? []).map((d) => d.id) },
        });
      }
    }
  },
});
