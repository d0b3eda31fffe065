import { defineRule } from '../src/engine/rule.js';
import { groupRemovalRequest, judgeGuestsInPrivilegedGroups } from '../src/model/privileged-groups.js';

/**
 * Joins the role-assignable groups that hold a privileged role (active or eligible, judged as guest-in-privileged-role
 * judges roles) with their owners and eligible owners (PIM for Groups), and those with the guest list by object id.
 * A finding per guest and group (sub-key relation:group id), high — medium when every privileged role the group holds
 * is read-only. PIM for Groups not licensed means no eligibility exists; any other gap in it, in role eligibilities or
 * in role definitions is incomplete evidence, never a pass.
 */
export default defineRule<'guests' | 'roleAssignableGroups' | 'directoryRoleAssignments'>({
  meta: {
    id: 'guest-privileged-group-owner',
    title: 'Guest owns a role-assignable group that holds a privileged role',
    action: 'Remove guests as owners of groups that grant privileged administrator roles.',
    severity: 'high',
    category: 'guests',
    requires: ['guests', 'roleAssignableGroups', 'directoryRoleAssignments'],
    optional: ['directoryRoleDefinitions', 'directoryRoleEligibilities', 'groupEligibilities'],
    rationale:
      "The owner of a role-assignable group decides who is a member of it, and every member holds the group's roles. A guest who owns (or may activate ownership of) such a group can therefore give themselves, or anyone they choose, the group's privileged roles at any time, without touching a role assignment. Ownership of these groups belongs to a few administrators of your own, under your own MFA and lifecycle controls.",
    remediation: {
      summary:
        'Remove the guest as owner of the group (or its PIM for Groups eligibility); keep role-assignable groups owned by a few of your own administrators.',
      graph: { method: 'DELETE', url: '/v1.0/groups/{groupId}/owners/{guestId}/$ref' },
      // A PIM for Groups eligibility is removed by an eligibility schedule request, not by deleting a reference.
      forFinding: groupRemovalRequest,
      portal: 'Entra admin center › Entra ID › Groups › (group) › Owners › Remove',
    },
    references: [
      {
        title: 'Use Microsoft Entra groups to manage role assignments',
        url: 'https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept',
      },
      {
        title: 'privilegedAccessGroupEligibilityScheduleInstance resource type (PIM for Groups)',
        url: 'https://learn.microsoft.com/graph/api/resources/privilegedaccessgroupeligibilityscheduleinstance',
      },
      { title: 'Remove group owner', url: 'https://learn.microsoft.com/graph/api/group-delete-owners' },
    ],
    frameworks: { catalog: ['PR-03'] },
    semantics: [
      {
        statement:
          'Only groups with isAssignableToRole set can be assigned directory roles; every member of such a group is assigned its roles, and a group cannot be a member of a role-assignable group.',
        source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept',
      },
      {
        statement:
          'With PIM for Groups a user can be eligible for membership or ownership of a group (accessId member or owner) and becomes a member or owner on activation.',
        source: 'https://learn.microsoft.com/graph/api/resources/privilegedaccessgroupeligibilityscheduleinstance',
      },
      {
        statement:
          "Whether a role is privileged is judged as for direct assignments: the role definition's isPrivileged, else Microsoft's list of privileged built-in roles, plus Exchange and SharePoint Administrator.",
        source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions',
      },
      {
        statement:
          'By default Privileged Role Administrators manage the membership of a role-assignable group, and group owners are how that management is delegated.',
        source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept',
        reading: "an owner who can add members can give the group's roles to anyone, so ownership is judged like holding the roles.",
      },
    ],
    messages: {
      privileged: 'Guest {displayName} is {relation} of role-assignable group {group}, which holds privileged directory roles ({roles}).',
    },
  },
  evaluate(data, ctx) {
    return judgeGuestsInPrivilegedGroups(data, ctx, ['owner', 'eligibleOwner']);
  },
});
