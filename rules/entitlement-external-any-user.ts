import { defineRule } from '../src/engine/rule.js';
import { accessPackageName, assignmentPolicyResource, targetScope } from '../src/model/governance.js';

/**
 * ZTA 21875: `allExternalUsers` fails (anyone from any organisation, connected or not, may request — high);
 * `allConfiguredConnectedOrganizationUsers` warns (every user of every connected organisation, today's and
 * tomorrow's — low, listed for review); `specificConnectedOrganizationUsers` passes.
 */
export default defineRule<'entitlementAssignmentPolicies'>({
  meta: {
    id: 'entitlement-external-any-user',
    title: 'Access package policy lets any external user request access',
    action: 'Limit access packages to users of the partner organisations you have vetted.',
    severity: 'high',
    category: 'governance',
    requires: ['entitlementAssignmentPolicies'],
    optional: ['connectedOrganizations'],
    rationale:
      'A policy scoped to "all users not yet in your directory" lets anyone with an email address in any organisation request the package; an approved request also adds their organisation as a proposed connected organisation. Scoping to specific connected organisations keeps requests to partners you have vetted; "all configured connected organisations" is narrower but silently widens whenever someone adds a connected organisation.',
    remediation: {
      summary: 'Restrict the policy to specific connected organisations you have vetted.',
      detail: 'allowedTargetScope specificConnectedOrganizationUsers, with a connectedOrganizationMembers target per organisation.',
      graph: {
        method: 'PUT',
        url: '/v1.0/identityGovernance/entitlementManagement/assignmentPolicies/{policyId}',
        body: {
          allowedTargetScope: 'specificConnectedOrganizationUsers',
          specificAllowedTargets: [
            { '@odata.type': '#microsoft.graph.connectedOrganizationMembers', connectedOrganizationId: '{connectedOrganizationId}' },
          ],
        },
      },
      ids: (f) => ({ policyId: f.resource.id }),
      portal:
        'Entra admin center › ID Governance › Entitlement management › Access packages › (package) › Policies › (policy) › Requests › For users not in your directory › Specific connected organizations',
    },
    references: [
      {
        title: 'Govern access for external users in entitlement management',
        url: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-external-users',
      },
      {
        title: 'Add a connected organization in entitlement management',
        url: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-organization',
      },
      {
        title: 'accessPackageAssignmentPolicy resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy',
      },
    ],
    frameworks: { catalog: ['LC-05'], 'zero-trust': ['21875'] },
    semantics: [
      {
        statement:
          'allowedTargetScope allExternalUsers admits any user not in the directory, allConfiguredConnectedOrganizationUsers every user of every connected organisation, specificConnectedOrganizationUsers only the named ones.',
        source: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy',
      },
      {
        statement: 'An approved request from an unknown organisation can add that organisation as a proposed connected organisation.',
        source: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-external-users',
      },
      {
        statement: 'unknownFutureValue and unlisted scopes are not assessed, never read as internal.',
        source: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy',
      },
    ],
    messages: {
      anyExternal: 'Access package policy "{displayName}" accepts requests from any external user, in any organisation.',
      allConnected:
        'Access package policy "{displayName}" accepts requests from every user of every connected organisation ({connected} configured).',
    },
  },
  evaluate({ entitlementAssignmentPolicies }, ctx) {
    const orgs = ctx.section('connectedOrganizations');
    const configured = orgs ? String(orgs.filter((o) => (o.state ?? '').toLowerCase() === 'configured').length) : 'unknown number';
    for (const p of entitlementAssignmentPolicies) {
      const scope = targetScope(p);
      if (scope.kind === 'unknown') {
        ctx.incomplete(
          `access package policy ${p.displayName ?? p.id} names its requesters in a way gatehouse does not recognise (${JSON.stringify(scope.scope)})`,
        );
        continue;
      }
      if (scope.kind !== 'external' || scope.scope === 'specificConnectedOrganizationUsers') continue;
      const any = scope.scope === 'allExternalUsers';
      ctx.fail(any ? 'anyExternal' : 'allConnected', {
        resource: assignmentPolicyResource(p),
        severity: any ? 'high' : 'low',
        params: { connected: configured },
        evidence: {
          allowedTargetScope: scope.scope,
          selfRequestEnabled: p.requestorSettings?.enableTargetsToSelfAddAccess ?? null,
          approvalRequired: p.requestApprovalSettings?.isApprovalRequiredForAdd ?? null,
          accessPackage: accessPackageName(p) ?? null,
        },
      });
    }
  },
});
