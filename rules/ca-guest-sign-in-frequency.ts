import { guestTypeWords } from '../src/model/conditional-access.js';
import { defineRule } from '../src/engine/rule.js';
import { judgeWithExcludedGuests } from '../src/model/guest-pass.js';
import {
  CA_ROOT_RESOURCE,
  IGNORED_EXCLUSIONS_OPTION,
  SIGN_IN_FREQUENCY_TYPES,
  SIGN_IN_FREQUENCY_TYPES_OPTION,
  type GuestType,
  coverageGap,
  describeSignInFrequency,
  screenGuestPolicies,
  screenedEvidence,
  signInFrequency,
} from '../src/model/conditional-access.js';

export interface Options {
  maxHours: number;
  guestTypes: GuestType[];
  ignoredExclusions: string[];
}

/**
 * ZTA 21824 asks every guest policy to carry a short sign-in frequency. When several policies apply, the
 * strictest sign-in frequency wins, so what matters is that every guest is covered by at least one enforced
 * policy with a short enough frequency on all applications; a long frequency elsewhere is then harmless. Unlike
 * ZTA, report-only policies do not count: they bound no session.
 *
 * Only the guest types the control applies to are judged: Microsoft does not support sign-in frequency for B2B
 * direct connect users (their access token is valid for one hour and they have no session in your tenant to bound),
 * so a policy that leaves them out is not a gap, and one that includes them does nothing for them.
 */
export default defineRule<'conditionalAccessPolicies', Options>({
  meta: {
    id: 'ca-guest-sign-in-frequency',
    title: 'Guest sessions are not bounded by a short sign-in frequency',
    action: 'Limit how long guest sessions last with a short sign-in frequency, so guests must sign in again regularly.',
    severity: 'medium',
    category: 'conditional-access',
    requires: ['conditionalAccessPolicies'],
    optional: ['guests'],
    options: {
      schema: {
        properties: {
          maxHours: { type: 'integer', minimum: 1, maximum: 8760, default: 24 },
          guestTypes: SIGN_IN_FREQUENCY_TYPES_OPTION.schema,
          ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.schema,
        },
      },
      defaults: { maxHours: 24, guestTypes: [...SIGN_IN_FREQUENCY_TYPES], ignoredExclusions: [] },
      docs: {
        maxHours:
          'Longest acceptable sign-in frequency for guests, in hours. Default 24, the threshold of the Zero Trust Assessment (test 21824); "every time" always passes.',
        guestTypes: SIGN_IN_FREQUENCY_TYPES_OPTION.doc,
        ignoredExclusions: IGNORED_EXCLUSIONS_OPTION.doc,
      },
    },
    rationale:
      'Without a sign-in frequency control the default rolling session lasts up to 90 days, so a guest whose home account is disabled, whose partner contract ends or whose token is stolen keeps working access long after you would want them to re-authenticate. Guests are the accounts whose lifecycle you see last; short sessions force a fresh sign-in (and a fresh Conditional Access evaluation) at least daily.',
    remediation: {
      summary:
        'Add a sign-in frequency session control of at most the configured hours (or "every time") to an enabled policy that covers every guest type on all resources.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/identity/conditionalAccess/policies/{policyId}',
        body: {
          sessionControls: {
            signInFrequency: {
              isEnabled: true,
              type: 'hours',
              value: 12,
              frequencyInterval: 'timeBased',
              authenticationType: 'primaryAndSecondaryAuthentication',
            },
          },
        },
      },
      portal: 'Entra admin center › Entra ID › Conditional Access › Policies › (guest policy) › Session › Sign-in frequency',
    },
    references: [
      {
        title: 'Configure adaptive session lifetime policies',
        url: 'https://learn.microsoft.com/entra/identity/conditional-access/howto-conditional-access-session-lifetime',
      },
      {
        title: 'signInFrequencySessionControl resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/signinfrequencysessioncontrol',
      },
      {
        title: 'Authentication and Conditional Access for external users (controls supported per user type)',
        url: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
    ],
    frameworks: { catalog: ['CA-03'], 'zero-trust': ['21824'] },
    semantics: [
      {
        statement:
          'Sign-in frequency is supported for B2B collaboration users and not supported for B2B direct connect users, whose token is valid for one hour.',
        source: 'https://learn.microsoft.com/entra/external-id/authentication-conditional-access',
      },
      {
        statement:
          'Frequency is value + type (hours or days), or every time; several policies apply together and the shortest frequency wins.',
        source: 'https://learn.microsoft.com/graph/api/resources/signinfrequencysessioncontrol',
      },
    ],
    messages: {
      missing: 'No enforced Conditional Access policy makes {typesText} sign in again at least every {maxHours:hour} on all applications.',
    },
  },
  evaluate({ conditionalAccessPolicies }, ctx) {
    // Excluded users count as guests only when the guest list holds them (resolved in the guest pass).
    const judge = (guestIds?: ReadonlySet<string>) => {
      const { maxHours } = ctx.options;
      const { counted, rejected } = screenGuestPolicies(conditionalAccessPolicies, {
        ...(guestIds ? { guestIds } : {}),
        ignoredExclusions: ctx.options.ignoredExclusions,
        test: (p, grant) => {
          if (grant.blocks) return ['blocks access (no session to bound)'];
          const sif = signInFrequency(p);
          if (!sif) return ['sets no sign-in frequency'];
          if (sif.kind === 'everyTime') return [];
          if (sif.kind === 'unknown') return [`sign-in frequency is ${describeSignInFrequency(sif)}`];
          return sif.hours <= maxHours ? [] : [`sign-in frequency is ${describeSignInFrequency(sif)}, longer than ${maxHours} hour(s)`];
        },
      });
      const { missing, coverage } = coverageGap(counted, ctx.options.guestTypes);
      if (!missing.length) return;
      ctx.fail('missing', {
        resource: { ...CA_ROOT_RESOURCE },
        params: { types: missing.join(', '), typesText: guestTypeWords(missing), maxHours },
        evidence: {
          uncoveredGuestTypes: missing,
          shortSessionCoverage: coverage,
          policiesCounted: counted.map((c) => ({
            ...screenedEvidence(c),
            signInFrequency: describeSignInFrequency(signInFrequency(c.policy)),
          })),
          guestPoliciesNotCounted: rejected.map((c) => ({
            ...screenedEvidence(c),
            signInFrequency: describeSignInFrequency(signInFrequency(c.policy)),
          })),
        },
      });
    };
    return judgeWithExcludedGuests(conditionalAccessPolicies, Boolean(ctx.section('guests')), judge);
  },
});
