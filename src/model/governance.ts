import type { AccessPackageAssignmentPolicy, AccessReviewScheduleDefinition } from '../snapshot/snapshot.types.js';

/**
 * Identity Governance facts shared by the access-review and entitlement-management rules
 * (reference/graph-api.md §9–§10).
 */

// ---------------------------------------------------------------------------------------------------------------
// Access reviews

// `userType eq 'Guest'` inside a scope query, however it is spaced or quoted; `not(...)` around it negates it.
const GUEST_FILTER = /usertype\s+eq\s+['"]guest['"]/i;
const NEGATED_GUEST_FILTER = /not\s*\(\s*\(?\s*usertype\s+eq\s+['"]guest['"]/i;

export function isGuestQuery(query: unknown): boolean {
  return typeof query === 'string' && GUEST_FILTER.test(query) && !NEGATED_GUEST_FILTER.test(query);
}

/** The scope queries of a definition: `scope.query`, and `principalScopes[].query` of a principalResourceMembershipsScope. */
export function scopeQueries(def: AccessReviewScheduleDefinition): string[] {
  const scope = def.scope ?? {};
  const out: string[] = [];
  if (typeof scope.query === 'string') out.push(scope.query);
  const principals = Array.isArray(scope.principalScopes) ? (scope.principalScopes as Array<Record<string, unknown>>) : [];
  for (const p of principals) if (typeof p?.query === 'string') out.push(p.query);
  return out;
}

export const reviewsGuests = (def: AccessReviewScheduleDefinition): boolean => scopeQueries(def).some(isGuestQuery);

/** Statuses after which a one-time review does nothing more. */
const FINISHED = new Set(['completed', 'autoreviewed']);

export interface ReviewSchedule {
  recurring: boolean;
  /** The recurrence range ended before the reference time (`endDate` range in the past). */
  ended: boolean;
  /** Still reviews guests from now on: recurring and not ended, or a one-time review not yet finished. */
  active: boolean;
  pattern?: string;
}

export function reviewSchedule(def: AccessReviewScheduleDefinition, asOf: Date): ReviewSchedule {
  const recurrence = def.settings?.recurrence as { pattern?: { type?: string; interval?: number } | null; range?: { type?: string; endDate?: string } | null } | null | undefined;
  const patternType = recurrence?.pattern?.type ?? undefined;
  const recurring = !!patternType;
  let ended = false;
  if (recurring && recurrence?.range?.type?.toLowerCase() === 'enddate' && recurrence.range.endDate) {
    const end = Date.parse(recurrence.range.endDate);
    ended = Number.isFinite(end) && end < asOf.getTime();
  }
  const finished = FINISHED.has((def.status ?? '').toLowerCase());
  const active = recurring ? !ended : !finished;
  return { recurring, ended, active, ...(patternType ? { pattern: `${patternType}${recurrence?.pattern?.interval ? ` every ${recurrence.pattern.interval}` : ''}` } : {}) };
}

export function reviewResource(def: AccessReviewScheduleDefinition) {
  return { type: 'accessReviewScheduleDefinition', id: def.id, displayName: def.displayName ?? def.id, path: `identityGovernance/accessReviews/definitions/${def.id}` };
}

export const ACCESS_REVIEWS_ROOT = {
  type: 'accessReviewScheduleDefinitions',
  id: 'accessReviews',
  displayName: 'Access review definitions',
  path: 'identityGovernance/accessReviews/definitions',
} as const;

// ---------------------------------------------------------------------------------------------------------------
// Entitlement management

/**
 * `allowedTargetScope` values (v1.0 metadata).
 * @graph microsoft.graph.accessPackageAssignmentPolicy.allowedTargetScope
 */
export const TARGET_SCOPES = [
  'notSpecified',
  'specificDirectoryUsers',
  'specificConnectedOrganizationUsers',
  'specificDirectoryServicePrincipals',
  'allMemberUsers',
  'allDirectoryUsers',
  'allDirectoryServicePrincipals',
  'allConfiguredConnectedOrganizationUsers',
  'allExternalUsers',
  'allDirectoryAgentIdentities',
  'unknownFutureValue',
] as const;

/** Scopes through which users from outside the directory can get an access package. */
export const EXTERNAL_SCOPES = ['allExternalUsers', 'allConfiguredConnectedOrganizationUsers', 'specificConnectedOrganizationUsers'] as const;
export type ExternalScope = (typeof EXTERNAL_SCOPES)[number];

const SCOPE_BY_LOWER = new Map<string, string>(TARGET_SCOPES.map((s) => [s.toLowerCase(), s]));

export type ScopeKind = { kind: 'external'; scope: ExternalScope } | { kind: 'internal'; scope: string } | { kind: 'unknown'; scope: string };

/** Classify a policy's target scope. `unknownFutureValue` and unlisted literals are unknown, never "internal". */
export function targetScope(p: AccessPackageAssignmentPolicy): ScopeKind {
  const raw = p.allowedTargetScope ?? 'notSpecified';
  /** @graph microsoft.graph.accessPackageAssignmentPolicy.allowedTargetScope */
  const known = SCOPE_BY_LOWER.get(raw.toLowerCase());
  if (!known || known === 'unknownFutureValue') return { kind: 'unknown', scope: raw };
  if ((EXTERNAL_SCOPES as readonly string[]).includes(known)) return { kind: 'external', scope: known as ExternalScope };
  return { kind: 'internal', scope: known };
}

/** Request-based policy: no `automaticRequestSettings` (present ⇒ auto-assignment policy). */
export const isRequestBased = (p: AccessPackageAssignmentPolicy): boolean => !p.automaticRequestSettings;

export function assignmentPolicyResource(p: AccessPackageAssignmentPolicy) {
  return {
    type: 'accessPackageAssignmentPolicy',
    id: p.id,
    displayName: p.displayName ?? p.id,
    path: `identityGovernance/entitlementManagement/assignmentPolicies/${p.id}`,
  };
}

/** Name of the access package a policy belongs to, when the collector expanded it. */
export function accessPackageName(p: AccessPackageAssignmentPolicy): string | undefined {
  const name = p.accessPackage?.displayName;
  return typeof name === 'string' ? name : undefined;
}
