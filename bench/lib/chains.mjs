// What a collection run asked the simulator for, read from the simulator's request log:
// - the chains of dependent requests, for the lower bound on wall time;
// - the plan (every distinct first-page and $batch-member request), which the naive baseline replays.

const CA_PATH = /^\/(v1\.0|beta)\/identity\/conditionalAccess\//i;

/** A query's identity: version, path and options, without the skip token (all pages of one query share it). */
function queryKey(url) {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
  params.delete('$skiptoken');
  const rest = [...params.entries()]
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
  return rest ? `${path}?${rest}` : path;
}

/** A list query of /users (a guest chain or an external-member query): its pages take `pageLatencyMs`. */
const USERS_LIST = /^\/(v1\.0|beta)\/users\?/i;

/**
 * Lower bound on wall time for the requests a run made, with `latencyMs` per request (`pageLatencyMs` per page of
 * a /users list query):
 * - a paged query is a chain: page n+1 needs page n's nextLink, so pages × latency;
 * - Conditional Access pages are also paced: latency + (pages − 1) × max(latency, CA interval);
 * - a `$batch` follows the list it looks up (partners, federated domains): 2 steps;
 * - split guest queries follow the rounds of `$count` probes that placed their boundaries: pages + rounds steps.
 * Independent chains overlap, so the bound is the longest one.
 */
export function analyseLog(log, { latencyMs, pageLatencyMs = latencyMs, caIntervalMs }) {
  const outer = log.filter((e) => e.viaBatch === undefined);
  // $count probe rounds: the collector sends a round only once every answer of the previous one is in, so a probe
  // that arrives after all earlier probes were answered opens a new round.
  const probes = outer.filter((e) => /\/\$count(\?|$)/.test(e.url)).sort((a, b) => a.receivedAt - b.receivedAt);
  let probeRounds = 0;
  let answered = -Infinity;
  for (const p of probes) {
    if (p.receivedAt >= answered) {
      probeRounds++;
      answered = p.answeredAt;
    } else answered = Math.max(answered, p.answeredAt);
  }
  const chains = new Map();
  for (const e of outer) {
    const key = e.method === 'POST' ? `POST ${e.url} #${e.seq}` : queryKey(e.url);
    chains.set(key, (chains.get(key) ?? 0) + 1);
  }
  let longest = { key: '', steps: 0, boundMs: 0 };
  const list = [];
  // The guest list's pages over all its queries (one chain, or one per creation-date range).
  let guestPages = 0;
  let guestRanges = 0;
  for (const [key, requests] of chains) {
    let steps = requests;
    const users = USERS_LIST.test(key);
    const guestList = users && /\$filter=userType eq 'Guest'/.test(decodeURIComponent(key));
    const ranged = /createdDateTime/.test(decodeURIComponent(key));
    if (guestList) {
      guestPages += requests;
      guestRanges++;
    }
    if (key.startsWith('POST ')) steps = 2;
    else if (probeRounds && ranged) steps += probeRounds;
    const boundMs = CA_PATH.test(key)
      ? latencyMs + (steps - 1) * Math.max(latencyMs, caIntervalMs)
      : users
        ? requests * pageLatencyMs + (steps - requests) * latencyMs
        : steps * latencyMs;
    list.push({ key, requests, steps, boundMs });
    if (boundMs > longest.boundMs) longest = { key, steps, boundMs };
  }
  // Read as one chain, the same guests need at least the pages the ranges took, less one partly filled last page
  // per extra range.
  const oneChainPages = Math.max(0, guestPages - Math.max(0, guestRanges - 1));
  // Where the time of the longest chain went: the simulator's answer time, and the client's turnaround (from one
  // answer leaving the simulator to the next request arriving: network, TLS, and the client's own work).
  const members = outer.filter(
    (e) => e.method === 'GET' && queryKey(e.url) === longest.key && e.receivedAt !== undefined && e.answeredAt !== undefined,
  );
  const serviceMs = members.map((e) => e.answeredAt - e.receivedAt);
  const turnaroundMs = members.slice(1).map((e, i) => e.receivedAt - members[i].answeredAt);
  const mean = (v) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0);
  const plan = [];
  const planned = new Set();
  for (const e of log) {
    let url;
    if (e.viaBatch !== undefined) {
      if (e.status === 429) continue;
      url = `/${e.version}${e.url}`;
    } else {
      if (e.method !== 'GET' || e.status !== 200 || /[?&]\$skiptoken=/.test(e.url) || /\/\$count(\?|$)/.test(e.url)) continue;
      url = withoutTop(e.url);
    }
    if (!planned.has(url)) {
      planned.add(url);
      plan.push(url);
    }
  }
  return {
    httpRequests: outer.length,
    probeRounds,
    probes: probes.length,
    batchMembers: log.length - outer.length,
    chains: list.sort((a, b) => b.boundMs - a.boundMs).slice(0, 8),
    longest: {
      ...longest,
      meanAnswerMs: mean(serviceMs),
      meanTurnaroundMs: mean(turnaroundMs),
      p50TurnaroundMs: quantile(turnaroundMs, 0.5),
      p90TurnaroundMs: quantile(turnaroundMs, 0.9),
      maxTurnaroundMs: Math.max(0, ...turnaroundMs),
    },
    lowerBoundMs: longest.boundMs,
    guestPages,
    guestRanges,
    oneChainLowerBoundMs: oneChainPages * pageLatencyMs,
    plan,
  };
}

function quantile(values, q) {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.floor(q * v.length))];
}

/** The same request with the SDK's default page size: `$top` removed. */
function withoutTop(url) {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const kept = url
    .slice(q + 1)
    .split('&')
    .filter((p) => !/^\$top=/i.test(p));
  return kept.length ? `${url.slice(0, q)}?${kept.join('&')}` : url.slice(0, q);
}
