import rule from '../../rules/guest-domain-not-allowlisted.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// LIST  https://learn.microsoft.com/entra/external-id/allow-deny-list — the list "doesn't apply to external users who
//       already redeemed the invitation"; pending invitations to a newly blocked domain fail to redeem; whatever is
//       not on the allow list is blocked.
// UPN   https://learn.microsoft.com/entra/external-id/user-properties — the B2B user principal name carries #EXT#;
//       mail can be updated after redemption (Graph, Exchange).
const G1 = '7a1c0000-0000-4000-8000-000000000001';
const G3 = '7a1c0000-0000-4000-8000-000000000003';
const definition = (d: MutableData, json: string) => {
  d.b2bManagementPolicies[0]!.definition = [json];
};
const lists = (allowed: string[] | null, blocked: string[] | null) =>
  JSON.stringify({
    B2BManagementPolicy: {
      InvitationsAllowedAndBlockedDomainsPolicy: {
        ...(allowed ? { AllowedDomains: allowed } : {}),
        ...(blocked ? { BlockedDomains: blocked } : {}),
      },
    },
  });
const gmailGuest = (d: MutableData, i = 0) => {
  const g = d.guests[i]!;
  g.mail = 'someone@gmail.com';
  g.userPrincipalName = 'someone_gmail.com#EXT#@fabrikam.onmicrosoft.com';
};

ruleTable(rule, [
  { name: 'every guest from the allow-listed domain passes', expect: { status: 'pass' } },
  {
    name: 'guest from a domain outside the allow list: the list does not apply to redeemed guests, so it is re-applied here (LIST)',
    mutate: (d) => gmailGuest(d),
    expect: {
      status: 'fail',
      findings: [{ messageId: 'notAllowed', resourceId: G1, resourceType: 'user', severity: 'medium', params: { domain: 'gmail.com' } }],
    },
  },
  {
    name: 'guest on the block list (LIST)',
    mutate: (d) => {
      definition(d, lists(null, ['Gmail.com']));
      gmailGuest(d, 2);
    },
    expect: { status: 'fail', findings: [{ messageId: 'blocked', resourceId: G3, params: { domain: 'gmail.com' } }] },
  },
  {
    name: 'block list not matching any guest passes',
    mutate: (d) => definition(d, lists(null, ['gmail.com'])),
    expect: { status: 'pass' },
  },
  // LIST: an allow list with no domains admits none, so every existing external guest is outside it.
  {
    name: 'an allow list with no domains admits no domain: every enabled external guest is outside it (LIST)',
    mutate: (d) => {
      definition(d, lists([], null));
    },
    expect: { status: 'fail', findingCount: 3 },
  },
  {
    name: 'an empty block list restricts nothing → not applicable (LIST)',
    mutate: (d) => {
      definition(d, lists([], []));
      gmailGuest(d);
    },
    expect: { status: 'not-applicable', reason: /the block list is empty/ },
  },
  {
    name: 'no domain-list key at all → not applicable',
    mutate: (d) => definition(d, JSON.stringify({ B2BManagementPolicy: { Version: 1 } })),
    expect: { status: 'not-applicable' },
  },
  {
    name: 'Graph documentation single-quoted definition is read',
    mutate: (d) => {
      definition(d, "{'B2BManagementPolicy':{'InvitationsAllowedAndBlockedDomainsPolicy':{'AllowedDomains':['northwind.example']}}}");
      gmailGuest(d);
    },
    expect: { status: 'fail', findings: [{ resourceId: G1 }] },
  },
  {
    name: 'unparseable definition is not assessed, never "no restriction"',
    mutate: (d) => {
      definition(d, '{"B2BManagementPolicy": [oops');
      gmailGuest(d);
    },
    expect: { status: 'not-assessed', reason: /could not be read/ },
  },
  {
    name: 'domain from the #EXT# UPN when mail is empty (last underscore becomes @) (UPN)',
    mutate: (d) => {
      const g = d.guests[0]!;
      g.mail = null;
      g.userPrincipalName = 'first_last_contoso.example#EXT#@fabrikam.onmicrosoft.com';
    },
    expect: { status: 'fail', findings: [{ params: { domain: 'contoso.example' } }] },
  },
  // UPN: mail can be edited after redemption; the #EXT# name keeps the invited address.
  {
    name: 'the invited address in the #EXT# UPN wins over an edited mail (UPN)',
    mutate: (d) => {
      const g = d.guests[0]!;
      g.mail = 'same.person@northwind.example';
      g.userPrincipalName = 'same.person_gmail.com#EXT#@fabrikam.onmicrosoft.com';
    },
    expect: { status: 'fail', findings: [{ resourceId: G1, params: { domain: 'gmail.com' } }] },
  },
  {
    name: 'domain from otherMails when neither the UPN nor mail holds one (UPN)',
    mutate: (d) => {
      const g = d.guests[0]!;
      g.mail = null;
      g.userPrincipalName = 'local.user@fabrikam.onmicrosoft.com';
      g.otherMails = ['x@tailspin.example'];
    },
    expect: { status: 'fail', findings: [{ params: { domain: 'tailspin.example' } }] },
  },
  {
    name: 'wildcard allow entry covers subdomains',
    mutate: (d) => {
      definition(d, lists(['*.northwind.example', 'northwind.example'], null));
      d.guests[0]!.mail = 'a@eu.northwind.example';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a plain allow entry does not cover subdomains',
    mutate: (d) => {
      d.guests[0]!.mail = 'a@eu.northwind.example';
    },
    expect: { status: 'fail', findings: [{ params: { domain: 'eu.northwind.example' } }] },
  },
  {
    name: "internal guests on the tenant's own verified domain are not invitations",
    mutate: (d) => {
      const g = d.guests[0]!;
      g.mail = 'contractor@fabrikam.example';
      g.creationType = null;
      g.userPrincipalName = 'contractor@fabrikam.example';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'without the organization section the default domain still counts as own',
    mutate: (d, s) => {
      d.guests[0]!.mail = 'contractor@fabrikam.example';
      s.sections.organization = { status: 'forbidden', httpStatus: 403 };
      delete (d as Partial<MutableData>).organization;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'disabled guests are skipped',
    mutate: (d) => {
      gmailGuest(d);
      d.guests[0]!.accountEnabled = false;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'guest without any readable domain is incomplete evidence',
    mutate: (d) => {
      const g = d.guests[0]!;
      g.mail = null;
      g.userPrincipalName = 'odd-account';
      g.otherMails = [];
    },
    expect: { status: 'not-assessed', reason: /no readable home domain/ },
  },
  {
    name: 'required section b2bManagementPolicies forbidden is a 403, not a fail',
    mutate: (d, s) => {
      gmailGuest(d);
      s.sections.b2bManagementPolicies = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
      delete (d as Partial<MutableData>).b2bManagementPolicies;
    },
    expect: { status: 'not-assessed', reason: /Policy\.Read\.B2BManagementPolicy/ },
  },
]);
