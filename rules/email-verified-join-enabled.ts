import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'email-verified-join-enabled',
    title: 'Anyone with a matching email address can join the tenant by email verification',
    action: 'Stop people joining your organisation just by proving they own an email address at your domain.',
    severity: 'medium',
    category: 'invitations',
    requires: ['authorizationPolicy'],
    rationale:
      'With email-verified join on, anyone who can receive mail at one of your verified domains can create a member account in your tenant by signing up for a self-service offer — no administrator involved, no joiner process, no licence decision. Such "viral" accounts are members, not guests, so every control scoped to guests misses them. Mail addresses outlive employment (shared mailboxes, aliases, forwarding), which makes this an onboarding path nobody audits.',
    remediation: {
      summary: 'Turn off joining the tenant by email verification; create accounts through your joiner process instead.',
      graph: { method: 'PATCH', url: '/v1.0/policies/authorizationPolicy', body: { allowEmailVerifiedUsersToJoinOrganization: false } },
      portal:
        'Not exposed in the Entra admin center: use Microsoft Graph (or Update-MgPolicyAuthorizationPolicy -AllowEmailVerifiedUsersToJoinOrganization:$false)',
    },
    references: [
      {
        title: 'What is self-service sign-up for Microsoft Entra ID?',
        url: 'https://learn.microsoft.com/entra/identity/users/directory-self-service-signup',
      },
      { title: 'authorizationPolicy resource type', url: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy' },
    ],
    frameworks: { eidsca: ['EIDSCA.AP06'], catalog: ['EI-04'] },
    semantics: [
      {
        statement: 'allowEmailVerifiedUsersToJoinOrganization: whether a user can join the tenant by email validation.',
        source: 'https://learn.microsoft.com/graph/api/resources/authorizationpolicy',
      },
      {
        statement: 'Email-verified join creates member accounts through self-service sign-up, with no administrator involved.',
        source: 'https://learn.microsoft.com/entra/identity/users/directory-self-service-signup',
      },
    ],
    messages: {
      enabled: 'Anyone who can receive mail at one of the organisation’s domains can join the tenant by verifying that address.',
    },
  },
  evaluate({ authorizationPolicy }, ctx) {
    const value = authorizationPolicy.allowEmailVerifiedUsersToJoinOrganization;
    if (typeof value !== 'boolean') {
      ctx.notAssessed(
        'the external collaboration settings in the snapshot do not say whether people may join by verifying an email address.',
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
      subKey: 'allowEmailVerifiedUsersToJoinOrganization',
      evidence: { allowEmailVerifiedUsersToJoinOrganization: true },
    });
  },
});
