import { defineRule } from '../src/engine/rule.js';
import { groupRemovalRequest, judgeGuestsInPrivilegedGroups } from '../src/model/privileged-groups.js';

/**
 * Joins the role-assignable groups that hold a privileged role (active or eligible, judged as guest-in-privileged-role
 * judges roles) with their members and eligible members (PIM for Groups), and those with the guest list by object id.
 * A finding per guest and group (sub-key relation:group id), high — medium when every privileged role the group holds
 * is read-only. PIM for Groups not licensed means no eligibility exists; any other gap in it, in role eligibilities or
 * in role definitions is incomplete evidence, never a pass.
 */
export default defineRule<'guests' | 'roleAssignableGroups' | 'directoryRoleAssignments'>({
  meta: {
    id: 'guest-privileged-group-member',
    title: 'Guest holds a privileged role through a role-assignable group',
    action: 'Remove guests from groups that grant privileged administrator roles.',
    severity: 'high',
    category: 'guests',
    requires: ['guests', 'roleAssignableGroups', 'directoryRoleAssignments'],
    optional: ['directoryRoleDefinitions', 'directoryRoleEligibilities', 'groupEligibilities'],
    rationale:
      "A role assigned to a role-assignable group is held by every member of the group. A guest added to such a group — or made eligible to join it through PIM for Groups — holds the role as surely as a direct assignment, but the assignment names only the group, so the role's member list, most reviews and every check that looks at direct assignments never show the guest. The guest's credentials, MFA and device are governed by another organisation, which puts your tenant's control plane behind someone else's security.",
    remediation: {
      summary:
        'Remove the guest from the group (or its PIM for Groups eligibility); if the person must administer, give them an internal account under your own controls.',
      graph: { method: 'DELETE', url: '/v1.0/groups/{groupId}/members/{guestId}/$ref' },
      // A PIM for Groups eligibility is removed by an eligibility schedule request, not by deleting a reference.
      forFinding: groupRemovalRequest,
      portal: 'Entra admin center › Entra ID › Groups › (group) › Members › Remove',
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
      { title: 'Remove member', url: 'https://learn.microsoft.com/graph/api/group-delete-members' },
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
    ],
    messages: {
      privileged: 'Guest {displayName} is {relation} of role-assignable group {group}, which holds privileged directory roles ({roles}).',
    },
  },
  evaluate(data, ctx) {
    return judgeGuestsInPrivilegedGroups(data, ctx, ['member', 'eligibleMember']);
  },
});
