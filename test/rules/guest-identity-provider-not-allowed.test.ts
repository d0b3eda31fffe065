import rule from '../../rules/guest-identity-provider-not-allowed.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// LIP https://learn.microsoft.com/graph/api/identitycontainer-list-identityproviders — in a workforce tenant the list
//     holds socialIdentityProvider (Google, Facebook) and builtInIdentityProvider objects.
// BIP https://learn.microsoft.com/graph/api/resources/builtinidentityprovider — AADSignup, MicrosoftAccount, EmailOTP.
// CFG https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption-preview —
//     redemption order and fallback (a fallback is always enabled).
// EOTP https://learn.microsoft.com/graph/api/resources/emailauthenticationmethodconfiguration — "default" is enabled.

const google = {
  '@odata.type': '#microsoft.graph.socialIdentityProvider',
  id: 'Google-OAUTH',
  displayName: 'Google',
  identityProviderType: 'Google',
};

ruleTable(rule, [
  { name: 'baseline disallows nothing: the inventory is recorded, no finding', expect: { status: 'pass' } },
  {
    name: 'strict: Google configured → low (LIP, strict disallows google and facebook)',
    profile: 'strict',
    mutate: (d) => {
      d.identityProviders.push(google);
    },
    expect: { status: 'fail', findings: [{ messageId: 'enabled', resourceId: 'google', subKey: 'google', severity: 'low' }] },
  },
  {
    name: 'strict: only built-in providers → pass (BIP)',
    profile: 'strict',
    expect: { status: 'pass' },
  },
  {
    name: 'disallowing Microsoft accounts: the default fallback uses them (CFG)',
    options: { disallowed: ['microsoftAccount'] },
    expect: { status: 'fail', findings: [{ resourceId: 'microsoftAccount' }] },
  },
  {
    name: 'disallowing Microsoft accounts: a passcode-only fallback passes (CFG)',
    options: { disallowed: ['microsoftAccount'] },
    mutate: (d) => {
      d.crossTenantAccessDefault.invitationRedemptionIdentityProviderConfiguration = {
        primaryIdentityProviderPrecedenceOrder: ['azureActiveDirectory'],
        fallbackIdentityProvider: 'emailOneTimePasscode',
      };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'disallowing SAML/WS-Fed: a configured federation fails',
    options: { disallowed: ['samlWsFed'] },
    expect: { status: 'fail', findings: [{ resourceId: 'samlWsFed' }] },
  },
  {
    name: 'disallowing email OTP: "default" counts as enabled (EOTP)',
    options: { disallowed: ['emailOneTimePasscode'] },
    mutate: (d) => {
      d.emailOtpConfiguration.allowExternalIdToUseEmailOtp = 'default';
    },
    expect: { status: 'fail', findings: [{ resourceId: 'emailOneTimePasscode' }] },
  },
  {
    name: 'a disallowed provider whose section is missing → not assessed, naming it',
    profile: 'strict',
    mutate: (d, s) => {
      delete (d as Partial<typeof d>).identityProviders;
      s.sections.identityProviders = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    },
    expect: { status: 'not-assessed', reason: /Google/ },
  },
  {
    name: 'baseline needs no section: a missing one changes nothing',
    mutate: (d, s) => {
      delete (d as Partial<typeof d>).identityProviders;
      s.sections.identityProviders = { status: 'forbidden', httpStatus: 403 };
    },
    expect: { status: 'pass' },
  },
]);
