import { readableDate } from '../src/util/dates.js';
import { defineRule } from '../src/engine/rule.js';
import { daysUntil, expiryState, parseBase64Certificate } from '../src/model/certificates.js';
import { checkHttpsEndpoint } from '../src/model/urls.js';

interface Options {
  certWarnDays: number;
}

export default defineRule<'federationConfigurations', Options>({
  meta: {
    id: 'federation-signing-cert-expiring',
    title: "A SAML/WS-Fed partner's token-signing certificate has expired or expires soon",
    action: "Renew the partner's token-signing certificate before sign-ins through that federation stop working.",
    severity: 'high',
    category: 'connectors-and-federation',
    requires: ['federationConfigurations'],
    options: {
      schema: { properties: { certWarnDays: { type: 'integer', minimum: 1, maximum: 365, default: 30 } } },
      defaults: { certWarnDays: 30 },
      docs: {
        certWarnDays:
          "Days before expiry that a signing certificate is reported. 30 matches Entra's own renewal window: from 30 days before expiry it fetches a new certificate from the partner's federation metadata (when a metadata URL is set) and checks daily until one appears. Inside the window the finding is informational with a metadata URL and medium without one.",
      },
    },
    rationale:
      "Direct (SAML/WS-Fed) federation accepts a partner identity provider's tokens because they are signed with the certificate stored in your configuration. When it expires, guests from that partner's domains cannot sign in; the usual emergency fix — pasting whatever certificate someone emails over — is exactly the step an attacker would want to influence. Entra renews the certificate by itself from the partner's federation metadata when a metadata URL is configured: it starts 30 days before expiry and checks the metadata daily until a new certificate appears. So a certificate inside the warning window is informational when a metadata URL is set (the renewal is under way) and medium when none is (someone must paste the new certificate), and an expired one is high either way — the renewal did not happen. The certificate is parsed from the Base64 value; one that cannot be parsed is not assessed, with the reason.",
    remediation: {
      summary:
        "Obtain the partner's new token-signing certificate through a channel you trust (their federation metadata over HTTPS) and update the federation configuration.",
      graph: {
        method: 'PATCH',
        url: '/v1.0/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation/{samlOrWsFedExternalDomainFederationId}',
        body: { signingCertificate: "<Base64 DER of the partner's new token-signing certificate>" },
      },
      ids: (f) => ({ samlOrWsFedExternalDomainFederationId: f.resource.id }),
      portal: 'Entra admin center › External Identities › All identity providers › SAML/WS-Fed › <identity provider>',
    },
    references: [
      {
        title: 'samlOrWsFedProvider resource type (signingCertificate and automatic roll-over)',
        url: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedprovider',
      },
      {
        title: 'samlOrWsFedExternalDomainFederation resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedexternaldomainfederation',
      },
      {
        title: 'Add federation with SAML/WS-Fed identity providers (metadata URL renews the certificate)',
        url: 'https://learn.microsoft.com/entra/external-id/direct-federation',
      },
    ],
    semantics: [
      {
        statement:
          'Entra renews the signing certificate from the federation metadata from 30 days before expiry and checks the metadata daily until a new one appears.',
        source: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedexternaldomainfederation',
      },
      {
        statement:
          'Renewal needs the metadata URL: without it (or after an early rotation) the certificate must be updated by hand. Graph exposes that URL as metadataExchangeUri.',
        source: 'https://learn.microsoft.com/entra/external-id/direct-federation-overview',
        reading: 'metadataExchangeUri is the only metadata URL on the Graph resource; a value that is not https is not relied on.',
      },
      {
        statement: 'An expired certificate means renewal did not happen: sign-ins from the federated domains fail.',
        source: 'https://learn.microsoft.com/entra/external-id/direct-federation',
      },
    ],
    messages: {
      expired:
        'The token-signing certificate of federation {displayName} expired {days:day} ago ({notAfter}); sign-ins from its domains fail.',
      expiring:
        'The token-signing certificate of federation {displayName} expires in {days:day} ({notAfter}) and no metadata URL is set, so Entra cannot renew it: it must be updated by hand.',
      expiringRenewing:
        "The token-signing certificate of federation {displayName} expires in {days:day} ({notAfter}); Entra is renewing it from the partner's federation metadata.",
    },
  },
  evaluate({ federationConfigurations }, ctx) {
    if (!federationConfigurations.length) {
      ctx.notApplicable('no SAML/WS-Fed federation is configured.');
      return;
    }
    for (const fed of federationConfigurations) {
      const label = JSON.stringify((fed.displayName ?? fed.id).slice(0, 120));
      const parsed = parseBase64Certificate(fed.signingCertificate);
      if (!parsed.ok) {
        ctx.incomplete(`the signing certificate of federation ${label} cannot be assessed: ${parsed.reason}`);
        continue;
      }
      const cert = parsed.certificate;
      const state = expiryState(cert.notAfter, ctx.asOf, ctx.options.certWarnDays);
      if (state === 'valid') continue;
      const days = daysUntil(ctx.asOf, cert.notAfter);
      // The only metadata URL Graph exposes on the federation; Entra renews from the metadata only when one is set.
      const metadata = checkHttpsEndpoint(fed.metadataExchangeUri);
      const renews = metadata.https;
      ctx.fail(state === 'expiring' && renews ? 'expiringRenewing' : state, {
        resource: {
          type: 'samlOrWsFedExternalDomainFederation',
          id: fed.id,
          displayName: fed.displayName ?? null,
          path: `directory/federationConfigurations/${fed.id}`,
        },
        subKey: 'signingCertificate',
        severity: state === 'expired' ? 'high' : renews ? 'info' : 'medium',
        params: { days: Math.abs(days), notAfter: readableDate(cert.notAfter.toISOString()) },
        evidence: {
          notAfter: cert.notAfter.toISOString(),
          notBefore: cert.notBefore.toISOString(),
          subject: cert.subject,
          issuer: cert.issuer,
          sha256: cert.fingerprint256,
          domains: (fed.domains ?? []).map((d) => d.id),
          certWarnDays: ctx.options.certWarnDays,
          metadataUrlSet: renews,
        },
      });
    }
  },
});
