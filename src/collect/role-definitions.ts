import { GraphRequestError } from '../graph/errors.js';
import { MICROSOFT_PRIVILEGED_ROLES, PRIVILEGED_ROLES_LISTED } from '../model/roles.js';
import { SECTIONS } from '../snapshot/sections.js';
import { listWithVariants, rethrowFatal } from './generic.js';
import { failedStatus, isLicenceError, okStatus } from './status.js';
import type { Collector } from './types.js';

const PATH = SECTIONS.directoryRoleDefinitions.path;
const SELECT = 'id,displayName,templateId,isBuiltIn';

/** Beta refused the request's shape or does not have the path (retired, or not in this cloud): v1.0 can still answer. */
function betaUnavailable(e: unknown): e is GraphRequestError {
  return e instanceof GraphRequestError && (e.httpStatus === 400 || e.httpStatus === 404) && !isLicenceError(e);
}

/**
 * Directory role definitions with Microsoft's own privileged flag. `isPrivileged` exists only in beta (v1.0 answers
 * a `$select` of it with 400), so the definitions are read from beta; when beta cannot answer, they are read from
 * v1.0 without the flag and the section says so in `fallback`: privileged roles are then judged by gatehouse's copy
 * of Microsoft's documented list of privileged built-in roles, which the reports show as a coverage gap.
 */
export const roleDefinitionsCollector: Collector = {
  sections: ['directoryRoleDefinitions'],
  async run(ctx) {
    const start = ctx.now();
    try {
      let fallback: string | undefined;
      let items: Record<string, unknown>[];
      try {
        items = await listWithVariants(ctx, 'directoryRoleDefinitions', [
          { version: 'beta', path: PATH, query: { $select: `${SELECT},isPrivileged` } },
        ]);
      } catch (e) {
        rethrowFatal(e);
        if (!betaUnavailable(e)) throw e;
        items = await listWithVariants(ctx, 'directoryRoleDefinitions', [{ version: 'v1.0', path: PATH, query: { $select: SELECT } }]);
        fallback =
          `isPrivileged not read: GET /beta${PATH} answered ${e.httpStatus} ${e.code} (${e.message}); definitions read from v1.0, which has no isPrivileged. ` +
          `Privileged roles are judged by gatehouse's copy of Microsoft's list of privileged built-in roles (${MICROSOFT_PRIVILEGED_ROLES.length} roles, as listed on ${PRIVILEGED_ROLES_LISTED}); custom roles cannot be judged.`;
        ctx.progress({ type: 'warning', message: `directory role definitions: ${fallback}` });
      }
      const status = okStatus('directoryRoleDefinitions', items.length, ctx.now() - start);
      return { directoryRoleDefinitions: { status: fallback ? { ...status, apiVersion: 'v1.0', fallback } : status, data: items } };
    } catch (e) {
      rethrowFatal(e);
      return { directoryRoleDefinitions: { status: failedStatus('directoryRoleDefinitions', e, ctx.now() - start) } };
    }
  },
};
