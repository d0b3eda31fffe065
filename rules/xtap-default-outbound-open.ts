import { defineRule } from '../src/engine/rule.js';
import { resolveDefault, settingAppsReach, settingEvidence, usersReach, type Reach } from '../src/xtap/resolve.js';

const OPEN: ReadonlySet<Reach> = new Set(['all', 'allExcept']);
const SETTINGS = [
  { name: 'b2bCollaborationOutbound', label: 'B2B collaboration' },
  { name: 'b2bDirectConnectOutbound', label: 'B2B direct connect' },
] as const;

export default defineRule({
  meta: {
    id: 'xtap-default-outbound-open',
    title: 'Default cross-tenant settings let every user take part in any external organisation',
    action: 'Limit which of your users may join other organisations as guests, and where.',
    severity: 'low',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault'],
    rationale:
      'Outbound settings decide whether your users may accept guest invitations from, or join shared channels of, other organisations — and so where your data can travel under their own names. Open to all users and all applications (Microsoft\'s default for B2B collaboration), any user can become a guest in any tenant, including one that exists to collect data. Restricting the default and opening outbound access per partner, or to a group of users who need it, keeps that list deliberate. This is low severity: it governs your users\' activity elsewhere, not access to your tenant. A default that already scopes outbound access to chosen users or applications passes; the Zero Trust Assessment (21790) fails anything short of a full block. B2B direct connect serves Teams shared channels only, which belong to Office 365: direct connect allowed to the Office 365 application (or all Microsoft apps) is open to everything direct connect reaches, not "selected applications".',
    remediation: {
      summary:
        'Block outbound B2B collaboration and direct connect in the default settings (or limit them to a group of users) and allow them per partner organisation.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/default',
        body: {
          b2bCollaborationOutbound: {
            usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
            applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
          },
          b2bDirectConnectOutbound: {
            usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
            applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
          },
        },
      },
      portal: 'Entra admin center › External Identities › Cross-tenant access settings › Default settings › Outbound access settings',
    },
    references: [
      { title: 'Cross-tenant access overview', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview' },
      {
        title: 'crossTenantAccessPolicyConfigurationDefault resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
      {
        title: 'crossTenantAccessPolicyTarget: reserved application values Office365 and AllMicrosoftApps',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget',
      },
      {
        title: 'B2B direct connect overview (Teams shared channels)',
        url: 'https://learn.microsoft.com/entra/external-id/b2b-direct-connect-overview',
      },
    ],
    frameworks: { 'zero-trust': ['21790'], catalog: ['XT-02'] },
    semantics: [
      {
        statement:
          'The system default allows outbound B2B collaboration for all users to all applications and blocks outbound B2B direct connect.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
      {
        statement:
          'B2B direct connect serves Teams shared channels only; allowing the Office365 (or AllMicrosoftApps) application target opens everything it reaches.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget',
        reading: 'Teams is part of the Office 365 suite, so "selected applications" is not a narrower scope for direct connect.',
      },
    ],
    messages: {
      open: 'Default outbound {setting} lets all your users reach all applications of any external organisation.',
    },
  },
  evaluate({ crossTenantAccessDefault }, ctx) {
    const effective = resolveDefault(crossTenantAccessDefault);
    for (const { name, label } of SETTINGS) {
      const setting = effective[name];
      const users = usersReach(setting);
      const apps = settingAppsReach(name, setting);
      if (users === 'unknown' || apps === 'unknown') {
        ctx.incomplete(`the default ${name} setting has an access type gatehouse does not recognise`);
        continue;
      }
      if (!OPEN.has(users) || !OPEN.has(apps)) continue;
      ctx.fail('open', {
        resource: {
          type: 'crossTenantAccessPolicyConfigurationDefault',
          id: 'default',
          displayName: 'Default cross-tenant access settings',
          path: 'policies/crossTenantAccessPolicy/default',
        },
        subKey: name,
        params: { setting: label },
        evidence: {
          ...settingEvidence(setting),
          usersReach: users,
          applicationsReach: apps,
        },
      });
    }
  },
});
