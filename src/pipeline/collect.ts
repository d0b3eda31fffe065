import { countOf } from '../util/count-of.js';
import type { TokenCredential } from '@azure/identity';
import { stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { collectSnapshot, type Collected } from '../collect/collect.js';
import type { GuestSplit } from '../collect/guest-split.js';
import { rulesAffectedBy, sectionsMissingFor } from '../collect/permissions.js';
import type { CollectEvent } from '../collect/types.js';
import type { AnyRule } from '../engine/rule.js';
import { CollectionError, InputError } from '../errors.js';
import { GraphClient, type GraphTuning } from '../graph/client.js';
import { resolveEndpoint } from '../graph/cloud.js';
import { ENV, planCredential, tokenSourceFor } from '../graph/credential.js';
import { decodeJwtClaims, tokenRoles } from '../graph/jwt.js';
import { describeProxy, proxyFor } from '../graph/proxy.js';
import { CredentialTokenSource, span, StaticTokenSource, type TokenSource } from '../graph/token-source.js';
import { SECTIONS } from '../snapshot/sections.js';
import type { SectionName } from '../snapshot/snapshot.types.js';
import { writeSnapshotFile } from '../snapshot/write.js';
import type { Logger } from '../util/log.js';
import type { OutputFolder } from '../util/output-folder.js';
import { oneLine } from '../util/safe-text.js';
import { Staging } from '../util/staging.js';
import { keepCollectedSnapshot, sayKept } from './kept-snapshot.js';
import { DEFAULT_RULES } from './rules.js';

/** How to read a tenant live. Secrets come from the environment (`env`), never from options a shell would keep. */
export interface CollectionOptions {
  tenant?: string;
  auth?: string;
  clientId?: string;
  certificate?: string;
  accessToken?: string;
  cloud?: string;
  graphUrl?: string;
  includeApiConnectors?: boolean;
  /** Read the guest list as this many creation-date ranges side by side (1 = one chain, up to 32), or `auto` (the default). */
  guestSplit?: GuestSplit;
  /** Retry/timeout/pacing tuning of the Graph layer (embedding, tests). */
  graphTuning?: GraphTuning;
  /** The environment to read secrets (and HTTPS_PROXY, NO_PROXY) from (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** A TokenCredential to sign in with instead of `auth` (embedding, tests). */
  credential?: TokenCredential;
  /** The clock token expiry is judged by (default Date.now; tests). */
  now?: () => number;
}

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function fmt(n: number): string {
  return n.toLocaleString('en-US');
}

function describeEvent(e: CollectEvent, log: Logger): void {
  switch (e.type) {
    case 'section-start':
      log.progress(`collecting ${e.sections.join(', ')}`);
      break;
    case 'page':
      log.progress(
        e.section === 'guests'
          ? `guests: page ${e.page}, ${fmt(e.itemsSoFar)} guests so far`
          : `${e.section}: page ${e.page}, ${fmt(e.itemsSoFar)} items so far`,
      );
      break;
    case 'section-done': {
      const s = e.status;
      if (s.status === 'ok') log.progress(`  ok           ${e.section}${s.itemCount !== undefined ? ` (${fmt(s.itemCount)})` : ''}`);
      else
        log.progress(
          `  ${s.status.padEnd(12)} ${e.section}${s.httpStatus ? ` (HTTP ${s.httpStatus}${s.errorCode ? ` ${s.errorCode}` : ''})` : ''}`,
        );
      break;
    }
    case 'graph': {
      const g = e.event;
      const where = g.path.split('?')[0];
      if (g.type === 'paced') log.progress(`pacing ${g.key} requests: waiting ${(g.waitMs / 1000).toFixed(1)} s (${where})`);
      else if (g.type === 'token-refused')
        log.progress(
          `Graph refused the access token on ${where}; ${g.renewed ? 'sending it again with a new token' : 'the credential gave the same token: sending it once more'}`,
        );
      else
        log.progress(
          `${g.reason === 'throttled' ? 'throttled' : g.reason}${g.status ? ` (HTTP ${g.status})` : ''} on ${where}: waiting ${(g.waitMs / 1000).toFixed(1)} s${g.retryAfter ? ' as Retry-After asks' : ''}, attempt ${g.attempt + 1}`,
        );
      break;
    }
    case 'warning':
      log.warn(e.message);
      break;
  }
}

/**
 * Authenticate, warn about missing application permissions (from the token's `roles` claim), then collect.
 * Throws AuthenticationFailure (exit 3) when no token can be had.
 */
export async function runCollection(opts: CollectionOptions, log: Logger, rules: readonly AnyRule[] = DEFAULT_RULES): Promise<Collected> {
  const env = opts.env ?? process.env;
  const now = opts.now ?? Date.now;
  const endpoint = resolveEndpoint({ ...(opts.cloud ? { cloud: opts.cloud } : {}), ...(opts.graphUrl ? { graphUrl: opts.graphUrl } : {}) });
  let tokens: TokenSource;
  if (opts.credential) {
    tokens = new CredentialTokenSource(opts.credential, endpoint.scope, now);
    log.progress(`authenticating (${opts.credential.constructor.name})`);
  } else {
    const plan = planCredential(
      {
        ...(opts.auth ? { auth: opts.auth } : {}),
        ...(opts.tenant ? { tenant: opts.tenant } : {}),
        ...(opts.clientId ? { clientId: opts.clientId } : {}),
        ...(opts.certificate ? { certificate: opts.certificate } : {}),
        ...(opts.accessToken ? { accessToken: opts.accessToken } : {}),
      },
      endpoint.authorityHost,
      env,
    );
    // The device-code prompt comes from the token endpoint: one clean line on stderr.
    tokens = tokenSourceFor(plan, endpoint.scope, env, (m) => process.stderr.write(`${oneLine(m)}\n`), now);
    log.progress(
      `authenticating (${plan.mode === 'access-token' ? `access token from ${plan.source === 'env' ? ENV.accessToken : '--access-token'}` : plan.mode === 'broker' ? 'tokens from the parent process' : `--auth ${plan.mode}`})`,
    );
  }
  // A pre-acquired token that has expired fails here, before anything is collected; one about to expire is named.
  const token = await tokens.token();
  warnIfExpiringSoon(tokens, now(), log);
  const proxy = proxyFor(new URL(endpoint.baseUrl), env);
  if (proxy) log.progress(`Graph requests go through the proxy ${describeProxy(proxy)} (HTTPS_PROXY / HTTP_PROXY; NO_PROXY exempts hosts)`);
  const claims = decodeJwtClaims(token);
  const roles = tokenRoles(token);
  if (roles) {
    const missing = sectionsMissingFor(roles, { includeApiConnectors: Boolean(opts.includeApiConnectors) });
    if (missing.length) {
      const { notAssessed } = rulesAffectedBy(missing, rules);
      const needs = [...new Set(missing.flatMap((s) => SECTIONS[s].permissions))].filter((p) => !roles.includes(p));
      log.warn(
        `the token's application permissions do not cover ${countOf(missing.length, 'section')}: ${missing.join(', ')}. ` +
          `They will come back not collected${notAssessed.length ? ` and these rules not assessed: ${notAssessed.join(', ')}` : ''}. ` +
          `Grant ${needs.join(', ')} (see \`gatehouse permissions\`).`,
      );
    }
  }
  log.progress(`collecting from ${endpoint.baseUrl}`);
  const graph = new GraphClient({
    baseUrl: endpoint.baseUrl,
    tokens,
    env,
    ...opts.graphTuning,
    onEvent: (event) => describeEvent({ type: 'graph', event }, log),
  });
  return collectSnapshot({
    graph,
    cloud: endpoint.snapshotCloud,
    includeApiConnectors: Boolean(opts.includeApiConnectors),
    ...(opts.guestSplit !== undefined ? { guestSplit: opts.guestSplit } : {}),
    tenantIdHints: [
      opts.tenant && GUID.test(opts.tenant) ? opts.tenant : undefined,
      typeof claims?.tid === 'string' ? claims.tid : undefined,
    ],
    onProgress: (e) => describeEvent(e, log),
  });
}

/** A pre-acquired token cannot be renewed: say so when it will not outlast a long collection. */
function warnIfExpiringSoon(tokens: TokenSource, now: number, log: Logger): void {
  if (!(tokens instanceof StaticTokenSource)) return;
  const expires = tokens.expiry();
  if (expires === undefined || expires - now > 30 * 60_000) return;
  log.warn(
    `the access token expires at ${new Date(expires).toISOString()} (${expires > now ? `in ${span(expires - now)}` : `${span(now - expires)} ago`}) and cannot be renewed; ` +
      'a collection that outlasts it stops with exit 3 (sections collected before are kept). Sign in with --auth instead to have tokens renewed',
  );
}

/**
 * The collection failure a run ends with (exit 3) when sections failed because the token was refused or could not
 * be renewed, or because Graph's answers had to be refused — after the snapshot (and reports) were written.
 */
export function collectionFailure(collected: Collected): CollectionError | undefined {
  const { summary, snapshot } = collected;
  if (!summary.collectionFailures.length) return undefined;
  const sections = snapshot.sections as Record<string, { status: string; message?: string; httpStatus?: number; errorCode?: string }>;
  const auth = summary.collectionFailures.filter(
    (s) => sections[s]!.httpStatus === 401 || sections[s]!.errorCode === 'AuthenticationFailed',
  );
  const lines = summary.collectionFailures.map((s: SectionName) => `  ${s}: ${sections[s]!.message ?? sections[s]!.status}`);
  const kept = `${countOf(summary.ok.length, 'section')} collected ${summary.ok.length === 1 ? 'is' : 'are'} kept in the snapshot`;
  if (auth.length) {
    const first = sections[auth[0]!]!.message ?? 'Graph refused the access token';
    return new CollectionError(
      `authentication failed while collecting: ${countOf(auth.length, 'section')} not collected (${first.replace(/^.*?authentication failed:\s*/, '')}); ${kept}`,
      lines,
    );
  }
  return new CollectionError(
    `collection failed: Graph's answer for ${countOf(summary.collectionFailures.length, 'section')} had to be refused (${summary.collectionFailures.join(', ')}); ${kept}`,
    lines,
  );
}

/** Print what failed and why (always: it is the result, not progress). */
export function reportCollection(collected: Collected, log: Logger): void {
  const { summary, snapshot } = collected;
  const sections = snapshot.sections as Record<
    string,
    { status: string; message?: string; requiredPermissions?: string[]; requiredLicence?: string; httpStatus?: number; errorCode?: string }
  >;
  log.info(
    `Collected ${summary.ok.length} of ${summary.ok.length + summary.failed.length} sections${summary.skipped.length ? ` (${summary.skipped.length} skipped or absent in this cloud)` : ''}.`,
  );
  for (const name of summary.failed) {
    const s = sections[name]!;
    const fix =
      s.status === 'not-licensed'
        ? `needs ${s.requiredLicence ?? 'a licence'}`
        : s.status === 'forbidden'
          ? `grant ${s.requiredPermissions?.join(' + ') ?? '?'}`
          : s.status === 'not-available'
            ? 'not available here'
            : `failed${s.httpStatus || s.errorCode ? ` (${[s.httpStatus ? `HTTP ${s.httpStatus}` : '', s.errorCode ?? ''].filter(Boolean).join(' ')})` : ''}`;
    log.info(`  ${s.status.padEnd(13)} ${name}: ${fix}`);
  }
}

/** Exit 3 when nothing at all was collected (with a message that says whether the token was refused). */
export function assertSomethingCollected(collected: Collected): void {
  const { summary, snapshot } = collected;
  if (summary.ok.length > 0) return;
  if (summary.allUnauthorized) {
    const why = (snapshot.sections as Record<string, { message?: string }>)[summary.failed[0]!]?.message?.replace(
      /^.*?authentication failed:\s*/,
      '',
    );
    throw new CollectionError(
      `authentication failed: Graph refused the access token (HTTP 401) for every request${why ? `: ${why}` : '; check that it is current and issued for this Graph endpoint'}`,
    );
  }
  const first = summary.failed[0];
  const s = first ? (snapshot.sections as Record<string, { status: string; message?: string }>)[first] : undefined;
  throw new CollectionError(
    `nothing could be collected: every section failed${s ? ` (e.g. ${first}: ${s.status}${s.message ? `, ${s.message}` : ''})` : ''}`,
  );
}

/** The file name of a live scan's snapshot in its output folder. */
export const COLLECTED_SNAPSHOT_FILE = 'snapshot.json';

/**
 * `scan` without `--snapshot`: collect, stage `snapshot.json` with the reports in the output folder, return its
 * staged path. With `keep: false` (a redacted scan) the raw snapshot is a private working file of the staging folder
 * instead, never moved into the output folder and deleted with the staging folder (also when the run is
 * interrupted), so no unredacted copy is left beside redacted reports.
 */
export async function collectForScan(
  opts: CollectionOptions,
  folder: OutputFolder,
  log: Logger,
  keep = true,
): Promise<{ path: string; collectedAt: string; failure?: CollectionError }> {
  const collected = await runCollection(opts, log);
  const file = await writeSnapshotFile(
    keep ? folder.file(COLLECTED_SNAPSHOT_FILE) : folder.scratch(COLLECTED_SNAPSHOT_FILE),
    collected.snapshot,
  );
  reportCollection(collected, log);
  log.info(
    keep
      ? `Snapshot collected; it is written to ${folder.finalPath(file)} with the reports.`
      : 'Raw snapshot not kept (redacted scan): only the redacted snapshot is written beside the reports.',
  );
  assertSomethingCollected(collected);
  // Sections lost to a refused token or a refused answer: the scan still evaluates and reports what was collected
  // (rules needing the lost sections are not assessed, naming why), then ends with this failure (exit 3).
  const failure = collectionFailure(collected);
  return { path: file, collectedAt: collected.snapshot.collectedAt, ...(failure ? { failure } : {}) };
}

/**
 * `collect`: read the tenant into `file`, say what failed and why; exit 3 (thrown) when nothing could be read. The
 * place is checked before the tenant is read — `--out` naming a folder, or a folder that cannot be written, is an
 * input error with nothing collected — and the snapshot appears there complete or not at all.
 */
export async function collectToFile(
  opts: CollectionOptions,
  file: string,
  log: Logger,
  rules: readonly AnyRule[] = DEFAULT_RULES,
): Promise<{ file: string; failedSections: number }> {
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory())
    throw new InputError(`--out ${file} is a folder; name the snapshot file to write (e.g. ${join(file, COLLECTED_SNAPSHOT_FILE)})`);
  const staging = await Staging.open(dirname(resolve(file)), '--out');
  try {
    const collected = await runCollection(opts, log, rules);
    const staged = await writeSnapshotFile(staging.file(basename(file)), collected.snapshot);
    let path: string | undefined;
    try {
      [path] = staging.commit();
    } catch (e) {
      // The file could not be replaced (open elsewhere, protected): what was collected is kept under a name of its own.
      const kept = keepCollectedSnapshot(staged, staging.dir, collected.snapshot.collectedAt);
      throw kept ? sayKept(e, kept, log) : e;
    }
    reportCollection(collected, log);
    log.info(`Snapshot written to ${path}`);
    assertSomethingCollected(collected);
    // Sections lost to a refused token or refused answers: the snapshot is written, and the run is a collection failure.
    const failure = collectionFailure(collected);
    if (failure) throw failure;
    return { file: path!, failedSections: collected.summary.failed.length };
  } finally {
    await staging.discard();
  }
}
