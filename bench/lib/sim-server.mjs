// Benchmark child process: the Graph simulator serving a synthetic tenant, in its own process so its CPU never
// competes with the collector's event loop. Controlled over IPC by bench/collect.mjs:
//   → { cmd: 'reset' }   zero the counters and the request log before a run
//   → { cmd: 'report' }  the run's stats, request count and dependent-request chains (for the lower bound)
//   → { cmd: 'close' }
// Started with: node bench/lib/sim-server.mjs '<json options>'
import { readFileSync } from 'node:fs';
import { addResource, modelFromSnapshot, startGraphSimulator } from '../../dist/src/simulator/index.js';
import { guestSource, tenantParts } from '../../dist/src/synth/index.js';
import { analyseLog } from './chains.mjs';

const opts = JSON.parse(process.argv[2] ?? '{}');
const tenant = {
  seed: opts.seed,
  guests: opts.guests,
  partners: opts.partners,
  caPolicies: opts.caPolicies,
  preset: 'scale',
  asOf: opts.asOf,
};

const started = performance.now();
// A snapshot file (e.g. the demo tenant) is served as it is; otherwise the seeded generator's tenant.
const model = opts.snapshotFile
  ? modelFromSnapshot(JSON.parse(readFileSync(opts.snapshotFile, 'utf8')))
  : modelFromSnapshot(tenantParts(tenant).snapshot);
// The guests are generated on demand (guest i is built when a page needs it), never held as one list.
if (!opts.snapshotFile)
  addResource(model, '/users', {
    kind: 'collection',
    items: guestSource(tenant),
    navigations: ['sponsors'],
    selectOnly: ['signInActivity'],
    maxPageSize: 999,
  });

const sim = await startGraphSimulator({
  model,
  latencyMs: opts.latencyMs,
  // A page of users (with sign-in activity) takes longer than a small object on real Graph.
  ...(opts.pageLatencyMs ? { pageLatencyMs: { '/users': opts.pageLatencyMs } } : {}),
  conditionalAccessIntervalMs: opts.caIntervalMs,
  resourceUnits: { tenantSize: opts.tenantSize },
  maxSignInActivityPageSize: 500,
  ...(opts.keyFile ? { tls: { key: readFileSync(opts.keyFile), cert: readFileSync(opts.certFile) } } : {}),
  // Columns for the properties the guest queries filter on, built once now rather than inside a timed run.
  indexes: { '/users': ['userType', 'externalUserState', 'createdDateTime'] },
});
const readyMs = performance.now() - started;

process.on('message', async (msg) => {
  if (msg.cmd === 'reset') {
    sim.resetStats();
    process.send({ id: msg.id, ok: true });
  } else if (msg.cmd === 'report') {
    process.send({
      id: msg.id,
      stats: sim.stats(),
      analysis: analyseLog(sim.log, {
        latencyMs: opts.latencyMs,
        pageLatencyMs: opts.pageLatencyMs ?? opts.latencyMs,
        caIntervalMs: opts.caIntervalMs,
      }),
    });
  } else if (msg.cmd === 'timeline') {
    // Arrival and answer times of every request on the epoch clock, to line up with a client's own timeline.
    process.send({
      id: msg.id,
      timeline: sim.log
        .filter((e) => e.viaBatch === undefined)
        .map((e) => ({ url: e.url, receivedAt: performance.timeOrigin + e.receivedAt, answeredAt: performance.timeOrigin + e.answeredAt })),
    });
  } else if (msg.cmd === 'close') {
    await sim.close();
    process.send({ id: msg.id, ok: true });
    process.disconnect();
  }
});
process.send({ ready: true, url: sim.url, readyMs });
