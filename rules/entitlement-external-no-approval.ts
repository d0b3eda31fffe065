import { defineRule } from '../src/engine/rule.js';
import { accessPackageName, assignmentPolicyResource, isRequestBased, targetScope, SCOPE_WORDS } from '../src/model/governance.js';

/**
 * Request-based policies (no `automaticRequestSettings`) for external scopes must require approval for new
 * assignments: `requestApprovalSettings.isApprovalRequiredForAdd` true. `false`, `null` or a missing object all
 * fail. Policies where targets cannot request at all (`requestorSettings.enableTargetsToSelfAddAccess` false —
 * only administrators assign) are skipped.
 *
 * ZTA 21879 filters on `requestorSettings.acceptRequests` and reads `requestorSettings.approvalSettings`, neither
 * of which exists in the v1.0 `accessPackageAssignmentRequestorSettings`; this rule reads `requestApprovalSettings`
 * only (the regression test puts look-alike properties in `requestorSettings` and still fails the policy).
 * Severity: high for `allExternalUsers` (anyone may self-approve into the package), medium otherwise.
 */
export default defineRule<'entitlementAssignmentPolicies'>({
  meta: {
    id: 'entitlement-external-no-approval',
    title: 'External users can get an access package without approval',
    action: 'Require approval before external users receive an access package.',
    severity: 'medium',
    category: 'governance',
    requires: ['entitlementAssignmentPolicies'],
    rationale:
      "When a policy for users outside your directory needs no approval, every request is granted the moment it is made: the requester is invited as a guest and receives the package's groups, apps and sites. An approval stage puts a sponsor between a stranger's request and your resources.",
    remediation: {
      summary: "Require approval for new requests (at least one stage with a sponsor or named approver) in the policy's request settings.",
      graph: {
        method: 'PUT',
        url: '/v1.0/identityGovernance/entitlementManagement/assignmentPolicies/{policyId}',
        body: {
          requestApprovalSettings: {
            isApprovalRequiredForAdd: true,
            isApprovalRequiredForUpdate: true,
            stages: [
              {
                durationBeforeAutomaticDenial: 'P14D',
                isApproverJustificationRequired: true,
                primaryApprovers: [{ '@odata.type': '#microsoft.graph.internalSponsors' }],
              },
            ],
          },
        },
      },
      ids: (f) => ({ policyId: f.resource.id }),
      portal:
        'Entra admin center › ID Governance › Entitlement management › Access packages › (package) › Policies › (policy) › Requests › Require approval',
    },
    references: [
      {
        title: 'Change approval settings for an access package',
        url: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-access-package-approval-policy',
      },
      {
        title: 'accessPackageAssignmentApprovalSettings resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentapprovalsettings',
      },
    ],
    frameworks: { catalog: ['LC-06'], 'zero-trust': ['21879'] },
    semantics: [
      {
        statement:
          'Approval of new assignments is requestApprovalSettings.isApprovalRequiredForAdd; requestorSettings holds who may request (enableTargetsToSelfAddAccess), not approval.',
        source: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentapprovalsettings',
      },
      {
        statement: 'A policy with automaticRequestSettings is an auto-assignment policy; without it, a request-based one.',
        source: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy',
      },
      {
        statement:
          'When targets cannot add access themselves (enableTargetsToSelfAddAccess false) only administrators assign, so there are no requests to approve.',
        source: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentrequestorsettings',
      },
    ],
    messages: {
      noApproval: 'Access package policy "{displayName}" grants {scopeText} access without anyone approving it.',
    },
  },
  evaluate({ entitlementAssignmentPolicies }, ctx) {
    for (const p of entitlementAssignmentPolicies) {
      const scope = targetScope(p);
      if (scope.kind === 'unknown') {
        ctx.incomplete(
          `access package policy ${p.displayName ?? p.id} names its requesters in a way gatehouse does not recognise (${JSON.stringify(scope.scope)})`,
        );
        continue;
      }
      if (scope.kind !== 'external' || !isRequestBased(p)) continue;
      if (p.requestorSettings?.enableTargetsToSelfAddAccess === false) continue;
      if (p.requestApprovalSettings?.isApprovalRequiredForAdd === true) continue;
      ctx.fail('noApproval', {
        resource: assignmentPolicyResource(p),
        severity: scope.scope === 'allExternalUsers' ? 'high' : 'medium',
        params: { scope: scope.scope, scopeText: SCOPE_WORDS[scope.scope] ?? 'external users' },
        evidence: {
          allowedTargetScope: scope.scope,
          isApprovalRequiredForAdd: p.requestApprovalSettings?.isApprovalRequiredForAdd ?? null,
          requestApprovalSettings: p.requestApprovalSettings ?? null,
          accessPackage: accessPackageName(p) ?? null,
        },
      });
    }
  },
});
