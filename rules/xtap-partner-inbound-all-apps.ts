import { defineRule } from '../src/engine/rule.js';
import { partnersToJudge } from '../src/xtap/resource.js';
import { appsReach, resolveDefault, settingEvidence, usersReach, type Reach } from '../src/xtap/resolve.js';

const OPEN: ReadonlySet<Reach> = new Set(['all', 'allExcept']);

export default defineRule({
  meta: {
    id: 'xtap-partner-inbound-all-apps',
    title: "A partner configuration lets that organisation's guests reach every application",
    action: "Limit each partner organisation's guests to the applications they need.",
    severity: 'low',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault', 'crossTenantAccessPartners'],
    rationale:
      "Inbound B2B collaboration can be scoped to the applications a partnership is about — Office 365 for a shared site, one line-of-business app for a supplier portal. A partner set to all applications lets its guests sign in to anything that admits guests, including apps nobody meant to share and apps added later. As with users, we report only the partner's own setting; an all-applications value inherited from the default belongs to the default's rule.",
    remediation: {
      summary: "In the partner's inbound B2B collaboration settings, allow only the applications the partnership needs.",
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}',
        body: {
          b2bCollaborationInbound: {
            applications: { accessType: 'allowed', targets: [{ target: 'Office365', targetType: 'application' }] },
          },
        },
      },
      ids: (f) => ({ tenantId: f.resource.id }),
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › <partner> › Inbound access › B2B collaboration › Applications',
    },
    references: [
      {
        title: 'Configure B2B collaboration cross-tenant access settings',
        url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      },
      {
        title: 'crossTenantAccessPolicyConfigurationPartner resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
    ],
    frameworks: { catalog: ['XT-07'] },
    semantics: [
      {
        statement:
          "For any partner-specific property that is null, the partner inherits the default settings: only the partner's own all-applications value is its finding.",
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
      {
        statement: 'Application targets may name apps, AllApplications, or the reserved Office365 and AllMicrosoftApps values.',
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicytarget',
      },
    ],
    messages: {
      allApps: 'Partner {displayName} lets its B2B guests reach {applications}.',
    },
  },
  evaluate({ crossTenantAccessDefault, crossTenantAccessPartners }, ctx) {
    for (const { partner, effective, resource } of partnersToJudge(
      ctx,
      crossTenantAccessPartners,
      resolveDefault(crossTenantAccessDefault),
    )) {
      const inbound = effective.b2bCollaborationInbound;
      if (inbound.applications.source !== 'partner') continue;
      const users = usersReach(inbound);
      const apps = appsReach(inbound);
      if (users === 'unknown' || apps === 'unknown') {
        ctx.incomplete(`partner ${partner.tenantId} has an inbound B2B collaboration access type gatehouse does not recognise`);
        continue;
      }
      if (!OPEN.has(apps) || users === 'none') continue;
      ctx.fail('allApps', {
        resource,
        subKey: 'b2bCollaborationInbound.applications',
        params: { tenantId: partner.tenantId, applications: apps === 'all' ? 'all applications' : 'all but a blocked few applications' },
        evidence: settingEvidence(inbound),
      });
    }
  },
});
