import { defineRule } from '../src/engine/rule.js';
import { appsReach, resolveDefault, settingEvidence, usersReach, type Reach } from '../src/xtap/resolve.js';

/** Reaches that let every user of an external tenant through (everyone, or everyone but a named few). */
const OPEN: ReadonlySet<Reach> = new Set(['all', 'allExcept']);

export default defineRule({
  meta: {
    id: 'xtap-default-inbound-open',
    title: 'Default cross-tenant settings let users of any Entra tenant in as B2B guests',
    action:
      'Stop admitting users of every other Microsoft Entra organisation as guests by default; allow the partners you work with by name.',
    severity: 'high',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault'],
    rationale:
      'The default inbound B2B collaboration setting decides what happens for every Entra organisation you have not configured as a partner — which is nearly all of them. Left open (Microsoft\'s out-of-the-box value), a user in any of millions of tenants, including ones created by an attacker ten minutes ago, can be invited and redeem into your directory, and from there reach whatever is shared with guests. Blocking by default and opening access per partner turns the question "which organisations do we collaborate with?" into an explicit, reviewable list. Open to all applications is worse than open to a selected few, so it is rated high and the latter medium. (Guests who sign in with email one-time passcode or social accounts are governed by the invitation allow/block list, not by this setting.)',
    remediation: {
      summary:
        'Block inbound B2B collaboration in the default cross-tenant settings for all users and all applications, after adding a partner configuration for every organisation you do collaborate with — existing guests from organisations without a partner configuration lose access.',
      detail: 'Add each partner first (POST /v1.0/policies/crossTenantAccessPolicy/partners), then send the request below.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/default',
        body: {
          b2bCollaborationInbound: {
            usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
            applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
          },
        },
      },
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Default settings › Inbound access settings › B2B collaboration',
    },
    references: [
      { title: 'Cross-tenant access overview', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview' },
      {
        title: 'Configure B2B collaboration cross-tenant access settings',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      },
      {
        title: 'Update crossTenantAccessPolicyConfigurationDefault',
        url: 'https://learn.microsoft.com/graph/api/crosstenantaccesspolicyconfigurationdefault-update',
      },
    ],
    frameworks: { catalog: ['XT-01'] },
    semantics: [
      {
        statement:
          'The default settings apply to every external Entra organisation that has no partner configuration; the system default allows inbound B2B collaboration for all users and applications.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
      {
        statement: 'Blocked with named targets blocks only those targets: everyone else is let in ("all except").',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      },
      {
        statement: 'A null setting in the default is the system default (isServiceDefault reports whether the default was customised).',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
    ],
    messages: {
      open: 'Default inbound B2B collaboration admits {users} of any external Entra tenant to {applications}.',
    },
  },
  evaluate({ crossTenantAccessDefault }, ctx) {
    const inbound = resolveDefault(crossTenantAccessDefault).b2bCollaborationInbound;
    const users = usersReach(inbound);
    const apps = appsReach(inbound);
    const evidence = {
      ...settingEvidence(inbound),
      usersReach: users,
      applicationsReach: apps,
    };
    if (users === 'unknown' || apps === 'unknown') {
      const unknown = [
        ...(users === 'unknown'
          ? [`usersAndGroups.accessType "${inbound.usersAndGroups.value.accessType}" (${inbound.usersAndGroups.source})`]
          : []),
        ...(apps === 'unknown'
          ? [`applications.accessType "${inbound.applications.value.accessType}" (${inbound.applications.source})`]
          : []),
      ];
      ctx.notAssessed(
        `the default inbound B2B collaboration setting has an access type gatehouse does not recognise: ${unknown.join(', ')}.`,
      );
      return;
    }
    // Only named users or nobody may come in, or no application is reachable: not open to "any tenant".
    if (!OPEN.has(users) || apps === 'none') return;
    const allApps = OPEN.has(apps);
    ctx.fail('open', {
      resource: {
        type: 'crossTenantAccessPolicyConfigurationDefault',
        id: 'default',
        displayName: 'Default cross-tenant access settings',
        path: 'policies/crossTenantAccessPolicy/default',
      },
      subKey: 'b2bCollaborationInbound',
      severity: allApps ? 'high' : 'medium',
      params: {
        users: users === 'all' ? 'all users' : 'all users except those blocked by name',
        applications:
          apps === 'all'
            ? 'all applications'
            : apps === 'allExcept'
              ? 'all applications except those blocked by name'
              : 'selected applications',
      },
      evidence,
    });
  },
});
