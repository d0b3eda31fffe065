import rule from '../../rules/sharepoint-domain-list-mismatch.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// ADL https://learn.microsoft.com/entra/external-id/allow-deny-list — an allow list or a block list, never both;
//     "whatever domains aren't in the allowlist are on the blocklist"; the list "works independently from OneDrive
//     and SharePoint Online allow/block lists".
// RDS https://learn.microsoft.com/sharepoint/restricted-domains-sharing — with the SharePoint and OneDrive
//     integration with Entra B2B, SharePoint invitations are also subject to Entra's domain restrictions; wildcards
//     are not supported.
// SPS https://learn.microsoft.com/graph/api/resources/sharepointsettings#sharingdomainrestrictionmode-values — none,
//     allowList (only sharingAllowedDomainList), blockList (all but sharingBlockedDomainList).

const entra = (d: MutableData, list: 'AllowedDomains' | 'BlockedDomains', domains: string[]) => {
  d.b2bManagementPolicies[0]!.definition = [
    JSON.stringify({ B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: { [list]: domains } } }),
  ];
};

ruleTable(rule, [
  { name: 'both allow lists name the same domain (ADL, SPS)', expect: { status: 'pass' } },
  {
    name: 'SharePoint allows a domain Entra does not → medium, named (ADL: independent lists)',
    mutate: (d) => {
      d.sharepointSettings.sharingAllowedDomainList = ['northwind.example', 'contractor.example'];
    },
    expect: { status: 'fail', findings: [{ messageId: 'sharepointWider', subKey: 'sharepointWider', severity: 'medium' }] },
  },
  {
    name: 'SharePoint unrestricted while Entra has an allow list → every unlisted domain (SPS none, ADL)',
    mutate: (d) => {
      d.sharepointSettings.sharingDomainRestrictionMode = 'none';
    },
    expect: { status: 'fail', findings: [{ messageId: 'sharepointWider', severity: 'medium' }] },
  },
  {
    name: 'Entra allows a domain SharePoint does not → low (RDS: the reverse)',
    mutate: (d) => {
      entra(d, 'AllowedDomains', ['northwind.example', 'litware.example']);
    },
    expect: { status: 'fail', findings: [{ messageId: 'entraWider', severity: 'low' }] },
  },
  {
    name: 'block lists naming different domains → both directions (ADL, SPS)',
    mutate: (d) => {
      entra(d, 'BlockedDomains', ['gmail.com']);
      d.sharepointSettings.sharingDomainRestrictionMode = 'blockList';
      d.sharepointSettings.sharingBlockedDomainList = ['outlook.com'];
    },
    expect: { status: 'fail', findings: [{ messageId: 'sharepointWider' }, { messageId: 'entraWider' }] },
  },
  {
    name: 'the same block list on both sides passes, case and trailing dot aside (RDS)',
    mutate: (d) => {
      entra(d, 'BlockedDomains', ['gmail.com']);
      d.sharepointSettings.sharingDomainRestrictionMode = 'blockList';
      d.sharepointSettings.sharingBlockedDomainList = ['GMAIL.com.'];
    },
    expect: { status: 'pass' },
  },
  {
    name: 'neither side restricts: the lists agree (nothing to compare) (SPS none, ADL default)',
    mutate: (d) => {
      d.b2bManagementPolicies[0]!.definition = [];
      d.sharepointSettings.sharingDomainRestrictionMode = 'none';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a subdomain is another domain (RDS: no wildcards)',
    mutate: (d) => {
      d.sharepointSettings.sharingAllowedDomainList = ['eu.northwind.example'];
    },
    expect: { status: 'fail', findings: [{ messageId: 'sharepointWider' }, { messageId: 'entraWider' }] },
  },
  {
    name: 'existing guests only: the SharePoint list admits nobody new → not applicable (SPS)',
    mutate: (d) => {
      d.sharepointSettings.sharingDomainRestrictionMode = 'none';
      d.sharepointSettings.sharingCapability = 'existingExternalUserSharingOnly';
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'an Entra policy with both lists cannot be read → not assessed (ADL: never both)',
    mutate: (d) => {
      d.b2bManagementPolicies[0]!.definition = [
        JSON.stringify({
          B2BManagementPolicy: {
            InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains: ['a.example'], BlockedDomains: ['b.example'] },
          },
        }),
      ];
    },
    expect: { status: 'not-assessed', reason: /could not be read/ },
  },
  {
    name: 'an undocumented restriction mode → not assessed (SPS)',
    mutate: (d) => {
      d.sharepointSettings.sharingDomainRestrictionMode = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed' },
  },
]);
