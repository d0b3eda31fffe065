import { defineRule } from '../src/engine/rule.js';
import { guestsAmong } from '../src/model/guest-pass.js';
import { principalsOfPrivilegedGroups, RELATION_WORDS, roleWords } from '../src/model/privileged-groups.js';
import { PRIVILEGED_ROLES } from '../src/model/roles.js';

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
    severity: 'high',
    category: 'guests',
    requires: ['guests', 'roleAssignableGroups', 'directoryRoleAssignments'],
    optional: ['directoryRoleDefinitions', 'directoryRoleEligibilities', 'groupEligibilities'],
    rationale:
      'A role assigned to a role-assignable group is held by every member of the group. A guest added to such a group — or made eligible to join it through PIM for Groups — holds the role as surely as a direct assignment, but the assignment names only the group, so the role\'s member list, most reviews and every check that looks at direct assignments never show the guest. The guest\'s credentials, MFA and device are governed by another organisation, which puts your tenant\'s control plane behind someone else\'s security.',
    remediation: {
      summary: 'Remove the guest from the group (or its PIM for Groups eligibility); if the person must administer, give them an internal account under your own controls.',
      graph: { method: 'DELETE', url: '/v1.0/groups/{groupId}/members/{guestId}/$ref' },
      portal: 'Entra admin center › Entra ID › Groups › (group) › Members › Remove',
    },
    references: [
      { title: 'Use Microsoft Entra groups to manage role assignments', url: 'https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept' },
      { title: 'privilegedAccessGroupEligibilityScheduleInstance resource type (PIM for Groups)', url: 'https://learn.microsoft.com/graph/api/resources/privilegedaccessgroupeligibilityscheduleinstance' },
      { title: 'Remove member', url: 'https://learn.microsoft.com/graph/api/group-delete-members' },
    ],
    frameworks: { catalog: ['PR-03'] },
    semantics: [
      { statement: 'Only groups with isAssignableToRole set can be assigned directory roles; every member of such a group is assigned its roles, and a group cannot be a member of a role-assignable group.', source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/groups-concept' },
      { statement: 'With PIM for Groups a user can be eligible for membership or ownership of a group (accessId member or owner) and becomes a member or owner on activation.', source: 'https://learn.microsoft.com/graph/api/resources/privilegedaccessgroupeligibilityscheduleinstance' },
      { statement: 'Whether a role is privileged is judged as for direct assignments: the role definition\'s isPrivileged, else Microsoft\'s list of privileged built-in roles, plus Exchange and SharePoint Administrator.', source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions' },
    ],
    messages: {
      privileged: 'Guest {displayName} is {relation} of role-assignable group {group}, which holds the privileged role(s) {roles}.',
    },
  },
  evaluate({ roleAssignableGroups, directoryRoleAssignments }, ctx) {
    const groupEligibilities = ctx.section('groupEligibilities');
    const eligibilityStatus = ctx.sectionStatus('groupEligibilities')?.status;
    if (!groupEligibilities && eligibilityStatus !== 'not-licensed') ctx.incomplete('eligible members and owners of role-assignable groups (PIM for Groups) were not read', ['groupEligibilities']);
    const roleEligibilities = ctx.section('directoryRoleEligibilities');
    if (!roleEligibilities && ctx.sectionStatus('directoryRoleEligibilities')?.status !== 'not-licensed') ctx.incomplete('eligible role assignments (PIM) were not read', ['directoryRoleEligibilities']);
    const definitions = ctx.section('directoryRoleDefinitions');
    const { found, unresolved } = principalsOfPrivilegedGroups(
      { roleAssignableGroups, directoryRoleAssignments, directoryRoleEligibilities: roleEligibilities, directoryRoleDefinitions: definitions, groupEligibilities },
      ['member', 'eligibleMember'],
    );
    if (unresolved.size) {
      ctx.incomplete(
        `role-assignable group(s) hold role(s) ${[...unresolved].join(', ')} whose privilege is unknown: neither a collected role definition with isPrivileged nor one of the ${PRIVILEGED_ROLES.length} roles gatehouse knows as privileged`,
        definitions ? [] : ['directoryRoleDefinitions'],
      );
    }
    if (!found.length) return;
    return guestsAmong(
      found.map((f) => f.principal.principalId),
      (guests) => {
        for (const { principal, privileged } of found) {
          const guest = guests.get(principal.principalId.toLowerCase());
          if (!guest) continue;
          const group = privileged.group;
          ctx.fail('privileged', {
            resource: { type: 'user', id: guest.id, displayName: guest.displayName ?? guest.userPrincipalName ?? null, path: `users/${guest.id}` },
            subKey: `${principal.relation}:${group.id}`,
            severity: privileged.roles.every((r) => r.readOnly) ? 'medium' : 'high',
            params: { relation: RELATION_WORDS[principal.relation], group: group.displayName ?? group.id, roles: roleWords(privileged.roles) },
            evidence: {
              groupId: group.id,
              relation: principal.relation,
              ...(principal.eligibilityId ? { eligibilityId: principal.eligibilityId } : {}),
              roles: privileged.roles,
              userType: guest.userType ?? null,
              accountEnabled: guest.accountEnabled ?? null,
            },
          });
        }
      },
    );
  },
});

