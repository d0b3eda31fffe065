import { ClientAssertionCredential, type TokenCredential, type TokenCredentialOptions } from '@azure/identity';
import { InputError } from '../errors.js';

/**
 * Workload identity federation for GitHub Actions: the job's OIDC token (issuer token.actions.githubusercontent.com)
 * is the client assertion for the app registration's federated credential, so no client secret exists anywhere.
 */
export const AZURE_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

type Env = Readonly<Record<string, string | undefined>>;

/** The job's OIDC token for `audience`, fresh on every call (they live minutes; MSAL asks again when it needs one). */
export async function fetchGitHubOidcToken(
  env: Env,
  audience = AZURE_TOKEN_EXCHANGE_AUDIENCE,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new InputError(
      'no GitHub OIDC token available: give the job `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL is not set)',
    );
  }
  const target = new URL(url);
  target.searchParams.set('audience', audience);
  const response = await fetchImpl(target, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' } });
  if (!response.ok)
    throw new InputError(`GitHub refused the OIDC token request (HTTP ${response.status}); check the job's id-token permission`);
  const body = (await response.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || !body.value) throw new InputError('GitHub answered the OIDC token request without a token');
  return body.value;
}

/**
 * A TokenCredential for the app registration `clientId` in `tenantId` that authenticates with the GitHub OIDC token
 * (ClientAssertionCredential calls back for a fresh assertion whenever it needs a new access token). `audience` is
 * the one the app's federated credential lists (Entra's token exchange by default).
 */
export function githubOidcCredential(
  tenantId: string,
  clientId: string,
  env: Env,
  options: TokenCredentialOptions & { fetchImpl?: typeof fetch; audience?: string } = {},
): TokenCredential {
  const { fetchImpl, audience = AZURE_TOKEN_EXCHANGE_AUDIENCE, ...credentialOptions } = options;
  return new ClientAssertionCredential(tenantId, clientId, () => fetchGitHubOidcToken(env, audience, fetchImpl), credentialOptions);
}
