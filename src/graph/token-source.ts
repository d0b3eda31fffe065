import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { oneLineClipped } from '../util/safe-text.js';
import { AuthenticationFailure } from './errors.js';
import { decodeJwtClaims } from './jwt.js';
import { redactSecrets, rememberSecret } from '../util/secrets.js';

/**
 * Where the bearer token of each request comes from. The middleware asks for one at the moment a request leaves
 * (after any pacing or Retry-After wait), so a token is never older than the wait before it; a source renews its
 * token before it expires, and after Graph refuses it.
 */
export interface TokenSource {
  /** A bearer token valid now; throws AuthenticationFailure when none can be had. */
  token(): Promise<string>;
  /**
   * Graph refused `token` (HTTP 401): the next `token()` asks the credential again instead of using it, passing the
   * claims of a claims challenge when Graph sent one (that is what makes a credential's own cache issue a new token).
   */
  refused(token: string, claims?: string): void;
  /** Why Graph may have refused `token`, naming its expiry as far as it is known: for the authentication failure. */
  describeRefusal(token: string): string;
}

/** Graph, like Entra, accepts a token a few minutes past its expiry (clock skew); so does gatehouse before refusing to send it. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** Renew a credential's token this long before it expires, so no request leaves with one about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `12 min`, `2 h 5 min`, `40 s`: how long ago or ahead, for messages. */
export function span(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 120) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 120 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/**
 * A fixed, pre-acquired bearer token (`--access-token` / GATEHOUSE_ACCESS_TOKEN). It cannot be renewed, so its
 * `exp` claim is checked: a token that has expired (beyond the usual clock skew) is not sent at all, and the
 * failure says when it expired and whether that was before or during the scan.
 */
export class StaticTokenSource implements TokenSource {
  private readonly expiresAt: number | undefined;
  private firstUse: number | undefined;

  constructor(
    private readonly value: string,
    /** Where the token came from, for messages (`GATEHOUSE_ACCESS_TOKEN`, `--access-token`). */
    private readonly origin = 'the pre-acquired access token',
    private readonly now: () => number = Date.now,
  ) {
    rememberSecret(value);
    const exp = decodeJwtClaims(value)?.exp;
    this.expiresAt = typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
  }

  /** When the token expires (its `exp` claim), if it says. */
  expiry(): number | undefined {
    return this.expiresAt;
  }

  async token(): Promise<string> {
    const now = this.now();
    this.firstUse ??= now;
    if (this.expiresAt !== undefined && now > this.expiresAt + CLOCK_SKEW_MS)
      throw new AuthenticationFailure(`authentication failed: ${this.expiredText(now)}`);
    return this.value;
  }

  refused(): void {
    // Nothing to renew: the next request carries the same token, and a second refusal is the failure.
  }

  describeRefusal(): string {
    const now = this.now();
    if (this.expiresAt === undefined)
      return `${this.origin} was refused; its expiry cannot be read from it, and gatehouse cannot renew a pre-acquired token: get a new one, or sign in with --auth so tokens are renewed during the scan`;
    if (this.expiresAt <= now) return this.expiredText(now);
    return `${this.origin} was refused although it is valid until ${iso(this.expiresAt)}: it may have been revoked, or issued for another tenant, cloud or resource`;
  }

  private expiredText(now: number): string {
    const when = this.firstUse !== undefined && this.expiresAt! < this.firstUse ? 'before the scan started' : 'during the scan';
    return `${this.origin} expired at ${iso(this.expiresAt!)} (${span(now - this.expiresAt!)} ago, ${when}); a pre-acquired token cannot be renewed: get a new one, or sign in with --auth (cli, client-certificate, workload-identity, …) so tokens are renewed during long scans`;
  }
}

/**
 * Tokens from an @azure/identity credential, cached until five minutes before they expire (or the credential's
 * own `refreshAfterTimestamp`); concurrent callers share one request. After Graph refuses a token the credential is
 * asked again, so a collection that outlives any one token — or meets one revoked early — goes on with a new one.
 */
export class CredentialTokenSource implements TokenSource {
  private cached: AccessToken | undefined;
  private inflight: Promise<AccessToken> | undefined;
  private claims: string | undefined;
  /** Expiry of the tokens handed out lately, for the refusal message. */
  private readonly issued = new Map<string, number>();

  constructor(
    private readonly credential: TokenCredential,
    private readonly scope: string,
    private readonly now: () => number = Date.now,
  ) {}

  private get name(): string {
    return this.credential.constructor.name;
  }

  async token(): Promise<string> {
    const c = this.cached;
    if (c && this.now() < Math.min(c.refreshAfterTimestamp ?? Infinity, c.expiresOnTimestamp - RENEW_BEFORE_MS)) return c.token;
    this.inflight ??= this.fetch().finally(() => {
      this.inflight = undefined;
    });
    return (await this.inflight).token;
  }

  refused(token: string, claims?: string): void {
    if (this.cached?.token === token) this.cached = undefined;
    if (claims) this.claims = claims;
  }

  describeRefusal(token: string): string {
    const expires = this.issued.get(token);
    if (expires === undefined) return `the access token from ${this.name} was refused`;
    if (expires <= this.now())
      return `the access token from ${this.name} expired at ${iso(expires)} and the credential issued no newer one`;
    return `the access token from ${this.name} (valid until ${iso(expires)}) was refused even after a new one was requested: the app's permission grants or consent may have been revoked, or the token was issued for another tenant, cloud or resource`;
  }

  private async fetch(): Promise<AccessToken> {
    let token: AccessToken | null;
    const options: GetTokenOptions = this.claims ? { claims: this.claims } : {};
    this.claims = undefined;
    try {
      token = await this.credential.getToken(this.scope, options);
    } catch (e) {
      throw describeSignInFailure(e, this.credential);
    }
    if (!token?.token) throw new AuthenticationFailure(`authentication failed (${this.name}): no token returned`, SIGN_IN_NEXT_STEPS);
    rememberSecret(token.token);
    this.issued.set(token.token, token.expiresOnTimestamp);
    if (this.issued.size > 16) this.issued.delete(this.issued.keys().next().value!);
    this.cached = token;
    return token;
  }
}

/** What to try when no credential could sign in. */
export const SIGN_IN_NEXT_STEPS: readonly string[] = [
  'Next steps: sign in with `az login --tenant <tenant> --allow-no-subscriptions` (then --auth cli), or use --auth device-code, ' +
    'or evaluate a snapshot collected elsewhere with --snapshot <file>. AZURE_LOG_LEVEL=verbose shows what @azure/identity tried.',
];

const CREDENTIAL_NAME = /^\s*(\w+Credential)\b/;

/** The sources of a ChainedTokenCredential (DefaultAzureCredential is one), by the names @azure/identity gives them. */
function chainNames(credential: TokenCredential): string[] {
  // @azure/identity's AggregateAuthenticationError lists the failures of a chain in order but not whose they are;
  // the chain keeps its sources in `_sources` (unavailable ones as UnavailableDefaultCredential with `credentialName`).
  // Read defensively: without it each line falls back to the name in its message.
  const sources = (credential as unknown as { _sources?: unknown })._sources;
  if (!Array.isArray(sources)) return [];
  return sources.map((s: { credentialName?: unknown; constructor?: { name?: string } }) =>
    typeof s?.credentialName === 'string' ? s.credentialName : (s?.constructor?.name ?? 'credential'),
  );
}

function reasonOf(e: unknown): string {
  const err = e as { message?: unknown; errorResponse?: { error?: string; errorDescription?: string } } | undefined;
  const described = err?.errorResponse?.errorDescription;
  const text = typeof described === 'string' && described ? described : typeof err?.message === 'string' ? err.message : String(e);
  const line =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? text;
  return oneLineClipped(redactSecrets(line), 400);
}

/**
 * An AuthenticationFailure that says what was tried: for a chain (DefaultAzureCredential), each credential and why
 * it could not sign in, from the aggregate error @azure/identity throws; for one credential, its reason. Always
 * followed by the next steps.
 */
export function describeSignInFailure(e: unknown, credential: TokenCredential): AuthenticationFailure {
  const name = credential.constructor.name;
  const errors = (e as { errors?: unknown } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length) {
    const names = chainNames(credential);
    const lines = errors.map((x, i) => {
      const reason = reasonOf(x);
      const own = names[i] ?? CREDENTIAL_NAME.exec(reason)?.[1] ?? `credential ${i + 1}`;
      return `  ${own}: ${reason.replace(new RegExp(`^${own}\\b[: ]*`), '')}`;
    });
    return new AuthenticationFailure(`authentication failed: no credential in ${name} could sign in; tried:`, [
      ...lines,
      ...SIGN_IN_NEXT_STEPS,
    ]);
  }
  return new AuthenticationFailure(`authentication failed (${name}): ${reasonOf(e)}`, SIGN_IN_NEXT_STEPS);
}
