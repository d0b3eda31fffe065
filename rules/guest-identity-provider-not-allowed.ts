import { defineRule } from '../src/engine/rule.js';
import { identityProviderInventory, PROVIDER_KEYS, type ProviderKey } from '../src/model/identity-providers.js';

interface Options {
  disallowed: ProviderKey[];
}

/**
 * The identity providers guests can use (see src/model/identity-providers.ts; every report shows the same inventory)
 * against the ones the profile does not allow. Nothing is disallowed under baseline, so the rule only records;
 * strict disallows the consumer social providers (Google, Facebook). Email one-time passcode has its own rule
 * (email-otp-direction) and is judged there; Microsoft accounts are not disallowed by strict because Entra requires a
 * fallback provider (Microsoft account or email one-time passcode) that the email OTP rule would then contradict.
 */
export default defineRule<never, Options>({
  meta: {
    id: 'guest-identity-provider-not-allowed',
    title: 'Guests can sign in with an identity provider the profile does not allow',
    action: 'Turn off the sign-in methods for guests that your policy does not allow.',
    severity: 'low',
    category: 'invitations',
    // Nothing is required: with nothing disallowed there is nothing to read, and a disallowed provider whose section
    // is missing makes the rule incomplete, naming it.
    requires: [],
    optional: ['identityProviders', 'crossTenantAccessDefault', 'emailOtpConfiguration', 'federationConfigurations'],
    options: {
      schema: { properties: { disallowed: { type: 'array', items: { enum: [...PROVIDER_KEYS] }, uniqueItems: true, default: [] } } },
      defaults: { disallowed: [] },
      docs: {
        disallowed:
          'Identity providers guests must not be able to use: entraId, microsoftAccount, emailOneTimePasscode, google, facebook, samlWsFed. Default none — no benchmark judges these providers, so baseline records the inventory (shown in every report) without findings; the strict profile disallows google and facebook, whose accounts no organisation manages. Email one-time passcode is judged by email-otp-direction.',
      },
    },
    rationale:
      'Every identity provider guests can use is a different answer to "who vouches for this person": a partner\'s Entra tenant with its own MFA and leaver process, your own federation partner, or a consumer account nobody manages. The inventory shows which doors exist; a profile that wants only organisation-managed identities names the others, and each one still enabled is reported.',
    remediation: {
      summary:
        'Remove the identity provider the profile does not allow (delete the social identity provider, or the SAML/WS-Fed federation), after checking which guests still sign in with it.',
      graph: { method: 'DELETE', url: '/v1.0/identity/identityProviders/{identityProviderId}' },
      portal: 'Entra admin center › External Identities › All identity providers',
    },
    references: [
      {
        title: 'Identity providers for External ID in workforce tenants',
        url: 'https://learn.microsoft.com/entra/external-id/identity-providers',
      },
      { title: 'List identityProviders', url: 'https://learn.microsoft.com/graph/api/identitycontainer-list-identityproviders' },
      { title: 'builtInIdentityProvider resource type', url: 'https://learn.microsoft.com/graph/api/resources/builtinidentityprovider' },
      {
        title: 'Cross-tenant access overview: configurable redemption',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption-preview',
      },
    ],
    frameworks: { catalog: ['EI-11'] },
    semantics: [
      {
        statement:
          'In a workforce tenant GET /identity/identityProviders lists social identity providers (Google, Facebook) and built-in ones (AADSignup, EmailOTP, MicrosoftAccount).',
        source: 'https://learn.microsoft.com/graph/api/identitycontainer-list-identityproviders',
      },
      {
        statement:
          'Whether users of other Entra tenants and Microsoft accounts are used for redemption follows the redemption order and its fallback in the default cross-tenant settings; a fallback must always be enabled.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview#configurable-redemption-preview',
      },
      {
        statement: 'Email one-time passcode for external users follows allowExternalIdToUseEmailOtp ("default" is enabled).',
        source: 'https://learn.microsoft.com/graph/api/resources/emailauthenticationmethodconfiguration',
      },
      {
        statement: "No benchmark disallows a guest identity provider; the strict profile's choice of Google and Facebook is gatehouse's.",
        source: 'https://learn.microsoft.com/entra/external-id/identity-providers',
        reading:
          'consumer social accounts are the providers no organisation answers for; Microsoft accounts stay allowed because a fallback provider is mandatory.',
      },
    ],
    messages: {
      enabled: 'Guests can use {provider}, which this profile does not allow ({detail}).',
    },
  },
  evaluate(_data, ctx) {
    const disallowed = new Set(ctx.options.disallowed);
    if (!disallowed.size) return;
    for (const row of identityProviderInventory(ctx.snapshot)) {
      if (!disallowed.has(row.key)) continue;
      if (row.state === 'unknown') {
        ctx.incomplete(`whether guests can use ${row.name} is unknown: ${row.detail}`, row.missing);
        continue;
      }
      if (row.state !== 'enabled') continue;
      ctx.fail('enabled', {
        resource: { type: 'identityProvider', id: row.key, displayName: row.name, path: 'identity/identityProviders' },
        subKey: row.key,
        params: { provider: row.name, detail: row.detail },
        evidence: { provider: row.key, detail: row.detail },
      });
    }
  },
});
