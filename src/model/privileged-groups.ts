import { wordFor } from '../util/count-of.js';
import type {
  PrivilegedAccessGroupEligibilityScheduleInstance,
  RoleAssignableGroup,
  UnifiedRoleAssignment,
  UnifiedRoleDefinition,
} from '../snapshot/snapshot.types.js';
import type { GuestPass, RuleContext } from '../engine/rule.js';
import { guestsAmong } from './guest-pass.js';
import { classifyRole, PRIVILEGED_ROLES, type PrivilegeBasis } from './roles.js';

/**
 * Privileged roles held through groups. Only role-assignable groups (`isAssignableToRole`) can be assigned directory
 * roles, so a role assignment or eligibility whose principal is such a group gives the role to every member of the
 * group — and, through the group, to its owners, who decide who is a member. With PIM for Groups a user can also be
 * eligible to become a member or owner (activation makes them one).
 */

export interface GroupRole {
  roleDefinitionId: string;
  name: string;
  readOnly: boolean;
  basis: PrivilegeBasis;
  /** The group holds the role actively, or is eligible for it (PIM for roles). */
  kind: 'active' | 'eligible';
  scope: string;
}

export interface PrivilegedGroup {
  group: RoleAssignableGroup;
  roles: GroupRole[];
}

export interface GroupPrivileges {
  /** Role-assignable groups that hold at least one privileged role, keyed by lower-case group id. */
  privileged: Map<string, PrivilegedGroup>;
  /** Roles held by role-assignable groups whose privilege cannot be told (a custom role without the flag). */
  unresolved: Set<string>;
}

export function groupPrivileges(
  groups: readonly RoleAssignableGroup[],
  assignments: readonly UnifiedRoleAssignment[],
  eligibilities: readonly UnifiedRoleAssignment[] | undefined,
  definitions: readonly UnifiedRoleDefinition[] | undefined,
): GroupPrivileges {
  const byId = new Map(groups.map((g) => [g.id.toLowerCase(), g]));
  const privileged = new Map<string, PrivilegedGroup>();
  const unresolved = new Set<string>();
  const add = (a: UnifiedRoleAssignment, kind: GroupRole['kind']) => {
    const group = a.principalId ? byId.get(a.principalId.toLowerCase()) : undefined;
    if (!group) return;
    const verdict = classifyRole(a, definitions);
    if (verdict.privileged === 'unknown') {
      unresolved.add(verdict.roleDefinitionId);
      return;
    }
    if (!verdict.privileged) return;
    const entry = privileged.get(group.id.toLowerCase()) ?? { group, roles: [] };
    entry.roles.push({
      roleDefinitionId: a.roleDefinitionId ?? '',
      name: verdict.name,
      readOnly: verdict.readOnly,
      basis: verdict.basis,
      kind,
      scope: a.directoryScopeId ?? '/',
    });
    privileged.set(group.id.toLowerCase(), entry);
  };
  for (const a of assignments) add(a, 'active');
  for (const a of eligibilities ?? []) add(a, 'eligible');
  return { privileged, unresolved };
}

/** How a principal reaches a group: member or owner, now or after activating a PIM for Groups eligibility. */
export type GroupRelation = 'member' | 'owner' | 'eligibleMember' | 'eligibleOwner';

export interface GroupPrincipal {
  principalId: string;
  relation: GroupRelation;
  /** The eligibility instance, for eligible relations. */
  eligibilityId?: string;
}

/**
 * The principals of one group in the requested relations: direct members and owners from the group's relationships,
 * eligible members and owners from PIM for Groups (`accessId` member | owner).
 * @graph microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance.accessId
 */
export function groupPrincipals(
  group: RoleAssignableGroup,
  eligibilities: readonly PrivilegedAccessGroupEligibilityScheduleInstance[] | undefined,
  relations: readonly GroupRelation[],
): GroupPrincipal[] {
  const out: GroupPrincipal[] = [];
  if (relations.includes('member')) for (const m of group.members ?? []) out.push({ principalId: m.id, relation: 'member' });
  if (relations.includes('owner')) for (const o of group.owners ?? []) out.push({ principalId: o.id, relation: 'owner' });
  for (const e of eligibilities ?? []) {
    if ((e.groupId ?? '').toLowerCase() !== group.id.toLowerCase() || !e.principalId) continue;
    const access = (e.accessId ?? '').toLowerCase();
    const relation: GroupRelation | undefined = access === 'member' ? 'eligibleMember' : access === 'owner' ? 'eligibleOwner' : undefined;
    if (relation && relations.includes(relation)) out.push({ principalId: e.principalId, relation, eligibilityId: e.id });
  }
  return out;
}

export const RELATION_WORDS: Record<GroupRelation, string> = {
  member: 'a member',
  owner: 'an owner',
  eligibleMember: 'eligible (PIM for Groups) to become a member',
  eligibleOwner: 'eligible (PIM for Groups) to become an owner',
};

export const roleWords = (roles: readonly GroupRole[]): string =>
  roles.map((r) => `${r.name}${r.kind === 'eligible' ? ' (eligible)' : ''}`).join(', ');

/** What a guest-in-privileged-group rule reads, as the engine hands it over. */
export interface PrivilegedGroupInputs {
  roleAssignableGroups: readonly RoleAssignableGroup[];
  directoryRoleAssignments: readonly UnifiedRoleAssignment[];
  directoryRoleEligibilities: readonly UnifiedRoleAssignment[] | undefined;
  directoryRoleDefinitions: readonly UnifiedRoleDefinition[] | undefined;
  groupEligibilities: readonly PrivilegedAccessGroupEligibilityScheduleInstance[] | undefined;
}

export interface GuestInGroup {
  principal: GroupPrincipal;
  privileged: PrivilegedGroup;
}

/** Every principal (of the relations asked for) of every role-assignable group that holds a privileged role. */
export function principalsOfPrivilegedGroups(
  inputs: PrivilegedGroupInputs,
  relations: readonly GroupRelation[],
): { found: GuestInGroup[]; unresolved: Set<string> } {
  const { privileged, unresolved } = groupPrivileges(
    inputs.roleAssignableGroups,
    inputs.directoryRoleAssignments,
    inputs.directoryRoleEligibilities,
    inputs.directoryRoleDefinitions,
  );
  const found: GuestInGroup[] = [];
  for (const p of privileged.values())
    for (const principal of groupPrincipals(p.group, inputs.groupEligibilities, relations)) found.push({ principal, privileged: p });
  return { found, unresolved };
}

/**
 * The judgement the two guest-in-privileged-group rules share (they differ in the relations they look for): gaps in
 * PIM for Groups (other than no licence, which means no eligibility exists), in role eligibilities or in role
 * definitions are incomplete evidence; each guest found among the groups' principals is a finding per guest and group,
 * high — medium when every privileged role the group holds is read-only.
 */
export function judgeGuestsInPrivilegedGroups(
  data: { roleAssignableGroups: readonly RoleAssignableGroup[]; directoryRoleAssignments: readonly UnifiedRoleAssignment[] },
  ctx: RuleContext<unknown>,
  relations: readonly GroupRelation[],
): GuestPass | undefined {
  const groupEligibilities = ctx.section('groupEligibilities');
  if (!groupEligibilities && ctx.sectionStatus('groupEligibilities')?.status !== 'not-licensed')
    ctx.incomplete('eligible members and owners of role-assignable groups (PIM for Groups) were not read', ['groupEligibilities']);
  const roleEligibilities = ctx.section('directoryRoleEligibilities');
  if (!roleEligibilities && ctx.sectionStatus('directoryRoleEligibilities')?.status !== 'not-licensed')
    ctx.incomplete('eligible role assignments (PIM) were not read', ['directoryRoleEligibilities']);
  const definitions = ctx.section('directoryRoleDefinitions');
  const { found, unresolved } = principalsOfPrivilegedGroups(
    {
      roleAssignableGroups: data.roleAssignableGroups,
      directoryRoleAssignments: data.directoryRoleAssignments,
      directoryRoleEligibilities: roleEligibilities,
      directoryRoleDefinitions: definitions,
      groupEligibilities,
    },
    relations,
  );
  if (unresolved.size) {
    ctx.incomplete(
      `role-assignable groups hold ${wordFor(unresolved.size, 'role')} ${[...unresolved].join(', ')} whose privilege is unknown: neither a collected role definition with isPrivileged nor one of the ${PRIVILEGED_ROLES.length} roles gatehouse knows as privileged`,
      definitions ? [] : ['directoryRoleDefinitions'],
    );
  }
  if (!found.length) return undefined;
  return guestsAmong(
    found.map((f) => f.principal.principalId),
    (guests) => {
      for (const { principal, privileged } of found) {
        const guest = guests.get(principal.principalId.toLowerCase());
        if (!guest) continue;
        const group = privileged.group;
        ctx.fail('privileged', {
          resource: {
            type: 'user',
            id: guest.id,
            displayName: guest.displayName ?? guest.userPrincipalName ?? null,
            path: `users/${guest.id}`,
          },
          subKey: `${principal.relation}:${group.id}`,
          severity: privileged.roles.every((r) => r.readOnly) ? 'medium' : 'high',
          params: {
            relation: RELATION_WORDS[principal.relation],
            group: group.displayName ?? group.id,
            roles: roleWords(privileged.roles),
          },
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
}

/**
 * The request that takes a guest out of a privileged group: DELETE of the membership or ownership reference, or, for
 * a PIM for Groups eligibility (not a membership until activated), an eligibility schedule request with action
 * adminRemove — https://learn.microsoft.com/graph/api/resources/privilegedaccessgroupeligibilityschedulerequest.
 * Undefined when the finding does not name the group.
 */
export function groupRemovalRequest(f: {
  resource: { id: string };
  evidence?: Record<string, unknown>;
}): { method: 'DELETE' | 'POST'; url: string; body?: unknown } | undefined {
  const groupId = typeof f.evidence?.groupId === 'string' ? f.evidence.groupId : undefined;
  const relation = typeof f.evidence?.relation === 'string' ? f.evidence.relation : '';
  if (!groupId) return undefined;
  const accessId = /owner/i.test(relation) ? 'owner' : 'member';
  if (/^eligible/i.test(relation)) {
    return {
      method: 'POST',
      url: '/v1.0/identityGovernance/privilegedAccess/group/eligibilityScheduleRequests',
      body: {
        action: 'adminRemove',
        accessId,
        principalId: f.resource.id,
        groupId,
        justification: 'Guests do not hold privileged roles through groups',
      },
    };
  }
  return { method: 'DELETE', url: `/v1.0/groups/${encodeURIComponent(groupId)}/${accessId}s/${encodeURIComponent(f.resource.id)}/$ref` };
}
