import { defineRule } from '../src/engine/rule.js';
import type { B2XIdentityUserFlow } from '../src/snapshot/snapshot.types.js';

/** User flow types that create accounts, and those that only sign existing users in or manage them. */
const SIGN_UP_TYPES = new Set(['signup', 'signuporsignin']);
const OTHER_TYPES = new Set(['signin', 'passwordreset', 'profileupdate', 'resourceowner']);

const POLICY = {
  type: 'authenticationFlowsPolicy',
  id: 'authenticationFlowsPolicy',
  displayName: 'Authentication flows policy',
  path: 'policies/authenticationFlowsPolicy',
};

type Validation = { known: true; connector: string | null } | { known: false };

/**
 * Whether a sign-up flow calls an API connector that can decide on the sign-up. Both documented steps can block
 * (postFederationSignup runs after the identity provider, postAttributeCollection before the account is created).
 * The connectors are navigation properties: a flow collected without `$expand` (the expansion needs
 * IdentityUserFlow.ReadWrite.All) carries neither key, and then we cannot tell.
 */
function validation(flow: B2XIdentityUserFlow): Validation {
  const cfg = flow.apiConnectorConfiguration;
  if (!cfg || !('postFederationSignup' in cfg || 'postAttributeCollection' in cfg)) return { known: false };
  const connector = cfg.postAttributeCollection ?? cfg.postFederationSignup ?? null;
  return { known: true, connector: connector ? (connector.displayName ?? connector.id) : null };
}

export default defineRule({
  meta: {
    id: 'self-service-signup-enabled',
    title: 'Guests can create their own accounts through sign-up user flows nobody vets',
    action: 'Turn off self-service guest sign-up, or put an approval step in front of it.',
    severity: 'medium',
    category: 'invitations',
    requires: ['authenticationFlowsPolicy'],
    optional: ['b2xUserFlows'],
    rationale:
      "Self-service sign-up replaces the invitation with a user flow: anyone who reaches an application attached to the flow can create a guest account for themselves. That is the right tool when an API connector approves or rejects each sign-up (an allow list, an approval workflow, identity verification); without one, the only gate is knowing the application's URL. We report each sign-up flow with no validating connector (medium), and — as information — a tenant-wide switch left on with no sign-up flow using it, a door nobody needs open. A flow whose connectors could not be read (their expansion needs IdentityUserFlow.ReadWrite.All) is not assessed rather than guessed.",
    remediation: {
      summary:
        'Attach an API connector that approves or rejects sign-ups to every sign-up user flow (after federating or before creating the user), or turn guest self-service sign-up off when no flow needs it.',
      graph: { method: 'PATCH', url: '/v1.0/policies/authenticationFlowsPolicy', body: { selfServiceSignUp: { isEnabled: false } } },
      portal:
        'Entra admin center › External Identities › External collaboration settings › Enable guest self-service sign up via user flows (or › User flows › <flow> › API connectors)',
    },
    references: [
      { title: 'Self-service sign-up', url: 'https://learn.microsoft.com/entra/external-id/self-service-sign-up-overview' },
      {
        title: 'Use API connectors to customize and extend self-service sign-up',
        url: 'https://learn.microsoft.com/entra/external-id/api-connectors-overview',
      },
      {
        title: 'authenticationFlowsPolicy resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/authenticationflowspolicy',
      },
    ],
    frameworks: { 'zero-trust': ['21823'], catalog: ['EI-06'] },
    semantics: [
      {
        statement:
          'authenticationFlowsPolicy.selfServiceSignUp.isEnabled turns guest self-service sign-up through user flows on or off for the tenant.',
        source: 'https://learn.microsoft.com/graph/api/resources/authenticationflowspolicy',
      },
      {
        statement:
          'An API connector at "after federating with an identity provider" or "before creating the user" can approve or block each sign-up.',
        source: 'https://learn.microsoft.com/entra/external-id/api-connectors-overview',
      },
      {
        statement:
          'User flows of type signUp and signUpOrSignIn create accounts; the connectors are navigation properties that must be expanded to be seen.',
        source: 'https://learn.microsoft.com/entra/external-id/self-service-sign-up-overview',
      },
    ],
    messages: {
      unvalidated: 'Sign-up user flow {displayName} lets guests create accounts with no API connector approving the sign-up.',
      enabledNoFlows: 'Guest self-service sign-up is enabled for the tenant, but no sign-up user flow uses it.',
    },
  },
  evaluate({ authenticationFlowsPolicy }, ctx) {
    const enabled = authenticationFlowsPolicy.selfServiceSignUp?.isEnabled;
    if (typeof enabled !== 'boolean') {
      ctx.notAssessed('the authentication flows policy in the snapshot does not say whether self-service sign-up is enabled.');
      return;
    }
    if (!enabled) return;
    const flows = ctx.section('b2xUserFlows');
    if (!flows) {
      ctx.incomplete('self-service sign-up is enabled but the user flows could not be read', ['b2xUserFlows']);
      return;
    }
    let signUpFlows = 0;
    for (const flow of flows) {
      const type = (flow.userFlowType ?? '').toLowerCase();
      if (OTHER_TYPES.has(type)) continue;
      if (!SIGN_UP_TYPES.has(type)) {
        ctx.incomplete(
          `user flow ${JSON.stringify(flow.id)} has type ${JSON.stringify(flow.userFlowType ?? null)}, which gatehouse does not recognise`,
        );
        continue;
      }
      signUpFlows++;
      const v = validation(flow);
      if (!v.known) {
        ctx.incomplete(
          `the API connectors of user flow ${JSON.stringify(flow.id)} were not collected (expanding them needs IdentityUserFlow.ReadWrite.All)`,
        );
        continue;
      }
      if (v.connector !== null) continue;
      ctx.fail('unvalidated', {
        resource: {
          type: 'b2xIdentityUserFlow',
          id: flow.id,
          displayName: typeof flow.displayName === 'string' ? flow.displayName : flow.id,
          path: `identity/b2xUserFlows/${flow.id}`,
        },
        evidence: {
          userFlowType: flow.userFlowType ?? null,
          postFederationSignup: null,
          postAttributeCollection: null,
          selfServiceSignUpEnabled: true,
        },
      });
    }
    if (signUpFlows === 0 && flows.every((f) => OTHER_TYPES.has((f.userFlowType ?? '').toLowerCase()))) {
      ctx.fail('enabledNoFlows', {
        resource: POLICY,
        subKey: 'selfServiceSignUp',
        severity: 'info',
        evidence: { isEnabled: true, userFlows: flows.length, signUpFlows: 0 },
      });
    }
  },
});
