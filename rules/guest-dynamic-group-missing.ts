import { defineRule } from '../src/engine/rule.js';
import type { Group } from '../src/snapshot/snapshot.types.js';

/** Strip parentheses that wrap the whole expression, e.g. `((user.userType -eq "Guest"))`. */
function unwrap(rule: string): string {
  let s = rule.trim();
  for (;;) {
    if (!s.startsWith('(') || !s.endsWith(')')) return s;
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '(') depth++;
      else if (s[i] === ')') depth--;
      // The first parenthesis closes before the end: "(a) -and (b)", not one wrapped expression.
      if (depth === 0 && i < s.length - 1) return s;
    }
    s = s.slice(1, -1).trim();
  }
}

const ALL_GUESTS = /^user\.usertype\s*-eq\s*(?:"guest"|'guest'|guest)$/i;

/** The membership rule selects exactly all guests: `user.userType -eq "Guest"` alone (any case, spacing, quoting, wrapping). */
export function isAllGuestsRule(rule: string | null | undefined): boolean {
  return typeof rule === 'string' && ALL_GUESTS.test(unwrap(rule));
}

const isDynamic = (g: Group) => (g.groupTypes ?? []).some((t) => t.toLowerCase() === 'dynamicmembership');
const isPaused = (g: Group) => (g.membershipRuleProcessingState ?? '').toLowerCase() === 'paused';

/**
 * CIS M365 5.1.3.1: a dynamic group whose rule is exactly `user.userType -eq "Guest"`. A rule that adds `-and`
 * conditions selects a subset and does not count (nor does `-or`, which adds non-guests); a group whose rule
 * processing is Paused stops tracking new guests and is reported on its own.
 */
export default defineRule<'dynamicGroups'>({
  meta: {
    id: 'guest-dynamic-group-missing',
    title: 'No dynamic group contains every guest',
    action: 'Create a dynamic group that contains every guest, so policies and reviews can target them all.',
    severity: 'low',
    category: 'guests',
    requires: ['dynamicGroups'],
    rationale:
      'Access reviews, Conditional Access exclusions, licensing and Teams policies all need a target that means "every guest, including the ones invited tomorrow". A dynamic group whose rule selects every user of type Guest keeps itself current; hand-maintained groups drift, and policies that should cover all guests quietly miss the newest ones.',
    remediation: {
      summary: 'Create a security group with dynamic membership that selects every user of type Guest, with rule processing turned on.',
      detail: 'Membership rule: (user.userType -eq "Guest").',
      graph: {
        method: 'POST',
        url: '/v1.0/groups',
        body: {
          displayName: 'All guests (dynamic)',
          mailEnabled: false,
          mailNickname: 'all-guests-dynamic',
          securityEnabled: true,
          groupTypes: ['DynamicMembership'],
          membershipRule: '(user.userType -eq "Guest")',
          membershipRuleProcessingState: 'On',
        },
      },
      portal: 'Entra admin center › Entra ID › Groups › New group › Membership type: Dynamic User › Add dynamic query',
    },
    references: [
      { title: 'Dynamic membership rules for groups', url: 'https://learn.microsoft.com/entra/identity/users/groups-dynamic-membership' },
      { title: 'Create group', url: 'https://learn.microsoft.com/graph/api/group-post-groups' },
    ],
    frameworks: { catalog: ['LC-04'], 'cis-m365': ['5.1.3.1'] },
    semantics: [
      {
        statement: 'A dynamic membership rule user.userType -eq "Guest" selects every guest and keeps itself current.',
        source: 'https://learn.microsoft.com/entra/identity/users/groups-dynamic-membership',
      },
      {
        statement: 'A group whose membershipRuleProcessingState is Paused stops updating its membership.',
        source: 'https://learn.microsoft.com/graph/api/resources/group',
      },
      {
        statement: 'CIS 5.1.3.1 asks for a dynamic group holding every guest user.',
        source: 'https://www.cisecurity.org/benchmark/microsoft_365',
      },
    ],
    messages: {
      missing: 'No dynamic group selects every guest ({dynamicGroups:dynamic group} checked).',
      paused: 'Dynamic group "{displayName}" would hold every guest, but its membership rule processing is paused.',
    },
  },
  evaluate({ dynamicGroups }, ctx) {
    const dynamic = dynamicGroups.filter(isDynamic);
    const allGuests = dynamic.filter((g) => isAllGuestsRule(g.membershipRule));
    if (allGuests.some((g) => !isPaused(g))) return;
    const nearMisses = dynamic
      .filter((g) => !isAllGuestsRule(g.membershipRule) && /usertype/i.test(g.membershipRule ?? ''))
      .map((g) => ({ id: g.id, displayName: g.displayName ?? null, membershipRule: g.membershipRule ?? null }));
    if (allGuests.length) {
      for (const g of allGuests) {
        ctx.fail('paused', {
          resource: { type: 'group', id: g.id, displayName: g.displayName ?? g.id, path: `groups/${g.id}` },
          subKey: 'membershipRuleProcessingState',
          evidence: { membershipRule: g.membershipRule ?? null, membershipRuleProcessingState: g.membershipRuleProcessingState ?? null },
        });
      }
      return;
    }
    ctx.fail('missing', {
      resource: { type: 'groups', id: 'dynamicGroups', displayName: 'Dynamic groups', path: 'groups' },
      params: { dynamicGroups: dynamic.length },
      evidence: { dynamicGroups: dynamic.length, rulesMentioningUserType: nearMisses.slice(0, 20) },
    });
  },
});
