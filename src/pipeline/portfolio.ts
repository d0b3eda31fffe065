import { copyFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { loadResultFile } from '../engine/result-file.js';
import type { Result, RuleStatus } from '../engine/result.types.js';
import { exceptionWarnings } from '../engine/exceptions.js';
import { scanExitCode } from '../engine/exit.js';
import { severityRank, type FailOn } from '../engine/severity.js';
import { ExitCode, InputError } from '../errors.js';
import { loadTenantsFile, slugify, type TenantEntry } from '../multi/tenants-file.js';
import { REPORT_FILES } from '../render/formats.js';
import type { Portfolio, PortfolioRule, TenantOutcome } from '../render/portfolio.js';
import { writePortfolioHtml } from '../render/portfolio-html.js';
import { writePortfolioXlsx } from '../render/portfolio-xlsx.js';
import { OutputFolder } from '../util/output-folder.js';
import { writeFileAtomically, writeTextFile } from '../util/staging.js';
import { TOOL } from '../version.js';
import { DEFAULT_RULES } from './rules.js';
import { SCAN_FOLDER_FILES } from './scan.js';

/*
 * The portfolio of many tenants — index.html, portfolio.xlsx and portfolio.json — written the same way whether the
 * tenants were scanned here (`scan --tenants`) or by separate jobs on separate machines whose result.json files were
 * gathered afterwards (`gatehouse portfolio`, e.g. from a CI matrix's artifacts).
 */

/** Overall exit code: a bug (70) or a failed tenant (3, or 2 for its bad input) outranks findings (1), which outrank --strict (4). */
export function portfolioExitCode(outcomes: readonly Pick<TenantOutcome, 'exitCode'>[]): number {
  const codes = new Set(outcomes.map((o) => o.exitCode));
  for (const c of [ExitCode.internal, ExitCode.collection, ExitCode.input, ExitCode.findings, ExitCode.incomplete])
    if (codes.has(c)) return c;
  return ExitCode.ok;
}

/** The portfolio of these outcomes: the rules any tenant reported, worst severity first. */
export function buildPortfolio(outcomes: TenantOutcome[], opts: { failOn: FailOn; generatedAt: Date }): Portfolio {
  const rules = DEFAULT_RULES.map((r): PortfolioRule => ({ id: r.meta.id, title: r.meta.title, severity: r.meta.severity }))
    .filter((r) => outcomes.some((o) => o.rules?.[r.id] !== undefined))
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.id.localeCompare(b.id));
  return {
    schemaVersion: 1,
    tool: { ...TOOL },
    generatedAt: opts.generatedAt.toISOString(),
    failOn: opts.failOn,
    tenants: outcomes,
    rules,
    exitCode: portfolioExitCode(outcomes),
  };
}

/** The files of a portfolio folder (beside one subfolder per tenant). */
export const PORTFOLIO_FILES: readonly string[] = ['index.html', 'portfolio.json', 'portfolio.xlsx'];

/** Stage portfolio.json, index.html and portfolio.xlsx in the portfolio's output folder (they appear on its commit). */
export async function writePortfolio(portfolio: Portfolio, folder: OutputFolder): Promise<void> {
  await writeTextFile(folder.file('portfolio.json'), JSON.stringify(portfolio, null, 2) + '\n');
  await writePortfolioHtml(portfolio, folder.file('index.html'));
  await writeFileAtomically(folder.file('portfolio.xlsx'), (path) => writePortfolioXlsx(portfolio, path));
}

const GAP_STATUSES = new Set(['forbidden', 'not-licensed', 'error']);

/** Sections a result could not collect, as the portfolio lists them ("guests (forbidden 403)"). */
export function sectionGaps(result: Result): string[] {
  return Object.entries(result.sections).flatMap(([name, s]) =>
    s && GAP_STATUSES.has(s.status) ? [`${name} (${s.status}${s.httpStatus ? ` ${s.httpStatus}` : ''})`] : [],
  );
}

/** What one tenant's result says, in the portfolio's terms (status, counts, rule outcomes). */
export function outcomeOfResult(
  result: Result,
  base: Pick<TenantOutcome, 'label' | 'slug' | 'source' | 'files'> & { exitCode: number; reason?: string; warnings?: string[] },
): TenantOutcome {
  const gaps = sectionGaps(result);
  return {
    label: base.label,
    slug: base.slug,
    source: base.source,
    status: gaps.length ? 'incomplete' : 'ok',
    ...(base.reason ? { reason: base.reason } : gaps.length ? { reason: `not collected: ${gaps.join(', ')}` } : {}),
    exitCode: base.exitCode,
    tenantId: result.tenant.id,
    ...(result.tenant.displayName ? { tenantName: result.tenant.displayName } : {}),
    asOf: result.asOf,
    profile: result.profile,
    summary: result.summary,
    rules: Object.fromEntries(result.rules.map((r) => [r.id, r.status])) as Record<string, RuleStatus>,
    sectionGaps: gaps,
    files: base.files,
    ...(base.warnings?.length ? { warnings: base.warnings } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// `gatehouse portfolio`: from stored result.json files

export interface PortfolioFromResultsOptions {
  /** result.json files, or folders searched for files named result.json (e.g. a CI run's downloaded artifacts). */
  inputs: string[];
  out: string;
  failOn: FailOn;
  strict?: boolean;
  /** The tenants file the jobs were made from: its labels are used, and a tenant without a result is listed as failed. */
  tenantsFile?: string;
  now?: () => Date;
}

const MAX_DEPTH = 6;

const isInside = (dir: string, file: string): boolean => {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Every result.json under `dir` (at most MAX_DEPTH folders down), sorted. */
async function findResults(dir: string, depth = 0): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isFile() && entry.name === REPORT_FILES.json) found.push(path);
    else if (entry.isDirectory() && depth < MAX_DEPTH) found.push(...(await findResults(path, depth + 1)));
  }
  return found;
}

async function resultFiles(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new InputError(`${input} does not exist (give result.json files or folders holding them)`);
    if (info.isDirectory()) {
      const inside = await findResults(resolve(input));
      if (!inside.length) throw new InputError(`no ${REPORT_FILES.json} found in ${input}`);
      files.push(...inside);
    } else files.push(resolve(input));
  }
  return [...new Set(files)];
}

/** The reports a job wrote beside its result.json, copied into the portfolio so its links work in one folder. */
const COPIED = [REPORT_FILES.json, REPORT_FILES.md, REPORT_FILES.html, REPORT_FILES.xlsx, REPORT_FILES.guestsXlsx, REPORT_FILES.sarif];

/** Copy a job's reports into the tenant's folder of the portfolio: a folder of its own run, as `scan --tenants` leaves one. */
async function copyReports(fromDir: string, toDir: string, root: string): Promise<string[]> {
  const present: string[] = [];
  for (const name of COPIED) if ((await stat(join(fromDir, name)).catch(() => undefined))?.isFile()) present.push(name);
  const folder = await OutputFolder.open(toDir, { known: SCAN_FOLDER_FILES, writes: present });
  try {
    for (const name of present) await copyFile(join(fromDir, name), folder.file(name));
    return folder.commit().files.map((f) => relative(root, f));
  } catch (e) {
    await folder.discard();
    throw e;
  }
}

function entryFor(result: Result, folder: string, entries: readonly TenantEntry[]): TenantEntry | undefined {
  const folderSlug = slugify(folder);
  return (
    entries.find((e) => e.slug === folderSlug || `gatehouse-${e.slug}` === folderSlug) ??
    entries.find(
      (e) =>
        e.tenant !== undefined &&
        [result.tenant.id, result.tenant.defaultDomain].some((v) => v !== undefined && v.toLowerCase() === e.tenant!.toLowerCase()),
    )
  );
}

/**
 * Build the portfolio from result.json files that separate scans wrote (one CI job per tenant, say): each tenant's
 * exit code is judged again with `failOn`/`strict`, its reports are copied into `<out>/<slug>/`, and with a tenants
 * file every tenant that has no result is shown as failed. Two results for one tenant are refused (exit 2).
 * Every result is read and judged before anything is written, one at a time (a large tenant's result.json runs to
 * hundreds of megabytes, and only its summary and rule outcomes are kept), so bad input leaves no half portfolio.
 */
export async function portfolioFromResults(
  opts: PortfolioFromResultsOptions,
): Promise<{ portfolio: Portfolio; files: string[]; removed: string[]; left: string[] }> {
  const entries = opts.tenantsFile ? await loadTenantsFile(opts.tenantsFile) : [];
  const root = resolve(opts.out);
  // The portfolio's own copies are never read back as inputs (a second run over the same folder).
  const files = (await resultFiles(opts.inputs)).filter((f) => !isInside(root, f));
  if (!files.length)
    throw new InputError(`no ${REPORT_FILES.json} found outside --out ${opts.out} (write the portfolio to a folder of its own)`);
  const byTenant = new Map<string, string>();
  const byEntry = new Map<TenantEntry, string>();
  // A tenants file's tenant keeps its slug; any other result gets a slug no tenant of the file has.
  const used = new Set(entries.map((e) => e.slug));
  const judged: { dir: string; outcome: TenantOutcome }[] = [];
  for (const file of files) {
    const result = await loadResultFile(file);
    const seen = byTenant.get(result.tenant.id);
    if (seen) throw new InputError(`two results for tenant ${result.tenant.id}: ${seen} and ${file}; keep one`);
    byTenant.set(result.tenant.id, file);
    const entry = entryFor(result, basename(dirname(file)), entries);
    if (entry) {
      const other = byEntry.get(entry);
      if (other) throw new InputError(`two results for tenant "${entry.label}" of ${opts.tenantsFile}: ${other} and ${file}; keep one`);
      byEntry.set(entry, file);
    }
    let slug = entry?.slug;
    if (!slug) {
      const base = slugify(result.tenant.displayName ?? '') || slugify(result.tenant.id);
      slug = base;
      for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
      used.add(slug);
    }
    const outcome = outcomeOfResult(result, {
      label: entry?.label ?? result.tenant.displayName ?? result.tenant.id,
      slug,
      source: { kind: 'result', file: relative(process.cwd(), file) || file },
      files: [],
      exitCode: scanExitCode(result, { failOn: opts.failOn, strict: Boolean(opts.strict) }),
      warnings: exceptionWarnings(result),
    });
    judged.push({ dir: dirname(file), outcome });
  }
  // The portfolio folder holds one portfolio (as `scan --tenants` leaves it): its files appear together at the end.
  const folder = await OutputFolder.open(root, { known: PORTFOLIO_FILES, writes: PORTFOLIO_FILES, subfolderKnown: SCAN_FOLDER_FILES });
  try {
    const outcomes: TenantOutcome[] = [];
    for (const { dir, outcome } of judged) outcomes.push({ ...outcome, files: await copyReports(dir, join(root, outcome.slug), root) });
    for (const entry of entries) {
      if (byEntry.has(entry)) continue;
      const source: TenantOutcome['source'] = entry.snapshot
        ? { kind: 'snapshot', file: entry.snapshot }
        : { kind: 'collected', tenant: entry.tenant! };
      outcomes.push({
        label: entry.label,
        slug: entry.slug,
        source,
        status: 'failed',
        reason: `no ${REPORT_FILES.json} for this tenant: its job produced none (see that job's log)`,
        exitCode: ExitCode.collection,
        files: [],
      });
    }
    // Tenants in the order of the tenants file, then the others by label.
    const order = (o: TenantOutcome) => entries.findIndex((e) => e.slug === o.slug);
    outcomes.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      if (x >= 0 || y >= 0) return (x < 0 ? Infinity : x) - (y < 0 ? Infinity : y);
      return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
    });
    const portfolio = buildPortfolio(outcomes, { failOn: opts.failOn, generatedAt: opts.now?.() ?? new Date() });
    await writePortfolio(portfolio, folder);
    const {
      files: written,
      removed,
      left,
    } = folder.commit({
      folders: judged.map((j) => j.outcome.slug),
      // A tenant whose job produced nothing this time keeps the reports an earlier portfolio copied (it is shown as failed).
      keepFolders: outcomes.filter((o) => o.status === 'failed').map((o) => o.slug),
      inputs: files,
    });
    return { portfolio, files: written, removed, left };
  } catch (e) {
    await folder.discard();
    throw e;
  }
}
