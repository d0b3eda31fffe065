import { defineRule } from '../src/engine/rule.js';

/**
 * guestUserRoleId is a role template GUID (Graph authorizationPolicy docs and the Entra guest-permissions article
 * agree). At least one published scanner swaps the member-like and restricted GUIDs; these are the documented ones.
 */
export const GUEST_ROLE = {
  memberLike: 'a0b1b346-4d3e-4e8b-98f8-753987be4970',
  limited: '10dae51f-b6af-4016-8d66-8c2a99b929b3',
  restricted: '2af84b1e-32c8-42b7-82bc-daa82404023b',
} as const;

interface Options {
  acceptLimited: boolean;
}

const RESOURCE = {
  type: 'authorizationPolicy',
  id: 'authorizationPolicy',
  displayName: 'Authorization policy',
  path: 'policies/authorizationPolicy',
};

export default defineRule<'authorizationPolicy', Options>({
  meta: {
    id: 'guest-directory-access-not-restricted',
    title: 'Guests can read more of the directory than they need',
    action: 'Limit what guests can see in your directory to their own details and the groups they belong to.',
    severity: 'high',
    category: 'invitations',
    requires: ['authorizationPolicy'],
    options: {
      schema: { properties: { acceptLimited: { type: 'boolean', default: true } } },
      defaults: { acceptLimited: true },
      docs: {
        acceptLimited:
          "Whether the limited guest role (Microsoft's default) passes. true in baseline, as CIS 5.1.6.2, CISA MS.AAD.8.1 and Prowler accept limited or restricted; false in strict, following EIDSCA AP07 and the Zero Trust Assessment (21792), which accept only the restricted role.",
      },
    },
    rationale:
      'A guest account is an identity your organisation does not manage. With member-like access it can enumerate users, groups, devices and applications — a ready-made map for phishing and privilege hunting if the guest or its home account is compromised. The limited role (the default) stops enumeration but still shows the membership of every non-hidden group; the restricted role shows a guest only its own profile. Nothing a guest collaborates on needs more than that.',
    remediation: {
      summary:
        'Set guest user access to the restricted role ("Guest user access is restricted to properties and memberships of their own directory objects").',
      graph: { method: 'PATCH', url: '/v1.0/policies/authorizationPolicy', body: { guestUserRoleId: GUEST_ROLE.restricted } },
      portal: 'Entra admin center › External Identities › External collaboration settings › Guest user access',
    },
    references: [
      {
        title: 'Restrict guest access permissions in Microsoft Entra ID',
        url: 'https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions',
      },
      {
        title: 'authorizationPolicy resource type (guestUserRoleId)',
        url: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
      },
    ],
    frameworks: {
      'cis-m365': ['5.1.6.2'],
      'cisa-scuba': ['MS.AAD.8.1v1'],
      eidsca: ['EIDSCA.AP07'],
      'zero-trust': ['21792'],
      catalog: ['EI-03'],
    },
    semantics: [
      {
        statement:
          'guestUserRoleId is a role template id: a0b1b346-4d3e-4e8b-98f8-753987be4970 (same as members), 10dae51f-b6af-4016-8d66-8c2a99b929b3 (Guest User, limited — the default), 2af84b1e-32c8-42b7-82bc-daa82404023b (Restricted Guest User).',
        source: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
      },
      {
        statement:
          'The restricted role shows a guest only its own profile and memberships; the limited role still shows the membership of non-hidden groups.',
        source: 'https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions',
      },
      {
        statement: 'Any other id is not assessed: an unknown role is never read as restricted.',
        source: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
        reading: 'Graph lists exactly three supported values; anything else cannot be judged safely.',
      },
    ],
    messages: {
      memberLike: 'Guests have the same access to the directory as members of the organisation.',
      limited:
        'Guests have limited access to the directory, which still shows them the membership of every non-hidden group; this profile expects restricted access.',
    },
  },
  evaluate({ authorizationPolicy }, ctx) {
    const raw = authorizationPolicy.guestUserRoleId;
    if (typeof raw !== 'string' || raw.trim() === '') {
      ctx.notAssessed('the external collaboration settings in the snapshot do not name the guest access level.');
      return;
    }
    const roleId = raw.trim().toLowerCase();
    if (roleId === GUEST_ROLE.restricted) return;
    if (roleId === GUEST_ROLE.limited) {
      if (ctx.options.acceptLimited) return;
      ctx.fail('limited', {
        resource: RESOURCE,
        severity: 'medium',
        params: { roleId },
        evidence: { guestUserRoleId: roleId, level: 'limited', acceptLimited: false },
      });
      return;
    }
    if (roleId === GUEST_ROLE.memberLike) {
      ctx.fail('memberLike', {
        resource: RESOURCE,
        severity: 'high',
        params: { roleId },
        evidence: { guestUserRoleId: roleId, level: 'member-like' },
      });
      return;
    }
    ctx.notAssessed(
      `the guest access level is a role gatehouse does not recognise (${JSON.stringify(raw.slice(0, 80))}), not one of Microsoft's three guest access levels; an unknown level is never read as restricted.`,
    );
  },
});
