import { SECTIONS } from '../snapshot/sections.js';
import type { SectionName } from '../snapshot/snapshot.types.js';
import { federationCollector } from './federation.js';
import { entityCollector, listCollector } from './generic.js';
import { guestsCollector } from './guests.js';
import { appOwnershipCollector } from './app-ownership.js';
import { organizationCollector } from './organization.js';
import { userFlowsCollector } from './user-flows.js';
import { partnersCollector } from './partners.js';
import { roleDefinitionsCollector } from './role-definitions.js';
import { roleGroupsCollector } from './role-groups.js';
import { projectedListCollector } from './projected.js';
import type { Collector } from './types.js';

const path = (s: SectionName) => SECTIONS[s].path;

/** A risky user's risk, without its name: guests are matched by object id. */
const RISKY_USER_KEYS = ['id', 'riskLevel', 'riskState', 'riskDetail', 'riskLastUpdatedDateTime', 'isDeleted', 'isProcessing'];

/**
 * Every collector, longest first: the guest list is the one long chain of dependent pages, so it starts at once
 * and everything else runs beside it. Each collector's requests, API version, permission and licence are declared
 * in src/snapshot/sections.ts (`SECTIONS`), which `gatehouse permissions` prints.
 */
export const COLLECTORS: readonly Collector[] = [
  guestsCollector,
  appOwnershipCollector,
  federationCollector,
  partnersCollector,
  listCollector('conditionalAccessPolicies', [{ path: path('conditionalAccessPolicies'), pace: 'conditionalAccess' }]),
  listCollector('dynamicGroups', [
    {
      path: '/groups',
      query: {
        $filter: "groupTypes/any(c:c eq 'DynamicMembership')",
        $select: 'id,displayName,groupTypes,membershipRule,membershipRuleProcessingState',
        $top: 999,
      },
    },
    {
      path: '/groups',
      query: {
        $filter: "groupTypes/any(c:c eq 'DynamicMembership')",
        $select: 'id,displayName,groupTypes,membershipRule,membershipRuleProcessingState',
        $top: 100,
      },
    },
  ]),
  listCollector('directoryRoleAssignments', [
    { path: path('directoryRoleAssignments'), query: { $select: 'id,principalId,roleDefinitionId,directoryScopeId' } },
  ]),
  listCollector('directoryRoleEligibilities', [
    {
      path: '/roleManagement/directory/roleEligibilityScheduleInstances',
      query: { $select: 'id,principalId,roleDefinitionId,directoryScopeId' },
    },
    { path: '/roleManagement/directory/roleEligibilitySchedules', query: { $select: 'id,principalId,roleDefinitionId,directoryScopeId' } },
  ]),
  roleDefinitionsCollector,
  organizationCollector,
  entityCollector('authorizationPolicy'),
  entityCollector('crossTenantAccessPolicy'),
  entityCollector('crossTenantAccessDefault'),
  listCollector('b2bManagementPolicies'),
  entityCollector('externalIdentitiesPolicy'),
  listCollector('identityProviders'),
  listCollector('apiConnectors'),
  userFlowsCollector,
  listCollector('customAuthenticationExtensions'),
  listCollector('authenticationEventListeners'),
  entityCollector('authenticationFlowsPolicy'),
  entityCollector('emailOtpConfiguration'),
  listCollector('accessReviewDefinitions'),
  listCollector('entitlementAssignmentPolicies', [
    { path: path('entitlementAssignmentPolicies'), query: { $expand: 'accessPackage' } },
    { path: path('entitlementAssignmentPolicies') },
  ]),
  listCollector('connectedOrganizations'),
  entityCollector('entitlementManagementSettings'),
  listCollector('groupSettings'),
  roleGroupsCollector,
  entityCollector('sharepointSettings'),
  // Identity Protection shares Conditional Access's per-tenant limit of one request a second, so its requests are
  // spaced by the same pacer rather than colliding with the policies' pages and being throttled.
  projectedListCollector('riskyUsers', RISKY_USER_KEYS, [
    { path: path('riskyUsers'), query: { $select: RISKY_USER_KEYS.join(',') }, pace: 'conditionalAccess' },
    { path: path('riskyUsers'), pace: 'conditionalAccess' },
  ]),
  entityCollector('universalTenantRestrictions'),
  projectedListCollector(
    'accessPackageAssignments',
    ['id', 'state', 'expiredDateTime', 'target.objectId', 'target.subjectType', 'accessPackage.id', 'accessPackage.displayName'],
    [{ path: path('accessPackageAssignments'), query: { $filter: "state eq 'Delivered'", $expand: 'target,accessPackage' } }],
  ),
];
