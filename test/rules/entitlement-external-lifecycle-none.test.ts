import rule from '../../rules/entitlement-external-lifecycle-none.js';
import { ruleTable } from '../support/rule-table.js';

// Cited:
// EMSET https://learn.microsoft.com/graph/api/resources/entitlementmanagementsettings — externalUserLifecycleAction acts
//       when an external user's last access package assignment is removed: none, blockSignIn, blockSignInAndDelete,
//       unknownFutureValue.
// EMEXT https://learn.microsoft.com/entra/id-governance/entitlement-management-external-users

ruleTable(rule, [
  { name: 'block sign-in and delete passes (EMSET)', expect: { status: 'pass' } },
  {
    name: 'block sign-in only passes (EMSET)',
    mutate: (d) => {
      d.entitlementManagementSettings.externalUserLifecycleAction = 'blockSignIn';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'none with an external policy → medium finding on the settings (EMSET, EMEXT)',
    mutate: (d) => {
      d.entitlementManagementSettings.externalUserLifecycleAction = 'none';
    },
    expect: {
      status: 'fail',
      findings: [
        {
          messageId: 'none',
          resourceId: 'settings',
          resourceType: 'entitlementManagementSettings',
          subKey: 'externalUserLifecycleAction',
          severity: 'medium',
        },
      ],
    },
  },
  {
    name: 'literal compared case-insensitively',
    mutate: (d) => {
      d.entitlementManagementSettings.externalUserLifecycleAction = 'None';
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'none but no policy admits external users → not applicable (EMEXT)',
    mutate: (d) => {
      d.entitlementManagementSettings.externalUserLifecycleAction = 'none';
      d.entitlementAssignmentPolicies[0]!.allowedTargetScope = 'allMemberUsers';
    },
    expect: { status: 'not-applicable' },
  },
  {
    name: 'only an unknown scope: cannot tell whether external users come in',
    mutate: (d) => {
      d.entitlementManagementSettings.externalUserLifecycleAction = 'none';
      d.entitlementAssignmentPolicies[0]!.allowedTargetScope = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed', reason: /unknownFutureValue/ },
  },
  {
    name: 'unknown action is never read as safe (EMSET)',
    mutate: (d) => {
      d.entitlementManagementSettings.externalUserLifecycleAction = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed', reason: /unknownFutureValue/ },
  },
  {
    name: 'missing action is not assessed',
    mutate: (d) => {
      d.entitlementManagementSettings.externalUserLifecycleAction = null;
    },
    expect: { status: 'not-assessed', reason: /no externalUserLifecycleAction/ },
  },
]);
