import type { TokenCredential, TokenCredentialOptions } from '@azure/identity';
import { ExitCode, GatehouseError, InputError } from '../errors.js';
import { ENV } from '../graph/auth-names.js';
import { resolveEndpoint } from '../graph/cloud.js';
import { AZURE_TOKEN_EXCHANGE_AUDIENCE, githubOidcCredential } from '../graph/github-oidc.js';

// What the GitHub Action needs from below the pipeline: its sign-in through the job's workload identity, and the
// broker that serves the scan (a child process) tokens from that credential for the whole run.
export { BROKER_ENV, serveTokens } from '../graph/broker.js';

type Env = Readonly<Record<string, string | undefined>>;

/** What signing in needs from the Action's inputs. */
export interface ActionSignInRequest {
  tenantId: string;
  clientId?: string;
  cloud: string;
  graphUrl?: string;
  /** `oidc`: the job's OIDC token through the app's federated credential; `access-token`: GATEHOUSE_ACCESS_TOKEN. Default: access-token when that variable is set, else oidc. */
  auth?: ActionAuth;
  /** Audience of the job's OIDC token; must be one the federated credential lists. */
  oidcAudience?: string;
}

export const ACTION_AUTH_MODES = ['oidc', 'access-token'] as const;
export type ActionAuth = (typeof ACTION_AUTH_MODES)[number];
export { AZURE_TOKEN_EXCHANGE_AUDIENCE } from '../graph/github-oidc.js';

class AuthError extends GatehouseError {
  constructor(message: string) {
    super(message, ExitCode.collection);
  }
}

/** How the scan gets its tokens: a fixed one the workflow supplied, or the refreshable OIDC credential. */
export type ActionSignIn =
  { via: 'access-token'; token: string } | { via: 'oidc'; credential: TokenCredential; scope: string; token: string };

export function federationFailure(inputs: ActionSignInRequest, e: unknown): string {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return `workload identity federation failed for app ${inputs.clientId} in tenant ${inputs.tenantId}: ${message}. Check the app registration's federated credential (issuer https://token.actions.githubusercontent.com, subject matching this repository and branch or environment, audience ${inputs.oidcAudience ?? AZURE_TOKEN_EXCHANGE_AUDIENCE})`;
}

/**
 * Sign in: GATEHOUSE_ACCESS_TOKEN when the workflow supplies one (self-hosted runners with their own broker, tests),
 * else the GitHub OIDC credential — asked for a first token here, so a federation problem fails the step at once
 * with its fix, before any scan starts.
 */
export async function signIn(
  inputs: ActionSignInRequest,
  env: Env,
  credentialOptions: TokenCredentialOptions & { fetchImpl?: typeof fetch } = {},
): Promise<ActionSignIn> {
  const supplied = env[ENV.accessToken]?.trim();
  const auth = inputs.auth ?? (supplied ? 'access-token' : 'oidc');
  if (auth === 'access-token') {
    if (!supplied)
      throw new InputError(
        `auth access-token reads the token from ${ENV.accessToken}: set it in the step's env (from a secret or an earlier sign-in step)`,
      );
    return { token: supplied, via: 'access-token' };
  }
  if (!inputs.clientId)
    throw new InputError('input client-id is required: the application (client) id of the app registration that trusts this repository');
  // Checked here: inside the credential's callback the cause would be wrapped into a generic authentication error.
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new InputError(
      'no GitHub OIDC token available: give the job `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL is not set)',
    );
  }
  const endpoint = resolveEndpoint({ cloud: inputs.cloud, ...(inputs.graphUrl ? { graphUrl: inputs.graphUrl } : {}) });
  const credential = githubOidcCredential(inputs.tenantId, inputs.clientId, env, {
    authorityHost: env.AZURE_AUTHORITY_HOST ?? endpoint.authorityHost,
    ...(inputs.oidcAudience ? { audience: inputs.oidcAudience } : {}),
    ...credentialOptions,
  });
  try {
    const token = await credential.getToken(endpoint.scope);
    if (!token?.token) throw new Error('no token returned');
    return { via: 'oidc', credential, scope: endpoint.scope, token: token.token };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new AuthError(federationFailure(inputs, e));
  }
}
export { REDACT_KEY_ENV } from '../redact/snapshot.js';
