import { countOf } from '../src/engine/messages.js';
import { defineRule } from '../src/engine/rule.js';
import { readDomainPolicy } from '../src/model/domain-policy.js';
import { guestDomain, isEnabled, isPending } from '../src/model/guests.js';
import type { User } from '../src/snapshot/snapshot.types.js';
import { BoundedMap } from '../src/util/bounded-map.js';

/**
 * An entry matches its own domain; an entry written `*.example.com` matches subdomains of example.com. Returns the
 * first entry (in the list's order) that matches. The entries are read once per evaluation rather than once per
 * guest, and each domain's answer is kept: a million guests from a few thousand domains meet the same list.
 */
function matcher(entries: readonly string[]): (domain: string) => string | undefined {
  const suffixes = entries.map((e) => (e.startsWith('*.') ? e.slice(1) : undefined));
  const answers = new BoundedMap<string, string | null>();
  return (domain) => {
    const known = answers.get(domain);
    if (known !== undefined) return known ?? undefined;
    let entry: string | null = null;
    for (let i = 0; i < entries.length && entry === null; i++) {
      const suffix = suffixes[i];
      if (suffix !== undefined ? domain.endsWith(suffix) : domain === entries[i]) entry = entries[i]!;
    }
    answers.set(domain, entry);
    return entry ?? undefined;
  };
}

/**
 * A finding's evidence, one object literal per combination of the optional keys, in result.json's key order: a literal
 * holds all its keys in the object itself (no temporary object per optional key, nothing spilled into a second array).
 * The list itself is tenant-wide and is not copied into any.
 */
function evidenceOf(
  domain: string,
  list: string,
  matchedEntry: string | undefined,
  allowListEmpty: boolean,
  pendingInvitation: boolean,
  userType: string | null,
): Record<string, unknown> {
  if (matchedEntry === undefined)
    return allowListEmpty ? { domain, list, allowListEmpty, pendingInvitation, userType } : { domain, list, pendingInvitation, userType };
  return allowListEmpty
    ? { domain, list, matchedEntry, allowListEmpty, pendingInvitation, userType }
    : { domain, list, matchedEntry, pendingInvitation, userType };
}

/**
 * What the findings about one domain's guests share: the params, and the evidence of a guest whose user type is
 * Graph's `Guest`, pending or not. Findings never change their params or evidence, so a hundred thousand findings
 * from a few thousand domains keep a few thousand of each rather than one each (another user type gets its own).
 */
class Verdict {
  readonly params: { domain: string };
  #pending: Record<string, unknown> | undefined;
  #accepted: Record<string, unknown> | undefined;

  constructor(
    private readonly domain: string,
    private readonly list: string,
    private readonly entry: string | undefined,
    private readonly allowListEmpty: boolean,
  ) {
    this.params = { domain };
  }

  /** The evidence of a finding about `guest`, one of this domain's. */
  evidence(guest: User): Record<string, unknown> {
    const pendingInvitation = isPending(guest);
    const make = () => evidenceOf(this.domain, this.list, this.entry, this.allowListEmpty, pendingInvitation, guest.userType ?? null);
    if (guest.userType !== 'Guest') return make();
    return pendingInvitation ? (this.#pending ??= make()) : (this.#accepted ??= make());
  }
}

/**
 * The invitation allow/block list is only checked when an invitation is sent or redeemed: guests already in the
 * tenant keep their access when the list changes (Entra "Allow or block invitations": the list "doesn't apply to
 * external users who already redeemed the invitation"). This rule re-applies the current list to the existing,
 * enabled guests.
 * - Home domain (src/model/guests.ts): the invited address kept in the B2B UPN (`jane_contoso.com#EXT#@…`, last
 *   `_` → `@`), else `mail` (editable after redemption), else `otherMails`.
 * - No list, or an empty block list → not applicable. An allow list with no domains admits no domain, so every
 *   enabled external guest is outside it.
 * - A definition that cannot be read → not assessed (never "no restriction").
 * - Disabled guests are skipped (they cannot sign in); pending guests are included (their redemption now fails,
 *   but the account and its group memberships exist).
 */
export default defineRule<'guests' | 'b2bManagementPolicies'>({
  meta: {
    id: 'guest-domain-not-allowlisted',
    title: 'Existing guest from a domain the invitation policy no longer allows',
    action: 'Review guests from domains your invitation policy no longer allows, and remove those who no longer need access.',
    severity: 'medium',
    category: 'guests',
    requires: ['guests', 'b2bManagementPolicies'],
    // The tenant's own verified domains: internal guests (local accounts flagged Guest) sign in with them and were never invited.
    optional: ['organization'],
    rationale:
      'Tightening the invitation allow or block list stops new invitations, but every guest invited before the change keeps working. A guest from a domain that is now blocked — a consumer mail provider, a former partner, a competitor — is precisely the access the new list was meant to end, and nothing in Entra reports it.',
    remediation: {
      summary:
        'Review each guest with the sponsor: remove the account (or add the domain to the allow list deliberately if the collaboration is wanted).',
      graph: { method: 'DELETE', url: '/v1.0/users/{userId}' },
      ids: (f) => ({ userId: f.resource.id }),
      portal:
        'Entra admin center › Entra ID › Users › (guest) › Delete; list: External Identities › External collaboration settings › Collaboration restrictions',
    },
    references: [
      {
        title: 'Allow or block B2B collaboration with organizations',
        url: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      { title: 'Properties of a B2B guest user account', url: 'https://learn.microsoft.com/entra/external-id/user-properties' },
    ],
    frameworks: { catalog: ['EI-02'] },
    semantics: [
      {
        statement:
          'The invitation allow/block list "doesn\'t apply to external users who already redeemed the invitation" and is enforced only from when it is set, so existing guests must be re-checked.',
        source: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        statement:
          'Whatever domain is not on the allow list is blocked: an allow list with no domains admits none, so every enabled external guest is outside it.',
        source: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
      },
      {
        statement:
          'The home domain is read from the invited address kept in the #EXT# user principal name first, then from mail, then otherMails: mail can be updated after redemption.',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
        reading:
          'the #EXT# name is written from the invited address; mail is editable by admins and Exchange, so it is the weaker witness.',
      },
    ],
    messages: {
      notAllowed: 'Guest {displayName} is from {domain}, which is not on the invitation allow list.',
      blocked: 'Guest {displayName} is from {domain}, which is on the invitation block list.',
    },
  },
  evaluate({ b2bManagementPolicies }, ctx) {
    const policy = readDomainPolicy(b2bManagementPolicies);
    if (policy.kind === 'unrecognised') {
      ctx.notAssessed(`the invitation domain policy could not be read: ${policy.reason}.`);
      return;
    }
    if (policy.kind === 'none') {
      ctx.notApplicable(`No invitation domain allow or block list restricts invitations (${policy.noneBecause ?? 'no list'}).`);
      return;
    }
    const ownDomains = new Set(
      [...(ctx.section('organization')?.verifiedDomains ?? []).map((d) => d.name), ctx.snapshot.tenant.defaultDomain ?? '']
        .filter(Boolean)
        .map((d) => d.toLowerCase()),
    );
    const listed = matcher(policy.kind === 'allow' ? policy.allowedDomains : policy.blockedDomains);
    // Each domain's verdict once (a million guests come from a few thousand domains): false when its guests break no
    // rule — internal guests use the tenant's own domain, and the invitation lists govern outsiders only — else what
    // its findings share (see Verdict).
    const verdicts = new BoundedMap<string, Verdict | false>();
    const verdictOf = (domain: string): Verdict | undefined => {
      let verdict = verdicts.get(domain);
      if (verdict === undefined) {
        const own = ownDomains.has(domain.toLowerCase());
        const entry = own ? undefined : listed(domain);
        const violates = !own && (policy.kind === 'allow' ? !entry : !!entry);
        verdict = violates ? new Verdict(domain, policy.kind, entry, policy.allowsNothing === true) : false;
        verdicts.set(domain, verdict);
      }
      return verdict || undefined;
    };
    const noDomain: string[] = [];
    return {
      guest: (guest) => {
        if (!isEnabled(guest)) return;
        const domain = guestDomain(guest);
        if (!domain) {
          noDomain.push(guest.id);
          return;
        }
        const verdict = verdictOf(domain);
        if (!verdict) return;
        ctx.fail(policy.kind === 'allow' ? 'notAllowed' : 'blocked', {
          resource: {
            type: 'user',
            id: guest.id,
            displayName: guest.displayName ?? guest.userPrincipalName ?? null,
            path: `users/${guest.id}`,
          },
          params: verdict.params,
          evidence: verdict.evidence(guest),
        });
      },
      end: () => {
        if (noDomain.length)
          ctx.incomplete(
            `${countOf(noDomain.length, 'enabled guest has', 'enabled guests have')} no readable home domain in their address or sign-in name (ids ${noDomain.slice(0, 5).join(', ')}${noDomain.length > 5 ? ', …' : ''})`,
          );
      },
    };
  },
});
