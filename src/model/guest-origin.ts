import type { CrossTenantAccessPolicyConfigurationPartner, Snapshot, User } from '../snapshot/snapshot.types.js';
import type { GuestType } from './conditional-access.js';
import { guestDomain, isPending } from './guests.js';

/**
 * Where a guest comes from, as far as the snapshot can tell: the identity provider its account authenticates with
 * (Graph's `identities[].issuer`), the Conditional Access guest type it falls under, and the home organisation (a
 * partner configuration or a looked-up federated domain that resolves its home domain to an Entra tenant).
 */

export type IdentityOrigin =
  | { kind: 'entra'; label: string }
  | { kind: 'microsoftAccount'; label: string }
  | { kind: 'emailOneTimePasscode'; label: string }
  | { kind: 'social'; label: string; issuer: string }
  | { kind: 'federation'; label: string; issuer: string }
  | { kind: 'local'; label: string }
  | { kind: 'pending'; label: string }
  | { kind: 'unknown'; label: string };

/** The tenant's own domains: its verified domains and default domain, lower-case. */
export function tenantDomains(snapshot: Snapshot): Set<string> {
  const out = new Set<string>((snapshot.data.organization?.verifiedDomains ?? []).map((d) => d.name.toLowerCase()));
  if (snapshot.tenant.defaultDomain) out.add(snapshot.tenant.defaultDomain.toLowerCase());
  return out;
}

/** The identity provider a guest signs in with, from the issuers Graph records on the account. */
export function identityOrigin(user: Pick<User, 'identities' | 'externalUserState'>, ownDomains: ReadonlySet<string>): IdentityOrigin {
  const issuers: string[] = [];
  for (const identity of user.identities ?? []) {
    if (!identity.issuer) continue;
    issuers.push(identity.issuer);
    const issuer = identity.issuer.toLowerCase();
    if (issuer === 'externalazuread') return { kind: 'entra', label: 'Microsoft Entra ID (an account of another organisation)' };
    if (issuer === 'microsoftaccount') return { kind: 'microsoftAccount', label: 'personal Microsoft account' };
    if (issuer === 'mail') return { kind: 'emailOneTimePasscode', label: 'email one-time passcode' };
    if (issuer === 'google.com') return { kind: 'social', label: 'Google', issuer: identity.issuer };
    if (issuer === 'facebook.com') return { kind: 'social', label: 'Facebook', issuer: identity.issuer };
    if (/^https?:\/\//i.test(identity.issuer))
      return { kind: 'federation', label: `SAML/WS-Fed federation (issuer ${identity.issuer})`, issuer: identity.issuer };
  }
  if (issuers.some((i) => ownDomains.has(i.toLowerCase()))) {
    // An invitation not yet redeemed carries a placeholder identity of this tenant until the guest redeems it.
    if (isPending(user)) return { kind: 'pending', label: 'nothing yet: the invitation has not been redeemed' };
    return { kind: 'local', label: 'a local account of this tenant' };
  }
  return { kind: 'unknown', label: issuers.length ? `issuer ${issuers.join(', ')}` : 'no identity recorded' };
}

/**
 * The Conditional Access guest type a user falls under: internal guests are local accounts with userType Guest;
 * external users with userType Member are B2B collaboration members; every other invited external user is a B2B
 * collaboration guest (whatever identity provider redeemed the invitation).
 */
export function caGuestType(user: Pick<User, 'userType' | 'identities' | 'externalUserState'>, origin: IdentityOrigin): GuestType {
  if ((user.userType ?? '').toLowerCase() === 'member') return 'b2bCollaborationMember';
  if (origin.kind === 'local' && !user.externalUserState) return 'internalGuest';
  return 'b2bCollaborationGuest';
}

/** The guest's home organisation, when its home domain is a partner's default domain or a federated domain that resolved to a tenant. */
export function homeTenant(
  snapshot: Snapshot,
  user: User,
): { tenantId: string; partner?: CrossTenantAccessPolicyConfigurationPartner; how: string } | undefined {
  const domain = guestDomain(user);
  if (!domain) return undefined;
  const partners = snapshot.data.crossTenantAccessPartners ?? [];
  const partner = partners.find((p) => (p.defaultDomainName ?? '').toLowerCase() === domain);
  if (partner) return { tenantId: partner.tenantId, partner, how: `${domain} is the partner's default domain` };
  const lookup = (snapshot.data.federationDomainLookups ?? []).find(
    (l) => l.domainName.toLowerCase() === domain && l.outcome === 'tenant' && l.tenantInformation?.tenantId,
  );
  if (lookup) {
    const tenantId = lookup.tenantInformation!.tenantId!;
    const p = partners.find((x) => x.tenantId.toLowerCase() === tenantId.toLowerCase());
    return { tenantId, ...(p ? { partner: p } : {}), how: `${domain} was looked up as a domain of tenant ${tenantId}` };
  }
  return undefined;
}
