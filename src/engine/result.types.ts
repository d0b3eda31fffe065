/* Generated from src/engine/result.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "ruleStatus".
 */
export type RuleStatus = 'pass' | 'fail' | 'not-applicable' | 'not-assessed' | 'suppressed' | 'error';
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "severity".
 */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/**
 * What evaluating one snapshot produced: a status for every rule and the findings behind them.
 */
export interface Result {
  schemaVersion: 1;
  tool: {
    name: string;
    version: string;
  };
  tenant: {
    id: string;
    displayName?: string;
    defaultDomain?: string;
    cloud?: string;
  };
  scannedAt: string;
  /**
   * Reference time for every date-based rule.
   */
  asOf: string;
  profile: string;
  snapshot: {
    collectedAt: string;
    sha256: string;
    path?: string;
  };
  /**
   * Collection status per section, copied from the snapshot (`not-collected` when the snapshot has no entry).
   */
  sections: {
    [k: string]: SectionSummary | undefined;
  };
  rules: RuleResult[];
  findings: Finding[];
  summary: Summary;
  /**
   * Every entry of the exceptions file with what it did in this scan.
   */
  exceptions?: ExceptionUse[];
  baseline?: Baseline;
}
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "sectionSummary".
 */
export interface SectionSummary {
  status: string;
  httpStatus?: number;
  errorCode?: string;
  message?: string;
  requiredPermissions?: string[];
  requiredLicence?: string;
  /**
   * Collected by a fallback that costs evidence (copied from the snapshot's section status).
   */
  fallback?: string;
}
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "ruleResult".
 */
export interface RuleResult {
  id: string;
  title: string;
  /**
   * The check's headline severity, the one every report shows for it: its worst unsuppressed finding; when every finding is an accepted risk, its worst finding; with no findings, defaultSeverity.
   */
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info';
  /**
   * The rule's own severity (its default, or the one the config sets): what a finding gets unless the rule grades it. SARIF keeps the bare rule id for findings of this severity.
   */
  defaultSeverity?: 'critical' | 'high' | 'medium' | 'low' | 'info';
  category: string;
  status: RuleStatus;
  /**
   * Technical detail behind the reason, for the operator: HTTP status, Graph error code, the collector's message, the command-line option that would change it.
   */
  detail?: string;
  /**
   * Why the rule is not assessed, not applicable or in error, in words for the report's reader (no HTTP codes or command-line options: those are in detail).
   */
  reason?: string;
  /**
   * What would let a not-assessed rule be assessed.
   */
  fix?: {
    sections?: string[];
    permissions?: string[];
    licence?: string;
  };
  findingCount: number;
  options?: {
    [k: string]: unknown | undefined;
  };
}
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "finding".
 */
export interface Finding {
  /**
   * sha256 of v1|ruleId|tenantId|resource type|resource id|subKey: stable across scans.
   */
  id: string;
  ruleId: string;
  status: 'fail' | 'suppressed';
  severity: Severity;
  /**
   * Within one severity, how much this finding matters next to the rule's others (days inactive, days pending, users exposed): larger is worse. Reports list the heaviest first.
   */
  weight?: number;
  resource: Resource;
  subKey?: string;
  messageId: string;
  message: string;
  params?: {
    [k: string]: unknown | undefined;
  };
  evidence?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Against the --baseline result: not there before, there with the same severity and message, or there with a different severity or message.
   */
  baselineState?: 'new' | 'unchanged' | 'updated';
  suppression?: {
    justification: string;
    owner: string;
    expires: string;
    source?: string;
  };
}
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "resource".
 */
export interface Resource {
  /**
   * Graph-style object type, e.g. user, crossTenantAccessPolicyConfigurationPartner, tenantSetting.
   */
  type: string;
  id: string;
  displayName?: string;
  /**
   * Graph-style path built from immutable ids, e.g. policies/crossTenantAccessPolicy/partners/<tenantId>.
   */
  path?: string;
}
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "summary".
 */
export interface Summary {
  rulesByStatus: {
    [k: string]: number | undefined;
  };
  findingsBySeverity: {
    [k: string]: number | undefined;
  };
  suppressedFindings?: number;
}
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "exceptionUse".
 */
export interface ExceptionUse {
  rule: string;
  resources?: string[];
  owner?: string;
  justification?: string;
  expires?: string;
  /**
   * active: applied to at least one finding; expired: past its date, so it no longer applies; unused: in force but matched nothing.
   */
  state: 'active' | 'expired' | 'unused';
  /**
   * Findings it covers (for an expired exception: findings it would have covered).
   */
  matched: number;
  /**
   * Position in the exceptions file.
   */
  index?: number;
  /**
   * The exceptions file.
   */
  source?: string;
}
/**
 * Changes since the --baseline result (the previous scan), by finding id.
 *
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "baseline".
 */
export interface Baseline {
  /**
   * The baseline result file.
   */
  source: string;
  scannedAt: string;
  asOf?: string;
  tenantId: string;
  /**
   * The baseline is another tenant's result: every finding then reads as new.
   */
  tenantMismatch?: boolean;
  counts: {
    new: number;
    unchanged: number;
    updated: number;
    resolved: number;
  };
  /**
   * Findings of the baseline that are gone now.
   */
  resolved: FindingRef[];
  ruleChanges: {
    id: string;
    before: string;
    after: string;
  }[];
}
/**
 * This interface was referenced by `Result`'s JSON-Schema
 * via the `definition` "findingRef".
 */
export interface FindingRef {
  id: string;
  ruleId: string;
  severity: Severity;
  /**
   * Within one severity, how much this finding matters next to the rule's others (days inactive, days pending, users exposed): larger is worse. Reports list the heaviest first.
   */
  weight?: number;
  resource: Resource;
  message: string;
}
