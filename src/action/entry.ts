import type { TokenCredentialOptions } from '@azure/identity';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { exitCodeMeaning } from '../exit-codes.js';
import { ExitCode, InputError, isExpectedError } from '../errors.js';
import { cliScript } from '../paths.js';
import {
  ACTION_AUTH_MODES,
  BROKER_ENV,
  REDACT_KEY_ENV,
  serveTokens,
  signIn,
  federationFailure,
  type ActionAuth,
} from '../pipeline/github-action.js';
import { ENV, parseFailOn, parseFormats, REPORT_FILES, resolveEndpoint, SEVERITIES, type Format } from '../pipeline/options.js';
import { safeLine } from '../util/log.js';

/*
 * The GitHub Action (action.yml) entry: read the inputs, sign in through workload identity federation (the job's
 * OIDC token exchanged for an app-only token, no client secret), run `gatehouse scan` in a child process, append
 * summary.md to $GITHUB_STEP_SUMMARY and publish the report paths, the finding counts by severity and the exit code
 * as step outputs. The Action runs the committed bundle (bundle/action.mjs), so a job needs no `npm ci`.
 *
 * The credential stays here, in the parent, for the whole run: the scan asks it for a token over the IPC channel
 * (src/graph/broker.ts) whenever it needs one — so a scan longer than a token's life goes on with a new one, and the
 * child never holds the runtime token that mints OIDC tokens. Each token is masked in the job log before the child
 * receives it.
 */

type Env = Readonly<Record<string, string | undefined>>;

export interface ActionInputs {
  tenantId: string;
  clientId?: string;
  auth?: ActionAuth;
  oidcAudience?: string;
  failOn: string;
  profile?: string;
  formats: Format[];
  out: string;
  baseline?: string;
  exceptions?: string;
  cloud: string;
  graphUrl?: string;
  includeApiConnectors: boolean;
  strict: boolean;
  sarifOmitPii: boolean;
  redact: boolean;
}

// The runner hands a JavaScript action its inputs as INPUT_<NAME> with the name upper-cased and hyphens kept
// (INPUT_TENANT-ID); the underscore form (INPUT_TENANT_ID) is what a composite wrapper or a shell can set.
const input = (env: Env, name: string): string | undefined => {
  const upper = name.toUpperCase();
  const v = (env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, '_')}`])?.trim();
  return v ? v : undefined;
};

function bool(env: Env, name: string, fallback: boolean): boolean {
  const v = input(env, name);
  if (v === undefined) return fallback;
  if (/^(true|yes|1)$/i.test(v)) return true;
  if (/^(false|no|0)$/i.test(v)) return false;
  throw new InputError(`input ${name} "${v}" must be true or false`);
}

/** Inputs arrive as INPUT_<NAME> (action.yml maps each `inputs.<name>` to one). */
export function readInputs(env: Env): ActionInputs {
  const tenantId = input(env, 'tenant-id');
  if (!tenantId) throw new InputError('input tenant-id is required (the directory (tenant) id to scan)');
  const failOn = input(env, 'fail-on') ?? 'high';
  parseFailOn(failOn);
  const formats = parseFormats(input(env, 'format') ?? 'all');
  // The summary and the SARIF are what the action exists for: always written.
  for (const f of ['md', 'sarif'] as const) if (!formats.includes(f)) formats.push(f);
  const cloud = input(env, 'cloud') ?? 'global';
  const graphUrl = input(env, 'graph-url');
  resolveEndpoint({ cloud, ...(graphUrl ? { graphUrl } : {}) });
  const auth = input(env, 'auth');
  if (auth !== undefined && !(ACTION_AUTH_MODES as readonly string[]).includes(auth))
    throw new InputError(`input auth "${auth}" must be ${ACTION_AUTH_MODES.join(' or ')}`);
  const optional = (key: keyof ActionInputs, name: string) => {
    const v = input(env, name);
    return v ? { [key]: v } : {};
  };
  return {
    tenantId,
    ...optional('clientId', 'client-id'),
    ...(auth ? { auth: auth as ActionAuth } : {}),
    ...optional('oidcAudience', 'oidc-audience'),
    failOn,
    ...optional('profile', 'profile'),
    formats,
    out: input(env, 'out') ?? 'gatehouse-reports',
    ...optional('baseline', 'baseline'),
    ...optional('exceptions', 'exceptions'),
    cloud,
    ...(graphUrl ? { graphUrl } : {}),
    includeApiConnectors: bool(env, 'include-api-connectors', false),
    strict: bool(env, 'strict', false),
    sarifOmitPii: bool(env, 'sarif-omit-pii', true),
    // On by default: the reports usually end up as an artifact anyone with read access to the repository can open.
    redact: bool(env, 'redact', true),
  } as ActionInputs;
}

/** The `gatehouse scan` command line for the inputs (secrets travel in the environment, never here). */
export function scanArgs(inputs: ActionInputs): string[] {
  return [
    'scan',
    '--tenant',
    inputs.tenantId,
    '--out',
    inputs.out,
    '--format',
    inputs.formats.join(','),
    '--fail-on',
    inputs.failOn,
    '--cloud',
    inputs.cloud,
    ...(inputs.graphUrl ? ['--graph-url', inputs.graphUrl] : []),
    ...(inputs.profile ? ['--profile', inputs.profile] : []),
    ...(inputs.baseline ? ['--baseline', inputs.baseline] : []),
    ...(inputs.exceptions ? ['--exceptions', inputs.exceptions] : []),
    ...(inputs.includeApiConnectors ? ['--include-api-connectors'] : []),
    ...(inputs.strict ? ['--strict'] : []),
    ...(inputs.sarifOmitPii ? ['--sarif-omit-pii'] : []),
    ...(inputs.redact ? ['--redact'] : []),
    '--verbose',
  ];
}

/** Append step outputs (heredoc form, so no value can inject another output). */
export async function writeOutputs(file: string | undefined, outputs: Record<string, string>): Promise<void> {
  if (!file) return;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    const delimiter = `gatehouse_${randomBytes(8).toString('hex')}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  await appendFile(file, text);
}

export interface ActionDeps {
  env: Env;
  /** The repository checkout (GITHUB_WORKSPACE): relative inputs resolve against it and the scan runs in it. */
  cwd?: string;
  credentialOptions?: TokenCredentialOptions & { fetchImpl?: typeof fetch };
  /**
   * Runs the CLI; the default spawns `node bin/gatehouse.js` with inherited stdio. `serve`, when given, must be
   * called with the child process (spawned with an IPC channel): it answers the child's token requests.
   */
  runCli?: (args: string[], env: Record<string, string | undefined>, cwd: string, serve?: (child: ChildProcess) => void) => Promise<number>;
  /** Workflow commands and messages (GitHub reads `::add-mask::` from stdout). */
  write?: (line: string) => void;
}

/**
 * Spawn `node bin/gatehouse.js`, with an IPC channel when `serve` is given (the token broker), output inherited or
 * handed to `onOutput`.
 */
export function spawnCli(
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  serve?: (child: ChildProcess) => void,
  onOutput?: (stream: 'stdout' | 'stderr', text: string) => void,
): Promise<number> {
  return new Promise((resolveCode, reject) => {
    const out = onOutput ? 'pipe' : 'inherit';
    const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
    const child = spawn(process.execPath, [cliScript(), ...args], {
      cwd,
      env: clean,
      stdio: ['ignore', out, out, ...(serve ? (['ipc'] as const) : [])],
    });
    if (onOutput) {
      child.stdout?.setEncoding('utf8').on('data', (d: string) => onOutput('stdout', d));
      child.stderr?.setEncoding('utf8').on('data', (d: string) => onOutput('stderr', d));
    }
    serve?.(child);
    child.on('error', reject);
    child.on('close', (code) => resolveCode(code ?? ExitCode.internal));
  });
}

function defaultRunCli(
  args: string[],
  env: Record<string, string | undefined>,
  cwd: string,
  serve?: (child: ChildProcess) => void,
): Promise<number> {
  return spawnCli(args, env, cwd, serve);
}

/** The whole action; returns the exit code the step ends with. */
export async function runAction(deps: ActionDeps): Promise<number> {
  const env = deps.env;
  const write = deps.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const cwd = deps.cwd ?? env.GITHUB_WORKSPACE ?? process.cwd();
  let code: number;
  let out: string | undefined;
  let failure: string | undefined;
  try {
    const inputs = readInputs(env);
    out = isAbsolute(inputs.out) ? inputs.out : resolve(cwd, inputs.out);
    const auth = await signIn(inputs, env, deps.credentialOptions);
    // Every token is masked before anything could print it.
    const masked = new Set<string>();
    const mask = (token: string) => {
      if (masked.has(token)) return;
      masked.add(token);
      write(`::add-mask::${token}`);
    };
    mask(auth.token);
    write(
      auth.via === 'oidc'
        ? `gatehouse: signed in to tenant ${inputs.tenantId} as app ${inputs.clientId} with the job's OIDC token (no client secret)`
        : 'gatehouse: using the access token from GATEHOUSE_ACCESS_TOKEN',
    );
    const childEnv: Record<string, string | undefined> = { ...env };
    // The child gets Graph tokens, not the power to mint OIDC tokens.
    delete childEnv.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    delete childEnv.ACTIONS_ID_TOKEN_REQUEST_URL;
    let serve: ((child: ChildProcess) => void) | undefined;
    if (auth.via === 'oidc') {
      delete childEnv[ENV.accessToken];
      childEnv[BROKER_ENV] = 'ipc';
      serve = (child) =>
        serveTokens(child, auth.credential, { scope: auth.scope, onIssued: mask, describeError: (e) => federationFailure(inputs, e) });
    } else {
      childEnv[ENV.accessToken] = auth.token;
    }
    if (inputs.redact && !env[REDACT_KEY_ENV]?.trim()) {
      // No key given: a random one for this run, masked so no log line can show it. Pseudonyms then differ from run
      // to run (finding ids do not); a GATEHOUSE_REDACT_KEY secret keeps them stable.
      const key = randomBytes(32).toString('base64url');
      write(`::add-mask::${key}`);
      write(
        'gatehouse: reports are pseudonymised with a key made for this run; set GATEHOUSE_REDACT_KEY from a secret to keep pseudonyms stable across runs',
      );
      childEnv[REDACT_KEY_ENV] = key;
    }
    code = await (deps.runCli ?? defaultRunCli)(scanArgs(inputs), childEnv, cwd, serve);
  } catch (e) {
    code = isExpectedError(e) ? e.exitCode : ExitCode.internal;
    failure = e instanceof Error ? e.message : String(e);
    // The message may quote the token endpoint: one safe line, tokens redacted, `%` escaped as workflow commands need.
    write(`::error title=gatehouse::${safeLine(failure).replace(/%/g, '%25')}`);
  }

  const files = out
    ? { sarif: join(out, REPORT_FILES.sarif), result: join(out, REPORT_FILES.json), summary: join(out, REPORT_FILES.md) }
    : undefined;
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const md = files && existsSync(files.summary) ? await readFile(files.summary, 'utf8') : '';
    const status = `\n> gatehouse exit code **${code}**: ${exitCodeMeaning(code)}.${failure ? ` ${failure.replace(/[<>]/g, '')}` : ''}\n`;
    await appendFile(summaryFile, md ? md + status : `## gatehouse\n\nThe scan did not complete.\n${status}`);
  }
  if (code === ExitCode.findings)
    write('::error title=gatehouse::findings at or above the fail-on threshold; see the job summary and the code scanning alerts');
  const present = (name: string, path: string) => (existsSync(path) ? { [name]: path } : {});
  await writeOutputs(env.GITHUB_OUTPUT, {
    'exit-code': String(code),
    ...(out ? { 'reports-dir': out } : {}),
    ...(files ? { ...present('sarif', files.sarif), ...present('result', files.result), ...present('summary', files.summary) } : {}),
    ...(out
      ? {
          ...present('html', join(out, REPORT_FILES.html)),
          ...present('xlsx', join(out, REPORT_FILES.xlsx)),
          ...present('guests-xlsx', join(out, REPORT_FILES.guestsXlsx)),
        }
      : {}),
    ...(files && existsSync(files.result) ? await countOutputs(files.result) : {}),
  });
  return code;
}

/** Unsuppressed failing findings by severity, their total, suppressed findings and rules not assessed, from result.json. */
export async function countOutputs(resultFile: string): Promise<Record<string, string>> {
  try {
    const result = JSON.parse(await readFile(resultFile, 'utf8')) as {
      summary?: { findingsBySeverity?: Record<string, number>; suppressedFindings?: number; rulesByStatus?: Record<string, number> };
    };
    const s = result.summary ?? {};
    const by = Object.fromEntries(SEVERITIES.map((sev) => [sev, s.findingsBySeverity?.[sev] ?? 0]));
    return {
      ...Object.fromEntries(Object.entries(by).map(([k, v]) => [k, String(v)])),
      findings: String(Object.values(by).reduce((a, b) => a + b, 0)),
      suppressed: String(s.suppressedFindings ?? 0),
      'not-assessed': String(s.rulesByStatus?.['not-assessed'] ?? 0),
    };
  } catch {
    return {};
  }
}

export async function main(): Promise<void> {
  process.exitCode = await runAction({ env: process.env });
}
