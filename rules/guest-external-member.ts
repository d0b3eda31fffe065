import { defineRule } from '../src/engine/rule.js';
import type { User } from '../src/snapshot/snapshot.types.js';

/** Identity issuers that mean the account authenticates somewhere else. */
const EXTERNAL_ISSUERS = new Set(['externalazuread', 'microsoftaccount', 'mail', 'google.com', 'facebook.com']);

/** The signs that a user is external (Entra "Properties of a B2B guest user account"). */
const ISSUER_WORDS: Record<string, string> = {
  externalazuread: 'another Microsoft Entra organisation',
  microsoftaccount: 'a personal Microsoft account',
  mail: 'one-time passcodes by email',
  'google.com': 'Google',
  'facebook.com': 'Facebook',
};

function externalMarkers(u: User): string[] {
  const out: string[] = [];
  if (u.externalUserState) out.push(`externalUserState ${u.externalUserState}`);
  if ((u.userPrincipalName ?? '').toUpperCase().includes('#EXT#')) out.push('#EXT# user principal name');
  if ((u.creationType ?? '').toLowerCase() === 'invitation') out.push('creationType Invitation');
  for (const id of u.identities ?? []) {
    const issuer = (id.issuer ?? '').toLowerCase();
    if (EXTERNAL_ISSUERS.has(issuer) || issuer.startsWith('http')) out.push(`identity issuer ${id.issuer}`);
  }
  return [...new Set(out)];
}

/** The same markers worded for the finding's message (the properties themselves are in params and evidence). */
function markerWords(u: User): string[] {
  const out: string[] = [];
  if (u.externalUserState) out.push(u.externalUserState === 'PendingAcceptance' ? 'an invitation still pending' : 'an accepted invitation');
  if ((u.userPrincipalName ?? '').toUpperCase().includes('#EXT#')) out.push('an external sign-in name');
  if ((u.creationType ?? '').toLowerCase() === 'invitation') out.push('created by invitation');
  for (const id of u.identities ?? []) {
    const issuer = (id.issuer ?? '').toLowerCase();
    if (EXTERNAL_ISSUERS.has(issuer) || issuer.startsWith('http')) out.push(`signs in through ${ISSUER_WORDS[issuer] ?? id.issuer}`);
  }
  return [...new Set(out)];
}

/**
 * `userType eq 'Guest'` misses B2B *members*: external users whose userType is Member (invited as members,
 * converted, or synchronised by a multi-tenant organisation). This rule reports every entry of the guests
 * section whose userType is Member and that carries an external marker (externalUserState, an #EXT# UPN,
 * creationType Invitation, or an external identity issuer). It can only see the external members the collector
 * put into the guests section: gatehouse's collector adds them with two plain queries (`userType eq 'Member' and
 * externalUserState eq 'Accepted'` / `'PendingAcceptance'`) and, when those fail, says so in the section's
 * message ("external members (userType Member) not collected: …") — then this rule is not assessed rather than
 * passed. Members converted without an externalUserState are not found by those queries.
 */
const MEMBERS_NOT_COLLECTED = /external members\b.*\bnot collected/i;
export default defineRule<'guests'>({
  meta: {
    id: 'guest-external-member',
    title: 'External user with member privileges, for review',
    action: 'Review external users who have member rights, and make them ordinary guests unless they need more.',
    severity: 'low',
    category: 'guests',
    requires: ['guests'],
    rationale:
      'An external user whose user type is Member gets the default permissions of an employee — reading the whole directory, creating groups and apps where members may — and is caught by every "All users" assignment while escaping every "guests" one. Sometimes that is intended (multi-tenant organisations, long-term contractors); it should always be a decision someone can name.',
    remediation: {
      summary: 'Confirm with the sponsor that member-level access is intended; otherwise change the user type to Guest.',
      graph: { method: 'PATCH', url: '/v1.0/users/{userId}', body: { userType: 'Guest' } },
      ids: (f) => ({ userId: f.resource.id }),
      portal: 'Entra admin center › Entra ID › Users › (user) › Properties › User type',
    },
    references: [
      { title: 'Properties of a B2B guest user account', url: 'https://learn.microsoft.com/entra/external-id/user-properties' },
      { title: 'Update user', url: 'https://learn.microsoft.com/graph/api/user-update' },
    ],
    semantics: [
      {
        statement:
          'An external member is a B2B collaboration user with member-level access: an account in another organisation or identity provider and userType Member.',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
      {
        statement:
          'External markers: an #EXT# user principal name, an externalUserState, creationType Invitation, or an identity issuer other than the tenant itself (ExternalAzureAD, MicrosoftAccount, mail, google.com, facebook.com, a SAML issuer URI).',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
      {
        statement:
          'userType has no relation to how the user signs in; it only states the relationship to the organisation, which is why a member with external markers is worth a named decision.',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
    ],
    messages: {
      member:
        'External user {displayName} has the user type Member, so employee-level directory access, although the account is external ({markersText}).',
    },
  },
  evaluate(_data, ctx) {
    const note = ctx.sectionStatus('guests')?.message;
    if (note && MEMBERS_NOT_COLLECTED.test(note)) ctx.incomplete(`the guest list holds no external members: ${note}`);
    return {
      guest: (u) => {
        // Graph writes `Guest` for nearly every entry: only another spelling needs a lower-cased copy.
        if (u.userType === 'Guest' || (u.userType ?? '').toLowerCase() !== 'member') return;
        const markers = externalMarkers(u);
        if (!markers.length) return;
        ctx.fail('member', {
          resource: { type: 'user', id: u.id, displayName: u.displayName ?? u.userPrincipalName ?? null, path: `users/${u.id}` },
          params: { markers: markers.join(', '), markersText: markerWords(u).join(', ') },
          evidence: { userType: u.userType, markers, accountEnabled: u.accountEnabled ?? null, creationType: u.creationType ?? null },
        });
      },
    };
  },
});
