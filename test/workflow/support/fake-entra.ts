import type { TokenCredentialOptions } from '@azure/identity';

/** What @azure/identity's HttpClient option receives and must return (the @azure/core-rest-pipeline shapes). */
type HttpClient = NonNullable<TokenCredentialOptions['httpClient']>;
type PipelineRequest = Parameters<HttpClient['sendRequest']>[0];
type PipelineResponse = Awaited<ReturnType<HttpClient['sendRequest']>>;

/** Response headers with the HttpHeaders interface, case-insensitive like HTTP. */
function headers(init: Record<string, string>): PipelineResponse['headers'] {
  const map = new Map(Object.entries(init).map(([k, v]) => [k.toLowerCase(), v]));
  const h = {
    get: (name: string) => map.get(name.toLowerCase()),
    has: (name: string) => map.has(name.toLowerCase()),
    set: (name: string, value: string | number | boolean) => void map.set(name.toLowerCase(), String(value)),
    delete: (name: string) => void map.delete(name.toLowerCase()),
    toJSON: () => Object.fromEntries(map),
    [Symbol.iterator]: () => map.entries(),
  };
  return h;
}

/**
 * A stand-in for the Entra token endpoint, plugged into @azure/identity as its HttpClient (so no request leaves the
 * process). It records every token request and answers a client-credentials grant whose client assertion is the
 * expected GitHub OIDC token — the federated-credential exchange — with `accessToken`; anything else gets the
 * AADSTS error Entra gives for a subject no federated credential matches.
 */
export interface FakeEntra {
  httpClient: HttpClient;
  requests: Array<{ method: string; url: string; form: Record<string, string> }>;
}

export function fakeEntra(opts: {
  expectedAssertion: () => string | undefined;
  accessToken: string | (() => string);
  expiresIn?: number;
}): FakeEntra {
  const requests: FakeEntra['requests'] = [];
  const answer = (req: PipelineRequest, status: number, body: unknown): PipelineResponse => ({
    request: req,
    status,
    headers: headers({ 'content-type': 'application/json' }),
    bodyAsText: JSON.stringify(body),
  });
  return {
    requests,
    httpClient: {
      async sendRequest(req: PipelineRequest) {
        const form = Object.fromEntries(new URLSearchParams(typeof req.body === 'string' ? req.body : ''));
        requests.push({ method: req.method, url: req.url, form });
        if (req.method === 'POST' && /\/oauth2\/v2\.0\/token/.test(req.url)) {
          const ok =
            form.grant_type === 'client_credentials' &&
            form.client_assertion_type === 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' &&
            form.client_assertion === opts.expectedAssertion() &&
            form.client_secret === undefined;
          if (!ok) {
            return answer(req, 400, {
              error: 'invalid_client',
              error_description: 'AADSTS70021: No matching federated identity record found for presented assertion.',
              error_codes: [70021],
            });
          }
          const expiresIn = opts.expiresIn ?? 3599;
          return answer(req, 200, {
            token_type: 'Bearer',
            expires_in: expiresIn,
            ext_expires_in: expiresIn,
            access_token: typeof opts.accessToken === 'function' ? opts.accessToken() : opts.accessToken,
          });
        }
        return answer(req, 404, { error: 'not_found' });
      },
    },
  };
}
