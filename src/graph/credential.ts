import {
  AzureCliCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  DeviceCodeCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
  type TokenCredential,
  type TokenCredentialOptions,
} from '@azure/identity';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { InputError } from '../errors.js';
import { BROKER_ENV, BrokeredCredential } from './broker.js';
import { CredentialTokenSource, StaticTokenSource, type TokenSource } from './token-source.js';

import { AUTH_MODES, ENV, type AuthMode } from './auth-names.js';

export { AUTH_MODES, ENV, type AuthMode };

export interface CredentialFlags {
  auth?: string;
  tenant?: string;
  clientId?: string;
  certificate?: string;
  accessToken?: string;
}

/** What will authenticate, decided from flags and environment without constructing anything (so tests can check it). */
export type CredentialPlan =
  | { mode: 'access-token'; token: string; source: 'flag' | 'env' }
  | { mode: 'default'; tenantId?: string; clientId?: string; authorityHost: string }
  | { mode: 'cli'; tenantId?: string }
  | { mode: 'device-code'; tenantId?: string; clientId?: string; authorityHost: string }
  | { mode: 'client-secret'; tenantId: string; clientId: string; authorityHost: string }
  | { mode: 'client-certificate'; tenantId: string; clientId: string; certificatePath: string; authorityHost: string }
  | { mode: 'managed-identity'; clientId?: string }
  | { mode: 'workload-identity'; tenantId: string; clientId: string; tokenFilePath: string; authorityHost: string }
  /** Tokens from the parent process over IPC (the GitHub Action runs the scan this way); not an `--auth` value. */
  | { mode: 'broker' };

type Env = Readonly<Record<string, string | undefined>>;

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined || value === '' ? {} : { [key]: value }) as { [P in K]?: V };
}

export function planCredential(flags: CredentialFlags, authorityHost: string, env: Env = process.env): CredentialPlan {
  if (env[BROKER_ENV] !== undefined && env[BROKER_ENV] !== '') {
    if (env[BROKER_ENV] !== 'ipc') throw new InputError(`${BROKER_ENV} must be "ipc" (set by the GitHub Action for the scan it runs)`);
    if (flags.auth !== undefined || flags.accessToken !== undefined)
      throw new InputError(`${BROKER_ENV} is set: the parent process supplies the tokens, so --auth and --access-token do not apply`);
    return { mode: 'broker' };
  }
  const token = flags.accessToken ?? env[ENV.accessToken];
  if (token !== undefined && token !== '') {
    if (flags.auth !== undefined) throw new InputError('use either --access-token (or GATEHOUSE_ACCESS_TOKEN) or --auth, not both');
    // People paste "Bearer eyJ…" from a browser's developer tools: accept it, then insist on one token.
    const bare = token.trim().replace(/^Bearer\s+/i, '');
    if (bare === '' || /\s/.test(bare)) throw new InputError('the access token must be a single bearer token without spaces');
    return { mode: 'access-token', token: bare, source: flags.accessToken !== undefined ? 'flag' : 'env' };
  }
  const mode = (flags.auth ?? 'default') as AuthMode;
  if (!(AUTH_MODES as readonly string[]).includes(mode))
    throw new InputError(`--auth "${flags.auth}" must be one of ${AUTH_MODES.join(', ')}`);
  const tenantId = flags.tenant ?? env[ENV.tenantId];
  const clientId = flags.clientId ?? env[ENV.clientId];
  const need = (value: string | undefined, what: string): string => {
    if (value === undefined || value === '') throw new InputError(`--auth ${mode} needs ${what}`);
    return value;
  };
  switch (mode) {
    case 'default':
      return { mode, ...opt('tenantId', tenantId), ...opt('clientId', clientId), authorityHost };
    case 'cli':
      return { mode, ...opt('tenantId', tenantId) };
    case 'device-code':
      return { mode, ...opt('tenantId', tenantId), ...opt('clientId', clientId), authorityHost };
    case 'client-secret':
      need(env[ENV.clientSecret], `the client secret in the environment variable ${ENV.clientSecret} (never as a flag)`);
      return {
        mode,
        tenantId: need(tenantId, `--tenant or ${ENV.tenantId}`),
        clientId: need(clientId, `--client-id or ${ENV.clientId}`),
        authorityHost,
      };
    case 'client-certificate':
      return {
        mode,
        tenantId: need(tenantId, `--tenant or ${ENV.tenantId}`),
        clientId: need(clientId, `--client-id or ${ENV.clientId}`),
        certificatePath: need(flags.certificate ?? env[ENV.certificatePath], `--certificate <pem or pfx file> or ${ENV.certificatePath}`),
        authorityHost,
      };
    case 'managed-identity':
      return { mode, ...opt('clientId', clientId) };
    case 'workload-identity':
      return {
        mode,
        tenantId: need(tenantId, `--tenant or ${ENV.tenantId}`),
        clientId: need(clientId, `--client-id or ${ENV.clientId}`),
        tokenFilePath: need(
          env[ENV.federatedTokenFile],
          `the federated token file in ${ENV.federatedTokenFile} (set by the workload identity webhook or your CI)`,
        ),
        authorityHost,
      };
  }
}

/** PEM text for ClientCertificateCredential, which reads PEM only: a .pfx/.p12 is converted in memory with openssl. */
export function certificatePem(path: string, env: Env = process.env): string | undefined {
  const ext = extname(path).toLowerCase();
  if (ext !== '.pfx' && ext !== '.p12') return undefined;
  const password = env[ENV.certificatePassword] ?? '';
  // The password travels through the environment (never argv, which other users can read in the process list).
  const run = (legacy: boolean): string =>
    execFileSync('openssl', ['pkcs12', '-in', path, '-nodes', '-passin', 'env:GATEHOUSE_PFX_PASSWORD', ...(legacy ? ['-legacy'] : [])], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', GATEHOUSE_PFX_PASSWORD: password },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
  let pem: string;
  try {
    readFileSync(path); // a clear "cannot read" before blaming openssl
  } catch (e) {
    throw new InputError(`--certificate ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    pem = run(false);
  } catch {
    try {
      pem = run(true); // PFX files made by older tools use RC2/3DES, which OpenSSL 3 reads only with -legacy
    } catch (e) {
      throw new InputError(
        `--certificate ${path}: could not read the PFX (wrong ${ENV.certificatePassword}, or openssl missing): ${String((e as { stderr?: unknown }).stderr ?? (e as Error).message).split('\n')[0]}`,
      );
    }
  }
  if (!/BEGIN CERTIFICATE/.test(pem) || !/PRIVATE KEY/.test(pem))
    throw new InputError(`--certificate ${path}: the PFX holds no certificate with a private key`);
  return pem;
}

/**
 * Construct the @azure/identity credential for a plan. Nothing here requests a token; managed identity and the
 * CLI only reach out when `getToken` is called.
 */
export function createCredential(
  plan: Exclude<CredentialPlan, { mode: 'access-token' }>,
  env: Env = process.env,
  log: (message: string) => void = (m) => process.stderr.write(`${m}\n`),
  /** Programmatic only (tests): the HTTP client @azure/identity talks to the token endpoint with. */
  http: Pick<TokenCredentialOptions, 'httpClient'> = {},
): TokenCredential {
  switch (plan.mode) {
    case 'default':
      return new DefaultAzureCredential({
        ...http,
        authorityHost: plan.authorityHost,
        ...opt('tenantId', plan.tenantId),
        ...opt('managedIdentityClientId', plan.clientId),
        ...opt('workloadIdentityClientId', plan.clientId),
      });
    case 'cli':
      return new AzureCliCredential({ ...opt('tenantId', plan.tenantId) });
    case 'device-code':
      return new DeviceCodeCredential({
        ...http,
        authorityHost: plan.authorityHost,
        ...opt('tenantId', plan.tenantId),
        ...opt('clientId', plan.clientId),
        // The prompt names a URL and a one-time code; it goes to stderr so stdout stays data only.
        userPromptCallback: (info) => log(info.message),
      });
    case 'client-secret':
      return new ClientSecretCredential(plan.tenantId, plan.clientId, env[ENV.clientSecret] ?? '', {
        ...http,
        authorityHost: plan.authorityHost,
      });
    case 'client-certificate': {
      const pem = certificatePem(plan.certificatePath, env);
      const password = env[ENV.certificatePassword];
      if (pem !== undefined)
        return new ClientCertificateCredential(
          plan.tenantId,
          plan.clientId,
          { certificate: pem },
          { ...http, authorityHost: plan.authorityHost },
        );
      return new ClientCertificateCredential(
        plan.tenantId,
        plan.clientId,
        { certificatePath: plan.certificatePath, ...opt('certificatePassword', password) },
        { ...http, authorityHost: plan.authorityHost },
      );
    }
    case 'managed-identity':
      return plan.clientId ? new ManagedIdentityCredential({ clientId: plan.clientId }) : new ManagedIdentityCredential();
    case 'workload-identity':
      // Reads the federated token file again whenever it needs a new assertion, so a file the platform rotates
      // (AKS, or a CI step that refreshes it) keeps a long scan signed in.
      return new WorkloadIdentityCredential({
        ...http,
        tenantId: plan.tenantId,
        clientId: plan.clientId,
        tokenFilePath: plan.tokenFilePath,
        authorityHost: plan.authorityHost,
      });
    case 'broker':
      return new BrokeredCredential();
  }
}

export { CredentialTokenSource, StaticTokenSource };

/** The token source for a plan: a pre-acquired token as is, anything else through its (refreshable) credential. */
export function tokenSourceFor(
  plan: CredentialPlan,
  scope: string,
  env: Env = process.env,
  log?: (message: string) => void,
  now: () => number = Date.now,
): TokenSource {
  if (plan.mode === 'access-token')
    return new StaticTokenSource(plan.token, `the access token from ${plan.source === 'env' ? ENV.accessToken : '--access-token'}`, now);
  return new CredentialTokenSource(createCredential(plan, env, log), scope, now);
}
