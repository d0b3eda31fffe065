import type { SharepointSettings } from '../snapshot/snapshot.types.js';
import type { DomainPolicy } from './domain-policy.js';

/**
 * SharePoint and OneDrive tenant sharing settings as Graph's sharepointSettings describes them, and how their domain
 * restriction compares with Entra's invitation allow/block list. The two lists are separate controls: Entra's list
 * "works independently from OneDrive and SharePoint Online allow/block lists", and SharePoint invitations are also
 * subject to Entra's list only when the tenant is enrolled in the SharePoint and OneDrive integration with Entra B2B
 * (which Graph does not expose).
 */

/**
 * The sharing levels, narrowest first (Graph's sharingCapabilities).
 * @graph microsoft.graph.sharepointSettings.sharingCapability
 */
export const SHARING_LEVELS = [
  'disabled',
  'existingExternalUserSharingOnly',
  'externalUserSharingOnly',
  'externalUserAndGuestSharing',
] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

/** What each level lets people do, in the words of the SharePoint admin center. */
export const SHARING_LEVEL_WORDS: Record<SharingLevel, string> = {
  disabled: 'only people in your organisation',
  existingExternalUserSharingOnly: 'existing guests only',
  externalUserSharingOnly: 'new and existing guests',
  externalUserAndGuestSharing: 'anyone, with links that need no sign-in',
};

const BY_LOWER = new Map<string, SharingLevel>(SHARING_LEVELS.map((l) => [l.toLowerCase(), l]));

/** The tenant's sharing level, or `unknown` for a value Graph does not document (e.g. unknownFutureValue). */
export function sharingLevel(settings: Pick<SharepointSettings, 'sharingCapability'>): SharingLevel | { unknown: string } {
  const raw = settings.sharingCapability;
  const level = typeof raw === 'string' ? BY_LOWER.get(raw.toLowerCase()) : undefined;
  return level ?? { unknown: String(raw ?? 'absent') };
}

export const levelRank = (l: SharingLevel): number => SHARING_LEVELS.indexOf(l);

/** New external recipients can be invited (or reached by Anyone links): the levels above "existing guests only". */
export const reachesNewOutsiders = (l: SharingLevel): boolean => levelRank(l) >= levelRank('externalUserSharingOnly');

/** A domain restriction: which domains sharing (or inviting) reaches. */
export interface DomainRule {
  /** Named domains, lower-case. */
  listed: ReadonlySet<string>;
  /** Whether a listed domain is allowed (an allow list) or refused (a block list). */
  listAllows: boolean;
  /** What happens to every domain not listed. */
  othersAllowed: boolean;
  describe: string;
}

const domains = (list: readonly string[] | null | undefined): Set<string> =>
  new Set((list ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '')).filter(Boolean));

/**
 * SharePoint's domain restriction. `none` restricts nothing (lists it may still carry are ignored); `allowList` admits
 * only its domains; `blockList` admits every domain but its own. Undocumented values are `undefined`.
 * @graph microsoft.graph.sharepointSettings.sharingDomainRestrictionMode
 */
export function sharepointDomainRule(settings: SharepointSettings): DomainRule | undefined {
  const mode = (settings.sharingDomainRestrictionMode ?? 'none').toLowerCase();
  if (mode === 'none') return { listed: new Set(), listAllows: false, othersAllowed: true, describe: 'no domain restriction' };
  if (mode === 'allowlist') {
    const listed = domains(settings.sharingAllowedDomainList);
    return { listed, listAllows: true, othersAllowed: false, describe: `an allow list of ${domainCount(listed.size)}` };
  }
  if (mode === 'blocklist') {
    const listed = domains(settings.sharingBlockedDomainList);
    return { listed, listAllows: false, othersAllowed: true, describe: `a block list of ${domainCount(listed.size)}` };
  }
  return undefined;
}

/** Entra's invitation domain restriction in the same terms. */
export function entraDomainRule(policy: DomainPolicy): DomainRule {
  if (policy.kind === 'allow')
    return {
      listed: domains(policy.allowedDomains),
      listAllows: true,
      othersAllowed: false,
      describe: policy.allowsNothing
        ? 'an allow list with no domains (no invitations at all)'
        : `an allow list of ${domainCount(policy.allowedDomains.length)}`,
    };
  if (policy.kind === 'block')
    return {
      listed: domains(policy.blockedDomains),
      listAllows: false,
      othersAllowed: true,
      describe: `a block list of ${domainCount(policy.blockedDomains.length)}`,
    };
  return {
    listed: new Set(),
    listAllows: false,
    othersAllowed: true,
    describe: `no domain restriction (${policy.noneBecause ?? 'none configured'})`,
  };
}

export const allows = (rule: DomainRule, domain: string): boolean => (rule.listed.has(domain) ? rule.listAllows : rule.othersAllowed);

/** Where two domain restrictions disagree: the named domains one admits and the other refuses, and the unnamed rest. */
export interface DomainDisagreement {
  /** Named domains (in either list) that `a` admits and `b` refuses. */
  domains: string[];
  /** Every domain neither list names is admitted by `a` and refused by `b`. */
  unlisted: boolean;
}

export function admittedByOnly(a: DomainRule, b: DomainRule): DomainDisagreement {
  const named = [...new Set([...a.listed, ...b.listed])].sort();
  return { domains: named.filter((d) => allows(a, d) && !allows(b, d)), unlisted: a.othersAllowed && !b.othersAllowed };
}

export const SHAREPOINT_SETTINGS_RESOURCE = {
  type: 'sharepointSettings',
  id: 'sharepointSettings',
  displayName: 'SharePoint and OneDrive sharing settings',
  path: 'admin/sharepoint/settings',
} as const;

/** "1 domain", "2 domains". */
function domainCount(n: number): string {
  return `${n} domain${n === 1 ? '' : 's'}`;
}
