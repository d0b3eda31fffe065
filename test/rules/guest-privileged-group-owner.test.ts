import rule from '../../rules/guest-privileged-group-owner.js';
import { ruleTable, type MutableData } from '../support/rule-table.js';

// Cited:
// GRP https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept — only role-assignable groups
//     (isAssignableToRole) can be assigned roles; every member is assigned the group's roles; owners are how the
//     management of its membership is delegated; groups cannot be members of a role-assignable group.
// PIMG https://learn.microsoft.com/graph/api/resources/privilegedaccessgroupeligibilityscheduleinstance — PIM for
//     Groups: a principal eligible for membership or ownership (accessId member | owner).
// PRIV https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions — privileged
//     roles (isPrivileged, Microsoft's labelled built-in roles).

const GROUP = 'c0a10000-0000-4000-8000-000000000001';
const GUEST = '7a1c0000-0000-4000-8000-000000000001';
const group = (d: MutableData) => d.roleAssignableGroups[0]!;
const addGuest = (d: MutableData) => {
  group(d).owners!.push({ '@odata.type': '#microsoft.graph.user', id: GUEST, userType: 'Guest' });
};

ruleTable(rule, [
  { name: 'employees only in the privileged group (GRP)', expect: { status: 'pass' } },
  {
    name: 'a guest owner of a group holding User Administrator → high (GRP, PRIV)',
    mutate: addGuest,
    expect: { status: 'fail', findings: [{ messageId: 'privileged', resourceId: GUEST, subKey: `owner:${GROUP}`, severity: 'high' }] },
  },
  {
    name: 'a guest eligible (PIM for Groups) to become owner → high (PIMG)',
    mutate: (d) => {
      d.groupEligibilities.push({
        id: `${GROUP}_owner_${GUEST}`,
        groupId: GROUP,
        principalId: GUEST,
        accessId: 'owner',
        memberType: 'direct',
      });
    },
    expect: { status: 'fail', findings: [{ subKey: `eligibleOwner:${GROUP}`, severity: 'high' }] },
  },
  {
    name: 'the group only eligible for the role (PIM for roles) still counts (GRP, PIMG)',
    mutate: (d) => {
      addGuest(d);
      const a = d.directoryRoleAssignments.find((x) => x.principalId === GROUP)!;
      d.directoryRoleAssignments = d.directoryRoleAssignments.filter((x) => x !== a);
      d.directoryRoleEligibilities.push({ ...a, id: 'rse-0001' });
    },
    expect: { status: 'fail', findings: [{ params: { roles: 'User Administrator (eligible)' } }] },
  },
  {
    name: 'a read-only privileged role (Global Reader) → medium (PRIV)',
    mutate: (d) => {
      addGuest(d);
      d.directoryRoleAssignments.find((x) => x.principalId === GROUP)!.roleDefinitionId = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';
    },
    expect: { status: 'fail', findings: [{ severity: 'medium' }] },
  },
  {
    name: 'a group holding no privileged role is not judged (PRIV)',
    mutate: (d) => {
      addGuest(d);
      d.directoryRoleDefinitions.push({
        id: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
        displayName: 'Message Center Reader',
        templateId: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
        isBuiltIn: true,
        isPrivileged: false,
      });
      d.directoryRoleAssignments.find((x) => x.principalId === GROUP)!.roleDefinitionId = '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b';
    },
    expect: { status: 'pass' },
  },
  {
    name: 'a role-assignable group that holds no role at all is not judged (GRP)',
    mutate: (d) => {
      addGuest(d);
      d.directoryRoleAssignments = d.directoryRoleAssignments.filter((x) => x.principalId !== GROUP);
    },
    expect: { status: 'pass' },
  },
  {
    name: 'PIM for Groups not licensed: nobody can be eligible, the rest is judged (PIMG)',
    mutate: (d, s) => {
      delete (d as Partial<MutableData>).groupEligibilities;
      s.sections.groupEligibilities = { status: 'not-licensed', httpStatus: 403, errorCode: 'AadPremiumLicenseRequired' };
    },
    expect: { status: 'pass' },
  },
  {
    name: 'PIM for Groups forbidden: eligible guests unknown → not assessed, never a pass (PIMG)',
    mutate: (d, s) => {
      delete (d as Partial<MutableData>).groupEligibilities;
      s.sections.groupEligibilities = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    },
    expect: { status: 'not-assessed', reason: /PIM for Groups/ },
  },
  {
    name: 'a guest found while PIM for Groups is unknown still fails (PIMG)',
    mutate: (d, s) => {
      addGuest(d);
      delete (d as Partial<MutableData>).groupEligibilities;
      s.sections.groupEligibilities = { status: 'error', httpStatus: 503 };
    },
    expect: { status: 'fail', findingCount: 1 },
  },
  {
    name: 'a custom role without isPrivileged cannot be judged → not assessed (PRIV)',
    mutate: (d) => {
      addGuest(d);
      d.directoryRoleAssignments.find((x) => x.principalId === GROUP)!.roleDefinitionId = 'aaaa0000-0000-4000-8000-00000000cafe';
    },
    expect: { status: 'not-assessed', reason: /privilege is unknown/ },
  },
]);
