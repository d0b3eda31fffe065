import { countOf } from '../util/count-of.js';
import type { AccessPackageAssignmentPolicy, AccessReviewScheduleDefinition } from '../snapshot/snapshot.types.js';

/**
 * Identity Governance facts shared by the access-review and entitlement-management rules: which reviews cover guests,
 * whether they still run, who reviews; which access package policies admit external users.
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

/** Statuses after which a review does nothing more (documented definition statuses). */
const FINISHED = new Set(['completed', 'autoreviewed']);

export interface ReviewSchedule {
  recurring: boolean;
  /** The recurrence range is over at the reference time: its end date passed, or its last numbered instance ended. */
  ended: boolean;
  /** The series can never end on its own (`noEnd`, or Graph's open-ended form: numbered with 0 occurrences). */
  openEnded: boolean;
  /** Still reviews guests from now on. */
  active: boolean;
  pattern?: string;
  /** Why the review no longer runs, for evidence. */
  endedBecause?: string;
}

interface Recurrence {
  pattern?: { type?: string | null; interval?: number | null } | null;
  range?: { type?: string | null; startDate?: string | null; endDate?: string | null; numberOfOccurrences?: number | null } | null;
}

/** A `date` (yyyy-mm-dd) of a recurrence range as midnight UTC; undefined when unreadable. */
function rangeDate(value: string | null | undefined): Date | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const ms = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(ms) ? new Date(ms) : undefined;
}

/** The start of occurrence `k` (0-based) of a recurrence pattern from `start`. */
function occurrence(start: Date, patternType: string, interval: number, k: number): Date | undefined {
  const d = new Date(start.getTime());
  const step = interval * k;
  switch (patternType.toLowerCase()) {
    case 'daily':
      d.setUTCDate(d.getUTCDate() + step);
      return d;
    case 'weekly':
      d.setUTCDate(d.getUTCDate() + 7 * step);
      return d;
    case 'absolutemonthly':
    case 'relativemonthly':
      d.setUTCMonth(d.getUTCMonth() + step);
      return d;
    case 'absoluteyearly':
    case 'relativeyearly':
      d.setUTCFullYear(d.getUTCFullYear() + step);
      return d;
    default:
      return undefined;
  }
}

/**
 * Whether a review definition still runs at `asOf`. Graph `recurrenceRange`: `endDate` ends on its end date, `noEnd`
 * never ends, `numbered` ends after `numberOfOccurrences` instances. Microsoft's own examples of an ongoing review
 * write `numbered` with `numberOfOccurrences: 0` and `endDate: "9999-12-31"`: that is open-ended, not finished.
 * `Completed` and `AutoReviewed` are documented definition statuses: a one-time or bounded review with either has
 * finished. An open-ended series cannot finish on its own, so its status between instances is not read as the end.
 */
export function reviewSchedule(def: AccessReviewScheduleDefinition, asOf: Date): ReviewSchedule {
  const recurrence = def.settings?.recurrence as Recurrence | null | undefined;
  const patternType = recurrence?.pattern?.type ?? undefined;
  const interval = typeof recurrence?.pattern?.interval === 'number' && recurrence.pattern.interval > 0 ? recurrence.pattern.interval : 1;
  const recurring = !!patternType;
  const range = recurrence?.range;
  const rangeType = (range?.type ?? '').toLowerCase();
  const occurrences = typeof range?.numberOfOccurrences === 'number' ? range.numberOfOccurrences : 0;
  const farEnd = rangeDate(range?.endDate);
  const openEnded =
    recurring &&
    (rangeType === 'noend' ||
      (rangeType === 'numbered' && occurrences <= 0) ||
      (farEnd !== undefined && farEnd.getUTCFullYear() >= 9999 && rangeType !== 'enddate'));
  let endedBecause: string | undefined;
  if (recurring && rangeType === 'enddate' && farEnd && farEnd.getTime() < asOf.getTime())
    endedBecause = `its recurrence ended on ${range!.endDate}`;
  if (recurring && rangeType === 'numbered' && occurrences > 0) {
    const start = rangeDate(range?.startDate);
    const last = start ? occurrence(start, patternType!, interval, occurrences - 1) : undefined;
    const duration = typeof def.settings?.instanceDurationInDays === 'number' ? def.settings.instanceDurationInDays : 0;
    if (last && last.getTime() + duration * 86_400_000 < asOf.getTime())
      endedBecause = `its ${countOf(occurrences, 'numbered occurrence')} ended by ${last.toISOString().slice(0, 10)}${duration ? ` + ${countOf(duration, 'day')}` : ''}`;
  }
  const finished = FINISHED.has((def.status ?? '').toLowerCase());
  if (!endedBecause && finished && !openEnded) endedBecause = `its status is ${def.status}`;
  const ended = endedBecause !== undefined;
  return {
    recurring,
    ended,
    openEnded,
    active: !ended,
    ...(patternType ? { pattern: `${patternType}${recurrence?.pattern?.interval ? ` every ${recurrence.pattern.interval}` : ''}` } : {}),
    ...(endedBecause ? { endedBecause } : {}),
  };
}

/** How much of the guest population a guest review reaches. */
export type ReviewReach = 'tenant-wide' | 'partial';

/** A Graph query as written in a scope, with `+` read as a space and `$count=true` dropped, lower-cased. */
function normaliseQuery(q: unknown): string {
  if (typeof q !== 'string') return '';
  let s: string;
  try {
    s = decodeURIComponent(q.replace(/\+/g, ' '));
  } catch {
    s = q.replace(/\+/g, ' ');
  }
  return s
    .replace(/[?&]\$count=true/gi, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `/groups`, alone or filtered to Microsoft 365 (Unified) groups: every Microsoft 365 group. */
const ALL_M365_GROUPS = /^\/groups(\?\$filter=\(?\s*grouptypes\/any\(c:\s*c eq 'unified'\)\s*\)?)?$/;

/**
 * Whether a guest review reaches every guest or only some. Microsoft's documented scopes: guests of all Microsoft
 * 365 groups (a relative `./members…(userType eq 'Guest')` scope with `instanceEnumerationScope` `/groups` filtered
 * to Unified groups), and inactive guests of all groups (a principalResourceMembershipsScope of
 * `/users?$filter=(userType eq 'Guest')` over `/groups`) reach guests tenant-wide. A review of one group's, one
 * team's, one application's or one role's guests — or of all teams only — is partial coverage.
 */
export function reviewReach(def: AccessReviewScheduleDefinition): ReviewReach {
  const scope = def.scope ?? {};
  const query = normaliseQuery(scope.query);
  const enumeration = normaliseQuery((def.instanceEnumerationScope as { query?: unknown } | null | undefined)?.query);
  if (query.startsWith('./') && isGuestQuery(scope.query) && ALL_M365_GROUPS.test(enumeration)) return 'tenant-wide';
  const principals = Array.isArray(scope.principalScopes) ? (scope.principalScopes as Array<Record<string, unknown>>) : [];
  const resources = Array.isArray(scope.resourceScopes) ? (scope.resourceScopes as Array<Record<string, unknown>>) : [];
  const allGuests = principals.some((p) => /^\/users\?\$filter=\(?\s*usertype eq 'guest'\s*\)?$/.test(normaliseQuery(p?.query)));
  if (allGuests && resources.some((r) => normaliseQuery(r?.query) === '/groups')) return 'tenant-wide';
  return 'partial';
}

/**
 * A self-review: the `reviewers` collection is empty or absent, so each reviewed user attests their own access
 * (Graph "Assign reviewers": "To configure a self-review, don't specify the reviewers property, or supply an empty
 * object"). For guest reviews that means each guest decides whether the guest keeps access.
 */
export function isSelfReview(def: AccessReviewScheduleDefinition): boolean {
  return !Array.isArray(def.reviewers) || def.reviewers.length === 0;
}

/** Calendar maxima, so "monthly" (31 days) passes a monthly limit whatever the month. */
const PATTERN_DAYS: Record<string, number> = {
  daily: 1,
  weekly: 7,
  absolutemonthly: 31,
  relativemonthly: 31,
  absoluteyearly: 366,
  relativeyearly: 366,
};

/**
 * The longest time between two instances of a recurring review, in days (a month counts 31, a year 366), or undefined
 * when the review does not recur or its pattern is not one Graph documents.
 */
export function recurrenceIntervalDays(def: AccessReviewScheduleDefinition): number | undefined {
  const pattern = (def.settings?.recurrence as Recurrence | null | undefined)?.pattern;
  const per = PATTERN_DAYS[(pattern?.type ?? '').toLowerCase()];
  if (per === undefined) return undefined;
  const interval = typeof pattern?.interval === 'number' && pattern.interval > 0 ? pattern.interval : 1;
  return per * interval;
}

/** A recurring series that will stop on its own: an `endDate` range, or a `numbered` one with a count (Graph's 0 means no end). */
export function isBoundedSeries(def: AccessReviewScheduleDefinition): boolean {
  const range = (def.settings?.recurrence as Recurrence | null | undefined)?.range;
  const type = (range?.type ?? '').toLowerCase();
  const end = rangeDate(range?.endDate);
  if (type === 'enddate') return !(end && end.getUTCFullYear() >= 9999);
  return type === 'numbered' && typeof range?.numberOfOccurrences === 'number' && range.numberOfOccurrences > 0;
}

/** Users a review names one by one as reviewer or fallback reviewer (`/users/{id}` queries), lower-cased ids. */
export function namedReviewers(def: AccessReviewScheduleDefinition): Array<{ id: string; as: 'reviewer' | 'fallbackReviewer' }> {
  const out: Array<{ id: string; as: 'reviewer' | 'fallbackReviewer' }> = [];
  for (const [list, as] of [
    [def.reviewers, 'reviewer'],
    [def.fallbackReviewers, 'fallbackReviewer'],
  ] as const) {
    for (const r of Array.isArray(list) ? (list as Array<{ query?: unknown }>) : []) {
      const m = typeof r?.query === 'string' ? /^\/(?:v1\.0\/|beta\/)?users\/([0-9a-f-]{36})\/?$/i.exec(r.query.trim()) : null;
      if (m) out.push({ id: m[1]!.toLowerCase(), as });
    }
  }
  return out;
}

/**
 * What a review does with denied access when its decisions are applied. Graph's two apply actions both take access
 * away (`removeAccessApplyAction`, the default when none is listed, and `disableAndDeleteUserApplyAction`);
 * `removes` is false only when actions are listed and none of them is one of those.
 */
export function applyActionRemovesAccess(def: AccessReviewScheduleDefinition): { removes: boolean; actions: string[] } {
  const raw = def.settings?.applyActions;
  const actions = Array.isArray(raw)
    ? (raw as Array<{ '@odata.type'?: unknown }>).map(
        (a) => `#microsoft.graph.${String(a?.['@odata.type'] ?? '').replace(/^#?microsoft\.graph\./i, '')}`,
      )
    : [];
  if (!actions.length) return { removes: true, actions };
  return { removes: actions.some((a) => REMOVAL_ACTIONS.includes(a)), actions };
}

/** The apply actions that take access away, as Graph names their types. */
const REMOVAL_ACTIONS = ['#microsoft.graph.removeAccessApplyAction', '#microsoft.graph.disableAndDeleteUserApplyAction'];

export function reviewResource(def: AccessReviewScheduleDefinition) {
  return {
    type: 'accessReviewScheduleDefinition',
    id: def.id,
    displayName: def.displayName ?? def.id,
    path: `identityGovernance/accessReviews/definitions/${def.id}`,
  };
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
/** Who an assignment policy admits, as a sentence's object: "grants {scope} access". */
export const SCOPE_WORDS: Record<string, string> = {
  allExternalUsers: 'any external user, from any organisation,',
  allConfiguredConnectedOrganizationUsers: 'every user of every connected organisation',
  specificConnectedOrganizationUsers: 'users of named connected organisations',
};

export const EXTERNAL_SCOPES = [
  'allExternalUsers',
  'allConfiguredConnectedOrganizationUsers',
  'specificConnectedOrganizationUsers',
] as const;
export type ExternalScope = (typeof EXTERNAL_SCOPES)[number];

const SCOPE_BY_LOWER = new Map<string, string>(TARGET_SCOPES.map((s) => [s.toLowerCase(), s]));

export type ScopeKind =
  { kind: 'external'; scope: ExternalScope } | { kind: 'internal'; scope: string } | { kind: 'unknown'; scope: string };

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
