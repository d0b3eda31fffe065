import { defineRule } from '../src/engine/rule.js';
import { daysUntil, expiryState, parseBase64Certificate } from '../src/model/certificates.js';

interface Options {
  certWarnDays: number;
}

export default defineRule<'federationConfigurations', Options>({
  meta: {
    id: 'federation-signing-cert-expiring',
    title: 'A SAML/WS-Fed partner\'s token-signing certificate has expired or expires soon',
    severity: 'high',
    category: 'connectors-and-federation',
    requires: ['federationConfigurations'],
    options: {
      schema: { properties: { certWarnDays: { type: 'integer', minimum: 1, maximum: 365, default: 30 } } },
      defaults: { certWarnDays: 30 },
      docs: {
        certWarnDays:
          'Days before expiry that a signing certificate is reported. 30 matches Entra\'s own roll-over: it starts fetching a new certificate from the partner\'s federation metadata 30 days before expiry, so one still expiring inside that window means the automatic roll-over has not happened.',
      },
    },
    rationale:
      'Direct (SAML/WS-Fed) federation accepts a partner identity provider\'s tokens because they are signed with the certificate stored in your configuration. When it expires, guests from that partner\'s domains cannot sign in; the usual emergency fix — pasting whatever certificate someone emails over — is exactly the step an attacker would want to influence. Entra tries to roll the certificate over from the partner\'s metadata 30 days ahead; a certificate that is expired (high) or inside the warning window (medium) means that has not worked. The certificate is parsed from the Base64 value; one that cannot be parsed is not assessed, with the reason.',
    remediation: {
      summary: 'Obtain the partner\'s new token-signing certificate through a channel you trust (their federation metadata over HTTPS) and update the federation configuration.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation/{samlOrWsFedExternalDomainFederationId}',
        body: { signingCertificate: '<Base64 DER of the partner\'s new token-signing certificate>' },
      },
      portal: 'Entra admin center › External Identities › All identity providers › SAML/WS-Fed › <identity provider>',
    },
    references: [
      { title: 'samlOrWsFedProvider resource type (signingCertificate and automatic roll-over)', url: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedprovider' },
      { title: 'samlOrWsFedExternalDomainFederation resource type', url: 'https://learn.microsoft.com/graph/api/resources/samlorwsfedexternaldomainfederation' },
    ],
    messages: {
      expired: 'The token-signing certificate of federation {displayName} expired {days} day(s) ago ({notAfter}); sign-ins from its domains fail.',
      expiring: 'The token-signing certificate of federation {displayName} expires in {days} day(s) ({notAfter}) and has not been rolled over.',
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
      ctx.fail(state, {
        resource: { type: 'samlOrWsFedExternalDomainFederation', id: fed.id, displayName: fed.displayName ?? null, path: `directory/federationConfigurations/${fed.id}` },
        subKey: 'signingCertificate',
        severity: state === 'expired' ? 'high' : 'medium',
        params: { days: Math.abs(days), notAfter: cert.notAfter.toISOString().slice(0, 10) },
        evidence: {
          notAfter: cert.notAfter.toISOString(),
          notBefore: cert.notBefore.toISOString(),
          subject: cert.subject,
          issuer: cert.issuer,
          sha256: cert.fingerprint256,
          domains: (fed.domains ?? []).map((d) => d.id),
          certWarnDays: ctx.options.certWarnDays,
        },
      });
    }
  },
});
