import type { DirectoryObjectRef, ObjectIdentity, SignInActivity, User } from '../snapshot/snapshot.types.js';
import { nameAt, NAME_COMBINATIONS, permutedNameIndex, type PersonName } from './names.js';
import { DAY_MS, graphDate, guid, hash32, hashString, Rng, Weighted } from './random.js';
import { GuestTally, type GuestTruth, type PlantedGuestFlags } from './truth.js';
import { buildWorld, domainSources, type DomainSource, type GenerateOptions, type Issuer, type World } from './world.js';

/** `lastSuccessfulSignInDateTime` exists only since 1 December 2023 and was not backfilled (Graph signInActivity). */
export const LAST_SUCCESSFUL_SINCE_MS = Date.UTC(2023, 11, 1);

/** Roughly when Entra began recording guest sponsors (and adding the inviter as one by default). */
const SPONSORS_SINCE_MS = Date.UTC(2023, 6, 1);

const STALE_DAYS = 90;
const PENDING_DAYS = 30;

/** Guests with a fixed role in the tenant (see tenant.ts): a consultant with a privileged role, an app owner, a PIM-eligible guest. */
export const SPECIAL_GUESTS = {
  privileged: { index: 0, domain: 'proseware.com' },
  appOwner: { index: 1, domain: 'northwindtraders.com' },
  eligible: { index: 2, domain: 'treyresearch.net' },
} as const;

type SignInBucket = 'recent' | 'month' | 'quarter' | 'year' | 'years' | 'never';

/** Days since the last successful sign-in per bucket; gaps around 90 keep the stale threshold unambiguous. */
const BUCKET_DAYS: Record<Exclude<SignInBucket, 'never'>, readonly [number, number]> = {
  recent: [0.05, 25],
  month: [35, 85],
  quarter: [95, 365],
  year: [366, 1100],
  years: [1100, 2200],
};

const BUCKETS = new Weighted<SignInBucket>([
  ['recent', 46],
  ['month', 14],
  ['quarter', 17],
  ['year', 9],
  ['years', 4],
  ['never', 10],
]);

const B2B_STATE = new Weighted<'Accepted' | 'PendingAcceptance' | null>([
  ['Accepted', 80],
  ['PendingAcceptance', 11],
  [null, 9],
]);

const PARTNER_ISSUERS = new Weighted<Issuer>([
  ['ExternalAzureAD', 93],
  ['MicrosoftAccount', 4],
  ['mail', 3],
]);
const LONG_TAIL_ISSUERS = new Weighted<Issuer>([
  ['ExternalAzureAD', 60],
  ['mail', 28],
  ['MicrosoftAccount', 12],
]);

interface Planned {
  user: User;
  flags: PlantedGuestFlags;
}

/** Builds guest i of a world. Holds only per-world tables, so memory stays flat however many guests are made. */
export class GuestFactory {
  private readonly rng = new Rng();
  private readonly sources: Weighted<DomainSource>;
  private readonly consumer: Weighted<World['consumerDomains'][number]>;
  private readonly consumerIssuers: Map<string, Weighted<Issuer>>;
  private readonly verified: Set<string>;
  private readonly seedKey: number;
  private readonly specials: Map<number, string>;

  constructor(private readonly world: World) {
    this.sources = domainSources(world);
    this.consumer = new Weighted(world.consumerDomains.map((c) => [c, c.weight] as const));
    this.consumerIssuers = new Map(world.consumerDomains.map((c) => [c.domain, new Weighted(c.issuers)]));
    this.verified = new Set(world.company.verifiedDomains.map((d) => d.toLowerCase()));
    this.seedKey = hash32(world.opts.seed, hashString('guest'));
    this.specials = new Map();
    for (const s of Object.values(SPECIAL_GUESTS)) {
      // Fall back to the first partner when the preferred one is not in a small world.
      const domain =
        world.partners.find((p) => p.domain === s.domain)?.domain ?? world.partners[0]?.domain ?? world.longTail[0] ?? 'example.com';
      this.specials.set(s.index, domain);
    }
  }

  make(i: number): Planned {
    const w = this.world;
    const rng = this.rng.reseed(hash32(this.seedKey, i));
    const asOf = w.asOfMs;
    const id = guid(w.opts.seed, 'guest', i);
    const special = this.specials.get(i);

    // Kind: external member (synced from the sister tenant), internal guest (local account flagged Guest), or B2B guest.
    const kindRoll = rng.next();
    const kind: 'member' | 'internal' | 'b2b' = special
      ? 'b2b'
      : w.sister && kindRoll < 0.015
        ? 'member'
        : kindRoll < 0.025
          ? 'internal'
          : 'b2b';

    // Where the guest comes from and how they sign in.
    let domain: string;
    let issuer: Issuer;
    let org: string | null = null;
    if (special) {
      domain = special;
      issuer = 'ExternalAzureAD';
      org = w.partners.find((p) => p.domain === domain)?.displayName ?? null;
    } else if (kind === 'member') {
      const sister = w.sister!;
      domain = sister.domain;
      issuer = 'ExternalAzureAD';
      org = sister.displayName;
    } else if (kind === 'internal') {
      domain = w.company.defaultDomain;
      issuer = w.company.initialDomain;
    } else {
      const source = this.sources.sample(rng);
      if (source.kind === 'partner') {
        domain = source.partner.domain;
        issuer = PARTNER_ISSUERS.sample(rng);
        org = source.partner.displayName;
      } else if (source.kind === 'federation') {
        domain = source.federation.domain;
        issuer = source.federation.issuerUri;
        org = source.federation.displayName.replace(/\s*\(.*\)$/, '');
      } else if (source.kind === 'long-tail') {
        // Zipf-like: a few small organisations have many guests, most have one or two.
        const u = rng.next();
        domain = w.longTail[Math.floor(w.longTail.length * u * u)] as string;
        issuer = LONG_TAIL_ISSUERS.sample(rng);
      } else {
        const c = this.consumer.sample(rng);
        domain = c.domain;
        issuer = (this.consumerIssuers.get(c.domain) as Weighted<Issuer>).sample(rng);
      }
    }
    const domainNotAllowed = !this.verified.has(domain.toLowerCase()) && !w.isDomainAllowed(domain);

    // Invitation state and account status.
    let state: 'Accepted' | 'PendingAcceptance' | null;
    if (special || kind === 'member') state = 'Accepted';
    else if (kind === 'internal') state = null;
    else state = B2B_STATE.sample(rng);
    const legacy = kind === 'b2b' && state === null; // B2B guests from before externalUserState existed
    // Disabled accounts only on allowed domains, so rules that skip disabled guests count domains the same way.
    const enabled = special || kind === 'member' || state === 'PendingAcceptance' || domainNotAllowed ? true : !rng.chance(0.05);

    // Dates.
    let createdMs: number;
    let stateChangeMs: number | null = null;
    let signIn: SignInActivity | null = null;
    let stale = false;
    let pendingOverdue = false;
    let neverSignedIn = false;
    let missingWithActivity = false;
    let failedAfterSuccess = false;
    let effMs: number | null = null;

    if (state === 'PendingAcceptance') {
      pendingOverdue = rng.chance(0.65);
      const ageDays = pendingOverdue ? rng.real(PENDING_DAYS + 5, 720) : rng.real(0.5, PENDING_DAYS - 5);
      createdMs = asOf - ageDays * DAY_MS;
      stateChangeMs = createdMs + rng.int(2, 90) * 1000;
      neverSignedIn = true;
    } else {
      const bucket: SignInBucket = special || kind === 'member' ? 'recent' : BUCKETS.sample(rng);
      if (bucket === 'never') {
        neverSignedIn = true;
        const recentlyCreated = !legacy && rng.chance(0.2);
        const ageDays = legacy ? rng.real(3200, 4200) : recentlyCreated ? rng.real(2, STALE_DAYS - 5) : rng.real(STALE_DAYS + 5, 2500);
        createdMs = asOf - ageDays * DAY_MS;
        stale = !recentlyCreated;
        // Graph leaves signInActivity out for users who never signed in; some tenants return the object with nulls.
        signIn = rng.chance(0.15)
          ? { lastSignInDateTime: null, lastNonInteractiveSignInDateTime: null, lastSuccessfulSignInDateTime: null }
          : null;
      } else {
        const [lo, hi] = BUCKET_DAYS[bucket];
        effMs = asOf - rng.real(lo, hi) * DAY_MS;
        stale = bucket !== 'recent' && bucket !== 'month';
        createdMs = legacy ? asOf - rng.real(Math.max(3200, hi + 10), 4200) * DAY_MS : effMs - rng.real(0.02, 900) * DAY_MS;
        // External members stay recently active (see truth.ts): their attempts never all fail.
        const built = signInActivity(rng, effMs, createdMs, asOf, stale, kind !== 'member');
        signIn = built.activity;
        missingWithActivity = built.missingSuccess;
        failedAfterSuccess = built.failedAfter;
        if (built.missingSuccess && effMs >= LAST_SUCCESSFUL_SINCE_MS) {
          // Every attempt since December 2023 failed: no successful sign-in since the later of that day and creation.
          // The creation date is moved (no extra draw) so it sits at least five days from the threshold.
          const cutoff = asOf - STALE_DAYS * DAY_MS;
          if (Math.abs(createdMs - cutoff) < 5 * DAY_MS) createdMs = cutoff - 6 * DAY_MS;
          stale = Math.max(createdMs, LAST_SUCCESSFUL_SINCE_MS) < cutoff;
        }
      }
      if (state === 'Accepted') stateChangeMs = createdMs + rng.real(0.01, 3) * DAY_MS;
      // Redemption happens before the first sign-in it enables.
      if (stateChangeMs !== null && effMs !== null) stateChangeMs = Math.min(stateChangeMs, effMs - 1000);
    }
    const userType: 'Guest' | 'Member' = kind === 'member' ? 'Member' : 'Guest';
    if (userType !== 'Guest' || !enabled || state === 'PendingAcceptance') stale = false;

    // Sponsors: Entra makes the inviter a sponsor of new invitations, so pending and recent guests have one (some
    // two); guests from before sponsors existed, and internal guests, often have none.
    let sponsors: DirectoryObjectRef[] = [];
    const mustSponsor = special || kind === 'member' || !enabled || state === 'PendingAcceptance';
    const noSponsorChance = legacy || kind === 'internal' || createdMs < SPONSORS_SINCE_MS ? 0.3 : 0.06;
    if (mustSponsor || !rng.chance(noSponsorChance)) {
      const count = rng.chance(0.15) ? 2 : 1;
      sponsors = [];
      for (let s = 0; s < count; s++) {
        sponsors.push(
          rng.chance(0.9)
            ? { id: rng.pick(w.sponsorUsers), '@odata.type': '#microsoft.graph.user' }
            : { id: rng.pick(w.sponsorGroups), '@odata.type': '#microsoft.graph.group' },
        );
      }
      if (count === 2 && sponsors[0]!.id === sponsors[1]!.id) sponsors.pop();
    }

    // Names and addresses. The name index is a bijection of i (per cycle), so mailbox names never repeat.
    const { index: nameIndex, cycle } = permutedNameIndex(i, w.nameOffset % NAME_COMBINATIONS);
    const person = nameAt(nameIndex);
    const local = mailboxName(rng, person, cycle);
    const mixedCase = kind === 'b2b' && !domainNotAllowed && rng.chance(0.03);
    const mailLocal = mixedCase ? local.split('.').map(capitalise).join('.') : local;
    const mailDomain = mixedCase ? capitalise(domain) : domain;
    const mail = `${mailLocal}@${mailDomain}`;
    const upn = kind === 'internal' ? `${local}@${w.company.defaultDomain}` : `${mail.replace('@', '_')}#EXT#@${w.company.initialDomain}`;
    const displayName = displayNameFor(rng, person, org, state, local);

    let identities: ObjectIdentity[];
    if (kind === 'internal') identities = [{ signInType: 'userPrincipalName', issuer: w.company.initialDomain, issuerAssignedId: upn }];
    else if (state === 'PendingAcceptance')
      identities = [{ signInType: 'userPrincipalName', issuer: w.company.initialDomain, issuerAssignedId: upn }];
    else identities = [{ signInType: 'federated', issuer, issuerAssignedId: issuer === 'mail' ? mail.toLowerCase() : null }];
    const writtenIssuer = identities[0]!.issuer as string;

    const user: User = {
      id,
      displayName,
      userPrincipalName: upn,
      mail,
      otherMails: [],
      userType,
      accountEnabled: enabled,
      createdDateTime: graphDate(createdMs),
      creationType: kind === 'internal' ? null : 'Invitation',
      externalUserState: state,
      externalUserStateChangeDateTime: stateChangeMs === null ? null : graphDate(stateChangeMs),
      identities,
      signInActivity: signIn,
      sponsors,
    };
    const flags: PlantedGuestFlags = {
      id,
      userType,
      state,
      issuer: writtenIssuer,
      enabled,
      internal: kind === 'internal',
      neverSignedIn,
      stale,
      pendingOverdue,
      domainNotAllowed,
      withoutSponsor: userType === 'Guest' && sponsors.length === 0,
      lastSuccessfulMissingWithActivity: missingWithActivity,
      failedAttemptsAfterLastSuccess: failedAfterSuccess,
    };
    return { user, flags };
  }
}

/**
 * signInActivity for a last successful sign-in at effMs, shaped like Graph: the interactive and non-interactive
 * timestamps are the last *attempts*; `lastSuccessfulSignInDateTime` is null for activity before December 2023.
 */
function signInActivity(
  rng: Rng,
  effMs: number,
  createdMs: number,
  asOf: number,
  stale: boolean,
  canFailSince: boolean,
): { activity: SignInActivity; missingSuccess: boolean; failedAfter: boolean } {
  const earlier = (maxBackDays: number) => Math.max(createdMs + 60_000, effMs - rng.real(0.1, maxBackDays) * DAY_MS);
  let interactive: number | null;
  let nonInteractive: number | null;
  // Which kind of sign-in was the latest one.
  if (rng.chance(0.55)) {
    interactive = effMs;
    nonInteractive = rng.chance(0.3) ? null : earlier(60);
  } else {
    nonInteractive = effMs;
    interactive = rng.chance(0.1) ? null : earlier(120);
  }
  if (effMs < LAST_SUCCESSFUL_SINCE_MS) {
    return { activity: activity(interactive, nonInteractive, null), missingSuccess: true, failedAfter: false };
  }
  // A stale guest who keeps failing to sign in: the attempt is recent, the last success is not.
  if (stale && rng.chance(0.06)) {
    const attempt = asOf - rng.real(1, 20) * DAY_MS;
    return { activity: activity(attempt, nonInteractive, effMs), missingSuccess: false, failedAfter: true };
  }
  // Rare: activity since December 2023 but no success recorded (every attempt failed) — no successful sign-in since.
  // (The draw is made for every guest so that guest i stays the same whatever kind it is.)
  if (rng.chance(0.02) && canFailSince)
    return { activity: activity(interactive, nonInteractive, null), missingSuccess: true, failedAfter: false };
  return { activity: activity(interactive, nonInteractive, effMs), missingSuccess: false, failedAfter: false };
}

function activity(interactive: number | null, nonInteractive: number | null, success: number | null): SignInActivity {
  return {
    lastSignInDateTime: interactive === null ? null : graphDate(interactive),
    lastNonInteractiveSignInDateTime: nonInteractive === null ? null : graphDate(nonInteractive),
    lastSuccessfulSignInDateTime: success === null ? null : graphDate(success),
  };
}

function mailboxName(rng: Rng, p: PersonName, cycle: number): string {
  const g = p.given.ascii;
  const f = p.family.ascii;
  const r = rng.next();
  const base = r < 0.75 ? `${g}.${f}` : r < 0.85 ? `${g}_${f}` : r < 0.9 ? `${g}-${f}` : `${f}.${g}`;
  return cycle > 0 ? `${base}${cycle}` : base;
}

function displayNameFor(rng: Rng, p: PersonName, org: string | null, state: string | null, local: string): string {
  // Invitations sent without a display name show the mailbox name until the guest redeems.
  if (state === 'PendingAcceptance' && rng.chance(0.4)) return local;
  const r = rng.next();
  if (!p.familyFirst && r < 0.1) return `${p.family.display}, ${p.given.display}`;
  if (org && r < 0.25) return `${p.full} (${org})`;
  return p.full;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Stream the guests of a synthetic tenant one at a time (constant memory: a million guests never coexist).
 * The generator's return value is the truth tally of what it planted.
 */
export function* generateGuests(opts: GenerateOptions): Generator<User, GuestTruth, undefined> {
  const world = buildWorld(opts);
  const factory = new GuestFactory(world);
  const tally = new GuestTally(new Date(world.asOfMs).toISOString(), false);
  for (let i = 0; i < opts.guests; i++) {
    const { user, flags } = factory.make(i);
    tally.add(flags);
    yield user;
  }
  return tally.truth();
}

/** Guest i alone (builds the per-world tables each call; use `guestSource` for many look-ups). */
export function guestAt(world: World, i: number): User {
  return new GuestFactory(world).make(i).user;
}

/**
 * Random access to a synthetic tenant's guests without materialising them: `at(i)` is guest i, exactly as the
 * snapshot would hold it. Shaped like the Graph simulator's collection sources (`size` + `at`).
 */
export function guestSource(opts: GenerateOptions): { readonly size: number; at(index: number): User } {
  const factory = new GuestFactory(buildWorld(opts));
  const size = opts.guests;
  return {
    size,
    at(index: number): User {
      if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`guest index ${index} outside 0..${size - 1}`);
      return factory.make(index).user;
    },
  };
}

/** Run the stream to the end and return only the truth (for large-scale tests that need the expected counts). */
export function guestTruth(opts: GenerateOptions): GuestTruth {
  const it = generateGuests(opts);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}
