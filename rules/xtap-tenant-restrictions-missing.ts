import { defineRule } from '../src/engine/rule.js';
import { CLOUDS } from '../src/graph/cloud.js';
import { appsReach, resolveDefault, settingEvidence, tenantRestrictionsExist, usersReach } from '../src/xtap/resolve.js';

export default defineRule({
  meta: {
    id: 'xtap-tenant-restrictions-missing',
    title: 'Tenant restrictions v2 default does not block unknown tenants',
    action: 'Block sign-ins to unknown organisations from your network and devices with tenant restrictions.',
    severity: 'medium',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault'],
    rationale:
      'Tenant restrictions v2 decide which external tenants your users may sign in to, with accounts from those tenants, from your managed devices and networks — the control that stops data leaving through a personal or attacker-made tenant that looks exactly like Microsoft 365 on the wire. The policy only takes effect where your proxy or Global Secure Access adds the tenant restrictions header, but it must say "block" first: the service default restricts nothing. We pass a default that blocks all external users or all external applications (either stops every sign-in it governs) and fail one that leaves both open. Partners you trust are opened in their own configuration.',
    remediation: {
      summary:
        'Block all external users and applications in the default tenant restrictions settings, open specific partners in their partner configuration, then enforce with Global Secure Access or your proxy.',
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/default',
        body: {
          tenantRestrictions: {
            usersAndGroups: { accessType: 'blocked', targets: [{ target: 'AllUsers', targetType: 'user' }] },
            applications: { accessType: 'blocked', targets: [{ target: 'AllApplications', targetType: 'application' }] },
          },
        },
      },
      portal: 'Entra admin center › External Identities › Cross-tenant access settings › Default settings › Tenant restrictions',
    },
    references: [
      { title: 'Set up tenant restrictions v2', url: 'https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2' },
      {
        title: 'crossTenantAccessPolicyConfigurationDefault resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationdefault',
      },
    ],
    frameworks: { 'zero-trust': ['21793'], catalog: ['XT-05'] },
    semantics: [
      {
        statement:
          'Tenant restrictions v2 in the default settings decide which external tenants your users may sign in to from your devices and networks; the policy needs enforcement (proxy header or Global Secure Access) to act.',
        source: 'https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
      },
      {
        statement:
          'Blocking all external users or all external applications stops every sign-in the default governs; nothing configured restricts nothing.',
        source: 'https://learn.microsoft.com/entra/external-id/tenant-restrictions-v2',
      },
    ],
    messages: {
      notConfigured: 'Tenant restrictions v2 are not configured in the default cross-tenant settings, so they block no external tenant.',
      open: 'The default tenant restrictions v2 policy lets {users} use {applications} of unknown tenants.',
    },
  },
  evaluate({ crossTenantAccessDefault }, ctx) {
    const cloud = ctx.snapshot.tenant.cloud;
    const exist = tenantRestrictionsExist(cloud, crossTenantAccessDefault);
    if (exist === false) {
      ctx.notApplicable(
        `Microsoft Graph in the ${CLOUDS[cloud as keyof typeof CLOUDS]?.title ?? cloud} cloud has no tenant restrictions in its cross-tenant access settings, so there is nothing to configure and no service default to judge.`,
      );
      return;
    }
    if (exist === 'unknown') {
      ctx.notAssessed(
        'the snapshot was read from a custom Graph endpoint whose default cross-tenant settings have no tenant restrictions: in the US Government and China clouds Microsoft offers none, so gatehouse cannot tell an unset policy from a cloud without one.',
      );
      return;
    }
    const tr = resolveDefault(crossTenantAccessDefault).tenantRestrictions;
    const users = usersReach(tr);
    const apps = appsReach(tr);
    if (users === 'unknown' || apps === 'unknown') {
      ctx.notAssessed(
        `the default tenant restrictions setting has an access type gatehouse does not recognise (users ${JSON.stringify(tr.usersAndGroups.value.accessType)}, applications ${JSON.stringify(tr.applications.value.accessType)}).`,
      );
      return;
    }
    if (users === 'none' || apps === 'none') return;
    const notConfigured = tr.usersAndGroups.source === 'service-default' && tr.applications.source === 'service-default';
    ctx.fail(notConfigured ? 'notConfigured' : 'open', {
      resource: {
        type: 'crossTenantAccessPolicyConfigurationDefault',
        id: 'default',
        displayName: 'Default cross-tenant access settings',
        path: 'policies/crossTenantAccessPolicy/default',
      },
      subKey: 'tenantRestrictions',
      params: {
        users:
          users === 'all'
            ? 'all external accounts'
            : users === 'allExcept'
              ? 'all external accounts but a blocked few'
              : 'selected external accounts',
        applications:
          apps === 'all' ? 'all applications' : apps === 'allExcept' ? 'all but a blocked few applications' : 'selected applications',
      },
      evidence: {
        ...settingEvidence(tr),
        usersReach: users,
        applicationsReach: apps,
      },
    });
  },
});
