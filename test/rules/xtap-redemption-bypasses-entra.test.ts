import rule from '../../rules/xtap-redemption-bypasses-entra.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// IRC  https://learn.microsoft.com/graph/api/resources/invitationredemptionidentityproviderconfiguration — primary
//      providers azureActiveDirectory, externalFederation, socialIdentityProviders; fallback defaultConfiguredIdp,
//      emailOneTimePasscode or microsoftAccount, "used when no primary identity provider is available".
// CFG  https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption-preview —
//      "you can disable all primary identity providers and only use fallback identity providers".
// FLOW https://learn.microsoft.com/entra/external-id/redemption-experience#invitation-redemption-flow — the default
//      order starts with Microsoft Entra ID.
// DEF  https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault — the order lives
//      in the default settings only.

const setOrder =
  (order: string[], fallback = 'defaultConfiguredIdp') =>
  (d: { crossTenantAccessDefault: { invitationRedemptionIdentityProviderConfiguration?: unknown } }) => {
    d.crossTenantAccessDefault.invitationRedemptionIdentityProviderConfiguration = {
      primaryIdentityProviderPrecedenceOrder: order,
      fallbackIdentityProvider: fallback,
    };
  };

ruleTable(rule, [
  { name: 'Entra ID first passes (IRC)', expect: { status: 'pass' } },
  {
    name: 'no configured order: Microsoft default, Entra first (FLOW)',
    mutate: (d) => {
      d.crossTenantAccessDefault.invitationRedemptionIdentityProviderConfiguration = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'federation before Entra still keeps Entra primary (IRC)',
    mutate: setOrder(['externalFederation', 'azureActiveDirectory', 'socialIdentityProviders']),
    expect: { status: 'pass' },
  },
  {
    name: 'Entra removed from the primary providers → medium, naming the fallback (IRC, DEF)',
    mutate: setOrder(['externalFederation', 'socialIdentityProviders'], 'emailOneTimePasscode'),
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'entraNotPrimary',
          resourceId: 'default',
          subKey: 'invitationRedemptionIdentityProviderConfiguration',
          severity: 'medium',
          params: { fallback: 'an email one-time passcode' },
        },
      ],
    },
  },
  {
    name: 'every primary provider off: an empty list is a choice, not "not configured" (CFG)',
    mutate: setOrder([], 'microsoftAccount'),
    expect: { status: 'fail', findings: [{ messageId: 'entraNotPrimary', params: { order: 'none: every primary provider is off' } }] },
  },
]);
