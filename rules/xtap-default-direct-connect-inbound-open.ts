import { defineRule } from '../src/engine/rule.js';
import { directConnectAppsReach, resolveDefault, settingEvidence, usersReach, type Reach } from '../src/xtap/resolve.js';

const OPEN: ReadonlySet<Reach> = new Set(['all', 'allExcept']);

export default defineRule({
  meta: {
    id: 'xtap-default-direct-connect-inbound-open',
    title: 'Default cross-tenant settings let users of any Entra tenant in through B2B direct connect',
    action: 'Block Teams shared-channel access (B2B direct connect) from every organisation by default; allow named partners only.',
    severity: 'medium',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault'],
    rationale:
      'B2B direct connect (today: Teams shared channels) lets external users work in your resources with their home account and no guest object in your directory — so they appear in no guest list, access review or guest-scoped policy. Microsoft ships it blocked by default for that reason. Opening it in the default settings means users of every Entra tenant can be brought into shared channels; the usual, reviewable design is to open direct connect per partner organisation that has agreed to it. Allowing the Office 365 application (or all Microsoft apps) is all that direct connect reaches.',
    remediation: {
      summary:
        'Block inbound B2B direct connect in the default cross-tenant settings and allow it in the partner configuration of the organisations you share channels with.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/default',
        body: {
          b2bDirectConnectInbound: {
            usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
            applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
          },
        },
      },
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Default settings › Inbound access settings › B2B direct connect',
    },
    references: [
      { title: 'Cross-tenant access overview', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview' },
      {
        title: 'Enable shared channels with all external organizations (what opening the default means)',
        url: 'https://learn.microsoft.com/microsoft-365/solutions/allow-direct-connect-with-all-organizations',
      },
      {
        title: 'crossTenantAccessPolicyConfigurationDefault resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
      {
        title: 'crossTenantAccessPolicyTarget: reserved application values Office365 and AllMicrosoftApps',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget',
      },
    ],
    frameworks: { catalog: ['XT-03'] },
    semantics: [
      {
        statement: 'B2B direct connect currently works with Teams shared channels; it is blocked both ways by default.',
        source: 'https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview',
      },
      {
        statement: 'Inbound default settings cannot target users or groups; blocking named targets elsewhere lets everyone else in.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-direct-connect',
      },
      {
        statement: 'Allowing the Office365 (or AllMicrosoftApps) application target is all that direct connect reaches.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget',
      },
    ],
    messages: {
      open: 'Default inbound B2B direct connect admits {users} of any external Entra tenant to {applications}, with no guest account in your directory.',
    },
  },
  evaluate({ crossTenantAccessDefault }, ctx) {
    const setting = resolveDefault(crossTenantAccessDefault).b2bDirectConnectInbound;
    const users = usersReach(setting);
    const apps = directConnectAppsReach(setting);
    if (users === 'unknown' || apps === 'unknown') {
      ctx.notAssessed(
        `the default inbound B2B direct connect setting has an access type gatehouse does not recognise (users ${JSON.stringify(setting.usersAndGroups.value.accessType)}, applications ${JSON.stringify(setting.applications.value.accessType)}).`,
      );
      return;
    }
    if (!OPEN.has(users) || apps === 'none') return;
    ctx.fail('open', {
      resource: {
        type: 'crossTenantAccessPolicyConfigurationDefault',
        id: 'default',
        displayName: 'Default cross-tenant access settings',
        path: 'policies/crossTenantAccessPolicy/default',
      },
      subKey: 'b2bDirectConnectInbound',
      params: {
        users: users === 'all' ? 'all users' : 'all users except those blocked by name',
        applications:
          apps === 'all'
            ? 'all applications'
            : apps === 'allExcept'
              ? 'all applications except those blocked by name'
              : 'selected applications',
      },
      evidence: {
        ...settingEvidence(setting),
        usersReach: users,
        applicationsReach: apps,
      },
    });
  },
});
