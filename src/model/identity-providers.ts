import { countOf } from '../util/count-of.js';
import type { SectionName, SectionStatus, Snapshot } from '../snapshot/snapshot.types.js';
import { fallbackWords, redemptionOrder } from './redemption.js';

/**
 * The identity providers a guest can redeem an invitation and sign in with, gathered from the sections that decide
 * them: Entra ID and the fallback from the redemption order (default cross-tenant settings), Microsoft accounts,
 * Google and Facebook from `identity/identityProviders` (built-in and social providers of a workforce tenant),
 * email one-time passcode from its authentication method configuration, SAML/WS-Fed from direct federation.
 */

/** Providers a profile can name in `guest-identity-provider-not-allowed`. */
export const PROVIDER_KEYS = ['entraId', 'microsoftAccount', 'emailOneTimePasscode', 'google', 'facebook', 'samlWsFed'] as const;
export type ProviderKey = (typeof PROVIDER_KEYS)[number];

export const PROVIDER_NAMES: Record<ProviderKey, string> = {
  entraId: 'Microsoft Entra ID (accounts of other organisations)',
  microsoftAccount: 'Microsoft account (personal)',
  emailOneTimePasscode: 'Email one-time passcode',
  google: 'Google',
  facebook: 'Facebook',
  samlWsFed: 'SAML/WS-Fed direct federation',
};

export interface ProviderRow {
  key: ProviderKey;
  name: string;
  /** `enabled`: guests can use it now; `disabled`; `unknown`: a section that decides it was not collected. */
  state: 'enabled' | 'disabled' | 'unknown';
  /** What the state rests on, in words (the setting and its value). */
  detail: string;
  /** Sections whose absence made the state unknown. */
  missing: SectionName[];
}

const ok = (snapshot: Snapshot, name: SectionName): boolean =>
  (snapshot.sections as Record<string, SectionStatus | undefined>)[name]?.status === 'ok';

/** The inventory, one row per provider, in a fixed order. */
export function identityProviderInventory(snapshot: Snapshot): ProviderRow[] {
  const d = snapshot.data;
  const rows: ProviderRow[] = [];
  const row = (key: ProviderKey, state: ProviderRow['state'], detail: string, missing: SectionName[] = []) =>
    rows.push({ key, name: PROVIDER_NAMES[key], state, detail, missing });

  const defaultRead = ok(snapshot, 'crossTenantAccessDefault');
  const redemption = redemptionOrder(defaultRead ? d.crossTenantAccessDefault : undefined);
  const order = redemption.order.map((x) => x.toLowerCase());
  if (!defaultRead)
    row('entraId', 'unknown', 'the default cross-tenant settings (redemption order) were not read', ['crossTenantAccessDefault']);
  else
    row(
      'entraId',
      order.includes('azureactivedirectory') ? 'enabled' : 'disabled',
      `redemption order: ${redemption.order.join(', ') || 'no primary provider'}${redemption.source === 'service-default' ? " (Microsoft's default)" : ''}`,
    );

  const idps = ok(snapshot, 'identityProviders') ? (d.identityProviders ?? []) : undefined;
  const typed = (t: string) => idps?.some((p) => (p.identityProviderType ?? '').toLowerCase() === t.toLowerCase()) ?? false;
  // A Microsoft account is what the fallback gives unless it is email one-time passcode only.
  const fallback = redemption.fallback.toLowerCase();
  if (!defaultRead)
    row('microsoftAccount', 'unknown', 'the default cross-tenant settings (redemption fallback) were not read', [
      'crossTenantAccessDefault',
    ]);
  else
    row(
      'microsoftAccount',
      fallback === 'emailonetimepasscode' ? 'disabled' : 'enabled',
      `redemption fallback: ${fallbackWords(redemption.fallback)}`,
    );

  if (!ok(snapshot, 'emailOtpConfiguration'))
    row('emailOneTimePasscode', 'unknown', 'the email one-time passcode configuration was not read', ['emailOtpConfiguration']);
  else {
    const raw = d.emailOtpConfiguration?.allowExternalIdToUseEmailOtp ?? null;
    const on =
      raw === null
        ? undefined
        : ['default', 'enabled'].includes(raw.toLowerCase())
          ? true
          : raw.toLowerCase() === 'disabled'
            ? false
            : undefined;
    row(
      'emailOneTimePasscode',
      on === undefined ? 'unknown' : on ? 'enabled' : 'disabled',
      `allowExternalIdToUseEmailOtp: ${raw ?? 'not set'}`,
    );
  }

  for (const [key, type] of [
    ['google', 'Google'],
    ['facebook', 'Facebook'],
  ] as const) {
    if (!idps) row(key, 'unknown', 'the identity providers were not read', ['identityProviders']);
    else
      row(
        key,
        typed(type) ? 'enabled' : 'disabled',
        typed(type) ? `${type} is configured as a social identity provider` : `no ${type} identity provider is configured`,
      );
  }

  if (!ok(snapshot, 'federationConfigurations'))
    row('samlWsFed', 'unknown', 'direct federation was not read', ['federationConfigurations']);
  else {
    const fed = d.federationConfigurations ?? [];
    const domains = fed.flatMap((f) => (f.domains ?? []).map((x) => x.id));
    row(
      'samlWsFed',
      fed.length ? 'enabled' : 'disabled',
      fed.length
        ? `${countOf(fed.length, 'federation configuration')} for ${countOf(domains.length, 'domain')}${domains.length ? `: ${domains.slice(0, 5).join(', ')}${domains.length > 5 ? ', …' : ''}` : ''}`
        : 'no SAML/WS-Fed federation is configured',
    );
  }
  return rows;
}
