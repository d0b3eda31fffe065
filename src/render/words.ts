/**
 * Words for the reader of a report: what kind of object a finding is about, evidence labels, framework references.
 * Graph's names (crossTenantAccessPolicyConfigurationPartner, isMfaAccepted, cis-m365) are right for tools and the
 * technical details, not for a client's CISO; these turn them into plain words. Pure functions.
 */
import type { FrameworkId } from '../engine/rule.js';
import { FRAMEWORKS, findControl } from '../frameworks/index.js';
import type { RuleDoc } from './model.js';

/** Object kinds by Graph type, as a reader would name them. */
const RESOURCE_KINDS: Record<string, string> = {
  user: 'Guest account',
  crossTenantAccessPolicyConfigurationDefault: 'Default cross-tenant access settings',
  crossTenantAccessPolicyConfigurationPartner: 'Partner organisation',
  b2bManagementPolicy: 'Invitation domain policy',
  identityApiConnector: 'API connector',
  customAuthenticationExtension: 'Custom authentication extension',
  samlOrWsFedExternalDomainFederation: 'SAML/WS-Fed federation',
  authorizationPolicy: 'External collaboration settings',
  b2xIdentityUserFlow: 'Sign-up user flow',
  emailAuthenticationMethodConfiguration: 'Email one-time passcode settings',
  externalIdentitiesPolicy: 'External identities policy',
  groupSetting: 'Microsoft 365 group settings',
  conditionalAccessPolicy: 'Conditional Access policy',
  conditionalAccessPolicies: 'Conditional Access policies',
  application: 'Application',
  servicePrincipal: 'Enterprise application',
  groups: 'Groups',
  group: 'Group',
  accessReviewScheduleDefinition: 'Access review',
  accessPackageAssignmentPolicy: 'Access package policy',
  entitlementManagementSettings: 'Entitlement management settings',
  authenticationFlowsPolicy: 'Self-service sign-up settings',
  tenantSetting: 'Tenant setting',
};

export function resourceKind(type: string): string {
  return RESOURCE_KINDS[type] ?? sentenceCase(words(type));
}

/** Words that read as acronyms or product names rather than split camelCase. */
const SPECIAL_WORDS: Record<string, string> = {
  mfa: 'MFA',
  id: 'id',
  ids: 'ids',
  uri: 'URI',
  url: 'URL',
  b2b: 'B2B',
  b2x: 'B2X',
  ca: 'Conditional Access',
  otp: 'one-time passcode',
  upn: 'user principal name',
  sha256: 'SHA-256',
  azure: 'Azure',
  ad: 'AD',
  aad: 'Entra ID',
  microsoft: 'Microsoft',
  entra: 'Entra',
  saml: 'SAML',
  ws: 'WS',
};

/** Evidence keys whose words alone would mislead (or read as jargon), by key or dotted path. */
const EVIDENCE_LABELS: Record<string, string> = {
  inactiveSince: 'Counted from',
  inactivityBasis: 'What the count starts from',
  daysInactive: 'Days without a successful sign-in',
  successRecordedSince: 'Successful sign-ins recorded since',
  lastAttemptField: 'Last attempt recorded as',
  usersReach: 'Users let in',
  applicationsReach: 'Applications reached',
  directoryScopeId: 'Scope',
  roleDefinitionId: 'Role definition id',
  assignmentId: 'Assignment id',
  privilegedBecause: 'Privileged because',
  templateId: 'Settings template id',
  AllowGuestsToBeGroupOwner: 'Guests may own groups',
  appId: 'Application (client) id',
  ownerId: 'Owner id',
  inGuestList: 'Owner is in the guest list',
  metadataUrlSet: 'Metadata URL set',
  certWarnDays: 'Warning window (days)',
  notAfter: 'Valid until',
  notBefore: 'Valid from',
  matchedEntry: 'Matching list entry',
  list: 'Domain list',
  kind: 'Kind of list',
  accepted: 'Values this profile accepts',
  effective: 'Effective state',
  expected: 'Expected state',
};

/** camelCase or PascalCase (with dots for nesting) → lower-case words, acronyms kept. */
function words(key: string): string {
  return key
    .split('.')
    .map((part) =>
      part
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[\s_-]+/)
        .filter(Boolean)
        .map((w) => SPECIAL_WORDS[w.toLowerCase()] ?? w.toLowerCase())
        .join(' '),
    )
    .join(' › ');
}

const sentenceCase = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A readable label for an evidence key (dotted for nested values): `usersAndGroups.accessType` → "Users and groups › access type". */
export function evidenceLabel(key: string): string {
  const exact = EVIDENCE_LABELS[key];
  if (exact) return exact;
  const parts = key.split('.');
  const last = EVIDENCE_LABELS[parts[parts.length - 1]!];
  if (last && parts.length > 1) return `${sentenceCase(words(parts.slice(0, -1).join('.')))} › ${last.toLowerCase()}`;
  return sentenceCase(words(key));
}

// ---------------------------------------------------------------------------------------------------------------
// Frameworks

/** Short names of the frameworks as a reader knows them; the merged catalogue (gatehouse's own ids) comes last. */
const FRAMEWORK_SHORT: Record<FrameworkId, string> = {
  'cis-m365': 'CIS Microsoft 365 Foundations',
  'cisa-scuba': 'CISA SCuBA',
  eidsca: 'EIDSCA',
  'zero-trust': 'Microsoft Zero Trust Assessment',
  catalog: 'gatehouse catalogue',
};
const FRAMEWORK_ORDER: readonly FrameworkId[] = ['cis-m365', 'cisa-scuba', 'eidsca', 'zero-trust', 'catalog'];

export interface FrameworkRef {
  framework: FrameworkId;
  id: string;
  /** "CIS Microsoft 365 Foundations 5.1.6.3". */
  text: string;
  /** Our short title of the control, when the catalogue holds it. */
  title: string | null;
}

/** The frameworks a rule maps to, named, public benchmarks first and gatehouse's own catalogue last. */
export function frameworkRefs(doc: Pick<RuleDoc, 'frameworks'> | undefined): FrameworkRef[] {
  const out: FrameworkRef[] = [];
  for (const framework of FRAMEWORK_ORDER) {
    for (const id of doc?.frameworks?.[framework] ?? []) {
      out.push({ framework, id, text: `${FRAMEWORK_SHORT[framework]} ${id}`, title: findControl(framework, id)?.title ?? null });
    }
  }
  return out;
}

/** The full name of a framework and the edition its ids come from (for the per-framework view). */
function frameworkName(id: FrameworkId): string {
  const f = FRAMEWORKS[id];
  return f.edition ? `${f.name} (${f.edition})` : f.name;
}

export type ControlOutcome = 'fail' | 'not-assessed' | 'accepted' | 'pass';

export interface FrameworkControlRow {
  control: string;
  title: string | null;
  outcome: ControlOutcome;
  /** The checks that assess it, with their own outcome. */
  checks: Array<{ id: string; title: string; status: string }>;
}

export interface FrameworkView {
  framework: FrameworkId;
  name: string;
  controls: FrameworkControlRow[];
  counts: Record<ControlOutcome, number>;
}

/**
 * Each framework's controls in scope (mapped by at least one check that ran) with an outcome: failed when any of
 * its checks failed, not assessed when none failed but one could not run, an accepted risk when a check's findings
 * are all documented exceptions, passed otherwise (a check that did not apply counts as passed).
 */
export function frameworkViews(
  rules: ReadonlyArray<{ id: string; title: string; status: string }>,
  docs: ReadonlyMap<string, Pick<RuleDoc, 'frameworks'>>,
): FrameworkView[] {
  const rank: Record<ControlOutcome, number> = { fail: 0, 'not-assessed': 1, accepted: 2, pass: 3 };
  const outcomeOf = (status: string): ControlOutcome =>
    status === 'fail'
      ? 'fail'
      : status === 'not-assessed' || status === 'error'
        ? 'not-assessed'
        : status === 'suppressed'
          ? 'accepted'
          : 'pass';
  const views: FrameworkView[] = [];
  for (const framework of FRAMEWORK_ORDER) {
    const controls = new Map<string, FrameworkControlRow>();
    for (const r of rules) {
      for (const control of docs.get(r.id)?.frameworks?.[framework] ?? []) {
        const row = controls.get(control) ?? {
          control,
          title: findControl(framework, control)?.title ?? null,
          outcome: 'pass' as ControlOutcome,
          checks: [],
        };
        row.checks.push({ id: r.id, title: r.title, status: r.status });
        const o = outcomeOf(r.status);
        if (rank[o] < rank[row.outcome]) row.outcome = o;
        controls.set(control, row);
      }
    }
    if (!controls.size) continue;
    const list = [...controls.values()].sort((a, b) => a.control.localeCompare(b.control, 'en', { numeric: true }));
    const counts: Record<ControlOutcome, number> = { fail: 0, 'not-assessed': 0, accepted: 0, pass: 0 };
    for (const c of list) counts[c.outcome]++;
    views.push({ framework, name: frameworkName(framework), controls: list, counts });
  }
  return views;
}
