import { defineRule } from '../src/engine/rule.js';
import { partnersToJudge } from '../src/xtap/resource.js';
import { appsReach, resolveDefault, settingEvidence, usersReach, type Reach } from '../src/xtap/resolve.js';

const OPEN: ReadonlySet<Reach> = new Set(['all', 'allExcept']);

export default defineRule({
  meta: {
    id: 'xtap-partner-inbound-all-users',
    title: 'A partner configuration admits every user of that organisation as a B2B guest',
    action: 'Admit only the named users or groups of each partner organisation that need access, not all of them.',
    severity: 'low',
    category: 'cross-tenant-access',
    requires: ['crossTenantAccessDefault', 'crossTenantAccessPartners'],
    rationale:
      "A partner configuration exists to say precisely who from that organisation may collaborate with you. Setting inbound B2B collaboration to all of the partner's users (or all but a blocked few) means any of their accounts — the intern, the dormant one, the one phished yesterday — can be invited and redeem. Naming the partner's groups that actually work with you keeps the relationship as narrow as the business need. We report only a partner's own all-users setting: one inherited from an open default is the default's finding (xtap-default-inbound-open), and a partner whose only override is, say, trust settings is exactly as open as the default — no more.",
    remediation: {
      summary:
        "In the partner's inbound B2B collaboration settings, allow only the partner's groups that need access instead of all users.",
      graph: {
        method: 'PATCH',
        url: '/v1.0/policies/crossTenantAccessPolicy/partners/{tenantId}',
        body: {
          b2bCollaborationInbound: {
            usersAndGroups: { accessType: 'allowed', targets: [{ target: '<partner group object id>', targetType: 'group' }] },
          },
        },
      },
      ids: (f) => ({ tenantId: f.resource.id }),
      portal:
        'Entra admin center › External Identities › Cross-tenant access settings › Organizational settings › <partner> › Inbound access › B2B collaboration › External users and groups',
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
          "For any partner-specific property that is null, the partner inherits the default settings: only the partner's own all-users value is its finding.",
        source: 'https://learn.microsoft.com/graph/api/resources/crosstenantaccesspolicyconfigurationpartner',
      },
      {
        statement: 'Blocked with named targets admits everyone but those targets.',
        source: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-settings-b2b-collaboration',
      },
    ],
    messages: {
      allUsers: 'Partner {displayName} admits {users} of its users as B2B guests to {applications}.',
    },
  },
  evaluate({ crossTenantAccessDefault, crossTenantAccessPartners }, ctx) {
    for (const { partner, effective, resource } of partnersToJudge(
      ctx,
      crossTenantAccessPartners,
      resolveDefault(crossTenantAccessDefault),
    )) {
      const inbound = effective.b2bCollaborationInbound;
      // Inherited from the default: the default's own rule reports it, once, for every tenant.
      if (inbound.usersAndGroups.source !== 'partner') continue;
      const users = usersReach(inbound);
      const apps = appsReach(inbound);
      if (users === 'unknown' || apps === 'unknown') {
        ctx.incomplete(`partner ${partner.tenantId} has an inbound B2B collaboration access type gatehouse does not recognise`);
        continue;
      }
      if (!OPEN.has(users) || apps === 'none') continue;
      ctx.fail('allUsers', {
        resource,
        subKey: 'b2bCollaborationInbound.usersAndGroups',
        params: {
          tenantId: partner.tenantId,
          users: users === 'all' ? 'all' : 'all but a blocked few',
          applications:
            apps === 'all' ? 'all applications' : apps === 'allExcept' ? 'all but a blocked few applications' : 'selected applications',
        },
        evidence: settingEvidence(inbound),
      });
    }
  },
});
