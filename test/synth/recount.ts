import type { Snapshot, User } from '../../src/snapshot/snapshot.types.js';

/**
 * Recounts a synthetic tenant's guest facts straight from the snapshot, written independently of the generator
 * (and of the rules' helpers) so that a planting bug and a counting bug cannot cancel out.
 */

const DAY = 86_400_000;

function ms(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new Error(`unparseable date ${value}`);
  return t;
}

/** Graph records successful sign-ins only from this day on (signInActivity docs). */
const SUCCESSES_RECORDED_FROM = Date.UTC(2023, 11, 1);

/**
 * The instant a guest's inactivity counts from: the last success; else the latest attempt when it predates success
 * recording; else (attempts since then, none successful) the later of that day and creation; null when nothing is
 * recorded.
 */
export function inactiveSince(g: User): number | null {
  const s = g.signInActivity;
  if (!s) return null;
  const success = ms(s.lastSuccessfulSignInDateTime);
  if (success !== null) return success;
  const a = ms(s.lastSignInDateTime);
  const b = ms(s.lastNonInteractiveSignInDateTime);
  const attempt = a === null ? b : b === null ? a : Math.max(a, b);
  if (attempt === null) return null;
  if (attempt < SUCCESSES_RECORDED_FROM) return attempt;
  return Math.max(SUCCESSES_RECORDED_FROM, ms(g.createdDateTime) as number);
}

export function domainOf(g: User): string {
  const mail = g.mail ?? '';
  return mail.slice(mail.lastIndexOf('@') + 1).toLowerCase();
}

export function domainPolicyOf(snapshot: Snapshot): { mode: 'allow' | 'block'; domains: Set<string> } {
  const raw = snapshot.data.b2bManagementPolicies?.[0]?.definition?.[0];
  if (!raw) throw new Error('no B2B management policy in the snapshot');
  const parsed = JSON.parse(raw) as {
    B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains?: string[]; BlockedDomains?: string[] } };
  };
  const p = parsed.B2BManagementPolicy.InvitationsAllowedAndBlockedDomainsPolicy;
  if (p.AllowedDomains) return { mode: 'allow', domains: new Set(p.AllowedDomains.map((d) => d.toLowerCase())) };
  return { mode: 'block', domains: new Set((p.BlockedDomains ?? []).map((d) => d.toLowerCase())) };
}

export interface Recount {
  total: number;
  byUserType: { Guest: number; Member: number };
  byState: { Accepted: number; PendingAcceptance: number; null: number };
  byIssuer: Record<string, number>;
  enabled: number;
  disabled: number;
  externalMembers: number;
  internalGuests: number;
  neverSignedIn: number;
  stale: number;
  pendingOverdue: number;
  pendingRecent: number;
  domainNotAllowed: number;
  withoutSponsor: number;
  lastSuccessfulMissingWithActivity: number;
  failedAttemptsAfterLastSuccess: number;
  ids: {
    stale: string[];
    pendingOverdue: string[];
    domainNotAllowed: string[];
    withoutSponsor: string[];
    externalMembers: string[];
    neverSignedIn: string[];
  };
}

export function recount(snapshot: Snapshot, asOfIso: string, staleDays = 90, pendingDays = 30): Recount {
  const asOf = Date.parse(asOfIso);
  const guests = snapshot.data.guests ?? [];
  const verified = new Set((snapshot.data.organization?.verifiedDomains ?? []).map((d) => d.name.toLowerCase()));
  const policy = domainPolicyOf(snapshot);
  const r: Recount = {
    total: 0,
    byUserType: { Guest: 0, Member: 0 },
    byState: { Accepted: 0, PendingAcceptance: 0, null: 0 },
    byIssuer: {},
    enabled: 0,
    disabled: 0,
    externalMembers: 0,
    internalGuests: 0,
    neverSignedIn: 0,
    stale: 0,
    pendingOverdue: 0,
    pendingRecent: 0,
    domainNotAllowed: 0,
    withoutSponsor: 0,
    lastSuccessfulMissingWithActivity: 0,
    failedAttemptsAfterLastSuccess: 0,
    ids: { stale: [], pendingOverdue: [], domainNotAllowed: [], withoutSponsor: [], externalMembers: [], neverSignedIn: [] },
  };
  for (const g of guests) {
    r.total++;
    if (g.userType === 'Guest') r.byUserType.Guest++;
    else if (g.userType === 'Member') r.byUserType.Member++;
    else throw new Error(`unexpected userType ${String(g.userType)}`);
    const state = g.externalUserState ?? null;
    if (state === null) r.byState.null++;
    else if (state === 'Accepted' || state === 'PendingAcceptance') r.byState[state]++;
    else throw new Error(`unexpected externalUserState ${state}`);
    const issuer = g.identities?.[0]?.issuer ?? '(none)';
    r.byIssuer[issuer] = (r.byIssuer[issuer] ?? 0) + 1;
    if (g.accountEnabled) r.enabled++;
    else r.disabled++;
    const upn = g.userPrincipalName ?? '';
    if (g.userType === 'Member' && upn.includes('#EXT#')) {
      r.externalMembers++;
      r.ids.externalMembers.push(g.id);
    }
    if (g.userType === 'Guest' && g.creationType === null && verified.has(upn.slice(upn.indexOf('@') + 1).toLowerCase()))
      r.internalGuests++;

    const s = g.signInActivity;
    const never =
      !s || (s.lastSignInDateTime == null && s.lastNonInteractiveSignInDateTime == null && s.lastSuccessfulSignInDateTime == null);
    if (never) {
      r.neverSignedIn++;
      r.ids.neverSignedIn.push(g.id);
    }
    if (s && s.lastSuccessfulSignInDateTime == null && (s.lastSignInDateTime != null || s.lastNonInteractiveSignInDateTime != null))
      r.lastSuccessfulMissingWithActivity++;
    if (
      s?.lastSuccessfulSignInDateTime &&
      s.lastSignInDateTime &&
      Date.parse(s.lastSignInDateTime) > Date.parse(s.lastSuccessfulSignInDateTime)
    )
      r.failedAttemptsAfterLastSuccess++;

    if (g.userType === 'Guest' && g.accountEnabled && state !== 'PendingAcceptance') {
      const reference = inactiveSince(g) ?? (ms(g.createdDateTime) as number);
      if (asOf - reference > staleDays * DAY) {
        r.stale++;
        r.ids.stale.push(g.id);
      }
    }
    if (state === 'PendingAcceptance') {
      const since = ms(g.externalUserStateChangeDateTime) ?? (ms(g.createdDateTime) as number);
      if (asOf - since > pendingDays * DAY) {
        r.pendingOverdue++;
        r.ids.pendingOverdue.push(g.id);
      } else r.pendingRecent++;
    }
    const domain = domainOf(g);
    const notAllowed = !verified.has(domain) && (policy.mode === 'block' ? policy.domains.has(domain) : !policy.domains.has(domain));
    if (notAllowed) {
      r.domainNotAllowed++;
      r.ids.domainNotAllowed.push(g.id);
    }
    if (g.userType === 'Guest' && (g.sponsors ?? []).length === 0) {
      r.withoutSponsor++;
      r.ids.withoutSponsor.push(g.id);
    }
  }
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(r.byIssuer).sort()) sorted[k] = r.byIssuer[k] as number;
  r.byIssuer = sorted;
  return r;
}
