import { InputError } from '../errors.js';

/** National clouds (Microsoft Graph national cloud deployments): each pairs a Graph endpoint with its Entra authority host. Tokens do not cross clouds. */
export type CloudName = 'global' | 'usgov' | 'usgov-dod' | 'china';

export interface CloudInfo {
  title: string;
  graph: string;
  authorityHost: string;
}

export const CLOUDS: Record<CloudName, CloudInfo> = {
  global: { title: 'Global (incl. GCC)', graph: 'https://graph.microsoft.com', authorityHost: 'https://login.microsoftonline.com' },
  usgov: { title: 'US Government L4 (GCC High)', graph: 'https://graph.microsoft.us', authorityHost: 'https://login.microsoftonline.us' },
  'usgov-dod': {
    title: 'US Government L5 (DoD)',
    graph: 'https://dod-graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
  china: {
    title: 'China (operated by 21Vianet)',
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
};

export const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[];

export interface GraphEndpoint {
  /** Graph root without trailing slash and without version, e.g. `https://graph.microsoft.com` or `http://127.0.0.1:4321`. */
  baseUrl: string;
  /** The cloud whose authority issues tokens for this endpoint. */
  cloud: CloudName;
  /** What the snapshot records: the cloud, or `custom` for `--graph-url`. */
  snapshotCloud: CloudName | 'custom';
  authorityHost: string;
  /** OAuth scope for app-only tokens: `<graph>/.default`. */
  scope: string;
}

export function parseCloud(value: string | undefined): CloudName {
  if (value === undefined) return 'global';
  const v = value.toLowerCase();
  if ((CLOUD_NAMES as string[]).includes(v)) return v as CloudName;
  throw new InputError(`--cloud "${value}" must be one of ${CLOUD_NAMES.join(', ')}`);
}

/** A host a token may travel to over plain http: only this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The Graph endpoint for `--cloud` and an optional `--graph-url`. Plain http is refused except for loopback hosts:
 * a bearer token must never travel unencrypted to another machine.
 */
export function resolveEndpoint(opts: { cloud?: string; graphUrl?: string }): GraphEndpoint {
  const cloud = parseCloud(opts.cloud);
  const info = CLOUDS[cloud];
  const scope = `${info.graph}/.default`;
  if (opts.graphUrl === undefined) return { baseUrl: info.graph, cloud, snapshotCloud: cloud, authorityHost: info.authorityHost, scope };
  return { baseUrl: normaliseGraphUrl(opts.graphUrl), cloud, snapshotCloud: 'custom', authorityHost: info.authorityHost, scope };
}

export function normaliseGraphUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`--graph-url "${value}" is not an absolute URL (e.g. https://graph.microsoft.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InputError(`--graph-url "${value}" must use https`);
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new InputError(
      `--graph-url "${value}" uses plain http to a host other than this machine; use https so the access token is not sent unencrypted`,
    );
  }
  if (url.username || url.password) throw new InputError('--graph-url must not contain credentials');
  if (url.search || url.hash) throw new InputError('--graph-url must not contain a query or fragment');
  // Drop a trailing version segment people paste by habit: the collectors choose v1.0 or beta per request.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/(v1\.0|beta)$/i, '');
  return `${url.origin}${path}`;
}
