import rule from '../../rules/entitlement-external-no-approval.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// APPROVAL  https://learn.microsoft.com/graph/api/resources/accesspackageassignmentapprovalsettings —
//           isApprovalRequiredForAdd: approval required for new assignments.
// REQUESTOR https://learn.microsoft.com/graph/api/resources/accesspackageassignmentrequestorsettings —
//           enableTargetsToSelfAddAccess: whether targets can request; no approval properties here.
// EMPOL     https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy — automaticRequestSettings is
//           present only on auto-assignment policies.

const POLICY = 'a0000000-0000-4000-8000-000000000001';
const policy = (d: MutableData) => d.entitlementAssignmentPolicies[0]!;

ruleTable(rule, [
  { name: 'approval required passes', expect: { status: 'pass' } },
  {
    name: 'approval switched off → medium finding (APPROVAL)',
    mutate: (d) => {
      policy(d).requestApprovalSettings = { isApprovalRequiredForAdd: false, isApprovalRequiredForUpdate: false, stages: [] };
    },
    expect: {
      status: 'fail',
      findings: [
        { messageId: 'noApproval', resourceId: POLICY, severity: 'medium', params: { scope: 'specificConnectedOrganizationUsers' } },
      ],
    },
  },
  {
    name: 'ZTA 21879 regression: look-alike requestorSettings properties do not hide a missing approval (REQUESTOR)',
    mutate: (d) => {
      policy(d).requestorSettings = {
        acceptRequests: true,
        approvalSettings: { isApprovalRequired: true, isApprovalRequiredForExtension: true },
        enableTargetsToSelfAddAccess: true,
      };
      policy(d).requestApprovalSettings = { isApprovalRequiredForAdd: false, isApprovalRequiredForUpdate: false, stages: [] };
    },
    expect: { status: 'fail', findings: [{ resourceId: POLICY }] },
  },
  {
    name: 'ZTA 21879 regression: approval read from requestApprovalSettings even when requestorSettings says nothing',
    mutate: (d) => {
      policy(d).requestorSettings = { enableTargetsToSelfAddAccess: true };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'null approval flag is not approval (APPROVAL)',
    mutate: (d) => {
      policy(d).requestApprovalSettings = { isApprovalRequiredForAdd: null };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'missing requestApprovalSettings is not approval',
    mutate: (d) => {
      delete policy(d).requestApprovalSettings;
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'any external user without approval → high',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'allExternalUsers';
      policy(d).requestApprovalSettings = { isApprovalRequiredForAdd: false };
    },
    expect: { status: 'fail', findings: [{ severity: 'high', params: { scope: 'allExternalUsers' } }] },
  },
  {
    name: 'targets cannot request (administrator assignment only) → nothing to approve (REQUESTOR)',
    mutate: (d) => {
      policy(d).requestorSettings = { enableTargetsToSelfAddAccess: false };
      policy(d).requestApprovalSettings = { isApprovalRequiredForAdd: false };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'auto-assignment policies are not request-based (EMPOL)',
    mutate: (d) => {
      policy(d).automaticRequestSettings = { requestAccessForAllowedTargets: true };
      policy(d).requestApprovalSettings = null;
    },
    expect: { status: 'pass' },
  },
  {
    name: 'internal policies are not this rule',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'specificDirectoryUsers';
      policy(d).requestApprovalSettings = null;
    },
    expect: { status: 'pass' },
  },
]);
