/**
 * Which proxy Graph requests go through, decided from the environment exactly as @azure/identity decides it for
 * sign-in (its HTTP pipeline's proxy policy), so sign-in and Graph traffic take the same route:
 *
 * - the proxy is `HTTPS_PROXY`, else `ALL_PROXY`, else `HTTP_PROXY` (each upper case first, then lower case);
 * - `NO_PROXY` is a comma-separated list of host names: `example.com` matches that host only, `.example.com`
 *   matches it and every host under it. No wildcards, ports or address ranges (Azure's SDKs take none either).
 *
 * One difference, on purpose: plain-`http` endpoints (gatehouse allows them only on this machine, for a simulator)
 * are never sent through a proxy, which would see the bearer token in clear text. `https` requests cross a proxy
 * through a CONNECT tunnel, so the proxy sees the host name but not the token.
 */
type Env = Readonly<Record<string, string | undefined>>;

function envValue(env: Env, name: string): string | undefined {
  return env[name] || env[name.toLowerCase()] || undefined;
}

/** The proxy URL from the environment, if any. */
export function proxyFromEnv(env: Env = process.env): URL | undefined {
  const value = envValue(env, 'HTTPS_PROXY') ?? envValue(env, 'ALL_PROXY') ?? envValue(env, 'HTTP_PROXY');
  if (!value) return undefined;
  try {
    return new URL(value);
  } catch {
    // @azure/identity would fail sign-in on it; Graph requests fail with the same cause, named.
    throw new Error(`the proxy URL in HTTPS_PROXY/HTTP_PROXY is not a valid URL`);
  }
}

export function noProxyList(env: Env = process.env): string[] {
  return (envValue(env, 'NO_PROXY') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Does `hostname` bypass the proxy under these NO_PROXY patterns? */
export function bypassesProxy(hostname: string, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return patterns.some((raw) => {
    const p = raw.toLowerCase();
    return p.startsWith('.') ? host.endsWith(p) || host === p.slice(1) : host === p;
  });
}

/** The proxy for a request to `target`, or undefined to connect directly. */
export function proxyFor(target: URL, env: Env = process.env): URL | undefined {
  if (target.protocol !== 'https:') return undefined;
  const proxy = proxyFromEnv(env);
  if (!proxy || bypassesProxy(target.hostname, noProxyList(env))) return undefined;
  return proxy;
}

/** The proxy as it may be printed: scheme, host and port, never its credentials. */
export function describeProxy(proxy: URL): string {
  return `${proxy.protocol}//${proxy.host}`;
}
