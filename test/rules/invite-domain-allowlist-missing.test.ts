import rule from '../../rules/invite-domain-allowlist-missing.js';
import type { B2BManagementPolicy } from '../../src/snapshot/snapshot.types.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// LIST  https://learn.microsoft.com/entra/external-id/allow-deny-list — allow list or block list, never both; "By
//       default, whatever domains aren't in the allowlist are on the blocklist"; one policy per organisation; the
//       default "Allow invitations to be sent to any domain". Microsoft's block-list example:
//       {"AllowedDomains": [],"BlockedDomains": ["live.com"]}.
// B2BMP https://learn.microsoft.com/graph/api/resources/b2bmanagementpolicy?view=graph-rest-beta — definition is a
//       collection of JSON strings; Graph's own example {'B2BManagementPolicy':{'Version':1}} uses single quotes.
// AUTHZ https://learn.microsoft.com/graph/api/resources/authorizationpolicy — allowInvitesFrom none: nobody can invite.
// CIS   CIS Microsoft 365 Foundations Benchmark §5.1.6.1 — invitations to allowed domains only (an allow list with
//       no domains is compliant).
const POLICY_ID = 'b2bManagementPolicy';
const lists = (allowed: unknown, blocked?: unknown): string =>
  JSON.stringify({
    B2BManagementPolicy: {
      InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains: allowed, ...(blocked === undefined ? {} : { BlockedDomains: blocked }) },
    },
  });
const setDefinition = (d: MutableData, ...definition: string[]): void => {
  d.b2bManagementPolicies[0]!.definition = definition;
};
const policy = (p: Partial<B2BManagementPolicy>): B2BManagementPolicy => ({
  id: POLICY_ID,
  displayName: 'B2BManagementPolicy',
  isOrganizationDefault: true,
  ...p,
});
const missing = {
  messageId: 'no-allow-list',
  resourceType: 'b2bManagementPolicy',
  subKey: 'InvitationsAllowedAndBlockedDomainsPolicy',
  severity: 'medium' as const,
};

ruleTable(rule, [
  { name: 'allow list of partner domains passes', expect: { status: 'pass' } },
  {
    name: 'no B2B management policy at all → fail: the default allows any domain (LIST)',
    mutate: (d) => {
      d.b2bManagementPolicies = [];
    },
    expect: {
      status: 'fail',
      findings: [{ ...missing, resourceId: 'b2bManagementPolicies', params: { why: 'the tenant has no B2B management policy' } }],
    },
  },
  {
    name: 'policy without a domain list (Graph doc example, single quotes, "true") → fail (B2BMP)',
    mutate: (d) => {
      d.b2bManagementPolicies = [policy({ definition: ["{'B2BManagementPolicy':{'Version':1}}"], isOrganizationDefault: 'true' })];
    },
    expect: {
      status: 'fail',
      findings: [{ ...missing, resourceId: POLICY_ID, params: { why: 'the B2B management policy has no domain list' } }],
    },
  },
  // LIST + CIS: an allow list with no domains admits nobody — the most restrictive setting, not "any domain".
  {
    name: 'an allow list with no domains and no block list refuses every invitation → pass (LIST, CIS)',
    mutate: (d) => setDefinition(d, lists([])),
    expect: { status: 'pass' },
  },
  {
    name: 'an allow list of blank strings only is an allow list with no domains → pass (LIST)',
    mutate: (d) => setDefinition(d, lists(['', ' '])),
    expect: { status: 'pass' },
  },
  // LIST: Microsoft's own block-list shape carries "AllowedDomains": [] beside the block list — that stays a block list.
  {
    name: 'empty AllowedDomains beside an empty BlockedDomains is an empty block list: any domain can be invited (LIST)',
    mutate: (d) => setDefinition(d, lists([], [])),
    expect: { status: 'fail', findings: [{ ...missing, resourceId: POLICY_ID, params: { why: 'the block list is empty' } }] },
  },
  {
    name: "Microsoft's block-list example shape ({AllowedDomains: [], BlockedDomains: [live.com]}) is a block list (LIST)",
    mutate: (d) => setDefinition(d, lists([], ['live.com'])),
    expect: { status: 'fail', findings: [{ messageId: 'block-list-only', params: { blockedCount: 1 } }] },
  },
  {
    name: 'block list only → fail by default',
    mutate: (d) => setDefinition(d, lists([], ['gmail.com', 'outlook.com'])),
    expect: { status: 'fail', findings: [{ messageId: 'block-list-only', resourceId: POLICY_ID, params: { blockedCount: 2 } }] },
  },
  {
    name: 'block list only with acceptBlockList → pass',
    options: { acceptBlockList: true },
    mutate: (d) => setDefinition(d, lists([], ['gmail.com'])),
    expect: { status: 'pass' },
  },
  {
    name: 'acceptBlockList does not make an EMPTY block list acceptable (LIST)',
    options: { acceptBlockList: true },
    mutate: (d) => setDefinition(d, lists([], [])),
    expect: { status: 'fail', findings: [{ ...missing }] },
  },
  {
    name: 'strict profile does not accept a block list',
    profile: 'strict',
    mutate: (d) => setDefinition(d, lists([], ['gmail.com'])),
    expect: { status: 'fail', findings: [{ messageId: 'block-list-only' }] },
  },
  {
    name: 'single-quoted allow list with lower-case keys → pass',
    mutate: (d) =>
      setDefinition(d, "{'b2bManagementPolicy':{'invitationsAllowedAndBlockedDomainsPolicy':{'allowedDomains':['northwind.example']}}}"),
    expect: { status: 'pass' },
  },
  {
    name: 'allow list in the second of several definition documents → pass',
    mutate: (d) => setDefinition(d, "{'B2BManagementPolicy':{'Version':1}}", lists(['northwind.example'])),
    expect: { status: 'pass' },
  },
  {
    name: 'garbage definition → not-assessed naming it, never pass or fail',
    mutate: (d) => setDefinition(d, 'B2BManagementPolicy=AllowedDomains:northwind.example'),
    expect: {
      status: 'not-assessed',
      reason: /does not recognise: definition\[0\] of b2bManagementPolicy "b2bManagementPolicy" is not a JSON document/,
    },
  },
  {
    name: 'domain list that is not a list → not-assessed',
    mutate: (d) => setDefinition(d, lists('northwind.example')),
    expect: { status: 'not-assessed', reason: /AllowedDomains is not a list of domain names/ },
  },
  {
    name: 'allow and block list both set (Entra forbids it) → not-assessed (LIST)',
    mutate: (d) => setDefinition(d, lists(['northwind.example'], ['gmail.com'])),
    expect: { status: 'not-assessed', reason: /both an allow list and a block list/ },
  },
  {
    name: 'nobody may invite (allowInvitesFrom none) → not-applicable even without a list (AUTHZ)',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'none';
      d.b2bManagementPolicies = [];
    },
    expect: { status: 'not-applicable', reason: /Nobody in the organisation may invite guests/ },
  },
  {
    name: 'everyone may invite and there is no list → fail',
    mutate: (d) => {
      d.authorizationPolicy.allowInvitesFrom = 'everyone';
      setDefinition(d, lists([], []));
    },
    expect: { status: 'fail', findings: [{ ...missing }] },
  },
  {
    name: 'authorization policy not readable: the domain list is still judged',
    mutate: (d, s) => {
      s.sections.authorizationPolicy = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      delete s.data.authorizationPolicy;
      setDefinition(d, lists([], []));
    },
    expect: { status: 'fail', findings: [{ ...missing }] },
  },
  {
    name: 'the organisation-default policy decides when several exist (LIST: one policy per organisation; B2BMP isOrganizationDefault)',
    mutate: (d) => {
      d.b2bManagementPolicies = [
        policy({ id: 'stale-copy', isOrganizationDefault: false, definition: [lists([], [])] }),
        policy({ id: 'org-default', isOrganizationDefault: 'true', definition: [lists(['northwind.example'])] }),
      ];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a finding names the organisation-default policy as the resource',
    mutate: (d) => {
      d.b2bManagementPolicies = [
        policy({ id: 'other', isOrganizationDefault: false, definition: null }),
        policy({ id: 'org-default', isOrganizationDefault: true, definition: [lists([], [])] }),
      ];
    },
    expect: { status: 'fail', findings: [{ ...missing, resourceId: 'org-default' }] },
  },
]);
