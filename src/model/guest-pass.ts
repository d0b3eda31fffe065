import type { GuestPass } from '../engine/rule.js';
import type { ConditionalAccessPolicy, User } from '../snapshot/snapshot.types.js';

/**
 * A guest pass for joins: keep only the guests whose object ids are in `wanted` (role holders, owners, excluded
 * users — always few) while the guest list streams past, then hand them over keyed by lowercase id.
 */
export function guestsAmong(wanted: Iterable<string>, done: (found: Map<string, User>) => void): GuestPass {
  const ids = new Set([...wanted].map((id) => id.toLowerCase()));
  const found = new Map<string, User>();
  return {
    among: ids,
    guest: (guest) => {
      const id = guest.id.toLowerCase();
      if (ids.has(id)) found.set(id, guest);
    },
    end: () => done(found),
  };
}

/** User object ids that Conditional Access policies exclude (keywords such as GuestsOrExternalUsers left out). */
export function excludedUserIds(policies: readonly ConditionalAccessPolicy[]): string[] {
  return policies.flatMap((p) => (p.conditions?.users?.excludeUsers ?? []).filter((u) => /^[0-9a-f-]{36}$/i.test(u)));
}

/**
 * Judge Conditional Access policies knowing which of their excluded users are guests. With the guest list collected
 * the few excluded ids are looked up in the guest pass and `judge` gets the ones that are guests; without it, `judge`
 * gets nothing and must treat every excluded user as a possible guest.
 */
export function judgeWithExcludedGuests(
  policies: readonly ConditionalAccessPolicy[],
  guestsCollected: boolean,
  judge: (guestIds?: ReadonlySet<string>) => void,
): GuestPass | undefined {
  if (!guestsCollected) {
    judge();
    return undefined;
  }
  return guestsAmong(excludedUserIds(policies), (found) => judge(new Set(found.keys())));
}
