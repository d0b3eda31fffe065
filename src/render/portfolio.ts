import type { Result, RuleStatus, Severity } from '../engine/result.types.js';
import type { FailOn } from '../engine/severity.js';

/*
 * portfolio.json: what a scan of many tenants found, tenant by tenant — written by the pipeline, read by the
 * portfolio's HTML and XLSX.
 */

export type TenantStatus = 'ok' | 'incomplete' | 'failed';

export interface TenantOutcome {
  label: string;
  slug: string;
  /** What the tenants file asked for (a tenant id or domain), the snapshot file, or the stored result (`gatehouse portfolio`). */
  source: { kind: 'collected'; tenant: string } | { kind: 'snapshot'; file: string } | { kind: 'result'; file: string };
  status: TenantStatus;
  /** Why it failed, or which sections could not be collected. */
  reason?: string;
  exitCode: number;
  tenantId?: string;
  tenantName?: string;
  asOf?: string;
  profile?: string;
  summary?: Result['summary'];
  /** Rule id → status in this tenant. */
  rules?: Record<string, RuleStatus>;
  /** Sections not collected (forbidden, not licensed, failed). */
  sectionGaps?: string[];
  /** Files written, relative to the portfolio folder. */
  files: string[];
  /** Exceptions needing attention (expired, unused). */
  warnings?: string[];
}

export interface PortfolioRule {
  id: string;
  title: string;
  severity: Severity;
}

export interface Portfolio {
  schemaVersion: 1;
  tool: { name: string; version: string };
  generatedAt: string;
  failOn: FailOn;
  tenants: TenantOutcome[];
  rules: PortfolioRule[];
  exitCode: number;
}
