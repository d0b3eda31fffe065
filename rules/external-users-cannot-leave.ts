import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'external-users-cannot-leave',
    title: 'External users cannot remove themselves from the tenant',
    action: 'Let external users remove themselves from your organisation when they no longer need access.',
    severity: 'info',
    category: 'invitations',
    requires: ['externalIdentitiesPolicy'],
    rationale:
      'When external users may leave, a guest who no longer works with you can delete their own account from My Account; when they may not, every departure depends on an administrator noticing, and stale guest accounts pile up. Letting people remove their own data also answers data-subject requests without a ticket. This is informational: some organisations block leaving on purpose (for example to keep audit trails tied to live accounts) and handle removal through access reviews instead.',
    remediation: {
      summary: 'Allow external users to leave the organisation on their own, or make sure an access review removes departed guests.',
      graph: { method: 'PATCH', url: '/beta/policies/externalIdentitiesPolicy', body: { allowExternalIdentitiesToLeave: true } },
      portal: 'Entra admin center › External Identities › External collaboration settings › External user leave settings',
    },
    references: [
      { title: 'Leave an organization as an external user', url: 'https://learn.microsoft.com/entra/external-id/leave-the-organization' },
      {
        title: 'externalIdentitiesPolicy resource type (beta)',
        url: 'https://learn.microsoft.com/graph/api/resources/externalidentitiespolicy?view=graph-rest-beta',
      },
    ],
    frameworks: { catalog: ['EI-08'] },
    semantics: [
      {
        statement: 'allowExternalIdentitiesToLeave decides whether external users can leave the organisation on their own from My Account.',
        source: 'https://learn.microsoft.com/graph/api/resources/externalidentitiespolicy?view=graph-rest-beta',
      },
      {
        statement: 'A user who leaves has their guest account deleted (soft-deleted first).',
        source: 'https://learn.microsoft.com/entra/external-id/leave-the-organization',
      },
    ],
    messages: {
      cannotLeave: 'External users cannot leave the organisation on their own; only an administrator can remove them.',
    },
  },
  evaluate({ externalIdentitiesPolicy }, ctx) {
    const value = externalIdentitiesPolicy.allowExternalIdentitiesToLeave;
    if (typeof value !== 'boolean') {
      ctx.notAssessed('the external identities policy in the snapshot does not say whether external users may leave.');
      return;
    }
    if (value) return;
    ctx.fail('cannotLeave', {
      resource: {
        type: 'externalIdentitiesPolicy',
        id: 'externalIdentitiesPolicy',
        displayName: 'External identities policy',
        path: 'policies/externalIdentitiesPolicy',
      },
      evidence: { allowExternalIdentitiesToLeave: false },
    });
  },
});
