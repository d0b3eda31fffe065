import type { Data, SectionName, SectionStatus, Snapshot, User } from '../snapshot/snapshot.types.js';
import type { Finding, Severity } from './result.types.js';

export type { Severity };

export { SEVERITIES } from './severity.js';

export type RuleCategory =
  'invitations' | 'cross-tenant-access' | 'guests' | 'governance' | 'connectors-and-federation' | 'conditional-access' | 'sharing';

/** Frameworks a rule can map to; the ids themselves live in src/frameworks/. */
export type FrameworkId = 'cis-m365' | 'cisa-scuba' | 'eidsca' | 'zero-trust' | 'catalog';

/**
 * Guests are never handed to a rule as an array: a tenant can hold a million of them, stored outside the main
 * snapshot file. A rule that needs them returns a `GuestPass` from `evaluate`; the engine streams every guest once
 * through all passes (one read of the guest list per scan, whatever the number of rules).
 */
export interface GuestStream {
  /** Number of guests in the snapshot. */
  readonly count: number;
}

export interface GuestPass {
  /** Called once per guest, in snapshot order (with `among`, once per guest it names). */
  guest(guest: User): void;
  /** Called after the last guest; findings that need the whole list (joins, totals) are reported here. */
  end?(): void;
  /**
   * A join's few wanted guests, by object id in lower case: only those are handed to `guest`. The engine looks each
   * guest up once for all the joins, instead of calling a dozen joins for each of a million guests they ignore.
   */
  readonly among?: ReadonlySet<string>;
}

/** The data a section contributes. Evidence-only sections (sign-in activity, sponsors) contribute `true`. */
export type SectionData<K extends SectionName> = K extends 'guests' ? GuestStream : K extends keyof Data ? NonNullable<Data[K]> : true;
export type RequiredData<R extends SectionName> = { [K in R]: SectionData<K> };

export interface GraphRequest {
  method: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the Graph root, e.g. `/v1.0/policies/authorizationPolicy`. */
  url: string;
  body?: unknown;
}

export interface Remediation {
  /** What to change, in one or two sentences. */
  summary: string;
  /** The request that fixes it. gatehouse never sends it. */
  graph?: GraphRequest;
  /** Where the setting lives in the Entra admin center. */
  portal?: string;
  /**
   * Notes for the administrator who applies the fix: Graph property names, how the request must be shaped, what to
   * keep. Shown with the request in the technical part of "How to fix" and in the workbook, never in the summary.
   */
  detail?: string;
  /**
   * The request for one finding: the rule's request with the ids the finding records filled in, or another request
   * where the object's kind needs one (a PIM eligibility is removed by a schedule request, not by deleting an
   * assignment). Undefined when the finding does not identify the object to change.
   */
  forFinding?: (finding: Finding) => GraphRequest | undefined;
  /** The ids a finding gives the request's placeholders (`{ tenantId: f.resource.id }`): the common case of forFinding. */
  ids?: (finding: Finding) => Record<string, string | undefined>;
}

/**
 * A request with its `{placeholders}` replaced by the ids given (in the URL and in the body's strings); a
 * placeholder without a value stays, for the administrator to choose (a sponsor, say).
 */
export function withIds(request: GraphRequest, ids: Record<string, string | undefined>): GraphRequest {
  const fill = (text: string, escape: (s: string) => string) =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => (ids[name] !== undefined ? escape(ids[name]!) : whole));
  const url = fill(request.url, encodeURIComponent);
  if (request.body === undefined) return { method: request.method, url };
  // Inside the JSON text each id is escaped as a JSON string's content, so no id can change the body's shape.
  const body = JSON.parse(fill(JSON.stringify(request.body), (s) => JSON.stringify(s).slice(1, -1))) as unknown;
  return { method: request.method, url, body };
}

export interface RuleOptionsSpec<O> {
  /** JSON Schema (draft-07) for the options object; defaults come from `default` keywords. */
  schema: Record<string, unknown>;
  defaults: O;
  /** Why each option exists and why its default, for docs and `explain rule`. */
  docs: Partial<Record<keyof O & string, string>>;
}

export interface RuleMeta<R extends SectionName, O> {
  id: string;
  title: string;
  /**
   * What to do when the check fails, as one imperative sentence a CISO understands ("Remove guests from privileged
   * administrator roles."): the executive summary's action. Every bundled rule has one (a test holds them to it).
   */
  action?: string;
  /** Default severity; a finding may carry its own (e.g. high vs medium by case). */
  severity: Severity;
  category: RuleCategory;
  /** Sections that must be `ok` or the rule is not assessed (never pass, never fail). */
  requires: readonly R[];
  /** Sections read when present; the rule decides what their absence means (usually `ctx.incomplete`). */
  optional?: readonly SectionName[];
  options?: RuleOptionsSpec<O>;
  rationale: string;
  remediation: Remediation;
  references: ReadonlyArray<{ title: string; url: string }>;
  frameworks?: Partial<Record<FrameworkId, readonly string[]>>;
  /**
   * The documented facts the rule's verdicts rest on, each in words a reviewer can check against its source (a
   * Microsoft Learn page or a benchmark section). `reading` marks a choice gatehouse made where the source is silent or
   * leans one way, with the reason. Shown by `explain rule` and in docs/rules.md; each is pinned by a cited test case.
   */
  semantics?: ReadonlyArray<RuleSemantic>;
  /** Message templates keyed by id; `{name}` is replaced by the finding's params. */
  messages: Record<string, string>;
  /**
   * Message params that name a person (a guest's name, UPN or email) although the finding's resource is not one —
   * an application's guest owner, say. `--sarif-omit-pii` leaves them out of SARIF, as it does a person resource's name.
   */
  personParams?: readonly string[];
}

export interface RuleSemantic {
  /** What the source says (or, for a reading, what gatehouse decided), in one or two sentences. */
  statement: string;
  /** Where it is documented: an https link to the Microsoft Learn page (with anchor where useful) or benchmark. */
  source: string;
  /** Present when this is gatehouse's reading rather than a documented fact: why this reading. */
  reading?: string;
}

export interface Resource {
  type: string;
  id: string;
  displayName?: string | null;
  /** Graph-style path built only from immutable ids. */
  path?: string;
}

export interface FailInput {
  resource: Resource;
  /** Distinguishes several findings of one rule on one object. Never names, counts or dates. */
  subKey?: string;
  severity?: Severity;
  /**
   * Within one severity, how much this finding matters next to the rule's others — days inactive, days pending,
   * users exposed: larger is worse. Reports list the heaviest first.
   */
  weight?: number;
  params?: Record<string, string | number | boolean | null | undefined>;
  evidence?: Record<string, unknown>;
}

export interface RuleContext<O> {
  readonly options: O;
  /** Reference time for every date-based decision (`--as-of`). */
  readonly asOf: Date;
  readonly tenantId: string;
  readonly snapshot: Snapshot;
  /** Data of an optional section when it was collected, else undefined. */
  section<K extends SectionName>(name: K): SectionData<K> | undefined;
  sectionStatus(name: SectionName): SectionStatus | undefined;
  fail(messageId: string, finding: FailInput): void;
  /** Nothing for this rule to judge in this tenant (e.g. no partners configured). */
  notApplicable(reason: string): void;
  /** Part of the evidence is missing: without a failure the rule ends `not-assessed` naming these sections. */
  incomplete(reason: string, sections?: readonly SectionName[]): void;
  /** The data is present but cannot be judged (e.g. an unrecognised enum value). */
  notAssessed(reason: string): void;
}

export interface Rule<R extends SectionName = SectionName, O = unknown> {
  meta: RuleMeta<R, O>;
  /** Judge the configuration; return a GuestPass to also see every guest (see GuestStream). */
  evaluate(data: RequiredData<R>, ctx: RuleContext<O>): void | GuestPass;
}

/** Erased form the engine stores in its registry. */
// `any`, not `unknown`: a rule's options type sits in parameter position, and Rule<R, Options> must assign to it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<SectionName, any>;

export function defineRule<R extends SectionName, O = Record<string, never>>(rule: Rule<R, O>): Rule<R, O> {
  return rule;
}
