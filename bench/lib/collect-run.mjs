// Benchmark child process: one timed collection against the simulator, in a fresh process (no JIT or connection
// state carried between runs). Started by bench/collect.mjs with NODE_EXTRA_CA_CERTS pointing at the bench's
// self-signed certificate, so TLS is verified normally (nothing is switched off). Reports over IPC.
//   node bench/lib/collect-run.mjs '{"mode":"gatehouse"|"naive", "url":..., "split":n|"auto", "planFile":...}'
import { readFileSync } from 'node:fs';
import { Client, PageIterator } from '@microsoft/microsoft-graph-client';
import { collectSnapshot } from '../../dist/src/collect/collect.js';
import { GraphClient } from '../../dist/src/graph/client.js';
import { StaticTokenSource } from '../../dist/src/graph/credential.js';

const opts = JSON.parse(process.argv[2] ?? '{}');
// Any bearer token is accepted by the simulator; a JWT-shaped one carries the app id its RU budget is kept under.
const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://graph.microsoft.com', appid: '0b0b0b0b-bench-4000-8000-000000000001', tid: 'bench' })}.c2ln`;

async function gatehouse() {
  const graph = new GraphClient({ baseUrl: opts.url, tokens: new StaticTokenSource(TOKEN) });
  const start = performance.now();
  const { snapshot, summary } = await collectSnapshot({
    graph,
    cloud: 'custom',
    validate: false,
    ...(opts.split !== undefined ? { guestSplit: opts.split } : {}),
  });
  const wallMs = performance.now() - start;
  const failed = summary.failed.map((s) => `${s}: ${snapshot.sections[s]?.message ?? ''}`);
  const guests = Array.isArray(snapshot.data.guests) ? snapshot.data.guests : [];
  const ids = new Set(guests.map((g) => g.id));
  return {
    wallMs,
    items: guests.length,
    distinctGuests: ids.size,
    sectionsOk: summary.ok.length,
    failed,
    speculationMisses: graph.speculationMisses,
    resourceUnits: graph.resourceUnitState(),
  };
}

/**
 * The naive baseline: the same requests gatehouse made (its first pages and $batch members, from the simulator's
 * log), sent one after another through the Graph SDK's default client, collections paged with the SDK's
 * PageIterator and Graph's default page size (no $top), no $batch, no concurrency.
 */
async function naive() {
  const plan = JSON.parse(readFileSync(opts.planFile, 'utf8'));
  const client = Client.init({
    authProvider: (done) => done(null, TOKEN),
    baseUrl: opts.url,
    // The SDK attaches tokens only to Graph hosts or these (and only over https, so a plain-http simulator would get no token).
    customHosts: new Set([new URL(opts.url).hostname]),
  });
  let items = 0;
  let entities = 0;
  let notFound = 0;
  const start = performance.now();
  for (const path of plan) {
    let first;
    try {
      first = await client.api(`${opts.url}${path}`).get();
    } catch (e) {
      if (e?.statusCode === 404) {
        notFound++; // a federated domain with no tenant: a valid answer
        continue;
      }
      throw e;
    }
    if (Array.isArray(first?.value)) {
      const it = new PageIterator(client, first, () => {
        items++;
        return true;
      });
      await it.iterate();
    } else entities++;
  }
  const wallMs = performance.now() - start;
  return { wallMs, items, entities, notFound, requestsPlanned: plan.length };
}

const run = opts.mode === 'naive' ? naive : gatehouse;
run().then(
  (result) => {
    process.send({ ok: true, result }, () => process.exit(0));
  },
  (e) => {
    process.send({ ok: false, error: String(e?.stack ?? e) }, () => process.exit(1));
  },
);
