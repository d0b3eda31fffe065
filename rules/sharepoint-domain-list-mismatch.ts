import { defineRule } from '../src/engine/rule.js';
import { readDomainPolicy } from '../src/model/domain-policy.js';
import {
  admittedByOnly,
  entraDomainRule,
  reachesNewOutsiders,
  SHAREPOINT_SETTINGS_RESOURCE,
  sharepointDomainRule,
  SHARING_LEVEL_WORDS,
  sharingLevel,
} from '../src/model/sharepoint.js';

const MAX_DOMAINS = 200;

/**
 * Compares SharePoint's sharing domain restriction with Entra's invitation allow/block list, domain by domain for the
 * domains either list names, and for every other domain by what each side does with unlisted domains. Two findings
 * at most, one per direction:
 * - `sharepointWider` (medium): SharePoint sharing reaches domains Entra refuses invitations to;
 * - `entraWider` (low): Entra lets guests from domains SharePoint refuses be invited, and added to groups and teams
 *   whose sites hold the content.
 * Domains compare exactly, without case (neither side documents subdomain matching for these lists). Not applicable
 * when SharePoint reaches no new outsiders (existing guests only, or no external sharing).
 */
export default defineRule<'sharepointSettings' | 'b2bManagementPolicies'>({
  meta: {
    id: 'sharepoint-domain-list-mismatch',
    title: 'SharePoint sharing and Entra invitations restrict different external domains',
    action: 'Align the external domains SharePoint sharing allows with those guest invitations allow.',
    severity: 'medium',
    category: 'sharing',
    requires: ['sharepointSettings', 'b2bManagementPolicies'],
    rationale:
      "Entra's invitation allow or block list and SharePoint's sharing domain list are separate settings: Microsoft documents that Entra's list works independently of SharePoint's, and SharePoint invitations follow Entra's list only for tenants enrolled in the SharePoint and OneDrive integration with Entra B2B — which Graph does not expose. When the two disagree, a domain someone deliberately blocked in one place can still be reached through the other: files shared straight to it from SharePoint, or guests from it invited in Entra and added to a team. Keep both lists saying the same thing.",
    remediation: {
      summary:
        "Make SharePoint's domain restriction match Entra's invitation list: the same mode (allow or block) and the same domains; then enable the SharePoint and OneDrive integration with Entra B2B so that one list governs both.",
      graph: {
        method: 'PATCH',
        url: '/v1.0/admin/sharepoint/settings',
        body: { sharingDomainRestrictionMode: 'allowList', sharingAllowedDomainList: ['partner.example'] },
      },
      portal: 'SharePoint admin center › Policies › Sharing › More external sharing settings › Limit external sharing by domain',
    },
    references: [
      {
        title: 'Restrict sharing of SharePoint and OneDrive content by domain',
        url: 'https://learn.microsoft.com/sharepoint/restricted-domains-sharing',
      },
      {
        title: 'Allow or block B2B collaboration with organizations',
        url: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        title: 'SharePoint and OneDrive integration with Microsoft Entra B2B',
        url: 'https://learn.microsoft.com/sharepoint/sharepoint-azureb2b-integration',
      },
      { title: 'sharepointSettings resource type', url: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings' },
    ],
    frameworks: { catalog: ['XT-08', 'SP-03'] },
    semantics: [
      {
        statement:
          "Entra's invitation allow/block list works independently from the OneDrive and SharePoint allow/block lists; restricting file sharing needs SharePoint's own list.",
        source: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        statement:
          "With the SharePoint and OneDrive integration with Entra B2B, SharePoint invitations are also subject to Entra's domain restrictions.",
        source: 'https://learn.microsoft.com/sharepoint/restricted-domains-sharing',
      },
      {
        statement:
          'sharingDomainRestrictionMode none applies no restriction; allowList admits only sharingAllowedDomainList; blockList admits everyone but sharingBlockedDomainList.',
        source: 'https://learn.microsoft.com/graph/api/resources/sharepointsettings#sharingdomainrestrictionmode-values',
      },
      {
        statement: 'Entra allows an allow list or a block list; whatever domains are not on the allow list are blocked.',
        source: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        statement: 'Whether the tenant is enrolled in the SharePoint and OneDrive integration with Entra B2B is not in Graph.',
        source: 'https://learn.microsoft.com/sharepoint/sharepoint-azureb2b-integration',
        reading:
          'the lists are compared as if not enrolled; enrolled tenants still get a finding, because an unenrolled path (sharing links, older guests) and the stated intent of each list should agree.',
      },
      {
        statement: "Wildcards are not supported in SharePoint's domain list; domains are compared exactly.",
        source: 'https://learn.microsoft.com/sharepoint/restricted-domains-sharing',
        reading: 'a subdomain is a different domain on both sides.',
      },
    ],
    messages: {
      sharepointWider:
        'SharePoint and OneDrive sharing reaches {what} that Entra refuses invitations to (SharePoint: {sharepoint}; Entra: {entra}).',
      entraWider: 'Entra accepts invitations to {what} that SharePoint sharing refuses (Entra: {entra}; SharePoint: {sharepoint}).',
    },
  },
  evaluate({ sharepointSettings, b2bManagementPolicies }, ctx) {
    const level = sharingLevel(sharepointSettings);
    if (typeof level === 'string' && !reachesNewOutsiders(level)) {
      ctx.notApplicable(
        `SharePoint sharing reaches no new outsiders (${SHARING_LEVEL_WORDS[level]}), so its domain list admits nobody new.`,
      );
      return;
    }
    const entraPolicy = readDomainPolicy(b2bManagementPolicies);
    if (entraPolicy.kind === 'unrecognised') {
      ctx.notAssessed(`the invitation domain policy could not be read: ${entraPolicy.reason}.`);
      return;
    }
    const sharepoint = sharepointDomainRule(sharepointSettings);
    if (!sharepoint) {
      ctx.notAssessed(
        `The SharePoint domain restriction holds ${JSON.stringify(String(sharepointSettings.sharingDomainRestrictionMode).slice(0, 80))}, a value gatehouse does not recognise.`,
      );
      return;
    }
    const entra = entraDomainRule(entraPolicy);
    const directions = [
      { messageId: 'sharepointWider', severity: 'medium', gap: admittedByOnly(sharepoint, entra) },
      { messageId: 'entraWider', severity: 'low', gap: admittedByOnly(entra, sharepoint) },
    ] as const;
    for (const { messageId, severity, gap } of directions) {
      if (!gap.domains.length && !gap.unlisted) continue;
      const what = [
        gap.domains.length
          ? `${gap.domains.length} named domain${gap.domains.length === 1 ? '' : 's'} (${gap.domains.slice(0, 5).join(', ')}${gap.domains.length > 5 ? ', …' : ''})`
          : '',
        gap.unlisted ? 'every domain neither list names' : '',
      ]
        .filter(Boolean)
        .join(' and ');
      ctx.fail(messageId, {
        resource: { ...SHAREPOINT_SETTINGS_RESOURCE },
        subKey: messageId,
        severity,
        params: { what, sharepoint: sharepoint.describe, entra: entra.describe },
        evidence: {
          domains: gap.domains.slice(0, MAX_DOMAINS),
          domainCount: gap.domains.length,
          unlistedDomains: gap.unlisted,
          sharingDomainRestrictionMode: sharepointSettings.sharingDomainRestrictionMode ?? null,
          entraDomainPolicy: entraPolicy.kind,
        },
      });
    }
  },
});
