import { sectionOk } from '../snapshot/section-status.js';
import type { Snapshot, User } from '../snapshot/snapshot.types.js';
import { cmp } from '../util/compare.js';
import { guestFacts, invitationState, type GuestEvidence, type GuestFacts } from './guest-facts.js';
import { DAY_MS, graphTime, guestDomain, inactivity } from './guests.js';

/**
 * The guest population in numbers for the HTML report: counts, age buckets, top domains and the stalest enabled
 * guests. Gathered by an observer of the one guest pass (evaluation's, or the report's own when re-rendering), from
 * the same guest facts the inventory lists.
 */

export interface Bucket {
  label: string;
  count: number;
}

export interface StaleGuest {
  facts: GuestFacts;
  /** Days without a successful sign-in, counted as guest-stale counts them. */
  staleDays: number;
  neverSignedIn: boolean;
}

export interface GuestStatistics {
  total: number;
  enabled: number;
  disabled: number;
  pending: number;
  accepted: number;
  members: number;
  signInCollected: boolean;
  sponsorsCollected: boolean;
  neverSignedIn: number;
  withoutSponsor: number;
  signInAge: Bucket[];
  pendingAge: Bucket[];
  topDomains: Bucket[];
  /** Enabled guests, longest without a sign-in first; capped. */
  stalest: StaleGuest[];
  stalestCap: number;
}

const SIGN_IN_BUCKETS: Array<[number, string]> = [
  [30, '≤ 30 days'],
  [90, '31–90 days'],
  [180, '91–180 days'],
  [365, '181–365 days'],
  [Infinity, 'over a year'],
];
const PENDING_BUCKETS: Array<[number, string]> = [
  [7, '≤ 7 days'],
  [30, '8–30 days'],
  [90, '31–90 days'],
  [365, '91–365 days'],
  [Infinity, 'over a year'],
];

function bucketIndex(days: number, buckets: Array<[number, string]>): number {
  // A loop rather than findIndex with a callback: asked for each of a million guests.
  for (let i = 0; i < buckets.length; i++) if (days <= buckets[i]![0]) return i;
  return -1;
}

/** Which per-guest evidence a snapshot holds. */
export function guestEvidence(snapshot: Snapshot | undefined): GuestEvidence {
  return { signInCollected: sectionOk(snapshot, 'guestSignInActivity'), sponsorsCollected: sectionOk(snapshot, 'guestSponsors') };
}

/**
 * One pass over every guest (a million of them must stay cheap): counts, age buckets, top domains and the
 * `cap` stalest enabled guests (kept in a small sorted array, never a full sort). Feed it with `add`.
 */
export class GuestStatisticsBuilder {
  private readonly signIn = SIGN_IN_BUCKETS.map(() => 0);
  private readonly pendingAge = PENDING_BUCKETS.map(() => 0);
  private pendingUnknown = 0;
  /** Guests per home domain, each count in a box of its own: one lookup per guest rather than a read and a write. */
  private readonly domains = new Map<string, { count: number }>();
  private readonly stats = { total: 0, enabled: 0, disabled: 0, pending: 0, accepted: 0, members: 0, neverSignedIn: 0, withoutSponsor: 0 };
  private readonly stalest: StaleGuest[] = [];
  private readonly evidence: GuestEvidence;

  constructor(
    snapshot: Snapshot,
    private readonly asOf: Date,
    private readonly cap = 25,
  ) {
    this.evidence = guestEvidence(snapshot);
  }

  private static staleOrder(a: StaleGuest, b: StaleGuest): number {
    return b.staleDays - a.staleDays || cmp(a.facts.id, b.facts.id);
  }

  /**
   * Count one guest (bound, so it can be handed to a guest pass as an observer). Each count reads the guest through
   * the functions guestFacts is made of (and whose last answers the rules' calls for the same guest left behind);
   * the whole facts object — four dates and two dozen fields — is built only for a guest that enters the stalest
   * list, not for each of a million guests.
   */
  readonly add = (g: User): void => {
    const { stats, asOf, evidence } = this;
    stats.total++;
    const disabled = g.accountEnabled === false;
    if (disabled) stats.disabled++;
    else stats.enabled++;
    // Graph writes `Guest` or `Member`: only another spelling needs a lower-cased copy.
    const userType = g.userType;
    if (userType === 'Member' || (userType !== 'Guest' && (userType ?? '').toLowerCase() === 'member')) stats.members++;
    const invitation = invitationState(g);
    const pending = invitation === 'pending';
    if (pending) {
      stats.pending++;
      const since = graphTime(g.externalUserStateChangeDateTime) ?? graphTime(g.createdDateTime);
      if (since === undefined) this.pendingUnknown++;
      else this.pendingAge[bucketIndex(Math.max(0, Math.floor((asOf.getTime() - since) / DAY_MS)), PENDING_BUCKETS)]!++;
    } else if (invitation === 'accepted') stats.accepted++;
    const domain = guestDomain(g);
    if (domain) {
      const tally = this.domains.get(domain);
      if (tally) tally.count++;
      else this.domains.set(domain, { count: 1 });
    }
    if (evidence.sponsorsCollected && (g.sponsors?.length ?? 0) === 0) stats.withoutSponsor++;
    if (!evidence.signInCollected) return;
    const idle = inactivity(g, asOf);
    const neverSignedIn = idle.known && idle.neverSignedIn;
    const daysInactive = idle.known ? Math.max(0, idle.days) : undefined;
    if (neverSignedIn) stats.neverSignedIn++;
    else if (daysInactive !== undefined) this.signIn[bucketIndex(daysInactive, SIGN_IN_BUCKETS)]!++;
    // Pending invitations are the pending chart's business, disabled guests cannot sign in: neither is "stale".
    if (disabled || pending) return;
    if (daysInactive === undefined) return;
    const list = this.stalest;
    const last = list[list.length - 1];
    // The order of staleOrder, with the guest's own id standing in for its facts' (the same text).
    if (list.length >= this.cap && (last!.staleDays - daysInactive || cmp(g.id, last!.facts.id)) >= 0) return;
    list.push({ facts: guestFacts(g, asOf, evidence), staleDays: daysInactive, neverSignedIn });
    list.sort(GuestStatisticsBuilder.staleOrder);
    if (list.length > this.cap) list.pop();
  };

  build(): GuestStatistics {
    const signInAge = SIGN_IN_BUCKETS.map(([, label], i) => ({ label, count: this.signIn[i]! }));
    if (this.evidence.signInCollected) signInAge.push({ label: 'never signed in', count: this.stats.neverSignedIn });
    const pendingAge = PENDING_BUCKETS.map(([, label], i) => ({ label, count: this.pendingAge[i]! }));
    if (this.pendingUnknown) pendingAge.push({ label: 'date unknown', count: this.pendingUnknown });
    const topDomains = Array.from(this.domains, ([label, tally]): [string, number] => [label, tally.count])
      .sort(([a, x], [b, y]) => y - x || cmp(a, b))
      .slice(0, 10)
      .map(([label, count]) => ({ label, count }));
    return {
      ...this.stats,
      signInCollected: this.evidence.signInCollected,
      sponsorsCollected: this.evidence.sponsorsCollected,
      signInAge,
      pendingAge,
      topDomains,
      stalest: [...this.stalest],
      stalestCap: this.cap,
    };
  }
}

/** Guest statistics from guests held in memory; undefined when the guests section was not collected. */
export function guestStatistics(snapshot: Snapshot, guests: Iterable<User>, asOf: Date, cap = 25): GuestStatistics | undefined {
  if (!sectionOk(snapshot, 'guests')) return undefined;
  const b = new GuestStatisticsBuilder(snapshot, asOf, cap);
  for (const g of guests) b.add(g);
  return b.build();
}
