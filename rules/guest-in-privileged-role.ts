import { defineRule, withIds } from '../src/engine/rule.js';
import { guestsAmong } from '../src/model/guest-pass.js';
import { PRIVILEGED_ROLES, classifyRole, type PrivilegeBasis } from '../src/model/roles.js';
import type { UnifiedRoleAssignment, User } from '../src/snapshot/snapshot.types.js';

const BECAUSE: Record<PrivilegeBasis, string> = {
  isPrivileged: 'role definition isPrivileged (Microsoft Graph)',
  'microsoft-list': "Microsoft's list of privileged built-in roles (the role definitions carry no isPrivileged)",
  gatehouse: 'manages all mail or files (gatehouse reports it although Microsoft does not label it privileged)',
};

/**
 * Joins directory role assignments (active) and, when collected, PIM eligibilities with the guests section by
 * principalId. A role is privileged when Microsoft says so: its definition's `isPrivileged` (read from Graph beta),
 * or — when the snapshot has no flag — Microsoft's PRIVILEGED-labelled built-in roles (src/model/roles.ts); Exchange
 * and SharePoint Administrator are reported too. Read-only privileged roles (Global Reader, Security Reader,
 * Attribute Provisioning Reader) are reported one step lower (medium). A role that cannot be resolved, or a custom
 * role without the flag, is incomplete evidence, never "not privileged".
 * Eligibilities: a `not-licensed` section means no PIM (nothing eligible); any other gap is incomplete evidence.
 * Not visible here: guests who hold a role through a role-assignable group (Graph lists the group as principal).
 */
export default defineRule<'guests' | 'directoryRoleAssignments'>({
  meta: {
    id: 'guest-in-privileged-role',
    title: 'Guest holds a privileged directory role',
    action: 'Remove guests from privileged administrator roles.',
    severity: 'high',
    category: 'guests',
    requires: ['guests', 'directoryRoleAssignments'],
    optional: ['directoryRoleDefinitions', 'directoryRoleEligibilities'],
    rationale:
      "A guest's credentials, MFA and device are governed by another organisation: its password policy, its joiner-mover-leaver process, its incident response. Giving that account an administrative role puts your tenant's control plane behind someone else's security. Administrators from a partner should get accounts in your directory, under your policies — or delegated access designed for it (GDAP, multi-tenant organisation).",
    remediation: {
      summary:
        'Remove the role assignment (or eligibility) from the guest; if the person needs to administer, create an internal account under your own MFA and lifecycle controls.',
      graph: { method: 'DELETE', url: '/v1.0/roleManagement/directory/roleAssignments/{assignmentId}' },
      detail:
        'An active assignment is deleted (the request below); an eligible (PIM) assignment is not an assignment and cannot be deleted that way: it is removed with a role eligibility schedule request whose action is adminRemove, naming the guest, the role and the scope. Each affected object carries its own request.',
      forFinding: (f) => {
        const e = f.evidence ?? {};
        const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
        // The finding's sub-key starts with the assignment's kind (eligible or active).
        if (f.subKey?.startsWith('eligible:')) {
          return {
            method: 'POST',
            url: '/v1.0/roleManagement/directory/roleEligibilityScheduleRequests',
            body: {
              action: 'adminRemove',
              principalId: f.resource.id,
              roleDefinitionId: text(e.roleDefinitionId) ?? '{roleDefinitionId}',
              directoryScopeId: text(e.directoryScopeId) ?? '/',
              justification: 'Guest accounts do not hold privileged roles',
            },
          };
        }
        const id = text(e.assignmentId);
        return id
          ? withIds({ method: 'DELETE', url: '/v1.0/roleManagement/directory/roleAssignments/{assignmentId}' }, { assignmentId: id })
          : undefined;
      },
      portal: 'Entra admin center › Entra ID › Roles & admins › (role) › Assignments › Remove',
    },
    references: [
      {
        title: 'Privileged roles and permissions in Microsoft Entra ID',
        url: 'https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions',
      },
      {
        title: 'Microsoft Entra built-in roles',
        url: 'https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference',
      },
      { title: 'Delete unifiedRoleAssignment', url: 'https://learn.microsoft.com/graph/api/unifiedroleassignment-delete' },
      {
        title: 'Create roleEligibilityScheduleRequests (adminRemove removes an eligible assignment)',
        url: 'https://learn.microsoft.com/graph/api/rbacapplication-post-roleeligibilityschedulerequests',
      },
    ],
    frameworks: { catalog: ['PR-01'], 'zero-trust': ['22128', '25383', '25384'] },
    semantics: [
      {
        statement:
          "A role definition's isPrivileged (Graph beta) says whether Microsoft considers the role privileged; without the flag, Microsoft's PRIVILEGED-labelled built-in roles in the permissions reference stand in. A custom role without the flag is not judged either way.",
        source: 'https://learn.microsoft.com/graph/api/resources/unifiedroledefinition?view=graph-rest-beta',
      },
      {
        statement:
          'Exchange Administrator and SharePoint Administrator are not labelled privileged by Microsoft but manage all mail or all files; gatehouse reports them as well.',
        source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference',
        reading: "control of every mailbox or every site is control of the organisation's data, whatever the label.",
      },
      {
        statement: 'Eligible assignments (PIM) grant the role on activation and are judged like active ones; without P2 there are none.',
        source: 'https://learn.microsoft.com/graph/api/resources/unifiedroleeligibilityschedule',
      },
      {
        statement:
          'Read-only privileged roles (Global Reader, Security Reader, Attribute Provisioning Reader) read every setting: reported one severity lower.',
        source: 'https://learn.microsoft.com/entra/identity/role-based-access-control/privileged-roles-permissions',
        reading: 'read-only roles cannot change anything, but a compromised outsider with them sees the whole control plane.',
      },
    ],
    messages: {
      privileged: 'Guest {displayName} holds the privileged role {role} ({kind} assignment, scope {scope}).',
    },
  },
  evaluate({ directoryRoleAssignments }, ctx) {
    let byId = new Map<string, User>();
    const definitions = ctx.section('directoryRoleDefinitions');
    const eligibilities = ctx.section('directoryRoleEligibilities');
    const eligibilityStatus = ctx.sectionStatus('directoryRoleEligibilities')?.status;
    if (!eligibilities && eligibilityStatus !== 'not-licensed') {
      ctx.incomplete('eligible (PIM) role assignments were not read', ['directoryRoleEligibilities']);
    }
    const unresolved = new Set<string>();
    const check = (a: UnifiedRoleAssignment, kind: 'active' | 'eligible') => {
      const guest = a.principalId ? byId.get(a.principalId.toLowerCase()) : undefined;
      if (!guest) return;
      const verdict = classifyRole(a, definitions);
      if (verdict.privileged === 'unknown') {
        unresolved.add(verdict.roleDefinitionId);
        return;
      }
      if (!verdict.privileged) return;
      const scope = a.directoryScopeId ?? '/';
      ctx.fail('privileged', {
        resource: {
          type: 'user',
          id: guest.id,
          displayName: guest.displayName ?? guest.userPrincipalName ?? null,
          path: `users/${guest.id}`,
        },
        subKey: `${kind}:${a.roleDefinitionId ?? ''}:${scope}`,
        severity: verdict.readOnly ? 'medium' : 'high',
        params: { role: verdict.name, kind, scope: scope === '/' ? 'whole tenant' : scope },
        evidence: {
          assignmentId: a.id,
          roleDefinitionId: a.roleDefinitionId ?? null,
          privilegedBecause: BECAUSE[verdict.basis],
          directoryScopeId: scope,
          userType: guest.userType ?? null,
          accountEnabled: guest.accountEnabled ?? null,
        },
      });
    };
    const holders = new Set(
      [...directoryRoleAssignments, ...(eligibilities ?? [])].flatMap((a) => (a.principalId ? [a.principalId.toLowerCase()] : [])),
    );
    // Role holders are few: the guest pass keeps only the guests among them.
    return guestsAmong(holders, (found) => {
      byId = found;
      for (const a of directoryRoleAssignments) check(a, 'active');
      for (const a of eligibilities ?? []) check(a, 'eligible');
      if (unresolved.size) {
        ctx.incomplete(
          `${unresolved.size === 1 ? 'a guest holds a role' : 'guests hold roles'} (${[...unresolved].join(', ')}) that gatehouse cannot classify: no collected role definition says whether it is privileged, and it is not one of the ${PRIVILEGED_ROLES.length} roles gatehouse knows as privileged`,
          definitions ? [] : ['directoryRoleDefinitions'],
        );
      }
    });
  },
});
