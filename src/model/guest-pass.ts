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
