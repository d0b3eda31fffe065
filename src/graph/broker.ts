import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import type { ChildProcess } from 'node:child_process';
import { InputError } from '../errors.js';

/**
 * Graph tokens handed from a parent process to the `gatehouse` it runs, over Node's IPC channel. The GitHub Action
 * uses it: the parent keeps the refreshable credential (the job's OIDC token exchanged through the app's federated
 * credential) and the scan in the child asks it for a token whenever it needs one — at the start, before the last
 * one expires, after Graph refuses one — for the whole run. The child never holds what mints tokens (the Actions
 * runtime token can mint OIDC tokens for any audience), and no token travels in an environment variable.
 *
 * Hand-written because it is a dozen lines over `process.send`; @azure/identity offers no credential that asks
 * another process of ours.
 */
export const BROKER_ENV = 'GATEHOUSE_TOKEN_BROKER';

const REQUEST = 'gatehouse:token-request';
const ANSWER = 'gatehouse:token';

interface TokenRequest {
  type: typeof REQUEST;
  id: number;
  scope: string;
  claims?: string;
}

interface TokenAnswer {
  type: typeof ANSWER;
  id: number;
  token?: string;
  expiresOnTimestamp?: number;
  error?: string;
}

type Channel = Pick<NodeJS.Process, 'on' | 'off' | 'send' | 'connected'>;

/** The child's side: a TokenCredential whose tokens come from the parent. */
export class BrokeredCredential implements TokenCredential {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (t: AccessToken) => void; reject: (e: Error) => void }>();
  private readonly onMessage = (m: unknown) => this.answer(m);
  private readonly onDisconnect = () => this.failAll('the process holding the credential ended');

  constructor(private readonly channel: Channel = process) {
    if (typeof channel.send !== 'function')
      throw new InputError(`${BROKER_ENV}=ipc is set, but this process has no IPC channel to a parent that holds the credential`);
  }

  getToken(scopes: string | string[], options: GetTokenOptions = {}): Promise<AccessToken> {
    const scope = Array.isArray(scopes) ? scopes.join(' ') : scopes;
    if (!this.channel.connected) return Promise.reject(new Error('the process holding the credential is gone'));
    const id = this.nextId++;
    return new Promise<AccessToken>((resolve, reject) => {
      // Listening only while a request is open: a 'message' listener keeps the IPC channel (and so the process) alive.
      if (!this.pending.size) {
        this.channel.on('message', this.onMessage);
        this.channel.on('disconnect', this.onDisconnect);
      }
      this.pending.set(id, { resolve, reject });
      const request: TokenRequest = { type: REQUEST, id, scope, ...(options.claims ? { claims: options.claims } : {}) };
      this.channel.send!(request, undefined, undefined, (e: Error | null) => {
        if (e) this.settle(id, undefined, e);
      });
    });
  }

  private answer(m: unknown): void {
    const a = m as Partial<TokenAnswer> | undefined;
    if (a?.type !== ANSWER || typeof a.id !== 'number' || !this.pending.has(a.id)) return;
    if (typeof a.token === 'string' && a.token && typeof a.expiresOnTimestamp === 'number')
      this.settle(a.id, { token: a.token, expiresOnTimestamp: a.expiresOnTimestamp });
    else this.settle(a.id, undefined, new Error(typeof a.error === 'string' ? a.error : 'the parent process answered without a token'));
  }

  private settle(id: number, token: AccessToken | undefined, error?: Error): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (!this.pending.size) {
      this.channel.off('message', this.onMessage);
      this.channel.off('disconnect', this.onDisconnect);
    }
    if (token) p.resolve(token);
    else p.reject(error ?? new Error('no token'));
  }

  private failAll(reason: string): void {
    for (const id of [...this.pending.keys()]) this.settle(id, undefined, new Error(reason));
  }
}

/**
 * The parent's side: answer the child's token requests from `credential`, for `scope` only. `onIssued` sees each
 * token before the child does (the Action masks it in the job log).
 */
export function serveTokens(
  child: Pick<ChildProcess, 'on' | 'send' | 'connected'>,
  credential: TokenCredential,
  opts: { scope: string; onIssued?: (token: string) => void; describeError?: (e: unknown) => string },
): void {
  child.on('message', (m: unknown) => {
    const r = m as Partial<TokenRequest> | undefined;
    if (r?.type !== REQUEST || typeof r.id !== 'number') return;
    const id = r.id;
    const reply = (a: Omit<TokenAnswer, 'type' | 'id'>) => {
      if (child.connected) child.send({ type: ANSWER, id, ...a } satisfies TokenAnswer);
    };
    if (r.scope !== opts.scope) {
      reply({ error: `this parent issues tokens for ${opts.scope} only` });
      return;
    }
    credential.getToken(opts.scope, typeof r.claims === 'string' && r.claims ? { claims: r.claims } : {}).then(
      (t) => {
        if (!t?.token) return reply({ error: 'the credential returned no token' });
        opts.onIssued?.(t.token);
        reply({ token: t.token, expiresOnTimestamp: t.expiresOnTimestamp });
      },
      (e: unknown) => reply({ error: opts.describeError ? opts.describeError(e) : e instanceof Error ? e.message : String(e) }),
    );
  });
}
