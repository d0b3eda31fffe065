import type { User } from '../snapshot/snapshot.types.js';
import { graphTime, guestDomain, inactivity, isPending, parseGraphDateTime, type InactivityBasis } from './guests.js';

/**
 * One guest as every report shows it: its own fields, and the facts derived from them by the same functions the
 * rules use (home domain, last successful sign-in, days without one and what they count from, invitation state),
 * so the inventory, the statistics and the findings never disagree about a guest.
 */
export interface GuestFacts {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string;
  /** Home domain as every rule reads it; '' when none can be read. */
  domain: string;
  /** @graph microsoft.graph.user.userType */
  userType: string;
  /** `externalUserState` as Graph wrote it. */
  state: string;
  invitation: InvitationState;
  pending: boolean;
  stateChanged: Date | undefined;
  created: Date | undefined;
  creationType: string;
  /** `accountEnabled` as collected; undefined when it was not. */
  enabled: boolean | undefined;
  /** `lastSuccessfulSignInDateTime`: a recorded success (recorded since 1 December 2023). */
  lastSuccessfulSignIn: Date | undefined;
  /** The later of the interactive and non-interactive attempts, successful or not. */
  lastSignInAttempt: Date | undefined;
  /** Where inactivity counts from and for how many whole days — guest-stale's reading; undefined when not collected or unreadable. */
  inactiveSince: Date | undefined;
  inactivityBasis: InactivityBasis | undefined;
  daysInactive: number | undefined;
  /** Sign-in activity was collected and records nothing at all. */
  neverSignedIn: boolean;
  /** Why the inactivity could not be dated (a deciding date is unreadable). */
  inactivityUnknown: string | undefined;
  /** Sponsors collected for the guest; undefined when sponsors were not collected. */
  sponsorCount: number | undefined;
}

export type InvitationState = 'pending' | 'accepted' | 'none';

/** Which per-guest evidence the snapshot holds (sections `guestSignInActivity` and `guestSponsors`). */
export interface GuestEvidence {
  signInCollected: boolean;
  sponsorsCollected: boolean;
}

/** The invitation's state: `PendingAcceptance` or `Accepted` in whatever case and spacing Graph or the docs use. */
export function invitationState(user: Pick<User, 'externalUserState'>): InvitationState {
  if (isPending(user)) return 'pending';
  // Graph's own spelling, which nearly every other guest carries, needs no normalising (every guest is asked).
  if (user.externalUserState === 'Accepted') return 'accepted';
  return typeof user.externalUserState === 'string' && user.externalUserState.replace(/\s+/g, '').toLowerCase() === 'accepted'
    ? 'accepted'
    : 'none';
}

/**
 * The invitation's state in words for a reader (workbook cell, terminal); an unrecognised value is shown as Graph wrote
 * it. `state`: the user's invitationState when the caller has it already (the inventory, from guestFacts).
 */
export function invitationStateLabel(user: Pick<User, 'externalUserState'>, state = invitationState(user)): string {
  if (state === 'pending') return 'Pending acceptance';
  if (state === 'accepted') return 'Accepted';
  return typeof user.externalUserState === 'string' ? user.externalUserState : '';
}

export function guestFacts(g: User, asOf: Date, evidence: GuestEvidence): GuestFacts {
  const { signInCollected, sponsorsCollected } = evidence;
  const idle = signInCollected ? inactivity(g, asOf) : undefined;
  const seen = idle?.evidence;
  // Guest dates are read as the rules read them: Graph's "never" sentinel and malformed values are no date. The later
  // of the two attempts without an array, a filter and a spread per guest (the inventory asks for every guest).
  // Read as instants: only the later of the two becomes a date.
  const interactive = graphTime(g.signInActivity?.lastSignInDateTime);
  const nonInteractive = graphTime(g.signInActivity?.lastNonInteractiveSignInDateTime);
  const lastAttempt =
    interactive === undefined || (nonInteractive !== undefined && nonInteractive > interactive) ? nonInteractive : interactive;
  const invitation = invitationState(g);
  return {
    id: g.id,
    displayName: g.displayName ?? '',
    userPrincipalName: g.userPrincipalName ?? '',
    mail: g.mail ?? '',
    domain: guestDomain(g) ?? '',
    userType: g.userType ?? '',
    state: g.externalUserState ?? '',
    invitation,
    pending: invitation === 'pending',
    stateChanged: parseGraphDateTime(g.externalUserStateChangeDateTime),
    created: parseGraphDateTime(g.createdDateTime),
    creationType: g.creationType ?? '',
    enabled: typeof g.accountEnabled === 'boolean' ? g.accountEnabled : undefined,
    lastSuccessfulSignIn: seen?.kind === 'success' ? seen.at : undefined,
    lastSignInAttempt: signInCollected && lastAttempt !== undefined ? new Date(lastAttempt) : undefined,
    inactiveSince: idle?.known ? idle.since : undefined,
    inactivityBasis: idle?.known ? idle.basis : undefined,
    daysInactive: idle?.known ? Math.max(0, idle.days) : undefined,
    neverSignedIn: idle?.known === true && idle.neverSignedIn,
    inactivityUnknown: idle && !idle.known ? idle.why : undefined,
    sponsorCount: sponsorsCollected ? (g.sponsors?.length ?? 0) : undefined,
  };
}
