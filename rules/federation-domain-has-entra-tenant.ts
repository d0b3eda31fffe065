import { defineRule } from '../src/engine/rule.js';
import { federationComesFirst, redemptionOrder, type RedemptionOrder } from '../src/model/redemption.js';
import type { DomainTenantLookup } from '../src/snapshot/snapshot.types.js';

/** Domain names compare without case or a trailing root dot. */
const normaliseDomain = (d: string): string => d.trim().toLowerCase().replace(/\.$/, '');

function describeLookupGap(domain: string, lookup: DomainTenantLookup | undefined): string {
  if (!lookup) return `${domain} (not looked up)`;
  const http = lookup.httpStatus
    ? `HTTP ${lookup.httpStatus}${lookup.errorCode ? ` ${lookup.errorCode}` : ''}`
    : (lookup.errorCode ?? 'error');
  return `${domain} (${http}${lookup.httpStatus === 403 ? '; needs CrossTenantInformation.ReadBasic.All' : ''})`;
}

export default defineRule({
  meta: {
    id: 'federation-domain-has-entra-tenant',
    title: 'Direct-federation domain belongs to an Entra tenant, so the federation is bypassed',
    action: 'Remove the direct federation for domains whose organisation already uses Microsoft Entra, and rely on their Entra accounts.',
    severity: 'medium',
    category: 'connectors-and-federation',
    requires: ['federationConfigurations', 'federationDomainLookups'],
    optional: ['crossTenantAccessDefault'],
    rationale:
      "SAML/WS-Fed direct federation is meant for partners without Microsoft Entra ID: you trust their identity provider, its MFA and its joiner-leaver process. When the federated domain is (or has since become) verified in an Entra tenant, Entra ID remains the primary identity provider for invitation redemption, so guests from that domain authenticate against that Entra tenant instead — the controls you reviewed in the partner's IdP are silently not the ones in force, and the trust you actually extend is to whoever administers that tenant. The stale federation also keeps a signing certificate trusted for a domain you no longer reason about. Manage an Entra partner through cross-tenant access settings instead, or deliberately move SAML/WS-Fed above Entra ID in the redemption order.",
    remediation: {
      summary:
        'Remove the domain from direct federation and manage the organisation as a cross-tenant access partner instead; if federation must take precedence, move SAML/WS-Fed above Microsoft Entra ID in the invitation redemption order.',
      detail:
        'Domains cannot be removed one by one through Graph: delete the federation configuration (the request below) and re-create it without this domain if it serves other domains. To let federation win instead, PATCH /v1.0/policies/crossTenantAccessPolicy/default so that invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder lists externalFederation before azureActiveDirectory.',
      graph: { method: 'DELETE', url: '/v1.0/directory/federationConfigurations/graph.samlOrWsFedExternalDomainFederation/{id}' },
      ids: (f) => ({ id: f.resource.id }),
      portal: 'Entra admin center › External Identities › All identity providers › Custom › SAML/WS-Fed (configuration) › Domains',
    },
    references: [
      {
        title: 'SAML/WS-Fed identity providers: verified and unverified domains',
        url: 'https://learn.microsoft.com/entra/external-id/direct-federation-overview',
      },
      {
        title: 'Add federation with SAML/WS-Fed identity providers',
        url: 'https://learn.microsoft.com/entra/external-id/direct-federation',
      },
      {
        title: 'Cross-tenant access overview: configurable redemption',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      },
      {
        title: 'Delete samlOrWsFedExternalDomainFederation',
        url: 'https://learn.microsoft.com/graph/api/samlorwsfedexternaldomainfederation-delete',
      },
    ],
    semantics: [
      {
        statement:
          'For a domain verified in Entra ID, invitation redemption keeps Entra ID as the primary identity provider unless the redemption order puts SAML/WS-Fed first.',
        source: 'https://learn.microsoft.com/entra/external-id/direct-federation-overview',
      },
      {
        statement: 'The redemption order (primaryIdentityProviderPrecedenceOrder) is configured in the default cross-tenant settings.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption',
      },
      {
        statement:
          'Guests who already redeemed keep their sign-in method; self-service sign-up still uses the federation — the finding is about new invitations.',
        source: 'https://learn.microsoft.com/entra/external-id/direct-federation-overview',
      },
    ],
    messages: {
      'entra-tenant':
        'Domain {domain} of direct federation {displayName} belongs to the Entra tenant {tenantName} ({tenantId}); guests from it redeem with Entra ID, not with this federation.',
    },
  },
  evaluate({ federationConfigurations, federationDomainLookups }, ctx) {
    if (federationConfigurations.length === 0) {
      ctx.notApplicable('No SAML/WS-Fed direct federation is configured.');
      return;
    }
    const lookups = new Map<string, DomainTenantLookup>();
    for (const l of federationDomainLookups) lookups.set(normaliseDomain(l.domainName), l);

    const gaps: string[] = [];
    const unlisted: string[] = [];
    let domainCount = 0;
    let redemption: RedemptionOrder | undefined;
    for (const config of federationConfigurations) {
      if (!Array.isArray(config.domains)) {
        unlisted.push(JSON.stringify(config.displayName ?? config.id));
        continue;
      }
      const domains = [...new Set(config.domains.map((d) => normaliseDomain(d.id)).filter((d) => d !== ''))];
      for (const domain of domains) {
        domainCount++;
        const lookup = lookups.get(domain);
        if (!lookup || lookup.outcome === 'error') {
          gaps.push(describeLookupGap(domain, lookup));
          continue;
        }
        if (lookup.outcome !== 'tenant') continue;
        redemption ??= redemptionOrder(ctx.section('crossTenantAccessDefault'));
        if (federationComesFirst(redemption.order)) continue;
        const info = lookup.tenantInformation ?? {};
        ctx.fail('entra-tenant', {
          resource: {
            type: 'samlOrWsFedExternalDomainFederation',
            id: config.id,
            displayName: config.displayName ?? null,
            path: `directory/federationConfigurations/${config.id}`,
          },
          subKey: domain,
          params: { domain, tenantId: info.tenantId ?? 'unknown', tenantName: info.displayName ?? info.defaultDomainName ?? 'unnamed' },
          evidence: {
            domain,
            tenantInformation: info,
            redemptionOrder: redemption.order,
            redemptionOrderSource: redemption.source,
            issuerUri: config.issuerUri ?? null,
          },
        });
      }
    }
    if (unlisted.length) ctx.incomplete(`the domains of direct federation ${unlisted.join(', ')} were not collected`);
    if (gaps.length) {
      const shown = gaps.slice(0, 5).join(', ') + (gaps.length > 5 ? ` and ${gaps.length - 5} more` : '');
      ctx.incomplete(
        `the tenant look-up failed or is missing for ${gaps.length === 1 ? 'the federated domain' : 'the federated domains'} ${shown}`,
      );
    }
    if (redemption?.source === 'unknown') {
      ctx.incomplete(
        "the invitation redemption order could not be read, so findings assume Microsoft's default order (Entra ID before SAML/WS-Fed federation)",
        ['crossTenantAccessDefault'],
      );
    }
    if (domainCount === 0 && unlisted.length === 0) ctx.notApplicable('The direct federation configurations list no domains.');
  },
});
