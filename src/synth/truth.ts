/**
 * What the generator planted, counted while planting (not by re-reading the output). Tests recompute the same
 * numbers from the generated objects with their own code; rules run on the snapshot must find exactly these.
 *
 * Definitions (all relative to `asOf`):
 * - `stale`: userType Guest, accountEnabled, externalUserState not PendingAcceptance, and inactive for more than
 *   `staleDays` before asOf, counted from: lastSuccessfulSignInDateTime; else, when the later of lastSignInDateTime /
 *   lastNonInteractiveSignInDateTime predates 1 December 2023 (successes were not recorded before), that attempt;
 *   else, when such an attempt is on or after that day (no success recorded since), the later of that day and
 *   createdDateTime; with no sign-in at all, createdDateTime. Every planted date sits at least five days away from
 *   the threshold, so day-rounding cannot move a guest across it.
 * - `pendingOverdue`: externalUserState PendingAcceptance and externalUserStateChangeDateTime more than
 *   `pendingDays` before asOf (again with a five-day margin). All pending guests are enabled userType Guest.
 * - `domainNotAllowed`: every object whose mail domain (case-insensitive) is not one of the tenant's verified
 *   domains and is on the block list (block mode) or absent from the allow list (allow mode). Pending invitations
 *   count. External members and disabled guests never sit on such domains, so rules that skip them count the same.
 *   Internal guests (userType Guest on the tenant's own verified domain) are not counted: the invitation list
 *   governs external domains.
 * - `withoutSponsor`: userType Guest with an empty sponsor list. Disabled guests and pending invitations always have
 *   a sponsor (Entra adds the inviter), so rules that skip either count the same.
 * - `neverSignedIn`: signInActivity null, or all three timestamps null.
 * - External members (userType Member, #EXT# UPN) are always enabled, accepted, recently active, sponsored and from
 *   an allowed partner domain, so whether a rule includes them or not does not change the counts above.
 */
export interface GuestTruth {
  asOf: string;
  staleDays: 90;
  pendingDays: 30;
  total: number;
  byUserType: { Guest: number; Member: number };
  /** Key `null` counts guests whose externalUserState is null. */
  byState: { Accepted: number; PendingAcceptance: number; null: number };
  byIssuer: Record<string, number>;
  enabled: number;
  disabled: number;
  externalMembers: number;
  /** userType Guest, created locally (creationType null, UPN on a verified domain). */
  internalGuests: number;
  neverSignedIn: number;
  stale: number;
  pendingOverdue: number;
  pendingRecent: number;
  domainNotAllowed: number;
  withoutSponsor: number;
  /** lastSuccessfulSignInDateTime null while an older-style timestamp exists (exercises the fallback). */
  lastSuccessfulMissingWithActivity: number;
  /** Last successful sign-in older than the last (failed) interactive attempt. */
  failedAttemptsAfterLastSuccess: number;
}

/** Object ids behind the counts (only collected for in-memory tenants). */
export interface GuestTruthIds {
  stale: string[];
  pendingOverdue: string[];
  domainNotAllowed: string[];
  withoutSponsor: string[];
  externalMembers: string[];
  neverSignedIn: string[];
}

export interface PlantedGuestFlags {
  id: string;
  userType: 'Guest' | 'Member';
  state: 'Accepted' | 'PendingAcceptance' | null;
  issuer: string;
  enabled: boolean;
  internal: boolean;
  neverSignedIn: boolean;
  stale: boolean;
  pendingOverdue: boolean;
  domainNotAllowed: boolean;
  withoutSponsor: boolean;
  lastSuccessfulMissingWithActivity: boolean;
  failedAttemptsAfterLastSuccess: boolean;
}

export class GuestTally {
  private readonly t: GuestTruth;
  readonly ids: GuestTruthIds | undefined;

  constructor(asOf: string, collectIds: boolean) {
    this.t = {
      asOf,
      staleDays: 90,
      pendingDays: 30,
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
    };
    this.ids = collectIds
      ? { stale: [], pendingOverdue: [], domainNotAllowed: [], withoutSponsor: [], externalMembers: [], neverSignedIn: [] }
      : undefined;
  }

  add(f: PlantedGuestFlags): void {
    const t = this.t;
    t.total++;
    t.byUserType[f.userType]++;
    if (f.state === null) t.byState.null++;
    else t.byState[f.state]++;
    t.byIssuer[f.issuer] = (t.byIssuer[f.issuer] ?? 0) + 1;
    if (f.enabled) t.enabled++;
    else t.disabled++;
    if (f.userType === 'Member') t.externalMembers++;
    if (f.internal) t.internalGuests++;
    if (f.state === 'PendingAcceptance') {
      if (f.pendingOverdue) t.pendingOverdue++;
      else t.pendingRecent++;
    }
    if (f.neverSignedIn) t.neverSignedIn++;
    if (f.stale) t.stale++;
    if (f.domainNotAllowed) t.domainNotAllowed++;
    if (f.withoutSponsor) t.withoutSponsor++;
    if (f.lastSuccessfulMissingWithActivity) t.lastSuccessfulMissingWithActivity++;
    if (f.failedAttemptsAfterLastSuccess) t.failedAttemptsAfterLastSuccess++;
    const ids = this.ids;
    if (ids) {
      if (f.stale) ids.stale.push(f.id);
      if (f.pendingOverdue) ids.pendingOverdue.push(f.id);
      if (f.domainNotAllowed) ids.domainNotAllowed.push(f.id);
      if (f.withoutSponsor) ids.withoutSponsor.push(f.id);
      if (f.userType === 'Member') ids.externalMembers.push(f.id);
      if (f.neverSignedIn) ids.neverSignedIn.push(f.id);
    }
  }

  truth(): GuestTruth {
    // Sorted issuer keys so the truth object itself serialises deterministically.
    const byIssuer: Record<string, number> = {};
    for (const k of Object.keys(this.t.byIssuer).sort()) byIssuer[k] = this.t.byIssuer[k] as number;
    return { ...this.t, byUserType: { ...this.t.byUserType }, byState: { ...this.t.byState }, byIssuer };
  }
}
