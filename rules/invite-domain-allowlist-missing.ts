import { defineRule } from '../src/engine/rule.js';
import { isTrueish, readDomainPolicy } from '../src/model/domain-policy.js';

export interface InviteDomainAllowlistOptions {
  acceptBlockList: boolean;
}

export default defineRule<'b2bManagementPolicies', InviteDomainAllowlistOptions>({
  meta: {
    id: 'invite-domain-allowlist-missing',
    title: 'Guest invitations are not limited to an allow list of domains',
    action: 'Allow guest invitations only to the domains of the organisations you work with.',
    severity: 'medium',
    category: 'invitations',
    requires: ['b2bManagementPolicies'],
    optional: ['authorizationPolicy'],
    options: {
      schema: { properties: { acceptBlockList: { type: 'boolean', default: false } } },
      defaults: { acceptBlockList: false },
      docs: {
        acceptBlockList:
          'Treat a non-empty block list as sufficient. Off by default, following CIS M365 5.1.6.1 ("allowed domains only"): a block list stops only the domains someone thought of, and every new free-mail or look-alike domain is allowed. Some peers (CIPP) accept either list; turn this on to match them.',
      },
    },
    rationale:
      'Whoever may invite guests can, without a domain allow list, bring in an account from any domain on the internet: a personal free-mail address, a competitor, a throw-away domain registered for the purpose. The allow list is the only control that states, ahead of time, which organisations your people collaborate with; a block list only removes the domains someone already thought of. An allow list with no domains at all admits nobody (Entra blocks whatever is not on the allow list), which CIS 5.1.6.1 accepts as compliant; an empty block list restricts nothing. The list is checked at invitation time, together with cross-tenant access settings, and also applies to guests who sign in with one-time passcodes or social accounts, which cross-tenant settings do not cover.',
    remediation: {
      summary: 'Set the collaboration restriction to "Allow invitations only to the specified domains" and list your partners\' domains.',
      detail:
        'The PATCH replaces the whole definition: keep any other B2B settings it carries, and create the policy (POST /beta/policies/b2bManagementPolicies) if the tenant has none.',
      graph: {
        method: 'PATCH',
        url: '/beta/policies/b2bManagementPolicies/{id}',
        body: {
          definition: [
            '{"B2BManagementPolicy":{"InvitationsAllowedAndBlockedDomainsPolicy":{"AllowedDomains":["partner.example"],"BlockedDomains":[]}}}',
          ],
        },
      },
      ids: (f) => ({ id: f.resource.id }),
      portal:
        'Entra admin center › Entra ID › External Identities › External collaboration settings › Collaboration restrictions › Allow invitations only to the specified domains (most restrictive)',
    },
    references: [
      {
        title: 'Allow or block B2B collaboration with organizations',
        url: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        title: 'Configure external collaboration settings',
        url: 'https://learn.microsoft.com/entra/external-id/external-collaboration-settings-configure',
      },
      {
        title: 'Update b2bManagementPolicy (beta)',
        url: 'https://learn.microsoft.com/graph/api/b2bmanagementpolicy-update?view=graph-rest-beta',
      },
    ],
    frameworks: { catalog: ['EI-02'], 'cis-m365': ['5.1.6.1'], 'cisa-scuba': ['MS.AAD.8.3v1'], 'zero-trust': ['21822', '21874'] },
    semantics: [
      {
        statement: 'Invitations can be limited by an allow list or a block list, never both; by default invitations may go to any domain.',
        source: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        statement:
          '"Whatever domains aren\'t in the allowlist are on the blocklist": an allow list with no domains (and no block list) refuses every invitation, which CIS 5.1.6.1 accepts.',
        source: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        statement:
          'Microsoft\'s own block-list example writes {"AllowedDomains": [], "BlockedDomains": ["live.com"]}: an empty AllowedDomains beside a BlockedDomains key is a block list, and with both empty nothing is restricted.',
        source: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
        reading:
          'the key that is present, not the empty value, tells which list the admin set; when both are present and empty the visible reading (no restriction) is reported.',
      },
      {
        statement: 'With allowInvitesFrom none nobody can invite, so there is nothing to restrict.',
        source: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy#allowinvitesfrom-values',
      },
    ],
    messages: {
      'no-allow-list': 'Invitations can be sent to any domain: {why}.',
      'block-list-only': 'Invitations are restricted only by a block list of {blockedCount:domain}; every other domain can be invited.',
    },
  },
  evaluate({ b2bManagementPolicies }, ctx) {
    const authorization = ctx.section('authorizationPolicy');
    if (authorization?.allowInvitesFrom === 'none') {
      ctx.notApplicable('Nobody in the organisation may invite guests, so there are no invitations to restrict.');
      return;
    }
    const policy = readDomainPolicy(b2bManagementPolicies);
    if (policy.kind === 'unrecognised') {
      ctx.notAssessed(`the invitation domain allow/block list has a shape gatehouse does not recognise: ${policy.reason}.`);
      return;
    }
    if (policy.kind === 'allow') return;
    if (policy.kind === 'block' && ctx.options.acceptBlockList) return;

    const target = b2bManagementPolicies.find((p) => isTrueish(p.isOrganizationDefault)) ?? b2bManagementPolicies[0];
    const resource = target
      ? {
          type: 'b2bManagementPolicy',
          id: target.id,
          displayName: target.displayName ?? 'B2B management policy',
          path: `policies/b2bManagementPolicies/${target.id}`,
        }
      : {
          type: 'b2bManagementPolicy',
          id: 'b2bManagementPolicies',
          displayName: 'B2B management policy (none configured)',
          path: 'policies/b2bManagementPolicies',
        };
    const evidence = {
      kind: policy.kind,
      allowedDomains: policy.allowedDomains,
      blockedDomains: policy.blockedDomains,
      policyCount: policy.policyCount,
      sources: policy.sources,
      acceptBlockList: ctx.options.acceptBlockList,
      allowInvitesFrom: authorization ? (authorization.allowInvitesFrom ?? null) : 'not collected',
    };
    if (policy.kind === 'block') {
      ctx.fail('block-list-only', {
        resource,
        subKey: 'InvitationsAllowedAndBlockedDomainsPolicy',
        params: { blockedCount: policy.blockedDomains.length },
        evidence,
      });
      return;
    }
    ctx.fail('no-allow-list', {
      resource,
      subKey: 'InvitationsAllowedAndBlockedDomainsPolicy',
      params: { why: policy.noneBecause ?? 'no domain list restricts them' },
      evidence,
    });
  },
});
