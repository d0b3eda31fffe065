import rule from '../../rules/guest-external-member.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// PROPS https://learn.microsoft.com/entra/external-id/user-properties — an external member authenticates elsewhere and
//       has userType Member; B2B UPNs carry #EXT#; Identities show ExternalAzureAD, Microsoft account, mail, google.com,
//       facebook.com or an issuer URI; UserType has no relation to how the user signs in.

const G1 = '7a1c0000-0000-4000-8000-000000000001';

ruleTable(rule, [
  { name: 'only userType Guest passes', expect: { status: 'pass' } },
  {
    name: 'invited external with userType Member → low finding for review (PROPS)',
    mutate: (d) => {
      d.guests[0]!.userType = 'Member';
    },
    expect: { status: 'fail', findings: [{ messageId: 'member', resourceId: G1, resourceType: 'user', severity: 'low' }] },
  },
  {
    name: 'external member recognised by the #EXT# UPN alone (PROPS)',
    mutate: (d) => {
      const g = d.guests[0]!;
      g.userType = 'member';
      g.externalUserState = null;
      g.creationType = null;
      g.identities = [];
    },
    expect: { status: 'fail', findings: [{ params: { markers: '#EXT# user principal name' } }] },
  },
  {
    name: 'a member without any external marker is not reported (PROPS)',
    mutate: (d) => {
      const g = d.guests[0]!;
      g.userType = 'Member';
      g.externalUserState = null;
      g.creationType = null;
      g.identities = [];
      g.userPrincipalName = 'employee@fabrikam.example';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'two external members → two findings',
    mutate: (d) => {
      d.guests[0]!.userType = 'Member';
      d.guests[2]!.userType = 'Member';
    },
    expect: { status: 'fail', findingCount: 2 },
  },
  {
    name: 'collector could not add external members: not-assessed, not pass',
    mutate: (_d, s) => {
      s.sections.guests = {
        status: 'ok',
        apiVersion: 'v1.0',
        itemCount: 3,
        message: 'external members (userType Member) not collected: HTTP 400 Request_UnsupportedQuery',
      };
    },
    expect: { status: 'not-assessed', reason: /external members/ },
  },
  {
    name: 'collector could not add external members, but one is already visible: fail, partly assessed',
    mutate: (d, s) => {
      d.guests[0]!.userType = 'Member';
      s.sections.guests = { status: 'ok', message: 'external members (userType Member) not collected: HTTP 403' };
    },
    expect: { status: 'fail', findingCount: 1, reason: /Partly assessed/ },
  },
  // PROPS: a SAML/WS-Fed user's identity issuer is the partner's issuer URI.
  {
    name: 'external member recognised by a SAML issuer URI identity (PROPS)',
    mutate: (d) => {
      const g = d.guests[0]!;
      g.userType = 'Member';
      g.externalUserState = null;
      g.creationType = null;
      g.userPrincipalName = 'jane@northwind-partner.example';
      g.identities = [{ signInType: 'federated', issuer: 'https://idp.northwind-partner.example/saml', issuerAssignedId: null }];
    },
    expect: {
      status: 'fail',
      findings: [{ messageId: 'member', params: { markers: 'identity issuer https://idp.northwind-partner.example/saml' } }],
    },
  },
]);
