import { defineRule } from '../src/engine/rule.js';
import { accessPackageName, assignmentPolicyResource, targetScope, SCOPE_WORDS } from '../src/model/governance.js';

const NO_EXPIRY = new Set(['noexpiration', 'notspecified']);
const EXPIRES = new Set(['afterdatetime', 'afterduration']);

/**
 * Assignment policies that let external users in (`allExternalUsers`, `allConfiguredConnectedOrganizationUsers`,
 * `specificConnectedOrganizationUsers`) must end assignments on their own: an expiration (`afterDateTime` /
 * `afterDuration`) or recurring access reviews of the assignments. A missing expiration object is read as
 * `notSpecified`; an unknown expiration type is not assessed rather than assumed to expire.
 */
export default defineRule<'entitlementAssignmentPolicies'>({
  meta: {
    id: 'entitlement-external-no-expiry',
    title: 'Access package policy for external users never expires and is never reviewed',
    action: 'Give access packages for external users an end date or a regular review.',
    severity: 'medium',
    category: 'governance',
    requires: ['entitlementAssignmentPolicies'],
    rationale:
      'Entitlement management can remove external users on its own — but only if their assignments end. A policy for external users with no expiration and no access review hands out access that lasts until somebody remembers to remove it, which for guests usually means never.',
    remediation: {
      summary:
        'Give the policy an expiration (for example 180 days after assignment) or enable recurring access reviews of its assignments.',
      graph: {
        method: 'PUT',
        url: '/v1.0/identityGovernance/entitlementManagement/assignmentPolicies/{policyId}',
        body: { expiration: { type: 'afterDuration', duration: 'P180D' } },
      },
      ids: (f) => ({ policyId: f.resource.id }),
      portal: 'Entra admin center › ID Governance › Entitlement management › Access packages › (package) › Policies › (policy) › Lifecycle',
    },
    references: [
      {
        title: 'Change lifecycle settings for an access package',
        url: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-access-package-lifecycle-policy',
      },
      {
        title: 'Govern access for external users in entitlement management',
        url: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-external-users',
      },
      {
        title: 'accessPackageAssignmentPolicy resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy',
      },
    ],
    frameworks: { catalog: ['LC-07'], 'zero-trust': ['21929'] },
    semantics: [
      {
        statement: 'expiration.type: notSpecified, noExpiration, afterDateTime, afterDuration; only the last two end an assignment.',
        source: 'https://learn.microsoft.com/graph/api/resources/expirationpattern',
      },
      {
        statement: "reviewSettings.isEnabled turns on recurring access reviews of the policy's assignments, the other way assignments end.",
        source: 'https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy',
      },
    ],
    messages: {
      noExpiry: 'Access package policy "{displayName}" grants {scopeText} access that never expires and is never reviewed.',
    },
  },
  evaluate({ entitlementAssignmentPolicies }, ctx) {
    let external = 0;
    for (const p of entitlementAssignmentPolicies) {
      const scope = targetScope(p);
      if (scope.kind === 'unknown') {
        ctx.incomplete(
          `access package policy ${p.displayName ?? p.id} names its requesters in a way gatehouse does not recognise (${JSON.stringify(scope.scope)})`,
        );
        continue;
      }
      if (scope.kind !== 'external') continue;
      external++;
      const type = p.expiration?.type ?? 'notSpecified';
      if (EXPIRES.has(type.toLowerCase())) continue;
      if (!NO_EXPIRY.has(type.toLowerCase())) {
        ctx.incomplete(
          `access package policy ${p.displayName ?? p.id} has an expiry gatehouse does not recognise (${JSON.stringify(type)})`,
        );
        continue;
      }
      if (p.reviewSettings?.isEnabled === true) continue;
      ctx.fail('noExpiry', {
        resource: assignmentPolicyResource(p),
        params: { scope: scope.scope, scopeText: SCOPE_WORDS[scope.scope] ?? 'external users', expiration: type },
        evidence: {
          allowedTargetScope: scope.scope,
          expiration: p.expiration ?? null,
          reviewSettings: p.reviewSettings ?? null,
          accessPackage: accessPackageName(p) ?? null,
        },
      });
    }
    if (!external) ctx.notApplicable('No access package assignment policy admits external users.');
  },
});
