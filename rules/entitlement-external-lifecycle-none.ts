import { countOf } from '../src/engine/messages.js';
import { defineRule } from '../src/engine/rule.js';
import { targetScope } from '../src/model/governance.js';

/** @graph microsoft.graph.entitlementManagementSettings.externalUserLifecycleAction */
const KNOWN = new Map([
  ['none', 'none'],
  ['blocksignin', 'blockSignIn'],
  ['blocksigninanddelete', 'blockSignInAndDelete'],
]);

/**
 * `externalUserLifecycleAction` applies when an external user's last access-package assignment is removed, so it
 * only matters for guests that entitlement management brings in: with no assignment policy admitting external
 * users the rule is not applicable. `blockSignIn` and `blockSignInAndDelete` pass (deletion is better, blocking
 * already ends access); a missing value or `unknownFutureValue` is not assessed, never read as safe.
 */
export default defineRule<'entitlementManagementSettings' | 'entitlementAssignmentPolicies'>({
  meta: {
    id: 'entitlement-external-lifecycle-none',
    title: 'External users keep their account after their last access package ends',
    action: "Remove external users' accounts when their last access package ends.",
    severity: 'medium',
    category: 'governance',
    requires: ['entitlementManagementSettings', 'entitlementAssignmentPolicies'],
    rationale:
      "Entitlement management invites external requesters as guests. When their last assignment expires or is removed, the package's resources are gone but the guest account stays, still able to sign in and to see whatever guests can see in your directory, Teams and SharePoint. Blocking sign-in (and deleting after a grace period) closes the account together with the access it was created for.",
    remediation: {
      summary:
        'Set the entitlement management setting for external users to block sign-in and remove them after a grace period (for example 30 days).',
      graph: {
        method: 'PATCH',
        url: '/v1.0/identityGovernance/entitlementManagement/settings',
        body: { externalUserLifecycleAction: 'blockSignInAndDelete', durationUntilExternalUserDeletedAfterBlocked: 'P30D' },
      },
      portal: 'Entra admin center › ID Governance › Entitlement management › Settings › Manage the lifecycle of external users',
    },
    references: [
      {
        title: 'Govern access for external users in entitlement management',
        url: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-external-users',
      },
      {
        title: 'entitlementManagementSettings resource type',
        url: 'https://learn.microsoft.com/graph/api/resources/entitlementmanagementsettings',
      },
      { title: 'Update entitlementManagementSettings', url: 'https://learn.microsoft.com/graph/api/entitlementmanagementsettings-update' },
    ],
    semantics: [
      {
        statement:
          "externalUserLifecycleAction acts when an external user's last access package assignment is removed: none, blockSignIn, blockSignInAndDelete (after durationUntilExternalUserDeletedAfterBlocked).",
        source: 'https://learn.microsoft.com/graph/api/resources/entitlementmanagementsettings',
      },
      {
        statement:
          'The setting only concerns external users that entitlement management brought in: with no policy admitting external users it is not applicable.',
        source: 'https://learn.microsoft.com/entra/id-governance/entitlement-management-external-users',
      },
    ],
    messages: {
      none: 'Entitlement management leaves external users’ accounts enabled after their last access package assignment ends.',
    },
  },
  evaluate({ entitlementManagementSettings, entitlementAssignmentPolicies }, ctx) {
    const scopes = entitlementAssignmentPolicies.map(targetScope);
    const external = scopes.filter((s) => s.kind === 'external').length;
    const unknown = scopes.filter((s) => s.kind === 'unknown');
    if (!external) {
      if (unknown.length)
        ctx.notAssessed(
          `no access package policy is known to admit external users, and ${countOf(unknown.length, 'policy names its', 'policies name their')} requesters in a way gatehouse does not recognise (${unknown.map((s) => JSON.stringify(s.scope)).join(', ')}).`,
        );
      else
        ctx.notApplicable(
          'No access package assignment policy admits external users, so entitlement management brings in no guests whose lifecycle it ends.',
        );
      return;
    }
    const raw = entitlementManagementSettings.externalUserLifecycleAction;
    const action = raw ? KNOWN.get(raw.toLowerCase()) : undefined;
    if (!action) {
      ctx.notAssessed(raw ? `unrecognised externalUserLifecycleAction "${raw}".` : 'the settings carry no externalUserLifecycleAction.');
      return;
    }
    if (action !== 'none') return;
    ctx.fail('none', {
      resource: {
        type: 'entitlementManagementSettings',
        id: 'settings',
        displayName: 'Entitlement management settings',
        path: 'identityGovernance/entitlementManagement/settings',
      },
      subKey: 'externalUserLifecycleAction',
      evidence: { externalUserLifecycleAction: raw, externalAssignmentPolicies: external },
    });
  },
});
