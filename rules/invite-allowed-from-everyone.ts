import { defineRule, type Severity } from '../src/engine/rule.js';

/** `allowInvitesFrom` literals Graph documents, most restrictive first (`unknownFutureValue` is never judged safe). */
const INVITE_VALUES = ['none', 'adminsAndGuestInviters', 'adminsGuestInvitersAndAllMembers', 'everyone'] as const;
type InviteValue = (typeof INVITE_VALUES)[number];

/** How bad each value is when the profile does not accept it. */
const SEVERITY: Record<InviteValue, Severity> = {
  everyone: 'high',
  adminsGuestInvitersAndAllMembers: 'medium',
  adminsAndGuestInviters: 'low',
  none: 'low',
};

const MESSAGE: Record<InviteValue, string> = {
  everyone: 'everyone',
  adminsGuestInvitersAndAllMembers: 'members',
  adminsAndGuestInviters: 'notAccepted',
  none: 'notAccepted',
};

/** The setting as the Entra admin center words it. */
const INVITE_WORDS: Record<InviteValue, string> = {
  none: '"no one in the organisation, administrators included"',
  adminsAndGuestInviters: '"only administrators and users in the Guest Inviter role"',
  adminsGuestInvitersAndAllMembers: '"members, administrators and Guest Inviters"',
  everyone: '"anyone in the organisation, guests included"',
};

const isInviteValue = (v: string): v is InviteValue => (INVITE_VALUES as readonly string[]).includes(v);

interface Options {
  accepted: InviteValue[];
}

export default defineRule<'authorizationPolicy', Options>({
  meta: {
    id: 'invite-allowed-from-everyone',
    title: 'Guest invitations are not limited to admins and Guest Inviters',
    action: 'Restrict who can invite guests to administrators and the Guest Inviter role.',
    severity: 'high',
    category: 'invitations',
    requires: ['authorizationPolicy'],
    options: {
      schema: {
        properties: {
          accepted: {
            type: 'array',
            items: { enum: [...INVITE_VALUES] },
            minItems: 1,
            uniqueItems: true,
            default: ['adminsAndGuestInviters', 'none'],
          },
        },
      },
      defaults: { accepted: ['adminsAndGuestInviters', 'none'] },
      docs: {
        accepted:
          'allowInvitesFrom values that pass. Default adminsAndGuestInviters and none (CIS 5.1.6.3, EIDSCA AP04, Prowler): "none" is stricter than the benchmark, so it must never fail — ScubaGear\'s reading that it does is a known peer mistake. Add adminsGuestInvitersAndAllMembers to follow the Zero Trust Assessment (21791), which only rejects everyone.',
      },
    },
    rationale:
      'Every invitation adds an account from outside your organisation that can then sign in, read the directory and be granted access. When every member — or, with "everyone", every guest — can invite, the directory grows through whoever is least careful, invitations bypass whatever approval you run, and a single compromised guest can invite more outsiders. Keeping invitations with administrators and the Guest Inviter role makes each new external account a deliberate act someone answers for; entitlement management or a request process can carry the everyday demand.',
    remediation: {
      summary:
        'Limit guest invitations to administrators and users holding the Guest Inviter role (or turn invitations off entirely), and route everyday requests through an access package.',
      graph: { method: 'PATCH', url: '/v1.0/policies/authorizationPolicy', body: { allowInvitesFrom: 'adminsAndGuestInviters' } },
      portal:
        'Entra admin center › External Identities › External collaboration settings › Guest invite settings › Only users assigned to specific admin roles can invite guest users',
    },
    references: [
      {
        title: 'authorizationPolicy resource type (allowInvitesFrom values)',
        url: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
      },
      {
        title: 'Cross-tenant access overview (external collaboration settings)',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview',
      },
    ],
    frameworks: {
      'cis-m365': ['5.1.6.3'],
      'cisa-scuba': ['MS.AAD.8.2v1'],
      eidsca: ['EIDSCA.AP04'],
      'zero-trust': ['21791'],
      catalog: ['EI-01'],
    },
    semantics: [
      {
        statement:
          'allowInvitesFrom: none (nobody, not even admins), adminsAndGuestInviters, adminsGuestInvitersAndAllMembers, everyone (guests included; the default outside US Government).',
        source: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy#allowinvitesfrom-values',
      },
      {
        statement: 'none is stricter than the CIS requirement (admins and Guest Inviters only) and therefore always passes.',
        source: 'https://www.cisecurity.org/benchmark/microsoft_365',
      },
    ],
    messages: {
      everyone: 'Anyone in the organisation, guests included, can invite new guests.',
      members: 'Every employee (every member user) can invite new guests, not only administrators and Guest Inviters.',
      notAccepted: 'Who may invite guests is set to {setting}, which this profile does not accept.',
    },
  },
  evaluate({ authorizationPolicy }, ctx) {
    const value = authorizationPolicy.allowInvitesFrom;
    if (typeof value !== 'string' || value === '') {
      ctx.notAssessed('the external collaboration settings in the snapshot do not say who may invite guests.');
      return;
    }
    if (!isInviteValue(value)) {
      ctx.notAssessed(
        `who may invite guests is set to a value gatehouse does not recognise (${JSON.stringify(value.slice(0, 80))}); an unknown setting is never read as restrictive.`,
      );
      return;
    }
    if (ctx.options.accepted.includes(value)) return;
    ctx.fail(MESSAGE[value], {
      resource: {
        type: 'authorizationPolicy',
        id: 'authorizationPolicy',
        displayName: 'Authorization policy',
        path: 'policies/authorizationPolicy',
      },
      severity: SEVERITY[value],
      params: { value, setting: INVITE_WORDS[value] },
      evidence: { allowInvitesFrom: value, accepted: ctx.options.accepted },
    });
  },
});
