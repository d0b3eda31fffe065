import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { loadResultFile, validateResult } from './result-file.js';
import { InputError } from '../errors.js';
import { readInputFile, regularFileSize } from '../util/files.js';
import { JsonTextError, parseJsonText } from '../util/json-text.js';
import { readDomainPolicy } from '../model/domain-policy.js';
import { invitationState } from '../model/guest-facts.js';
import { isEnabled } from '../model/guests.js';
import { separateGuests, type Guests } from '../snapshot/guests.js';
import { STREAM_THRESHOLD_BYTES, loadSnapshot, validateSnapshot } from '../snapshot/load.js';
import { SECTIONS } from '../snapshot/sections.js';
import { severityRank } from './severity.js';
import { plainFinding } from './evaluated-finding.js';
import { SOURCE_PHRASE } from '../xtap/words.js';
import type { ConditionalAccessPolicy, SectionName, SectionStatus, Snapshot, User } from '../snapshot/snapshot.types.js';
import {
  B2B_SETTINGS,
  resolveDefault,
  resolvePartner,
  type EffectiveCrossTenantPolicy,
  type Sourced,
  type TargetConfiguration,
} from '../xtap/resolve.js';
import type { Baseline, Finding, FindingRef, Result, RuleStatus, Severity } from './result.types.js';

/*
 * Drift between two scans: what changed from a previous result (or snapshot) to this one.
 * Findings are compared by their stable id; configuration is compared object by object from two snapshots, through
 * the same effective cross-tenant view the rules use. Arrays are compared as sets (order carries no meaning in
 * these Graph objects) except where the order is the setting itself (identity-provider precedence).
 */

// ───────────────────────────── inputs ─────────────────────────────

export type DiffInput =
  | { kind: 'result'; file: string; result: Result }
  | { kind: 'snapshot'; file: string; snapshot: Snapshot; sha256: string; guests: Guests; streamed: boolean };

/**
 * Read a result.json or a snapshot, deciding which by content; either is validated against its schema. A file too
 * large to parse as one document can only be a (streamed) snapshot: its guests are read on demand.
 */
export async function loadDiffInput(file: string, opts: { streamThresholdBytes?: number } = {}): Promise<DiffInput> {
  const threshold = opts.streamThresholdBytes ?? STREAM_THRESHOLD_BYTES;
  const expected = 'a result.json or snapshot file';
  const size = await regularFileSize('input', file, expected);
  if (size > threshold) {
    // Too large to parse whole: a result.json names `scannedAt` in its opening lines, a snapshot never does.
    if (await looksLikeResult(file)) return { kind: 'result', file, result: await loadResultFile(file, { streamThresholdBytes: 0 }) };
    const loaded = await loadSnapshot(file, { streamThresholdBytes: 0 });
    return { kind: 'snapshot', file, snapshot: loaded.snapshot, sha256: loaded.sha256, guests: loaded.guests, streamed: loaded.streamed };
  }
  const bytes = await readInputFile('input', file, { maxBytes: threshold, expected });
  let parsed: unknown;
  try {
    parsed = parseJsonText(bytes.toString('utf8')).value;
  } catch (e) {
    if (e instanceof JsonTextError) throw new InputError(`invalid input ${file} at ${e.path}: ${e.reason}`);
    throw e;
  }
  const obj = (parsed ?? {}) as Record<string, unknown>;
  if (typeof parsed === 'object' && parsed !== null && 'findings' in obj && 'rules' in obj)
    return { kind: 'result', file, result: validateResult(parsed, file) };
  if (typeof parsed === 'object' && parsed !== null && 'data' in obj && 'sections' in obj) {
    return {
      kind: 'snapshot',
      file,
      ...separateGuests(validateSnapshot(parsed, file)),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      streamed: false,
    };
  }
  throw new InputError(`${file} is neither a gatehouse result (findings, rules) nor a snapshot (sections, data)`);
}

async function looksLikeResult(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    // A key, not text inside a (JSON-escaped) tenant string: it follows `{`, `,` or a line start.
    return /(^|[{,])\s*"scannedAt"\s*:/m.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}

// ───────────────────────────── findings ─────────────────────────────

export interface DiffFinding extends FindingRef {
  status: Finding['status'];
}

export interface UpdatedFinding {
  before: DiffFinding;
  after: DiffFinding;
  /** What differs: severity, message, or status (fail ↔ suppressed). */
  changed: Array<'severity' | 'message' | 'status'>;
}

export interface FindingsDiff {
  new: DiffFinding[];
  resolved: DiffFinding[];
  updated: UpdatedFinding[];
  unchanged: DiffFinding[];
}

export interface RuleStatusChange {
  id: string;
  title: string;
  severity: Severity;
  before: RuleStatus | 'absent';
  after: RuleStatus | 'absent';
}

function ref(f: Finding): DiffFinding {
  return {
    id: f.id,
    ruleId: f.ruleId,
    severity: f.severity,
    status: f.status,
    resource: { ...f.resource },
    message: f.message,
  };
}

const byImportance = (a: DiffFinding, b: DiffFinding) =>
  severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Findings new / resolved / updated / unchanged by finding id. */
export function diffFindings(before: readonly Finding[], after: readonly Finding[]): FindingsDiff {
  const old = new Map(before.map((f) => [f.id, f]));
  const now = new Map(after.map((f) => [f.id, f]));
  const out: FindingsDiff = { new: [], resolved: [], updated: [], unchanged: [] };
  for (const [id, f] of now) {
    const prev = old.get(id);
    if (!prev) {
      out.new.push(ref(f));
      continue;
    }
    const changed: UpdatedFinding['changed'] = [];
    if (prev.severity !== f.severity) changed.push('severity');
    if (prev.message !== f.message) changed.push('message');
    if (prev.status !== f.status) changed.push('status');
    if (changed.length) out.updated.push({ before: ref(prev), after: ref(f), changed });
    else out.unchanged.push(ref(f));
  }
  for (const [id, f] of old) if (!now.has(id)) out.resolved.push(ref(f));
  out.new.sort(byImportance);
  out.resolved.sort(byImportance);
  out.unchanged.sort(byImportance);
  out.updated.sort((a, b) => byImportance(a.after, b.after));
  return out;
}

export function diffRuleStatuses(before: Result, after: Result): RuleStatusChange[] {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const now = new Map(after.rules.map((r) => [r.id, r]));
  const changes: RuleStatusChange[] = [];
  for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(id);
    const b = now.get(id);
    if (a?.status === b?.status) continue;
    const r = (b ?? a)!;
    changes.push({ id, title: r.title, severity: r.severity, before: a?.status ?? 'absent', after: b?.status ?? 'absent' });
  }
  return changes;
}

// ───────────────────────────── configuration ─────────────────────────────

export type ConfigArea =
  | 'cross-tenant-default'
  | 'cross-tenant-partners'
  | 'cross-tenant-policy'
  | 'invitations'
  | 'domain-lists'
  | 'connectors'
  | 'federation'
  | 'conditional-access'
  | 'guests';

export const AREA_TITLES: Record<ConfigArea, string> = {
  'cross-tenant-default': 'Default cross-tenant access settings',
  'cross-tenant-partners': 'Cross-tenant partners',
  'cross-tenant-policy': 'Cross-tenant access policy',
  invitations: 'Invitation and sign-up settings',
  'domain-lists': 'Invitation domain allow/block list',
  connectors: 'API connectors and authentication extensions',
  federation: 'Federation and identity providers',
  'conditional-access': 'Conditional Access policies that apply to guests',
  guests: 'Guest population',
};
const AREA_ORDER = Object.keys(AREA_TITLES) as ConfigArea[];

export interface ConfigChange {
  area: ConfigArea;
  /** Kind of object, e.g. partner, conditionalAccessPolicy, apiConnector (see OBJECT_LABELS). */
  objectType: string;
  objectId: string;
  /** The object's display name when it has one (tenant-supplied: renderers escape it). */
  objectName?: string;
  change: 'added' | 'removed' | 'changed';
  /** Dotted path of the setting for `changed`. */
  field?: string;
  /** Readable name of the setting. */
  label?: string;
  before?: string;
  after?: string;
  /** Extra context, e.g. "inherited from the default settings". */
  note?: string;
}

export interface NotCompared {
  area: ConfigArea;
  what: string;
  reason: string;
}

export type ConfigDiff = { available: true; changes: ConfigChange[]; notCompared: NotCompared[] } | { available: false; reason: string };

export const OBJECT_LABELS: Record<string, string> = {
  crossTenantAccessDefault: 'default settings',
  partner: 'partner',
  crossTenantAccessPolicy: 'cross-tenant access policy',
  authorizationPolicy: 'external collaboration settings',
  emailOtpConfiguration: 'email one-time passcode',
  authenticationFlowsPolicy: 'self-service sign-up',
  externalIdentitiesPolicy: 'external identities policy',
  domainPolicy: 'invitation domain list',
  apiConnector: 'API connector',
  customAuthenticationExtension: 'custom authentication extension',
  authenticationEventListener: 'authentication event listener',
  b2xUserFlow: 'user flow',
  federationConfiguration: 'SAML/WS-Fed federation',
  identityProvider: 'identity provider',
  federationDomainLookup: 'federated domain',
  conditionalAccessPolicy: 'Conditional Access policy',
  guests: 'guest population',
};

const FIELD_LABELS: Record<string, string> = {
  'inboundTrust.isMfaAccepted': 'inbound MFA trust',
  'inboundTrust.isCompliantDeviceAccepted': 'inbound compliant-device trust',
  'inboundTrust.isHybridAzureADJoinedDeviceAccepted': 'inbound hybrid-joined-device trust',
  'automaticUserConsentSettings.inboundAllowed': 'automatic redemption (inbound)',
  'automaticUserConsentSettings.outboundAllowed': 'automatic redemption (outbound)',
  'invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder': 'redemption identity-provider order',
  'invitationRedemptionIdentityProviderConfiguration.fallbackIdentityProvider': 'redemption fallback identity provider',
  allowInvitesFrom: 'who can invite guests',
  guestUserRoleId: 'guest user access',
  allowEmailVerifiedUsersToJoinOrganization: 'email-verified users may join',
  allowedToSignUpEmailBasedSubscriptions: 'sign-up for email-based subscriptions',
  allowedCloudEndpoints: 'cross-cloud B2B endpoints',
  allowExternalIdToUseEmailOtp: 'email one-time passcode for guests',
  'selfServiceSignUp.isEnabled': 'self-service sign-up enabled',
  allowExternalIdentitiesToLeave: 'external users may leave',
  state: 'state',
  'grantControls.builtInControls': 'grant controls',
  'grantControls.operator': 'grant operator',
  'conditions.users.includeGuestsOrExternalUsers.guestOrExternalUserTypes': 'included guest types',
  'conditions.users.excludeGuestsOrExternalUsers.guestOrExternalUserTypes': 'excluded guest types',
  'conditions.users.includeUsers': 'included users',
  'conditions.users.excludeUsers': 'excluded users',
  'conditions.applications.includeApplications': 'included applications',
  'conditions.clientAppTypes': 'client app types',
  targetUrl: 'target URL',
  'endpointConfiguration.targetUrl': 'endpoint URL',
  'authenticationConfiguration.@odata.type': 'authentication type',
  issuerUri: 'issuer URI',
  passiveSignInUri: 'passive sign-in URI',
  metadataExchangeUri: 'metadata exchange URI',
  signingCertificate: 'signing certificate',
  domains: 'domains',
  allowedDomains: 'allowed domains',
  blockedDomains: 'blocked domains',
  kind: 'list type',
};

const GUEST_ROLES: Record<string, string> = {
  'a0b1b346-4d3e-4e8b-98f8-753987be4970': 'same as members',
  '10dae51f-b6af-4016-8d66-8c2a99b929b3': 'limited (Guest User)',
  '2af84b1e-32c8-42b7-82bc-daa82404023b': 'restricted (Restricted Guest User)',
};

/** Order matters in these lists; every other array is a set. */
const ORDERED_PATHS = new Set(['invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder']);

const LONG_VALUE = 120;

/** A value as one short line: long strings (certificates) become a digest so reports stay readable. */
function show(v: unknown): string {
  if (typeof v === 'string') {
    if (v.length > LONG_VALUE) return `sha256:${createHash('sha256').update(v).digest('hex').slice(0, 12)}… (${v.length} characters)`;
    return v;
  }
  return JSON.stringify(v);
}

/** Deterministic JSON: object keys sorted, arrays sorted by their own canonical form unless `ordered`. */
function canonical(v: unknown, path = '', ordered = ORDERED_PATHS): string {
  if (Array.isArray(v)) {
    const items = v.map((x) => canonical(x, path, ordered));
    if (!ordered.has(path)) items.sort();
    return `[${items.join(',')}]`;
  }
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, ordered)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}

/**
 * Leaves of an object as path → display string. null and absent are the same ("not set"). Arrays of scalars are
 * one leaf holding the (sorted) list; arrays of objects one leaf holding their canonical forms.
 */
function flatten(value: unknown, skip: ReadonlySet<string> = new Set(), prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value === null || value === undefined) return out;
  if (Array.isArray(value)) {
    // Graph writes "none" as [] or null interchangeably: both read as not set.
    if (!value.length) return out;
    const scalars = value.every((x) => x === null || typeof x !== 'object');
    const items = value.map((x) => (scalars ? show(x) : canonical(x)));
    if (!ORDERED_PATHS.has(prefix)) items.sort();
    out.set(prefix, `[${items.join(', ')}]`);
    return out;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${k}` : k;
      if (skip.has(path) || k.endsWith('@odata.context')) continue;
      flatten(v, skip, path, out);
    }
    return out;
  }
  out.set(prefix, show(value));
  return out;
}

const NOT_SET = '(not set)';

function labelFor(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

function displayValue(field: string, v: string | undefined): string {
  if (v === undefined) return NOT_SET;
  if (field === 'guestUserRoleId' && GUEST_ROLES[v.toLowerCase()]) return `${GUEST_ROLES[v.toLowerCase()]}`;
  return v;
}

interface ObjectRef {
  area: ConfigArea;
  objectType: string;
  objectId: string;
  objectName?: string | null | undefined;
}

function base(o: ObjectRef): Pick<ConfigChange, 'area' | 'objectType' | 'objectId' | 'objectName'> {
  return { area: o.area, objectType: o.objectType, objectId: o.objectId, ...(o.objectName ? { objectName: o.objectName } : {}) };
}

/** Leaf-by-leaf changes of one object present in both snapshots. */
function leafChanges(
  o: ObjectRef,
  before: Map<string, string>,
  after: Map<string, string>,
  note?: (field: string) => string | undefined,
): ConfigChange[] {
  const changes: ConfigChange[] = [];
  for (const field of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(field);
    const b = after.get(field);
    if (a === b) continue;
    const n = note?.(field);
    changes.push({
      ...base(o),
      change: 'changed',
      field,
      label: labelFor(field),
      before: displayValue(field, a),
      after: displayValue(field, b),
      ...(n ? { note: n } : {}),
    });
  }
  return changes;
}

/** Collections keyed by id: added, removed, and per-object leaf changes. */
function collectionChanges<T>(
  area: ConfigArea,
  objectType: string,
  before: readonly T[],
  after: readonly T[],
  key: (x: T) => string,
  name: (x: T) => string | null | undefined,
  normalise: (x: T) => unknown = (x) => x,
  skip: ReadonlySet<string> = new Set(),
): ConfigChange[] {
  const old = new Map(before.map((x) => [key(x), x]));
  const now = new Map(after.map((x) => [key(x), x]));
  const out: ConfigChange[] = [];
  for (const [id, x] of now) {
    const prev = old.get(id);
    const o = { area, objectType, objectId: id, objectName: name(x) ?? (prev ? name(prev) : undefined) };
    if (!prev) out.push({ ...base(o), change: 'added' });
    else out.push(...leafChanges(o, flatten(normalise(prev), skip), flatten(normalise(x), skip)));
  }
  for (const [id, x] of old)
    if (!now.has(id)) out.push({ ...base({ area, objectType, objectId: id, objectName: name(x) }), change: 'removed' });
  return out;
}

// Effective cross-tenant view as leaves: value + where it came from.

function showTargets(t: TargetConfiguration): string {
  const targets = t.targets
    .map((x) => (x.targetType && !/^All(Users|Applications)$/i.test(x.target) ? `${x.targetType} ${x.target}` : x.target))
    .sort();
  return `${t.accessType}: ${targets.length ? targets.join(', ') : '(no targets)'}`;
}

const HALF_LABEL = { usersAndGroups: 'users and groups', applications: 'applications' } as const;
const SETTING_LABEL: Record<(typeof B2B_SETTINGS)[number], string> = {
  b2bCollaborationInbound: 'inbound B2B collaboration',
  b2bCollaborationOutbound: 'outbound B2B collaboration',
  b2bDirectConnectInbound: 'inbound B2B direct connect',
  b2bDirectConnectOutbound: 'outbound B2B direct connect',
  tenantRestrictions: 'tenant restrictions',
};

for (const name of B2B_SETTINGS) {
  for (const half of ['usersAndGroups', 'applications'] as const)
    FIELD_LABELS[`${name}.${half}`] = `${SETTING_LABEL[name]}: ${HALF_LABEL[half]}`;
}

function effectiveLeaves(p: EffectiveCrossTenantPolicy): Map<string, Sourced<string>> {
  const out = new Map<string, Sourced<string>>();
  for (const name of B2B_SETTINGS) {
    for (const half of ['usersAndGroups', 'applications'] as const) {
      const v = p[name][half];
      out.set(`${name}.${half}`, { value: showTargets(v.value), source: v.source });
    }
  }
  for (const [k, v] of Object.entries(p.inboundTrust)) out.set(`inboundTrust.${k}`, { value: String(v.value), source: v.source });
  for (const [k, v] of Object.entries(p.automaticUserConsentSettings))
    out.set(`automaticUserConsentSettings.${k}`, { value: String(v.value), source: v.source });
  return out;
}

const SOURCE_NOTE: Record<string, string> = SOURCE_PHRASE;

/** Changes of the effective view; `own` is where this object's own values come from (partner or default). */
function effectiveChanges(
  o: ObjectRef,
  before: EffectiveCrossTenantPolicy,
  after: EffectiveCrossTenantPolicy,
  own: 'partner' | 'default',
): ConfigChange[] {
  const a = effectiveLeaves(before);
  const b = effectiveLeaves(after);
  const out: ConfigChange[] = [];
  for (const [field, now] of b) {
    const prev = a.get(field)!;
    if (prev.value === now.value && prev.source === now.source) continue;
    const sourceMoved = prev.source !== now.source;
    out.push({
      ...base(o),
      change: 'changed',
      field,
      label: labelFor(field),
      before: sourceMoved ? `${prev.value} (${SOURCE_NOTE[prev.source]})` : prev.value,
      after: sourceMoved ? `${now.value} (${SOURCE_NOTE[now.source]})` : now.value,
      ...(!sourceMoved && now.source !== own ? { note: SOURCE_NOTE[now.source] } : {}),
    });
  }
  return out;
}

// Conditional Access: which policies concern guests.

function guestTypes(v: string | null | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .sort();
}

/** A policy concerns guests when it targets all users, guests by keyword or by type, or excludes them. */
export function touchesGuests(p: ConditionalAccessPolicy): boolean {
  const u = p.conditions?.users;
  if (!u) return false;
  const has = (list: readonly string[] | null | undefined, kw: string) => (list ?? []).some((x) => x.toLowerCase() === kw.toLowerCase());
  return (
    has(u.includeUsers, 'All') ||
    has(u.includeUsers, 'GuestsOrExternalUsers') ||
    has(u.excludeUsers, 'GuestsOrExternalUsers') ||
    Boolean(u.includeGuestsOrExternalUsers) ||
    Boolean(u.excludeGuestsOrExternalUsers)
  );
}

function normaliseCa(p: ConditionalAccessPolicy): unknown {
  const copy = structuredClone(p) as ConditionalAccessPolicy & Record<string, unknown>;
  delete copy.createdDateTime;
  delete copy.modifiedDateTime;
  const users = copy.conditions?.users;
  for (const k of ['includeGuestsOrExternalUsers', 'excludeGuestsOrExternalUsers'] as const) {
    const g = users?.[k];
    if (g) (g as Record<string, unknown>).guestOrExternalUserTypes = guestTypes(g.guestOrExternalUserTypes);
  }
  const strength = copy.grantControls?.authenticationStrength;
  if (strength && copy.grantControls)
    copy.grantControls.authenticationStrength = { id: strength.id ?? null, displayName: strength.displayName ?? null };
  return copy;
}

// Guests: population counts by state.

/** Guest population by state, and the ids (to count who came and went). */
export interface GuestStats {
  counts: Record<string, number>;
  ids: Set<string>;
}

const INVITATION_LABEL = { accepted: 'invitation accepted', pending: 'invitation pending', none: 'no invitation state' } as const;

/** A tally filled by an observer of the guest pass (`observe`), so a streamed snapshot is not read once more for it. */
export function guestTally(): { stats: GuestStats; observe(g: User): void } {
  const stats: GuestStats = {
    counts: {
      total: 0,
      enabled: 0,
      disabled: 0,
      'invitation accepted': 0,
      'invitation pending': 0,
      'no invitation state': 0,
      'external members (userType Member)': 0,
    },
    ids: new Set(),
  };
  const c = stats.counts;
  return {
    stats,
    observe(g) {
      c.total!++;
      c[isEnabled(g) ? 'enabled' : 'disabled']!++;
      c[INVITATION_LABEL[invitationState(g)]]!++;
      if ((g.userType ?? '').toLowerCase() === 'member') c['external members (userType Member)']!++;
      stats.ids.add(g.id);
    },
  };
}

/** The tally of guests held in memory. */
export function guestStatsOf(guests: Iterable<User>): GuestStats {
  const tally = guestTally();
  for (const g of guests) tally.observe(g);
  return tally.stats;
}

const countLeaves = (s: GuestStats) => new Map(Object.entries(s.counts).map(([k, v]) => [k, String(v)]));

// Units: one comparable piece of configuration and the sections it needs.

interface Unit {
  area: ConfigArea;
  what: string;
  sections: SectionName[];
  compare(a: Snapshot['data'], b: Snapshot['data'], guests: { before: GuestStats; after: GuestStats }): ConfigChange[];
}

const UNITS: Unit[] = [
  {
    area: 'cross-tenant-default',
    what: 'default cross-tenant settings',
    sections: ['crossTenantAccessDefault'],
    compare: (a, b) => {
      const o = { area: 'cross-tenant-default' as const, objectType: 'crossTenantAccessDefault', objectId: 'default' };
      const redemption = (d: Snapshot['data']) =>
        flatten({
          invitationRedemptionIdentityProviderConfiguration: d.crossTenantAccessDefault?.invitationRedemptionIdentityProviderConfiguration,
        });
      return [
        ...effectiveChanges(o, resolveDefault(a.crossTenantAccessDefault), resolveDefault(b.crossTenantAccessDefault), 'default'),
        ...leafChanges(o, redemption(a), redemption(b)),
      ];
    },
  },
  {
    area: 'cross-tenant-partners',
    what: 'partner settings',
    sections: ['crossTenantAccessPartners', 'crossTenantAccessDefault'],
    compare: (a, b) => {
      const defA = resolveDefault(a.crossTenantAccessDefault);
      const defB = resolveDefault(b.crossTenantAccessDefault);
      const old = new Map((a.crossTenantAccessPartners ?? []).map((p) => [p.tenantId.toLowerCase(), p]));
      const now = new Map((b.crossTenantAccessPartners ?? []).map((p) => [p.tenantId.toLowerCase(), p]));
      const out: ConfigChange[] = [];
      for (const [id, p] of now) {
        const prev = old.get(id);
        const o = {
          area: 'cross-tenant-partners' as const,
          objectType: 'partner',
          objectId: p.tenantId,
          objectName: p.displayName ?? p.defaultDomainName ?? prev?.displayName,
        };
        if (!prev) {
          out.push({ ...base(o), change: 'added' });
          continue;
        }
        out.push(...effectiveChanges(o, resolvePartner(prev, defA), resolvePartner(p, defB), 'partner'));
        const flags = (x: typeof p) =>
          flatten({
            isServiceProvider: x.isServiceProvider,
            isInMultiTenantOrganization: x.isInMultiTenantOrganization,
            defaultDomainName: x.defaultDomainName,
          });
        out.push(...leafChanges(o, flags(prev), flags(p)));
      }
      for (const [id, p] of old)
        if (!now.has(id))
          out.push({
            ...base({
              area: 'cross-tenant-partners',
              objectType: 'partner',
              objectId: p.tenantId,
              objectName: p.displayName ?? p.defaultDomainName,
            }),
            change: 'removed',
          });
      return out;
    },
  },
  {
    area: 'cross-tenant-policy',
    what: 'cross-tenant access policy',
    sections: ['crossTenantAccessPolicy'],
    compare: (a, b) =>
      leafChanges(
        { area: 'cross-tenant-policy', objectType: 'crossTenantAccessPolicy', objectId: 'crossTenantAccessPolicy' },
        flatten({ allowedCloudEndpoints: a.crossTenantAccessPolicy?.allowedCloudEndpoints }),
        flatten({ allowedCloudEndpoints: b.crossTenantAccessPolicy?.allowedCloudEndpoints }),
      ),
  },
  {
    area: 'invitations',
    what: 'external collaboration settings (authorization policy)',
    sections: ['authorizationPolicy'],
    compare: (a, b) => {
      const skip = new Set(['id', 'displayName', 'description']);
      return leafChanges(
        { area: 'invitations', objectType: 'authorizationPolicy', objectId: 'authorizationPolicy' },
        flatten(a.authorizationPolicy, skip),
        flatten(b.authorizationPolicy, skip),
      );
    },
  },
  {
    area: 'invitations',
    what: 'email one-time passcode configuration',
    sections: ['emailOtpConfiguration'],
    compare: (a, b) => {
      const skip = new Set(['id', '@odata.type']);
      return leafChanges(
        { area: 'invitations', objectType: 'emailOtpConfiguration', objectId: 'email' },
        flatten(a.emailOtpConfiguration, skip),
        flatten(b.emailOtpConfiguration, skip),
      );
    },
  },
  {
    area: 'invitations',
    what: 'self-service sign-up switch',
    sections: ['authenticationFlowsPolicy'],
    compare: (a, b) => {
      const skip = new Set(['id']);
      return leafChanges(
        { area: 'invitations', objectType: 'authenticationFlowsPolicy', objectId: 'authenticationFlowsPolicy' },
        flatten(a.authenticationFlowsPolicy, skip),
        flatten(b.authenticationFlowsPolicy, skip),
      );
    },
  },
  {
    area: 'invitations',
    what: 'external identities policy',
    sections: ['externalIdentitiesPolicy'],
    compare: (a, b) =>
      leafChanges(
        { area: 'invitations', objectType: 'externalIdentitiesPolicy', objectId: 'externalIdentitiesPolicy' },
        flatten(a.externalIdentitiesPolicy),
        flatten(b.externalIdentitiesPolicy),
      ),
  },
  {
    area: 'domain-lists',
    what: 'invitation domain allow/block list',
    sections: ['b2bManagementPolicies'],
    compare: (a, b) => {
      const view = (d: Snapshot['data']) => {
        const p = readDomainPolicy(d.b2bManagementPolicies ?? []);
        if (p.kind === 'unrecognised') return { kind: `unreadable (${p.reason})` };
        return {
          kind: p.kind === 'allow' ? 'allow list' : p.kind === 'block' ? 'block list' : 'no restriction',
          allowedDomains: p.allowedDomains,
          blockedDomains: p.blockedDomains,
        };
      };
      const o = { area: 'domain-lists' as const, objectType: 'domainPolicy', objectId: 'invitationDomains' };
      const va = view(a);
      const vb = view(b);
      const out = leafChanges(o, flatten({ kind: va.kind }), flatten({ kind: vb.kind }));
      // One entry per domain added to or removed from a list: that is what an auditor reads.
      for (const list of ['allowedDomains', 'blockedDomains'] as const) {
        const before = new Set(('allowedDomains' in va ? va[list] : undefined) ?? []);
        const after = new Set(('allowedDomains' in vb ? vb[list] : undefined) ?? []);
        for (const d of [...after].filter((x) => !before.has(x)).sort())
          out.push({ ...base(o), change: 'changed', field: list, label: labelFor(list), before: NOT_SET, after: d, note: 'entry added' });
        for (const d of [...before].filter((x) => !after.has(x)).sort())
          out.push({ ...base(o), change: 'changed', field: list, label: labelFor(list), before: d, after: NOT_SET, note: 'entry removed' });
      }
      return out;
    },
  },
  {
    area: 'connectors',
    what: 'API connectors',
    sections: ['apiConnectors'],
    compare: (a, b) =>
      collectionChanges(
        'connectors',
        'apiConnector',
        a.apiConnectors ?? [],
        b.apiConnectors ?? [],
        (x) => x.id,
        (x) => x.displayName,
      ),
  },
  {
    area: 'connectors',
    what: 'custom authentication extensions',
    sections: ['customAuthenticationExtensions'],
    compare: (a, b) =>
      collectionChanges(
        'connectors',
        'customAuthenticationExtension',
        a.customAuthenticationExtensions ?? [],
        b.customAuthenticationExtensions ?? [],
        (x) => x.id,
        (x) => x.displayName,
      ),
  },
  {
    area: 'connectors',
    what: 'authentication event listeners',
    sections: ['authenticationEventListeners'],
    compare: (a, b) =>
      collectionChanges(
        'connectors',
        'authenticationEventListener',
        a.authenticationEventListeners ?? [],
        b.authenticationEventListeners ?? [],
        (x) => x.id,
        (x) => x.displayName,
      ),
  },
  {
    area: 'connectors',
    what: 'self-service sign-up user flows',
    sections: ['b2xUserFlows'],
    compare: (a, b) =>
      collectionChanges(
        'connectors',
        'b2xUserFlow',
        a.b2xUserFlows ?? [],
        b.b2xUserFlows ?? [],
        (x) => x.id,
        () => undefined,
      ),
  },
  {
    area: 'federation',
    what: 'SAML/WS-Fed federation configurations',
    sections: ['federationConfigurations'],
    compare: (a, b) =>
      collectionChanges(
        'federation',
        'federationConfiguration',
        a.federationConfigurations ?? [],
        b.federationConfigurations ?? [],
        (x) => x.id,
        (x) => x.displayName,
        (x) => ({ ...x, domains: (x.domains ?? []).map((d) => d.id.toLowerCase()) }),
      ),
  },
  {
    area: 'federation',
    what: 'identity providers',
    sections: ['identityProviders'],
    compare: (a, b) =>
      collectionChanges(
        'federation',
        'identityProvider',
        a.identityProviders ?? [],
        b.identityProviders ?? [],
        (x) => x.id,
        (x) => x.displayName,
      ),
  },
  {
    area: 'federation',
    what: 'tenant look-ups of federated domains',
    sections: ['federationDomainLookups'],
    compare: (a, b) =>
      collectionChanges(
        'federation',
        'federationDomainLookup',
        a.federationDomainLookups ?? [],
        b.federationDomainLookups ?? [],
        (x) => x.domainName.toLowerCase(),
        (x) => x.domainName,
        (x) => ({ outcome: x.outcome, tenantId: x.tenantInformation?.tenantId ?? null }),
      ),
  },
  {
    area: 'conditional-access',
    what: 'Conditional Access policies',
    sections: ['conditionalAccessPolicies'],
    compare: (a, b) => {
      const relevant = new Set(
        [...(a.conditionalAccessPolicies ?? []), ...(b.conditionalAccessPolicies ?? [])].filter(touchesGuests).map((p) => p.id),
      );
      const pick = (list: readonly ConditionalAccessPolicy[]) => list.filter((p) => relevant.has(p.id));
      const oldById = new Map((a.conditionalAccessPolicies ?? []).map((p) => [p.id, p]));
      const changes = collectionChanges(
        'conditional-access',
        'conditionalAccessPolicy',
        pick(a.conditionalAccessPolicies ?? []),
        pick(b.conditionalAccessPolicies ?? []),
        (x) => x.id,
        (x) => x.displayName,
        normaliseCa,
      );
      // Say when a change moved a policy into or out of the guests' scope — the reason it is listed at all.
      for (const p of pick(b.conditionalAccessPolicies ?? [])) {
        const prev = oldById.get(p.id);
        if (prev && touchesGuests(prev) !== touchesGuests(p)) {
          changes.push({
            ...base({ area: 'conditional-access', objectType: 'conditionalAccessPolicy', objectId: p.id, objectName: p.displayName }),
            change: 'changed',
            field: 'appliesToGuests',
            label: 'applies to guests',
            before: String(touchesGuests(prev)),
            after: String(touchesGuests(p)),
          });
        }
      }
      return changes;
    },
  },
  {
    area: 'guests',
    what: 'guest population',
    sections: ['guests'],
    compare: (_a, _b, guests) => {
      const o = { area: 'guests' as const, objectType: 'guests', objectId: 'guests' };
      const out = leafChanges(o, countLeaves(guests.before), countLeaves(guests.after));
      let added = 0;
      let removed = 0;
      for (const id of guests.after.ids) if (!guests.before.ids.has(id)) added++;
      for (const id of guests.before.ids) if (!guests.after.ids.has(id)) removed++;
      if (added) out.push({ ...base(o), change: 'changed', field: 'added', label: 'added', after: String(added) });
      if (removed) out.push({ ...base(o), change: 'changed', field: 'removed', label: 'removed', after: String(removed) });
      return out;
    },
  },
];

function sectionOk(s: Snapshot, name: SectionName): SectionStatus | undefined {
  return (s.sections as Record<string, SectionStatus | undefined>)[name];
}

/** Configuration changes that matter for external access, object by object; `guests` tallies each side's guests. */
export function diffConfig(
  before: Snapshot,
  after: Snapshot,
  guests: { before: GuestStats; after: GuestStats },
): ConfigDiff & { available: true } {
  const stats = guests;
  const changes: ConfigChange[] = [];
  const notCompared: NotCompared[] = [];
  for (const unit of UNITS) {
    const gaps: string[] = [];
    for (const name of unit.sections) {
      for (const [side, snap] of [
        ['old', before],
        ['new', after],
      ] as const) {
        const st = sectionOk(snap, name);
        if (st?.status !== 'ok') gaps.push(`${SECTIONS[name].title} is ${st ? st.status : 'not collected'} in the ${side} snapshot`);
      }
    }
    if (gaps.length) {
      notCompared.push({ area: unit.area, what: unit.what, reason: gaps.join('; ') });
      continue;
    }
    changes.push(...unit.compare(before.data, after.data, stats));
  }
  changes.sort(
    (x, y) =>
      AREA_ORDER.indexOf(x.area) - AREA_ORDER.indexOf(y.area) ||
      x.objectType.localeCompare(y.objectType) ||
      x.objectId.localeCompare(y.objectId) ||
      ['added', 'removed', 'changed'].indexOf(x.change) - ['added', 'removed', 'changed'].indexOf(y.change) ||
      (x.field ?? '').localeCompare(y.field ?? '') ||
      (x.before ?? '').localeCompare(y.before ?? '') ||
      (x.after ?? '').localeCompare(y.after ?? ''),
  );
  return { available: true, changes, notCompared };
}

// ───────────────────────────── the whole drift ─────────────────────────────

export interface DriftSide {
  file: string;
  kind: 'result' | 'snapshot';
  tenantId: string;
  tenantName?: string;
  /** When the data was collected (snapshot) or the scan ran (result). */
  at: string;
  asOf: string;
  profile: string;
}

export interface Drift {
  schemaVersion: 1;
  old: DriftSide;
  new: DriftSide;
  tenantMismatch: boolean;
  findings: FindingsDiff;
  rules: RuleStatusChange[];
  config: ConfigDiff;
}

export const CONFIG_NEEDS_SNAPSHOTS =
  'Configuration changes need two snapshots; with a result.json on either side only findings and rule statuses are compared.';

/** Drift between two evaluated scans; the snapshots, when both are given, add object-level configuration changes. */
export interface DriftSideInput {
  file: string;
  kind: 'result' | 'snapshot';
  result: Result;
  snapshot?: Snapshot;
  /** The guests of `snapshot` tallied (a snapshot keeps its guests outside `data`). */
  guestStats?: GuestStats;
}

function requireTally(side: DriftSideInput): GuestStats {
  if (!side.guestStats) throw new Error(`the guests of ${side.file} were not tallied`);
  return side.guestStats;
}

export function buildDrift(old: DriftSideInput, now: DriftSideInput): Drift {
  const side = (x: typeof old): DriftSide => ({
    file: x.file,
    kind: x.kind,
    tenantId: x.result.tenant.id,
    ...(x.result.tenant.displayName ? { tenantName: x.result.tenant.displayName } : {}),
    at: x.snapshot?.collectedAt ?? x.result.snapshot.collectedAt ?? x.result.scannedAt,
    asOf: x.result.asOf,
    profile: x.result.profile,
  });
  return {
    schemaVersion: 1,
    old: side(old),
    new: side(now),
    tenantMismatch: old.result.tenant.id.toLowerCase() !== now.result.tenant.id.toLowerCase(),
    findings: diffFindings(old.result.findings, now.result.findings),
    rules: diffRuleStatuses(old.result, now.result),
    config:
      old.snapshot && now.snapshot
        ? diffConfig(old.snapshot, now.snapshot, { before: requireTally(old), after: requireTally(now) })
        : { available: false, reason: CONFIG_NEEDS_SNAPSHOTS },
  };
}

/** True when the drift holds nothing to report (identical inputs). */
export function isEmptyDrift(d: Drift): boolean {
  return (
    !d.findings.new.length &&
    !d.findings.resolved.length &&
    !d.findings.updated.length &&
    !d.rules.length &&
    (!d.config.available || !d.config.changes.length)
  );
}

// ───────────────────────────── --baseline on scan ─────────────────────────────

function findingRef(f: DiffFinding): FindingRef {
  return { id: f.id, ruleId: f.ruleId, severity: f.severity, resource: f.resource, message: f.message };
}

/**
 * Mark every finding of `result` against the previous scan (`baselineState`, as SARIF names it) and record what
 * was resolved since, so HTML, XLSX and SARIF all show "changes since the last scan" from result.json alone.
 */
export function applyBaseline(result: Result, baseline: Result, source: string): Result {
  const d = diffFindings(baseline.findings, result.findings);
  const state = new Map<string, 'new' | 'unchanged' | 'updated'>();
  d.new.forEach((f) => state.set(f.id, 'new'));
  d.unchanged.forEach((f) => state.set(f.id, 'unchanged'));
  // A finding whose only change is fail ↔ suppressed is the same problem, unchanged for code scanning.
  d.updated.forEach((u) => state.set(u.after.id, u.changed.some((c) => c !== 'status') ? 'updated' : 'unchanged'));
  const findings = result.findings.map((f) => ({ ...plainFinding(f), baselineState: state.get(f.id) ?? 'new' }));
  const counts = { new: 0, unchanged: 0, updated: 0, resolved: d.resolved.length };
  for (const f of findings) counts[f.baselineState]++;
  const record: Baseline = {
    source,
    scannedAt: baseline.scannedAt,
    asOf: baseline.asOf,
    tenantId: baseline.tenant.id,
    ...(baseline.tenant.id.toLowerCase() !== result.tenant.id.toLowerCase() ? { tenantMismatch: true } : {}),
    counts,
    resolved: d.resolved.map(findingRef),
    ruleChanges: diffRuleStatuses(baseline, result).map((c) => ({ id: c.id, before: c.before, after: c.after })),
  };
  return { ...result, findings, baseline: record };
}

/** Load `--baseline <result.json>`: a previous gatehouse result (a snapshot is not accepted here). */
export async function loadBaseline(file: string): Promise<Result> {
  const input = await loadDiffInput(file);
  if (input.kind !== 'result') throw new InputError(`--baseline ${file} is a snapshot; pass the previous scan's result.json`);
  return input.result;
}

// ───────────────────────────── sentences ─────────────────────────────

/** "partner 22223333-…" / "Conditional Access policy ca00…" — the object a change is about (plain text, unescaped). */
export function changeSubject(c: ConfigChange): string {
  const label = OBJECT_LABELS[c.objectType] ?? c.objectType;
  switch (c.objectType) {
    case 'crossTenantAccessDefault':
    case 'crossTenantAccessPolicy':
    case 'authorizationPolicy':
    case 'emailOtpConfiguration':
    case 'authenticationFlowsPolicy':
    case 'externalIdentitiesPolicy':
    case 'domainPolicy':
    case 'guests':
      return label;
    default:
      return `${label} ${c.objectId}${c.objectName && c.objectName !== c.objectId ? ` (${c.objectName})` : ''}`;
  }
}

/** What happened, after the subject: "inbound MFA trust false → true (inherited from the default settings)". */
export function changeText(c: ConfigChange): string {
  if (c.change === 'added') return 'added';
  if (c.change === 'removed') return 'removed';
  if (c.note === 'entry added') return `${c.label}: ${c.after} added`;
  if (c.note === 'entry removed') return `${c.label}: ${c.before} removed`;
  if (c.before === undefined) return `${c.label ?? c.field}: ${c.after}`;
  return `${c.label ?? c.field} ${c.before} → ${c.after}${c.note ? ` (${c.note})` : ''}`;
}
