import rule from '../../rules/entitlement-external-any-user.js';
import { type MutableData, ruleTable } from '../support/rule-table.js';

// Cited:
// EMPOL https://learn.microsoft.com/graph/api/resources/accesspackageassignmentpolicy — allowedTargetScope values:
//       notSpecified, specificDirectoryUsers, specificConnectedOrganizationUsers, specificDirectoryServicePrincipals,
//       allMemberUsers, allDirectoryUsers, allDirectoryServicePrincipals, allConfiguredConnectedOrganizationUsers,
//       allExternalUsers, unknownFutureValue.
// EMEXT https://learn.microsoft.com/entra/id-governance/entitlement-management-external-users — requests from users not
//       yet in the directory; connected organisations.

const POLICY = 'a0000000-0000-4000-8000-000000000001';
const policy = (d: MutableData) => d.entitlementAssignmentPolicies[0]!;

ruleTable(rule, [
  { name: 'specific connected organisations pass (ZTA 21875 pass)', expect: { status: 'pass' } },
  {
    name: 'allExternalUsers → high (ZTA 21875 fail) (EMPOL, EMEXT)',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'allExternalUsers';
      policy(d).specificAllowedTargets = [];
    },
    expect: { status: 'fail', findings: [{ messageId: 'anyExternal', resourceId: POLICY, severity: 'high' }] },
  },
  {
    name: 'allConfiguredConnectedOrganizationUsers → low, with the connected organisation count (ZTA 21875 warn) (EMPOL)',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'allConfiguredConnectedOrganizationUsers';
    },
    expect: { status: 'fail', findings: [{ messageId: 'allConnected', severity: 'low', params: { connected: '1' } }] },
  },
  {
    name: 'connected organisations not collected: the count is unknown, the finding stands',
    mutate: (d, s) => {
      policy(d).allowedTargetScope = 'allConfiguredConnectedOrganizationUsers';
      s.sections.connectedOrganizations = { status: 'forbidden', httpStatus: 403 };
      delete (d as Partial<MutableData>).connectedOrganizations;
    },
    expect: { status: 'fail', findings: [{ params: { connected: 'unknown number' } }] },
  },
  {
    name: 'scope literal compared case-insensitively',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'ALLEXTERNALUSERS';
    },
    expect: { status: 'fail', findings: [{ severity: 'high' }] },
  },
  {
    name: 'internal scopes are not this rule (EMPOL)',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'allDirectoryUsers';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'unknown scope is not assessed (EMPOL)',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'allGalaxyUsers';
    },
    expect: { status: 'not-assessed', reason: /allGalaxyUsers/ },
  },
  // EMPOL: every documented internal scope stays out of this rule; unknownFutureValue is never read as internal.
  ...(
    [
      'notSpecified',
      'specificDirectoryUsers',
      'specificDirectoryServicePrincipals',
      'allMemberUsers',
      'allDirectoryServicePrincipals',
      'allDirectoryAgentIdentities',
    ] as const
  ).map((scope) => ({
    name: `internal scope ${scope} is not external (EMPOL)`,
    mutate: (d: MutableData) => {
      policy(d).allowedTargetScope = scope;
    },
    expect: { status: 'pass' as const },
  })),
  {
    name: 'unknownFutureValue is not assessed, never read as internal (EMPOL)',
    mutate: (d) => {
      policy(d).allowedTargetScope = 'unknownFutureValue';
    },
    expect: { status: 'not-assessed', reason: /unknownFutureValue/ },
  },
]);
