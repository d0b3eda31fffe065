import { countOf, wordFor } from '../util/count-of.js';
import type { ConditionalAccessGuestsOrExternalUsers, ConditionalAccessPolicy } from '../snapshot/snapshot.types.js';

/**
 * How a Conditional Access policy applies to guests and external users — the shared analysis behind every
 * `ca-guest-*` rule and the XTAP × CA cross-joins. Facts: Graph `conditionalAccessGuestsOrExternalUsers`
 * (`guestOrExternalUserTypes` is a flags enum serialised as a comma-separated string; `externalTenants` is "all"
 * or an enumerated list of tenant ids), `conditionalAccessUsers` (keywords `All`, `None`, `GuestsOrExternalUsers`).
 *
 * Everything here errs the same way: what a policy *includes* is under-estimated and what it *excludes* is
 * over-estimated, so a rule built on it can only say "covered" when it really is.
 */

/** Every guest / external user type Conditional Access distinguishes (`unknownFutureValue` and `none` excluded). */
export const GUEST_TYPES = [
  'internalGuest',
  'b2bCollaborationGuest',
  'b2bCollaborationMember',
  'b2bDirectConnectUser',
  'otherExternalUser',
  'serviceProvider',
] as const;
export type GuestType = (typeof GUEST_TYPES)[number];

/** The guest and external user types as the Entra admin center names them in a policy's user conditions. */
const GUEST_TYPE_WORDS: Record<GuestType, string> = {
  internalGuest: 'local guest users',
  b2bCollaborationGuest: 'B2B collaboration guest users',
  b2bCollaborationMember: 'B2B collaboration member users',
  b2bDirectConnectUser: 'B2B direct connect users',
  otherExternalUser: 'other external users',
  serviceProvider: 'service provider users',
};

/** Guest types in words for a sentence: "B2B collaboration guest users and B2B direct connect users". */
export function guestTypeWords(types: readonly string[]): string {
  if (types.length === GUEST_TYPES.length) return 'every kind of guest and external user';
  const words = types.map((t) => GUEST_TYPE_WORDS[t as GuestType] ?? t);
  return words.length <= 1 ? (words[0] ?? 'no guest type') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The guest types that come from another Entra tenant and are therefore subject to cross-tenant inbound trust. */
export const ENTRA_B2B_TYPES: readonly GuestType[] = ['b2bCollaborationGuest', 'b2bCollaborationMember', 'b2bDirectConnectUser'];
/** The guest types that B2B collaboration (invitations) produces — the ones inbound MFA trust is about. */
export const B2B_COLLABORATION_TYPES: readonly GuestType[] = ['b2bCollaborationGuest', 'b2bCollaborationMember'];

/**
 * Guest types whose users may authenticate with something other than Microsoft Entra ID — email one-time passcode,
 * SAML/WS-Fed federation, Google, a personal Microsoft account. Authentication strengths apply only to external
 * users who authenticate with Entra ID; these need the MFA grant. Internal guests sign in to your own tenant, B2B
 * direct connect users and service providers always come from an Entra tenant.
 */
export const MAYBE_NON_ENTRA_TYPES: readonly GuestType[] = ['b2bCollaborationGuest', 'b2bCollaborationMember', 'otherExternalUser'];

const TYPE_BY_LOWER = new Map<string, GuestType>(GUEST_TYPES.map((t) => [t.toLowerCase(), t]));

// ---------------------------------------------------------------------------------------------------------------
// Sets of external tenants

/** A set of external tenants: every tenant except some, or only the named ones. Tenant ids are compared lower-case. */
export type TenantSet = { kind: 'all'; except: ReadonlySet<string> } | { kind: 'only'; tenants: ReadonlySet<string> };

export const ALL_TENANTS: TenantSet = Object.freeze({ kind: 'all', except: new Set<string>() });
export const NO_TENANTS: TenantSet = Object.freeze({ kind: 'only', tenants: new Set<string>() });

const lower = (ids: Iterable<string>): Set<string> => new Set([...ids].map((s) => s.toLowerCase()));
const intersect = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> => new Set([...a].filter((x) => b.has(x)));
const subtract = (a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> => new Set([...a].filter((x) => !b.has(x)));

export function onlyTenants(ids: Iterable<string>): TenantSet {
  return { kind: 'only', tenants: lower(ids) };
}

export function union(a: TenantSet, b: TenantSet): TenantSet {
  if (a.kind === 'all') return { kind: 'all', except: b.kind === 'all' ? intersect(a.except, b.except) : subtract(a.except, b.tenants) };
  if (b.kind === 'all') return { kind: 'all', except: subtract(b.except, a.tenants) };
  return { kind: 'only', tenants: new Set([...a.tenants, ...b.tenants]) };
}

/** a − b. */
export function minus(a: TenantSet, b: TenantSet): TenantSet {
  if (a.kind === 'all') {
    return b.kind === 'all'
      ? { kind: 'only', tenants: subtract(b.except, a.except) }
      : { kind: 'all', except: new Set([...a.except, ...b.tenants]) };
  }
  return { kind: 'only', tenants: b.kind === 'all' ? intersect(a.tenants, b.except) : subtract(a.tenants, b.tenants) };
}

/** a ∩ b. */
export function intersection(a: TenantSet, b: TenantSet): TenantSet {
  if (a.kind === 'all' && b.kind === 'all') return { kind: 'all', except: new Set([...a.except, ...b.except]) };
  if (a.kind === 'all') return { kind: 'only', tenants: subtract((b as { tenants: ReadonlySet<string> }).tenants, a.except) };
  if (b.kind === 'all') return { kind: 'only', tenants: subtract(a.tenants, b.except) };
  return { kind: 'only', tenants: intersect(a.tenants, b.tenants) };
}

export function hasTenant(s: TenantSet, tenantId: string): boolean {
  const id = tenantId.toLowerCase();
  return s.kind === 'all' ? !s.except.has(id) : s.tenants.has(id);
}

export const isEveryTenant = (s: TenantSet): boolean => s.kind === 'all' && s.except.size === 0;
export const isNoTenant = (s: TenantSet): boolean => s.kind === 'only' && s.tenants.size === 0;

/** Does the set hold every tenant that is not in `known` (i.e. every tenant the default cross-tenant policy governs)? */
export function coversAllTenantsBesides(s: TenantSet, known: Iterable<string>): boolean {
  if (s.kind !== 'all') return false;
  const k = lower(known);
  return [...s.except].every((t) => k.has(t));
}

/** Does the set hold at least one tenant outside `known` (one the default cross-tenant policy governs)? */
export function reachesTenantsBesides(s: TenantSet, known: Iterable<string>): boolean {
  if (s.kind === 'all') return true;
  const k = lower(known);
  return [...s.tenants].some((t) => !k.has(t));
}

export function describeTenants(s: TenantSet): string {
  if (s.kind === 'all') return s.except.size ? `all external tenants except ${[...s.except].sort().join(', ')}` : 'all external tenants';
  return s.tenants.size ? `tenants ${[...s.tenants].sort().join(', ')}` : 'no tenant';
}

// ---------------------------------------------------------------------------------------------------------------
// Which guests a policy covers

export type GuestTypeCoverage = Record<GuestType, TenantSet>;

export interface GuestCoverage {
  /** Per guest type, the external tenants whose users of that type the policy applies to (after its guest-type exclusions). */
  byType: GuestTypeCoverage;
  /** `includeUsers` holds `All`. */
  includesAllUsers: boolean;
  /** The policy names guests explicitly (`GuestsOrExternalUsers` keyword or `includeGuestsOrExternalUsers`). */
  targetsGuestsExplicitly: boolean;
  /** Exclusions that might hold guests: Graph cannot tell from the policy alone who is in them. */
  possibleGuestExclusions: { users: string[]; groups: string[]; roles: string[] };
  /** Values we did not recognise (guest type literals, tenant membership kinds). Never read as "covered". */
  unknown: string[];
}

const emptyCoverage = (): GuestTypeCoverage => Object.fromEntries(GUEST_TYPES.map((t) => [t, NO_TENANTS])) as GuestTypeCoverage;
const fullCoverage = (): GuestTypeCoverage => Object.fromEntries(GUEST_TYPES.map((t) => [t, ALL_TENANTS])) as GuestTypeCoverage;

const hasKeyword = (list: readonly string[] | null | undefined, keyword: string): boolean =>
  (list ?? []).some((v) => v.toLowerCase() === keyword.toLowerCase());
const USER_KEYWORDS = new Set(['all', 'none', 'guestsorexternalusers']);

/** Split a `guestOrExternalUserTypes` flags string. Splits on ',' and trims; never compares the whole string. */
export function parseGuestTypes(value: string | null | undefined): { types: GuestType[]; unknown: string[] } {
  const types: GuestType[] = [];
  const unknown: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const token = raw.trim();
    if (!token || token.toLowerCase() === 'none') continue;
    const t = TYPE_BY_LOWER.get(token.toLowerCase());
    if (t) {
      if (!types.includes(t)) types.push(t);
    } else unknown.push(token);
  }
  return { types, unknown };
}

/**
 * The tenants a guests-or-external-users block names. `null` externalTenants means all. An unrecognised kind is
 * reported and resolved conservatively: an include names only its listed members, an exclude every tenant.
 */
function parseTenants(spec: ConditionalAccessGuestsOrExternalUsers, side: 'include' | 'exclude', unknown: string[]): TenantSet {
  const ext = spec.externalTenants;
  if (!ext) return ALL_TENANTS;
  const kind = (ext.membershipKind ?? '').toLowerCase();
  const odata = (ext['@odata.type'] ?? '').toLowerCase();
  if (kind === 'all' || (!kind && odata.endsWith('conditionalaccessallexternaltenants'))) return ALL_TENANTS;
  if (kind === 'enumerated' || (!kind && odata.endsWith('conditionalaccessenumeratedexternaltenants')))
    return onlyTenants(ext.members ?? []);
  unknown.push(`externalTenants.membershipKind "${ext.membershipKind ?? ext['@odata.type'] ?? ''}"`);
  return side === 'include' ? onlyTenants(ext.members ?? []) : ALL_TENANTS;
}

/** Apply one guests-or-external-users block: internal guests are local accounts, so tenant lists never narrow them. */
function typeSets(
  spec: ConditionalAccessGuestsOrExternalUsers | null | undefined,
  side: 'include' | 'exclude',
  unknown: string[],
): Partial<GuestTypeCoverage> {
  if (!spec) return {};
  const { types, unknown: badTypes } = parseGuestTypes(spec.guestOrExternalUserTypes);
  unknown.push(...badTypes.map((t) => `guestOrExternalUserTypes "${t}"`));
  if (!types.length) return {};
  const tenants = parseTenants(spec, side, unknown);
  return Object.fromEntries(types.map((t) => [t, t === 'internalGuest' ? ALL_TENANTS : tenants]));
}

export function guestCoverage(policy: ConditionalAccessPolicy): GuestCoverage {
  const users = policy.conditions?.users ?? {};
  const unknown: string[] = [];
  const includesAllUsers = hasKeyword(users.includeUsers, 'All');
  const guestsKeyword = hasKeyword(users.includeUsers, 'GuestsOrExternalUsers');
  let byType = includesAllUsers || guestsKeyword ? fullCoverage() : emptyCoverage();
  const included = typeSets(users.includeGuestsOrExternalUsers, 'include', unknown);
  for (const [t, s] of Object.entries(included) as Array<[GuestType, TenantSet]>) byType[t] = union(byType[t], s);

  if (hasKeyword(users.excludeUsers, 'GuestsOrExternalUsers') || hasKeyword(users.excludeUsers, 'All')) byType = emptyCoverage();
  const excluded = typeSets(users.excludeGuestsOrExternalUsers, 'exclude', unknown);
  for (const [t, s] of Object.entries(excluded) as Array<[GuestType, TenantSet]>) byType[t] = minus(byType[t], s);

  return {
    byType,
    includesAllUsers,
    targetsGuestsExplicitly: guestsKeyword || Object.keys(included).length > 0,
    possibleGuestExclusions: {
      users: (users.excludeUsers ?? []).filter((u) => !USER_KEYWORDS.has(u.toLowerCase())),
      groups: [...(users.excludeGroups ?? [])],
      roles: [...(users.excludeRoles ?? [])],
    },
    unknown,
  };
}

/** Guest types (of `types`) the coverage misses entirely or for some tenants. */
export function uncoveredTypes(coverage: GuestTypeCoverage, types: readonly GuestType[] = GUEST_TYPES): GuestType[] {
  return types.filter((t) => !isEveryTenant(coverage[t]));
}

export function coversAnyGuest(c: GuestCoverage): boolean {
  return GUEST_TYPES.some((t) => !isNoTenant(c.byType[t]));
}

/** Joint coverage of several policies: Conditional Access applies every matching policy, so coverage unions. */
export function unionCoverage(list: readonly GuestTypeCoverage[]): GuestTypeCoverage {
  const out = emptyCoverage();
  for (const c of list) for (const t of GUEST_TYPES) out[t] = union(out[t], c[t]);
  return out;
}

/** Per guest type, the tenants both coverages hold. */
export function intersectCoverage(a: GuestTypeCoverage, b: GuestTypeCoverage): GuestTypeCoverage {
  return Object.fromEntries(GUEST_TYPES.map((t) => [t, intersection(a[t], b[t])])) as GuestTypeCoverage;
}

export function describeCoverage(c: GuestTypeCoverage): Record<GuestType, string> {
  return Object.fromEntries(GUEST_TYPES.map((t) => [t, describeTenants(c[t])])) as Record<GuestType, string>;
}

/**
 * Exclusions that may hold guests, after what the snapshot can settle: an excluded user who is known not to be a
 * guest (the guest list was collected and does not hold them) is harmless; `ignore` lists object ids the operator
 * vouches for (e.g. a break-glass group). Whatever is left is "possibly excludes guests".
 */
export function unresolvedGuestExclusions(
  c: GuestCoverage,
  opts: { guestIds?: ReadonlySet<string>; ignore?: readonly string[] } = {},
): { guests: string[]; users: string[]; groups: string[]; roles: string[] } {
  const ignore = lower(opts.ignore ?? []);
  const keep = (ids: readonly string[]) => ids.filter((id) => !ignore.has(id.toLowerCase()));
  const users = keep(c.possibleGuestExclusions.users);
  const guestIds = opts.guestIds ? lower(opts.guestIds) : undefined;
  return {
    guests: guestIds ? users.filter((u) => guestIds.has(u.toLowerCase())) : [],
    users: guestIds ? [] : users,
    groups: keep(c.possibleGuestExclusions.groups),
    roles: keep(c.possibleGuestExclusions.roles),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// State, applications, conditions

export type PolicyState = 'enabled' | 'reportOnly' | 'disabled' | 'unknown';

export function policyState(p: ConditionalAccessPolicy): PolicyState {
  switch ((p.state ?? '').toLowerCase()) {
    case 'enabled':
      return 'enabled';
    case 'enabledforreportingbutnotenforced':
      return 'reportOnly';
    case 'disabled':
      return 'disabled';
    default:
      return 'unknown';
  }
}

/** The policy applies to every cloud app: `All` included, nothing excluded, no app filter, no user actions or auth contexts instead. */
export function appliesToAllApps(p: ConditionalAccessPolicy): { all: boolean; why?: string } {
  const apps = p.conditions?.applications;
  if (!apps) return { all: false, why: 'no application condition' };
  if (!hasKeyword(apps.includeApplications, 'All')) {
    const actions = apps.includeUserActions as unknown[] | undefined;
    const contexts = apps.includeAuthenticationContextClassReferences as unknown[] | undefined;
    if (actions?.length) return { all: false, why: 'targets user actions, not applications' };
    if (contexts?.length) return { all: false, why: 'targets authentication contexts, not applications' };
    return { all: false, why: `targets selected applications (${(apps.includeApplications ?? []).join(', ') || 'none'})` };
  }
  if (apps.excludeApplications?.length) return { all: false, why: `excludes applications ${apps.excludeApplications.join(', ')}` };
  if (apps.applicationFilter) return { all: false, why: 'narrowed by an application filter' };
  return { all: true };
}

const CLIENT_APP_TYPES_ALL = ['browser', 'mobileappsanddesktopclients', 'exchangeactivesync', 'other'];
/** Modern-authentication clients, and the legacy ones ("Exchange ActiveSync clients", "Other clients"). */
const MODERN_CLIENTS = ['browser', 'mobileappsanddesktopclients'];
const LEGACY_CLIENTS = ['exchangeactivesync', 'other'];

/** Client app types a policy applies to, lower-cased. `all`, or no list at all, is every type. */
export function clientAppTypes(p: ConditionalAccessPolicy): Set<string> {
  const apps = (p.conditions?.clientAppTypes ?? []).map((a) => a.toLowerCase());
  return new Set(!apps.length || apps.includes('all') ? CLIENT_APP_TYPES_ALL : apps);
}

/** The policy applies to both modern client types (browser, mobile apps and desktop clients). */
export const coversModernClients = (p: ConditionalAccessPolicy): boolean => MODERN_CLIENTS.every((c) => clientAppTypes(p).has(c));
/** The policy leaves out some client app type. */
export const narrowsClientApps = (p: ConditionalAccessPolicy): boolean => !CLIENT_APP_TYPES_ALL.every((c) => clientAppTypes(p).has(c));

/** Conditions that make a policy apply only to some sign-ins (risk, location, platform, client app, device, flow). */
export function narrowingConditions(p: ConditionalAccessPolicy): string[] {
  const c = p.conditions ?? {};
  const out: string[] = [];
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  if (nonEmpty(c.signInRiskLevels)) out.push('signInRiskLevels');
  if (nonEmpty(c.userRiskLevels)) out.push('userRiskLevels');
  if (nonEmpty(c.servicePrincipalRiskLevels)) out.push('servicePrincipalRiskLevels');
  if (c.insiderRiskLevels) out.push('insiderRiskLevels');
  const loc = c.locations as { includeLocations?: string[] | null; excludeLocations?: string[] | null } | null | undefined;
  if (loc && (!hasKeyword(loc.includeLocations, 'All') || nonEmpty(loc.excludeLocations))) out.push('locations');
  const plat = c.platforms as { includePlatforms?: string[] | null; excludePlatforms?: string[] | null } | null | undefined;
  if (plat && (!hasKeyword(plat.includePlatforms, 'all') || nonEmpty(plat.excludePlatforms))) out.push('platforms');
  const apps = (c.clientAppTypes ?? []).map((a) => a.toLowerCase());
  if (apps.length && !apps.includes('all') && !CLIENT_APP_TYPES_ALL.every((a) => apps.includes(a))) out.push('clientAppTypes');
  const dev = c.devices as
    | { deviceFilter?: { rule?: string | null } | null; includeDevices?: unknown[] | null; excludeDevices?: unknown[] | null }
    | null
    | undefined;
  if (dev && ((dev.deviceFilter?.rule ?? '').trim() || nonEmpty(dev.includeDevices) || nonEmpty(dev.excludeDevices))) out.push('devices');
  const flows = c.authenticationFlows as { transferMethods?: string | null } | null | undefined;
  if (flows?.transferMethods && flows.transferMethods.toLowerCase() !== 'none') out.push('authenticationFlows');
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Grant and session controls

export const DEVICE_CONTROLS = ['compliantDevice', 'domainJoinedDevice'] as const;
export type DeviceControl = (typeof DEVICE_CONTROLS)[number];

/** Controls an external user can satisfy without a device claim from their home tenant. */
const GUEST_MEETABLE = new Set(['mfa', 'authenticationstrength', 'approvedapplication', 'termsofuse', 'customfactor']);
/** @graph microsoft.graph.conditionalAccessGrantControls.builtInControls */
const KNOWN_BUILTIN = new Set([
  'block',
  'mfa',
  'compliantdevice',
  'domainjoineddevice',
  'approvedapplication',
  'compliantapplication',
  'passwordchange',
  'riskremediation',
]);

export interface GrantAnalysis {
  blocks: boolean;
  /**
   * `required`: every way to satisfy the grant includes MFA (the MFA control or an MFA authentication strength);
   * `optional`: MFA is one alternative among others; `none`.
   */
  mfa: 'required' | 'optional' | 'none';
  /** The same for the built-in MFA control alone (authentication strengths left out). */
  mfaByBuiltIn: 'required' | 'optional' | 'none';
  /** The authentication strength of the grant, as Graph returns it (with `allowedCombinations`), if any. */
  strength: Record<string, unknown> | null;
  /**
   * Device controls in the grant. `requiresAll`: every control must be met (AND, or a single control); otherwise any
   * one of `controls` will do. `guestAlternatives`: with OR, the other controls an external user can meet without a
   * device claim (MFA, authentication strength, approved client app, terms of use, custom factor).
   */
  device: { controls: DeviceControl[]; requiresAll: boolean; guestAlternatives: string[] };
  /** Every control of the grant, as alternatives (OR) or together (AND). */
  controls: string[];
  operator: 'AND' | 'OR';
  unknown: string[];
}

/** An authentication strength satisfies MFA unless its `requirementsSatisfied` says otherwise. */
function strengthIsMfa(strength: Record<string, unknown>): boolean {
  const req = strength.requirementsSatisfied;
  if (req === undefined || req === null) return true;
  const values = Array.isArray(req) ? req.map(String) : String(req).split(',');
  return values.some((v) => v.trim().toLowerCase() === 'mfa');
}

export function analyseGrant(p: ConditionalAccessPolicy): GrantAnalysis {
  const g = p.grantControls;
  const unknown: string[] = [];
  const builtIn = (g?.builtInControls ?? []).map((c) => c.trim());
  for (const c of builtIn) if (!KNOWN_BUILTIN.has(c.toLowerCase())) unknown.push(`builtInControls "${c}"`);
  const strength = g?.authenticationStrength ?? null;
  const terms = (g?.termsOfUse as unknown[] | undefined) ?? [];
  const custom = (g?.customAuthenticationFactors as unknown[] | undefined) ?? [];
  // Graph's builtInControls values, plus gatehouse's names for the grant's other requirements: authenticationStrength,
  // termsOfUse and customFactor (from authenticationStrength, termsOfUse and customAuthenticationFactors).
  /** @graph microsoft.graph.conditionalAccessGrantControls.builtInControls */
  const controls = [
    ...builtIn,
    ...(strength ? [strengthIsMfa(strength) ? 'authenticationStrength' : 'authenticationStrength(non-MFA)'] : []),
    ...terms.map(() => 'termsOfUse'),
    ...custom.map(() => 'customFactor'),
  ];
  const rawOp = (g?.operator ?? '').toUpperCase();
  // With a single control the operator does not matter; an unrecognised operator is read as OR, the weaker one.
  const operator: 'AND' | 'OR' = rawOp === 'AND' ? 'AND' : 'OR';
  if (g && rawOp && rawOp !== 'AND' && rawOp !== 'OR') unknown.push(`operator "${g.operator}"`);
  const lc = controls.map((c) => c.toLowerCase());
  const isMfa = (/** @graph microsoft.graph.conditionalAccessGrantControls.builtInControls */ c: string) =>
    c === 'mfa' || c === 'authenticationstrength';
  const blocks = lc.includes('block');
  const level = (counts: (c: string) => boolean): GrantAnalysis['mfa'] => {
    if (blocks || !lc.some(counts)) return 'none';
    return operator === 'AND' || lc.every(counts) ? 'required' : 'optional';
  };
  const mfa = level(isMfa);
  const mfaByBuiltIn = level((/** @graph microsoft.graph.conditionalAccessGrantControls.builtInControls */ c) => c === 'mfa');
  const deviceControls = DEVICE_CONTROLS.filter((d) => lc.includes(d.toLowerCase()));
  const guestAlternatives = operator === 'OR' ? controls.filter((c) => GUEST_MEETABLE.has(c.toLowerCase())) : [];
  return {
    blocks,
    mfa,
    mfaByBuiltIn,
    strength,
    device: { controls: deviceControls, requiresAll: operator === 'AND' || controls.length === 1, guestAlternatives },
    controls,
    operator,
    unknown,
  };
}

/** Grant controls as the Entra admin center names them ("Require multifactor authentication" → "MFA"). */
const CONTROL_WORDS: Record<string, string> = {
  mfa: 'MFA',
  block: 'blocking access',
  compliantdevice: 'a compliant device',
  domainjoineddevice: 'a hybrid-joined device',
  approvedapplication: 'an approved client app',
  compliantapplication: 'an app protection policy',
  passwordchange: 'a password change',
  authenticationstrength: 'an authentication strength',
  'authenticationstrength(non-mfa)': 'an authentication strength without MFA',
  termsofuse: 'accepting the terms of use',
  customfactor: 'a custom control',
};

/** Grant controls in words: "MFA or a compliant device", "accepting the terms of use". */
export function grantControlWords(controls: readonly string[], operator: 'AND' | 'OR'): string {
  const words = [...new Set(controls.map((c) => CONTROL_WORDS[c.toLowerCase()] ?? c))];
  if (words.length <= 1) return words[0] ?? 'no grant control';
  return `${words.slice(0, -1).join(', ')} ${operator === 'AND' ? 'and' : 'or'} ${words[words.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------------------------
// What an external Entra user can satisfy

/** The effective inbound trust of the resource tenant towards one external tenant (partner value, else default). */
export interface InboundTrust {
  mfa: boolean;
  compliantDevice: boolean;
  hybridJoinedDevice: boolean;
}

/** The trust a resolved cross-tenant policy grants (each claim's value, whatever its source), in the shape above. */
export function inboundTrustFrom(claims: {
  isMfaAccepted: { value: boolean };
  isCompliantDeviceAccepted: { value: boolean };
  isHybridAzureADJoinedDeviceAccepted: { value: boolean };
}): InboundTrust {
  return {
    mfa: claims.isMfaAccepted.value,
    compliantDevice: claims.isCompliantDeviceAccepted.value,
    hybridJoinedDevice: claims.isHybridAzureADJoinedDeviceAccepted.value,
  };
}

export type Meetable = { can: true } | { can: false; why: string } | { can: 'unknown'; why: string };

/**
 * Authentication methods an external user can complete *in the resource tenant* (without MFA trust): text message,
 * voice call, Authenticator push, OATH software token. Phone sign-in, hardware OATH, FIDO2, Windows Hello for
 * Business and certificate-based authentication count only when done in the home tenant and trusted.
 */
/** @graph microsoft.graph.authenticationStrengthPolicy.allowedCombinations */
const RESOURCE_TENANT_METHODS = ['sms', 'voice', 'microsoftAuthenticatorPush', 'softwareOath'];
const RESOURCE_TENANT_METHOD = new Set(RESOURCE_TENANT_METHODS.map((m) => m.toLowerCase()));
/** Built-in strengths by id, for a strength returned without its combinations: can it be met in the resource tenant? */
const BUILT_IN_STRENGTHS: Record<string, { name: string; resourceTenant: boolean }> = {
  '00000000-0000-0000-0000-000000000002': { name: 'Multifactor authentication', resourceTenant: true },
  '00000000-0000-0000-0000-000000000003': { name: 'Passwordless MFA', resourceTenant: false },
  '00000000-0000-0000-0000-000000000004': { name: 'Phishing-resistant MFA', resourceTenant: false },
};

/**
 * Methods of Microsoft's phishing-resistant MFA strength: Windows Hello for Business, FIDO2 security keys (passkeys)
 * and multifactor certificate-based authentication.
 * @graph microsoft.graph.authenticationStrengthPolicy.allowedCombinations
 */
const PHISHING_RESISTANT_METHODS = new Set(['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'].map((m) => m.toLowerCase()));

/**
 * Whether every combination an authentication strength allows is phishing-resistant; `unknown` when the strength
 * comes without its combinations and is not one of Microsoft's built-in strengths.
 */
export function strengthIsPhishingResistant(strength: Record<string, unknown>): boolean | 'unknown' {
  const combos = strength.allowedCombinations;
  if (Array.isArray(combos) && combos.length && combos.every((c) => typeof c === 'string')) {
    return (combos as string[]).every((combo) => combo.split(',').every((m) => PHISHING_RESISTANT_METHODS.has(m.trim().toLowerCase())));
  }
  const id = String(strength.id ?? '').toLowerCase();
  if (id === '00000000-0000-0000-0000-000000000004') return true;
  return BUILT_IN_STRENGTHS[id] ? false : 'unknown';
}

/** Whether an authentication strength holds a combination an external user can complete in the resource tenant. */
export function strengthMeetableInResourceTenant(strength: Record<string, unknown>): boolean | 'unknown' {
  const combos = strength.allowedCombinations;
  if (Array.isArray(combos) && combos.length && combos.every((c) => typeof c === 'string')) {
    return (combos as string[]).some((combo) => {
      /** @graph microsoft.graph.authenticationStrengthPolicy.allowedCombinations */
      const parts = combo.split(',').map((x) => x.trim().toLowerCase());
      return parts.some((x) => RESOURCE_TENANT_METHOD.has(x)) && parts.every((x) => x === 'password' || RESOURCE_TENANT_METHOD.has(x));
    });
  }
  const builtIn = BUILT_IN_STRENGTHS[String(strength.id ?? '').toLowerCase()];
  return builtIn ? builtIn.resourceTenant : 'unknown';
}

/**
 * Whether a user from another Entra tenant — a B2B collaboration guest or member, or a B2B direct connect user —
 * can satisfy one grant control under the resource tenant's inbound trust for that tenant (Microsoft's comparison
 * table of Conditional Access controls for B2B collaboration and B2B direct connect users):
 * - compliant / hybrid-joined device: only with the matching device trust (their devices are managed at home);
 * - MFA: B2B collaboration users can register MFA in the resource tenant; direct connect users only with MFA trust;
 * - authentication strength: with MFA trust any strength (home-tenant methods count); without it, only one holding a
 *   method the resource tenant can offer them — a phishing-resistant or passwordless strength cannot be met;
 *   direct connect users need MFA trust;
 * - approved client app, app protection policy, password change: not supported for external users;
 * - terms of use: B2B collaboration users only;
 * - custom controls: not supported for direct connect (they rely on trusted claims); for B2B collaboration the docs
 *   are silent, so the answer is unknown rather than guessed.
 */
export function entraGuestCanMeet(
  /** @graph microsoft.graph.conditionalAccessGrantControls.builtInControls */ control: string,
  type: GuestType,
  trust: InboundTrust,
  strength: Record<string, unknown> | null,
): Meetable {
  const directConnect = type === 'b2bDirectConnectUser';
  // gatehouse's names for the grant's strength (with or without MFA), terms of use and custom factors (see analyseGrant).
  if (control.toLowerCase().startsWith('authenticationstrength')) {
    if (trust.mfa) return { can: true };
    if (directConnect)
      return { can: false, why: 'B2B direct connect users can meet an authentication strength only when MFA from their tenant is trusted' };
    const resource = strength ? strengthMeetableInResourceTenant(strength) : 'unknown';
    if (resource === true) return { can: true };
    if (resource === 'unknown') return { can: 'unknown', why: 'the authentication strength does not list its method combinations' };
    return {
      can: false,
      why: 'without MFA trust they complete MFA in your tenant, where no method of this authentication strength is available to them',
    };
  }
  switch (control.toLowerCase()) {
    case 'compliantdevice':
      return trust.compliantDevice ? { can: true } : { can: false, why: 'compliant-device claims from their tenant are not trusted' };
    case 'domainjoineddevice':
      return trust.hybridJoinedDevice
        ? { can: true }
        : { can: false, why: 'hybrid-joined-device claims from their tenant are not trusted' };
    case 'mfa':
      if (!directConnect || trust.mfa) return { can: true };
      return { can: false, why: 'B2B direct connect users can meet MFA only when MFA from their tenant is trusted' };
    case 'approvedapplication':
    case 'compliantapplication':
      return { can: false, why: 'approved client app and app protection policy grants are not supported for external users' };
    case 'passwordchange':
    case 'riskremediation':
      return { can: false, why: 'external users cannot change their password or remediate risk in your tenant' };
    case 'termsofuse':
      return directConnect ? { can: false, why: 'terms of use are not supported for B2B direct connect users' } : { can: true };
    case 'customfactor':
      return directConnect
        ? { can: false, why: 'custom controls are not supported for B2B direct connect users' }
        : { can: 'unknown', why: 'whether an external user can complete a custom control is not documented' };
    case 'block':
      return { can: false, why: 'blocks access' };
    default:
      return { can: 'unknown', why: `grant control "${control}" is not one gatehouse knows` };
  }
}

/** Whether an external Entra user of `type` can satisfy the whole grant: every control with AND, any one with OR. */
export function entraGuestCanMeetGrant(
  grant: GrantAnalysis,
  type: GuestType,
  trust: InboundTrust,
): { can: boolean | 'unknown'; unmet: Array<{ control: string; why: string }> } {
  const verdicts = grant.controls.map((control) => ({ control, v: entraGuestCanMeet(control, type, trust, grant.strength) }));
  const unmet = verdicts.flatMap(({ control, v }) => (v.can === true ? [] : [{ control, why: v.why }]));
  if (!verdicts.length) return { can: true, unmet };
  if (grant.operator === 'AND' || verdicts.length === 1) {
    if (verdicts.some(({ v }) => v.can === false)) return { can: false, unmet };
    return { can: verdicts.every(({ v }) => v.can === true) ? true : 'unknown', unmet };
  }
  if (verdicts.some(({ v }) => v.can === true)) return { can: true, unmet };
  return { can: verdicts.some(({ v }) => v.can === 'unknown') ? 'unknown' : false, unmet };
}

export type SignInFrequency = { kind: 'everyTime' } | { kind: 'periodic'; hours: number } | { kind: 'unknown'; detail: string };

/** The policy's sign-in frequency session control, when enabled. */
export function signInFrequency(p: ConditionalAccessPolicy): SignInFrequency | undefined {
  const sif = (p.sessionControls as { signInFrequency?: Record<string, unknown> | null } | null | undefined)?.signInFrequency;
  if (!sif || sif.isEnabled === false) return undefined;
  if (String(sif.frequencyInterval ?? '').toLowerCase() === 'everytime') return { kind: 'everyTime' };
  const value = typeof sif.value === 'number' ? sif.value : Number.NaN;
  const type = String(sif.type ?? '').toLowerCase();
  if (!Number.isFinite(value) || value <= 0) return { kind: 'unknown', detail: `value ${String(sif.value)}` };
  if (type === 'hours') return { kind: 'periodic', hours: value };
  if (type === 'days') return { kind: 'periodic', hours: value * 24 };
  return { kind: 'unknown', detail: `type "${String(sif.type)}"` };
}

export function describeSignInFrequency(s: SignInFrequency | undefined): string {
  if (!s) return 'not set';
  if (s.kind === 'everyTime') return 'every time';
  if (s.kind === 'periodic') return s.hours % 24 === 0 && s.hours >= 24 ? countOf(s.hours / 24, 'day') : countOf(s.hours, 'hour');
  return `unreadable (${s.detail})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Findings' resources

export const CA_ROOT_RESOURCE = {
  type: 'conditionalAccessPolicies',
  id: 'conditionalAccess',
  displayName: 'Conditional Access policies',
  path: 'identity/conditionalAccess/policies',
} as const;

export function policyResource(p: ConditionalAccessPolicy) {
  return {
    type: 'conditionalAccessPolicy',
    id: p.id,
    displayName: p.displayName ?? p.id,
    path: `identity/conditionalAccess/policies/${p.id}`,
  };
}

/** A one-line summary of a policy for evidence. */
export function policySummary(p: ConditionalAccessPolicy): Record<string, unknown> {
  return { id: p.id, displayName: p.displayName ?? null, state: p.state ?? null };
}

// ---------------------------------------------------------------------------------------------------------------
// Screening policies for "every guest is covered" rules

export interface ScreenedPolicy {
  policy: ConditionalAccessPolicy;
  coverage: GuestCoverage;
  /** Why the policy does not count (empty when it does). */
  reasons: string[];
  /** Why it counts for only part of the guests it applies to (its coverage is already narrowed to that part). */
  countsOnly?: string;
}

export interface ScreenOptions {
  /** Ids of collected guests, to tell excluded guests from excluded members; undefined when guests were not collected. */
  guestIds?: ReadonlySet<string>;
  /** Object ids the operator vouches hold no guests (e.g. a break-glass group). */
  ignoredExclusions?: readonly string[];
  /** Narrowing conditions the rule itself expects (e.g. `clientAppTypes` for a legacy-authentication block). */
  allowedNarrowing?: readonly string[];
  /** The rule's own test: the reasons this policy does not do what the rule needs (empty: it does). */
  test: (p: ConditionalAccessPolicy, grant: GrantAnalysis) => string[];
  /**
   * For a policy that passes: the part of its guest coverage that really counts, when that is less than all of it
   * (e.g. an authentication strength counts only for guests who authenticate with Entra ID), and why.
   */
  limit?: (
    p: ConditionalAccessPolicy,
    grant: GrantAnalysis,
    byType: GuestTypeCoverage,
  ) => { byType: GuestTypeCoverage; why: string } | undefined;
}

/**
 * Sort the policies that touch guests into those that count for a coverage rule — enabled, all applications, no
 * narrowing conditions, no exclusion that may hold guests, and the rule's own test — and those that do not, with
 * the reasons (for evidence). Policies that apply to no guest at all are left out of both lists.
 */
export function screenGuestPolicies(
  policies: readonly ConditionalAccessPolicy[],
  opts: ScreenOptions,
): { counted: ScreenedPolicy[]; rejected: ScreenedPolicy[] } {
  const counted: ScreenedPolicy[] = [];
  const rejected: ScreenedPolicy[] = [];
  for (const policy of policies) {
    const coverage = guestCoverage(policy);
    if (!coversAnyGuest(coverage)) continue;
    const reasons: string[] = [];
    const state = policyState(policy);
    if (state === 'reportOnly') reasons.push('report-only (enabledForReportingButNotEnforced): evaluated but not enforced');
    else if (state !== 'enabled') reasons.push(`state is ${policy.state ?? 'missing'}`);
    const apps = appliesToAllApps(policy);
    if (!apps.all) reasons.push(apps.why ?? 'not all applications');
    const narrowing = narrowingConditions(policy).filter((n) => !(opts.allowedNarrowing ?? []).includes(n));
    if (narrowing.length) reasons.push(`applies only under conditions: ${narrowing.join(', ')}`);
    const excl = unresolvedGuestExclusions(coverage, {
      ...(opts.guestIds ? { guestIds: opts.guestIds } : {}),
      ignore: opts.ignoredExclusions ?? [],
    });
    if (excl.guests.length) reasons.push(`excludes ${wordFor(excl.guests.length, 'guest user')} ${excl.guests.join(', ')}`);
    if (excl.users.length)
      reasons.push(`excludes ${wordFor(excl.users.length, 'user')} ${excl.users.join(', ')} who may be guests (guest list not collected)`);
    if (excl.groups.length) reasons.push(`excludes ${wordFor(excl.groups.length, 'group')} ${excl.groups.join(', ')} that may hold guests`);
    if (excl.roles.length)
      reasons.push(`excludes ${wordFor(excl.roles.length, 'directory role')} ${excl.roles.join(', ')} that guests may hold`);
    const grant = analyseGrant(policy);
    reasons.push(...opts.test(policy, grant));
    const limited = reasons.length ? undefined : opts.limit?.(policy, grant, coverage.byType);
    if (limited) {
      const narrowed = { ...coverage, byType: limited.byType };
      if (coversAnyGuest(narrowed)) counted.push({ policy, coverage: narrowed, reasons, countsOnly: limited.why });
      else rejected.push({ policy, coverage, reasons: [limited.why] });
      continue;
    }
    (reasons.length ? rejected : counted).push({ policy, coverage, reasons });
  }
  return { counted, rejected };
}

/**
 * The rule test of an enforced legacy-authentication block: it blocks, and applies to at least one legacy client app
 * type (Exchange ActiveSync, other clients) — all client apps included. Client app types are the one narrowing such
 * a block is meant to have; which legacy types it covers is counted in `legacyBlockedCoverage`.
 */
export function legacyBlockTest(p: ConditionalAccessPolicy, grant: GrantAnalysis): string[] {
  const reasons: string[] = [];
  if (!grant.blocks) reasons.push('does not block');
  const types = clientAppTypes(p);
  if (!LEGACY_CLIENTS.some((c) => types.has(c)))
    reasons.push(
      `client app types are ${(p.conditions?.clientAppTypes ?? []).join(', ') || 'empty'}, neither exchangeActiveSync nor other`,
    );
  return reasons;
}

/** Screen policies for legacy-authentication blocks (see `legacyBlockTest`). */
export function screenLegacyBlocks(
  policies: readonly ConditionalAccessPolicy[],
  opts: Omit<ScreenOptions, 'test' | 'allowedNarrowing' | 'limit'>,
) {
  return screenGuestPolicies(policies, { ...opts, allowedNarrowing: ['clientAppTypes'], test: legacyBlockTest });
}

/**
 * The guests whose legacy sign-ins are blocked: Conditional Access applies every matching policy, so per legacy
 * client type the coverage is the union of the blocks that name it, and legacy authentication as a whole is blocked
 * where both types are (one policy for Exchange ActiveSync and another for other clients together suffice).
 */
export function legacyBlockedCoverage(counted: readonly ScreenedPolicy[]): GuestTypeCoverage {
  const perType = LEGACY_CLIENTS.map((c) =>
    unionCoverage(counted.filter((x) => clientAppTypes(x.policy).has(c)).map((x) => x.coverage.byType)),
  );
  return perType.reduce((a, b) => intersectCoverage(a, b));
}

/**
 * What the counted policies leave open: the checked guest types no policy covers for every tenant, and the joint
 * coverage of each checked type in words (for evidence).
 */
export function coverageGap(
  counted: readonly ScreenedPolicy[],
  guestTypes: readonly GuestType[],
): { missing: GuestType[]; coverage: Record<string, string> } {
  const joint = unionCoverage(counted.map((c) => c.coverage.byType));
  const described = describeCoverage(joint);
  return { missing: uncoveredTypes(joint, guestTypes), coverage: Object.fromEntries(guestTypes.map((t) => [t, described[t]])) };
}

/** Evidence entry for a screened policy. */
export function screenedEvidence(s: ScreenedPolicy): Record<string, unknown> {
  return {
    ...policySummary(s.policy),
    covers: Object.fromEntries(
      GUEST_TYPES.filter((t) => !isNoTenant(s.coverage.byType[t])).map((t) => [t, describeTenants(s.coverage.byType[t])]),
    ),
    ...(s.reasons.length ? { doesNotCountBecause: s.reasons } : {}),
    ...(s.countsOnly ? { countsOnly: s.countsOnly } : {}),
    ...(s.coverage.unknown.length ? { unrecognised: s.coverage.unknown } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Option schemas shared by the guest Conditional Access rules

export const GUEST_TYPES_OPTION = {
  schema: { type: 'array', items: { enum: [...GUEST_TYPES] }, minItems: 1, uniqueItems: true, default: [...GUEST_TYPES] },
  doc: 'Guest and external user types that must be covered. Default: all six Conditional Access distinguishes (as Maester MT.1016 and Prowler do); drop a type only when it cannot occur in your tenant.',
} as const;

/** Guest types a sign-in frequency session control applies to: not B2B direct connect users (their token lives one hour). */
export const SIGN_IN_FREQUENCY_TYPES: readonly GuestType[] = GUEST_TYPES.filter((t) => t !== 'b2bDirectConnectUser');

export const SIGN_IN_FREQUENCY_TYPES_OPTION = {
  schema: {
    type: 'array',
    items: { enum: [...SIGN_IN_FREQUENCY_TYPES] },
    minItems: 1,
    uniqueItems: true,
    default: [...SIGN_IN_FREQUENCY_TYPES],
  },
  doc: 'Guest and external user types that must be covered. Default: the five Conditional Access distinguishes that a sign-in frequency applies to; B2B direct connect users are not among them (sign-in frequency is not supported for them, and their token lives one hour), so they cannot be listed. Drop a type only when it cannot occur in your tenant.',
} as const;

export const IGNORED_EXCLUSIONS_OPTION = {
  schema: { type: 'array', items: { type: 'string', minLength: 1 }, default: [] as string[] },
  doc: 'Object ids of excluded groups, roles or users you vouch hold no guests (e.g. the break-glass group). Default empty: gatehouse cannot see group membership, so any other exclusion may exempt guests and the policy does not count.',
} as const;
