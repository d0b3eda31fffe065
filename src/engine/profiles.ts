import { InputError } from '../errors.js';
import type { Severity } from './result.types.js';

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface Profile {
  description: string;
  rules: Record<string, RuleOverride>;
}

/**
 * Profiles settle the thresholds peer scanners disagree on (who may invite, guest role, stale days) in one place.
 * `baseline` follows CIS / CISA SCuBA; `strict` follows the tighter reading peers such as EIDSCA and the
 * Zero Trust Assessment take. Rule defaults are the baseline values, so baseline only overrides what differs.
 */
export const PROFILES: Record<string, Profile> = {
  baseline: {
    description: 'Aligned with the CIS Microsoft 365 benchmark and CISA SCuBA: flags what those baselines treat as a finding.',
    rules: {},
  },
  strict: {
    description:
      'Tighter: restricted guest role only, 60-day staleness, 14-day pending invitations, block lists not accepted in place of an allow list, phishing-resistant MFA for guests who authenticate with Entra ID, SharePoint sharing with existing guests only, fortnightly guest access reviews, no Google or Facebook sign-in for guests.',
    rules: {
      'guest-stale': { options: { staleDays: 60 } },
      'invite-domain-allowlist-missing': { options: { acceptBlockList: false } },
      'guest-directory-access-not-restricted': { options: { acceptLimited: false } },
      'guest-invitation-pending': { options: { pendingDays: 14 } },
      'sharepoint-external-sharing-level': { options: { maxLevel: 'existingExternalUserSharingOnly' } },
      'access-review-guests-weak-settings': { options: { maxIntervalDays: 14 } },
      'guest-identity-provider-not-allowed': { options: { disallowed: ['google', 'facebook'] } },
      'ca-guest-phishing-resistant-mfa-missing': { options: { expect: 'phishingResistant' } },
    },
  },
};

export const DEFAULT_PROFILE = 'baseline';

/**
 * The profile of that name, or undefined. Looked up as an own property: `__proto__`, `constructor` or `toString`
 * are names of the object's prototype, never profiles.
 */
export function profileNamed(name: string): Profile | undefined {
  return Object.hasOwn(PROFILES, name) ? PROFILES[name] : undefined;
}

/** Why `name` is not a profile, as the end of a sentence; undefined when it is one. */
export function unknownProfile(name: string): string | undefined {
  return profileNamed(name) ? undefined : `unknown profile ${JSON.stringify(name)}; known profiles: ${Object.keys(PROFILES).join(', ')}`;
}

/** `--profile <name>`: the name when it is a profile, else an input error (checked before anything runs). */
export function parseProfile(value: string | undefined, flag = '--profile'): string | undefined {
  if (value === undefined) return undefined;
  const bad = unknownProfile(value);
  if (bad) throw new InputError(`${flag}: ${bad}`);
  return value;
}
