import { runPool } from '../graph/timing.js';
import { listWithVariants, rethrowFatal } from './generic.js';
import { cleanGraphObject } from './sanitize.js';
import { failedStatus, okStatus } from './status.js';
import type { CollectContext, Collector, Outcomes } from './types.js';

/** Only what the joins need: which object it is and whether it is a guest. Names of internal admins stay out of the snapshot. */
const PRINCIPAL_SELECT = 'id,userType';
const ELIGIBILITIES = '/identityGovernance/privilegedAccess/group/eligibilityScheduleInstances';

type Group = Record<string, unknown> & { id?: unknown };

/** Every page of a group relationship (members, owners): role-assignable groups cannot nest, so direct members are all there are. */
async function relationship(ctx: CollectContext, groupId: string, name: 'members' | 'owners'): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  await ctx.graph.forEachPage(
    { version: 'v1.0', path: `/groups/${encodeURIComponent(groupId)}/${name}`, query: { $select: PRINCIPAL_SELECT } },
    (page) => {
      for (const o of page) out.push(cleanGraphObject(o));
    },
  );
  return out;
}

const quoted = (id: string) => `'${id.replace(/'/g, "''")}'`;

/**
 * Groups that can hold directory roles (`isAssignableToRole`), each with its members and owners, and — PIM for
 * Groups — who is eligible to become a member or owner of them. Graph lists eligibility instances only for one
 * group (or principal) at a time, so they are read per role-assignable group; there are at most a few hundred such
 * groups in a tenant. A tenant without PIM for Groups (no P2 / ID Governance) makes that section not-licensed while
 * the groups themselves are kept.
 */
export const roleGroupsCollector: Collector = {
  sections: ['roleAssignableGroups', 'groupEligibilities'],
  async run(ctx): Promise<Outcomes> {
    const start = ctx.now();
    let groups: Group[];
    try {
      groups = (await listWithVariants(ctx, 'roleAssignableGroups', [
        { path: '/groups', query: { $filter: 'isAssignableToRole eq true', $select: 'id,displayName,isAssignableToRole', $top: 999 } },
        { path: '/groups', query: { $filter: 'isAssignableToRole eq true', $select: 'id,displayName,isAssignableToRole', $top: 100 } },
      ])) as Group[];
      await runPool(
        groups.filter((g) => typeof g.id === 'string'),
        4,
        async (g) => {
          g.members = await relationship(ctx, g.id as string, 'members');
          g.owners = await relationship(ctx, g.id as string, 'owners');
        },
      );
    } catch (e) {
      rethrowFatal(e);
      const elapsed = ctx.now() - start;
      return {
        roleAssignableGroups: { status: failedStatus('roleAssignableGroups', e, elapsed) },
        // Never blame the PIM permission for a failure of the group list it depends on.
        groupEligibilities: {
          status: failedStatus('groupEligibilities', e, elapsed, {
            status: 'error',
            note: 'not read because the role-assignable groups could not be listed',
          }),
        },
      };
    }
    const groupsStatus = okStatus('roleAssignableGroups', groups.length, ctx.now() - start);
    const eligibilityStart = ctx.now();
    try {
      const instances: Record<string, unknown>[] = [];
      await runPool(
        groups.filter((g) => typeof g.id === 'string'),
        4,
        async (g) => {
          const query = { version: 'v1.0' as const, path: ELIGIBILITIES, query: { $filter: `groupId eq ${quoted(g.id as string)}` } };
          const before = instances.length;
          await ctx.graph.forEachPage(query, (page) => {
            for (const item of page) instances.push(cleanGraphObject(item));
          });
          ctx.noteSource?.(
            'groupEligibilities',
            `GET /v1.0${ELIGIBILITIES}?$filter=groupId eq ${quoted(g.id as string)}`,
            instances.length - before,
          );
        },
      );
      return {
        roleAssignableGroups: { status: groupsStatus, data: groups },
        groupEligibilities: { status: okStatus('groupEligibilities', instances.length, ctx.now() - eligibilityStart), data: instances },
      };
    } catch (e) {
      rethrowFatal(e);
      return {
        roleAssignableGroups: { status: groupsStatus, data: groups },
        groupEligibilities: { status: failedStatus('groupEligibilities', e, ctx.now() - eligibilityStart) },
      };
    }
  },
};
