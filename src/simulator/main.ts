#!/usr/bin/env node
// `npm run simulator -- --tenant <name>`: serve fixtures/graph/<name>/ (model.json + faults.json), or any snapshot
// (fixtures/snapshots/<name>.json, or --snapshot <file>) turned back into the Graph it describes.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CLOUD_NAMES, type CloudName } from '../graph/cloud.js';
import { packagePath } from '../paths.js';
import { validateSnapshot } from '../snapshot/load.js';
import { loadModelDir, modelFromSnapshot, type TenantModel } from './model.js';
import { startGraphSimulator } from './server.js';

function usage(): never {
  process.stderr.write(
    'usage: npm run simulator -- [--tenant <name> | --snapshot <file>] [--cloud global|usgov|usgov-dod|china] [--port <n>] [--latency <ms>] [--ca-interval <ms>] [--ru-limit <n> | --tenant-size S|M|L] [--token-requests <n>] [--token-seconds <s>] [--token-exp]\n' +
      '  --tenant <name>      fixtures/graph/<name>/model.json (+ faults.json), else fixtures/snapshots/<name>.json (default: base)\n' +
      '  --snapshot <file>    serve any gatehouse snapshot as the Graph it came from\n' +
      '  --cloud <name>       whose Graph metadata judges every request (default global)\n' +
      '  --token-requests <n> refuse each bearer token as expired after n requests (401 InvalidAuthenticationToken)\n' +
      '  --token-seconds <s>  refuse each bearer token as expired s seconds after its first request\n' +
      '  --token-exp          refuse tokens whose exp claim has passed\n',
  );
  process.exit(2);
}

async function run(): Promise<void> {
  let values: {
    tenant?: string;
    snapshot?: string;
    cloud?: string;
    port?: string;
    latency?: string;
    'ca-interval'?: string;
    'ru-limit'?: string;
    'tenant-size'?: string;
    'token-requests'?: string;
    'token-seconds'?: string;
    'token-exp'?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      options: {
        tenant: { type: 'string' },
        snapshot: { type: 'string' },
        cloud: { type: 'string' },
        port: { type: 'string' },
        latency: { type: 'string' },
        'ca-interval': { type: 'string' },
        'ru-limit': { type: 'string' },
        'tenant-size': { type: 'string' },
        'token-requests': { type: 'string' },
        'token-seconds': { type: 'string' },
        'token-exp': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    usage();
  }
  if (values.help) usage();
  const num = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) {
      process.stderr.write(`--${name} must be a non-negative integer\n`);
      usage();
    }
    return n;
  };
  let model: TenantModel;
  let source: string;
  if (values.snapshot) {
    source = values.snapshot;
    model = modelFromSnapshot(validateSnapshot(JSON.parse(readFileSync(values.snapshot, 'utf8')), values.snapshot));
  } else {
    const tenant = values.tenant ?? 'base';
    if (!/^[\w.-]+$/.test(tenant)) usage();
    const dir = packagePath('fixtures', 'graph', tenant);
    const snap = packagePath('fixtures', 'snapshots', `${tenant}.json`);
    if (existsSync(`${dir}/model.json`)) {
      source = dir;
      model = loadModelDir(dir);
    } else if (existsSync(snap)) {
      source = snap;
      model = modelFromSnapshot(validateSnapshot(JSON.parse(readFileSync(snap, 'utf8')), snap));
    } else {
      process.stderr.write(`no tenant "${tenant}": neither ${dir}/model.json nor ${snap} exists\n`);
      process.exit(2);
    }
  }
  const latencyMs = num(values.latency, 'latency');
  const caInterval = num(values['ca-interval'], 'ca-interval');
  const ruLimit = num(values['ru-limit'], 'ru-limit');
  const port = num(values.port, 'port');
  const sizeArg = values['tenant-size']?.toUpperCase();
  if (sizeArg !== undefined && !['S', 'M', 'L'].includes(sizeArg)) {
    process.stderr.write('--tenant-size must be S, M or L (the resource-unit budget: 3,500 / 5,000 / 8,000 per 10 s)\n');
    usage();
  }
  const tenantSize = sizeArg as 'S' | 'M' | 'L' | undefined;
  const cloud = values.cloud ?? 'global';
  if (!(CLOUD_NAMES as string[]).includes(cloud)) {
    process.stderr.write(`--cloud must be one of ${CLOUD_NAMES.join(', ')}\n`);
    usage();
  }
  const tokenRequests = num(values['token-requests'], 'token-requests');
  const tokenSeconds = num(values['token-seconds'], 'token-seconds');
  const tokenLifetime =
    tokenRequests !== undefined || tokenSeconds !== undefined || values['token-exp']
      ? {
          ...(tokenRequests !== undefined ? { afterRequests: tokenRequests } : {}),
          ...(tokenSeconds !== undefined ? { afterMs: tokenSeconds * 1000 } : {}),
          ...(values['token-exp'] ? { honourExp: true } : {}),
        }
      : undefined;
  const sim = await startGraphSimulator({
    ...(tokenLifetime ? { tokenLifetime } : {}),
    model,
    cloud: cloud as CloudName,
    ...(latencyMs !== undefined ? { latencyMs } : {}),
    ...(caInterval !== undefined ? { conditionalAccessIntervalMs: caInterval } : {}),
    ...(ruLimit ? { resourceUnits: { limit: ruLimit } } : tenantSize ? { resourceUnits: { tenantSize } } : {}),
    ...(port !== undefined ? { port } : {}),
  });
  process.stdout.write(`${sim.url}\n`);
  process.stderr.write(
    `Graph simulator for tenant ${model.tenantId} (from ${source}) listening on ${sim.url}\n` +
      `Any bearer token is accepted. Try:\n  GATEHOUSE_ACCESS_TOKEN=dummy node bin/gatehouse.js scan --graph-url ${sim.url} --out reports/simulated\nCtrl-C to stop.\n`,
  );
  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

run().catch((e: unknown) => {
  process.stderr.write(`simulator: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
