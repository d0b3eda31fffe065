import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'email-subscription-signup-enabled',
    title: 'Users can sign up for email-based subscriptions on their own',
    action: 'Stop users signing up for email-based subscriptions on their own.',
    severity: 'low',
    category: 'invitations',
    requires: ['authorizationPolicy'],
    rationale:
      'Self-service sign-up for email-based subscriptions lets users start trials and free offers (and, with them, new service principals and data stores) tied to your tenant without anyone deciding to. It is the second half of the "viral tenant" path: combined with email-verified join it lets outsiders with a matching address arrive and license themselves. Purchases and trials should go through the people who own licensing and data protection.',
    remediation: {
      summary: 'Turn off self-service sign-up for email-based subscriptions.',
      graph: { method: 'PATCH', url: '/v1.0/policies/authorizationPolicy', body: { allowedToSignUpEmailBasedSubscriptions: false } },
      portal:
        'Not exposed in the Entra admin center: use Microsoft Graph (or Update-MgPolicyAuthorizationPolicy -AllowedToSignUpEmailBasedSubscriptions:$false)',
    },
    references: [
      {
        title: 'What is self-service sign-up for Microsoft Entra ID?',
        url: 'https://learn.microsoft.com/entra/identity/users/directory-self-service-signup',
      },
      { title: 'authorizationPolicy resource type', url: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy' },
    ],
    frameworks: { eidsca: ['EIDSCA.AP05'], catalog: ['EI-05'] },
    semantics: [
      {
        statement: 'allowedToSignUpEmailBasedSubscriptions: whether users can sign up for email-based subscriptions.',
        source: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
      },
      {
        statement: 'Self-service sign-up for email-based subscriptions lets users start offers tied to the tenant themselves.',
        source: 'https://learn.microsoft.com/entra/identity/users/directory-self-service-signup',
      },
    ],
    messages: {
      enabled: 'Users can sign up for email-based subscriptions themselves, without an administrator.',
    },
  },
  evaluate({ authorizationPolicy }, ctx) {
    const value = authorizationPolicy.allowedToSignUpEmailBasedSubscriptions;
    if (typeof value !== 'boolean') {
      ctx.notAssessed(
        'the external collaboration settings in the snapshot do not say whether users may sign up for email-based subscriptions.',
      );
      return;
    }
    if (!value) return;
    ctx.fail('enabled', {
      resource: {
        type: 'authorizationPolicy',
        id: 'authorizationPolicy',
        displayName: 'Authorization policy',
        path: 'policies/authorizationPolicy',
      },
      subKey: 'allowedToSignUpEmailBasedSubscriptions',
      evidence: { allowedToSignUpEmailBasedSubscriptions: true },
    });
  },
});
