import { mkdir, rmdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { FailOn } from '../engine/severity.js';
import { ExitCode, isExpectedError } from '../errors.js';
import type { GraphTuning } from '../graph/client.js';
import { ENV } from '../graph/auth-names.js';
import { runPool } from '../graph/timing.js';
import { loadTenantsFile, type TenantEntry } from '../multi/tenants-file.js';
import { loadConfig } from '../engine/config.js';
import { unknownProfile } from '../engine/profiles.js';
import { resolveRedactionKey, type RedactionKey } from '../redact/snapshot.js';
import type { Format } from '../render/formats.js';
import type { RenderOptions } from '../render/index.js';
import type { Portfolio, TenantOutcome } from '../render/portfolio.js';
import { terminalSafe } from '../render/terminal.js';
import type { Logger } from '../util/log.js';
import type { CollectionOptions } from './collect.js';
import { buildPortfolio, outcomeOfResult, PORTFOLIO_FILES, sectionGaps, writePortfolio } from './portfolio.js';
import { runScan, SCAN_FOLDER_FILES } from './scan.js';
import { prepareWorkflow, type PreparedWorkflow, type RedactionRequest } from './workflow.js';
import { reportFolderChanges } from '../util/folder-changes.js';
import { OutputFolder } from '../util/output-folder.js';

/*
 * `gatehouse scan --tenants <file>`: every tenant is scanned on its own — its own credential, output folder and
 * exit code — with at most `concurrency` in flight. A tenant that fails (authentication, throttling, a 5xx storm,
 * a broken snapshot, even a bug) is recorded as failed with its reason and never stops the others. The portfolio
 * (index.html, portfolio.xlsx, portfolio.json) then compares them side by side.
 */

export interface MultiScanOptions {
  entries: TenantEntry[];
  out: string;
  formats: readonly Format[];
  concurrency: number;
  failOn: FailOn;
  strict?: boolean;
  asOf?: Date;
  /** `--profile` / `--config` / `--exceptions` of the command line: defaults under each tenant's own. */
  profile?: string;
  config?: string;
  exceptions?: string | false;
  redact?: RedactionRequest & { key?: RedactionKey };
  renderOptions?: RenderOptions;
  log: Logger;
  /** Environment secrets are read from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  graphTuning?: GraphTuning;
  now?: () => Date;
}

export { portfolioExitCode } from './portfolio.js';

/** Auth variables of the surrounding environment that must never leak from one tenant to another. */
const PER_TENANT_ENV = [
  ENV.accessToken,
  ENV.clientSecret,
  ENV.certificatePassword,
  ENV.federatedTokenFile,
  ENV.tenantId,
  ENV.certificatePath,
];

/**
 * The environment one tenant's credential sees: the process environment without anyone else's secrets, plus this
 * tenant's secrets copied from the variables its entry names (`clientSecretEnv: CONTOSO_SECRET` → AZURE_CLIENT_SECRET).
 */
export function tenantEnv(entry: TenantEntry, env: Readonly<Record<string, string | undefined>>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = { ...env };
  for (const k of PER_TENANT_ENV) delete out[k];
  const auth = entry.auth;
  const map: Array<[string | undefined, string]> = [
    [auth?.clientSecretEnv, ENV.clientSecret],
    [auth?.certificatePasswordEnv, ENV.certificatePassword],
    [auth?.accessTokenEnv, ENV.accessToken],
    [auth?.federatedTokenFileEnv, ENV.federatedTokenFile],
  ];
  for (const [name, target] of map) {
    if (!name) continue;
    const value = env[name];
    if (value === undefined || value === '')
      throw new TenantInputError(`environment variable ${name} (${target} for this tenant) is not set`);
    out[target] = value;
  }
  if (auth?.mode === 'access-token' && !auth.accessTokenEnv)
    throw new TenantInputError('auth mode access-token needs accessTokenEnv: the name of the variable holding the token');
  return out;
}

class TenantInputError extends Error {}

function collectionOptions(
  entry: TenantEntry,
  env: Record<string, string | undefined>,
  tuning: GraphTuning | undefined,
): CollectionOptions {
  const auth = entry.auth;
  return {
    ...(entry.tenant ? { tenant: entry.tenant } : {}),
    ...(auth && auth.mode !== 'access-token' ? { auth: auth.mode } : {}),
    ...(auth?.clientId ? { clientId: auth.clientId } : {}),
    ...(auth?.certificate ? { certificate: auth.certificate } : {}),
    ...(entry.cloud ? { cloud: entry.cloud } : {}),
    ...(entry.graphUrl ? { graphUrl: entry.graphUrl } : {}),
    ...(entry.includeApiConnectors ? { includeApiConnectors: true } : {}),
    ...(tuning ? { graphTuning: tuning } : {}),
    env,
  };
}

function prefixed(log: Logger, label: string): Logger {
  const p = `[${label}] `;
  return { info: (m) => log.info(p + m), progress: (m) => log.progress(p + m), warn: (m) => log.warn(p + m) };
}

/** One line, no stack: what the portfolio shows for a failed tenant. */
function reasonOf(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const line = message.split('\n')[0] ?? message;
  return isExpectedError(e) || e instanceof TenantInputError ? line : `internal error: ${line} (a bug in gatehouse; please report it)`;
}

async function scanOne(entry: TenantEntry, prepared: PreparedWorkflow, opts: MultiScanOptions, root: string): Promise<TenantOutcome> {
  const log = prefixed(opts.log, entry.label);
  const outDir = join(root, entry.slug);
  const source: TenantOutcome['source'] = entry.snapshot
    ? { kind: 'snapshot', file: entry.snapshot }
    : { kind: 'collected', tenant: entry.tenant! };
  const base = { label: entry.label, slug: entry.slug, source };
  try {
    await mkdir(outDir, { recursive: true });
    if (!entry.snapshot) log.progress(`collecting ${entry.tenant}`);
    const profile = entry.profile ?? opts.profile;
    const configPath = entry.config ?? opts.config;
    const scan = await runScan({
      ...(entry.snapshot
        ? { snapshotPath: entry.snapshot }
        : { collection: collectionOptions(entry, tenantEnv(entry, opts.env ?? process.env), opts.graphTuning) }),
      out: outDir,
      formats: opts.formats,
      ...(profile ? { profile } : {}),
      ...(configPath ? { configPath } : {}),
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      failOn: opts.failOn,
      strict: Boolean(opts.strict),
      workflow: prepared,
      ...(opts.redact ? { redact: opts.redact } : {}),
      renderOptions: opts.renderOptions ?? {},
      log,
    });
    const { result } = scan;
    const all = [...scan.files, ...(scan.snapshotFile ? [scan.snapshotFile] : [])];
    const gaps = sectionGaps(result);
    // A refused token or refused answers mid-collection: reports are written, and the tenant counts as a collection failure.
    const collectionFailure = scan.collectionFailure;
    if (collectionFailure) log.warn(collectionFailure.message);
    log.info(`done: ${result.summary.rulesByStatus.fail ?? 0} failing rules, ${gaps.length} sections not collected → ${outDir}`);
    return outcomeOfResult(result, {
      ...base,
      files: all.map((f) => relative(root, f)),
      exitCode: scan.exitCode,
      ...(collectionFailure ? { reason: collectionFailure.message } : {}),
      warnings: scan.warnings,
    });
  } catch (e) {
    // Leave no empty folder behind for a tenant that produced nothing (a failed collection keeps its snapshot.json).
    await rmdir(outDir).catch(() => undefined);
    const reason = reasonOf(e);
    log.warn(`failed: ${reason}`);
    const exitCode = e instanceof TenantInputError ? ExitCode.input : isExpectedError(e) ? e.exitCode : ExitCode.internal;
    return { ...base, status: 'failed', reason, exitCode, files: [] };
  }
}

/** Scan every tenant of the file, then write the portfolio. Never throws for one tenant's failure. */
export async function scanTenants(opts: MultiScanOptions): Promise<Portfolio> {
  const root = resolve(opts.out);
  // Every exceptions file is validated before any tenant is touched: a typo is a config error (exit 2) for all.
  const globalExceptions = opts.exceptions === false ? undefined : opts.exceptions;
  const prepared = new Map<string, PreparedWorkflow>();
  for (const e of opts.entries) {
    prepared.set(
      e.slug,
      await prepareWorkflow({
        ...((e.exceptions ?? globalExceptions) ? { exceptions: (e.exceptions ?? globalExceptions)! } : {}),
        noExceptions: opts.exceptions === false && !e.exceptions,
        ...(e.baseline ? { baseline: e.baseline } : {}),
      }),
    );
  }
  // So is every config file a tenant names (an unknown profile in one is the same mistake as in the tenants file).
  for (const file of new Set(opts.entries.map((e) => e.config ?? opts.config).filter((c): c is string => c !== undefined)))
    await loadConfig(file);
  // The portfolio folder holds one portfolio, as a scan's folder holds one scan: its files are staged and appear
  // together at the end, and the tenant folders an earlier portfolio wrote for tenants no longer in the file go.
  const folder = await OutputFolder.open(root, { known: PORTFOLIO_FILES, writes: PORTFOLIO_FILES, subfolderKnown: SCAN_FOLDER_FILES });
  try {
    const outcomes = await runPool(opts.entries, Math.max(1, opts.concurrency), (entry) =>
      scanOne(entry, prepared.get(entry.slug)!, opts, root),
    );
    const portfolio = buildPortfolio(outcomes, { failOn: opts.failOn, generatedAt: opts.now?.() ?? opts.asOf ?? new Date() });
    await writePortfolio(portfolio, folder);
    const { removed, left } = folder.commit({
      folders: outcomes.filter((o) => o.status !== 'failed').map((o) => o.slug),
      // A tenant that failed this time keeps its last scan (the portfolio says it failed).
      keepFolders: outcomes.filter((o) => o.status === 'failed').map((o) => o.slug),
      inputs: opts.entries.flatMap((e) =>
        [e.snapshot, e.baseline, e.config, e.exceptions].filter((p): p is string => typeof p === 'string'),
      ),
    });
    reportFolderChanges(opts.out, { removed, left }, opts.log, 'portfolio');
    return portfolio;
  } catch (e) {
    await folder.discard();
    throw e;
  }
}

/**
 * `scan --tenants <file>`: read and check the tenants file, resolve one redaction key for every tenant (said once
 * when generated), then scan them all.
 */
export async function scanTenantsFile(
  file: string,
  opts: Omit<MultiScanOptions, 'entries'> & { onGeneratedKey?: (key: string) => void },
): Promise<Portfolio> {
  const entries = await loadTenantsFile(file, unknownProfile);
  const { onGeneratedKey, ...rest } = opts;
  let redact = opts.redact;
  if (redact && !redact.key) {
    const key = resolveRedactionKey(redact.redactKeyEnv);
    if (key.generated) onGeneratedKey?.(key.key);
    redact = { ...redact, key };
  }
  opts.log.progress(`scanning ${entries.length} tenants, ${opts.concurrency} at a time`);
  return scanTenants({ ...rest, entries, ...(redact ? { redact } : {}) });
}

/** The portfolio as a terminal table: one line per tenant with its status, exit code and what it found. */
export function portfolioTable(portfolio: Portfolio): string {
  const width = Math.max(6, ...portfolio.tenants.map((t) => terminalSafe(t.label, 40).length));
  const lines = portfolio.tenants.map((t) => {
    const s = t.summary;
    const counts = s
      ? `${s.rulesByStatus.fail ?? 0} failing, ${s.rulesByStatus['not-assessed'] ?? 0} not assessed`
      : terminalSafe(t.reason ?? '', 100);
    return `${terminalSafe(t.label, 40).padEnd(width)}  ${t.status.padEnd(10)}  exit ${t.exitCode}  ${counts}`;
  });
  return [`${'TENANT'.padEnd(width)}  STATUS      EXIT    DETAIL`, ...lines, ''].join('\n');
}
