import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { scanCommand } from '../../src/cli/commands/scan.js';
import type { Result, RuleResult } from '../../src/engine/result.types.js';
import { CollectionError } from '../../src/errors.js';
import type { FaultSpec } from '../../src/simulator/faults.js';
import { modelFromSnapshot } from '../../src/simulator/model.js';
import type { GraphSimulator } from '../../src/simulator/server.js';
import { SECTIONS, SECTION_NAMES } from '../../src/snapshot/sections.js';
import type { SectionName, SectionStatus, Snapshot } from '../../src/snapshot/snapshot.types.js';
import { packagePath } from '../../src/paths.js';
import { baseSnapshot, passesOnBase } from '../support/fixtures.js';
import { FAST, fakeJwt, readOnlyViolations, startSim } from '../simulator/harness.js';

/**
 * The fault matrix: every fault class on every section's request(s). For each case the scan must complete, exactly
 * the affected sections carry the expected status, rules reading them are not-assessed with a reason that names
 * the fix, every other rule is unchanged, and the exit code is 0, or 4 under --strict when a rule is not assessed —
 * or 3 when the section was lost to a collection failure (a refused token, an answer that had to be refused), with
 * the snapshot and reports still written.
 */
type Expected = SectionStatus['status'];

type Spec = Omit<FaultSpec, 'path'>;

interface FaultClass {
  name: string;
  spec: Spec | ((target: SectionName) => Spec);
  expect: Expected;
  /** The lost section is a collection failure: the run exits 3 (everything still written). */
  collectionFailure?: boolean;
  /** Sections this class applies to (default all). */
  applies?: (target: SectionName) => boolean;
  /** The fault touches the target section alone, not the sections derived from its requests (default: TARGETS' list). */
  targetOnly?: boolean;
}

const SCHEMA = JSON.parse(readFileSync(packagePath('src/snapshot/snapshot.schema.json'), 'utf8')) as {
  definitions: Record<string, { required?: string[]; properties?: Record<string, { type?: string | string[] }> }> & {
    data: { properties: Record<string, { $ref?: string; items?: { $ref: string } }> };
  };
};
const definitionOf = (s: SectionName) =>
  SCHEMA.definitions[
    (SCHEMA.definitions.data.properties[s]!.$ref ?? SCHEMA.definitions.data.properties[s]!.items!.$ref).split('/').pop()!
  ]!;
const isList = (s: SectionName) => SCHEMA.definitions.data.properties[s]?.items !== undefined;
/** Sections whose own Graph objects are stored as collected (not derived from a $batch, not evidence riding on guests). */
const OWN_OBJECTS = (s: SectionName) => SCHEMA.definitions.data.properties[s] !== undefined && s !== 'federationDomainLookups';
const ENTITY_SECTIONS = (s: SectionName) => OWN_OBJECTS(s) && !isList(s) && s !== 'organization';
/** Sections of their own, not evidence riding on the guest query (a fault there is the guest list's). */
const NOT_EVIDENCE = (s: SectionName) => SECTIONS[s].evidenceOf === undefined;
/** Sections the compliant base tenant has at least one object in (an empty page has nothing to corrupt). */
const HAS_OBJECTS = (s: SectionName) => {
  const d = (baseSnapshot().data as Record<string, unknown>)[s];
  return d !== undefined && (!Array.isArray(d) || d.length > 0);
};

/** An object the schema cannot hold: a required property removed, else a typed property given the wrong type. */
function corruptionFor(s: SectionName): Spec {
  const def = definitionOf(s);
  const required = def.required?.[0];
  if (required) return { kind: 'corrupt', property: required };
  const [property, p] = Object.entries(def.properties ?? {}).find(([k, v]) => !k.startsWith('@') && v.type !== undefined)!;
  const types = ([] as string[]).concat(p.type!);
  return { kind: 'corrupt', property, value: types.includes('string') ? 42 : 'not-the-right-type' };
}

const CLASSES: FaultClass[] = [
  {
    name: '401 that persists after a new token: authentication failure, never forbidden',
    spec: { kind: 'unauthorized' },
    expect: 'error',
    collectionFailure: true,
  },
  { name: 'token expired mid-scan: re-acquired once and retried', spec: { kind: 'token-expired', times: 1 }, expect: 'ok' },
  { name: '403', spec: { kind: 'forbidden' }, expect: 'forbidden' },
  { name: 'licence 403', spec: { kind: 'licence' }, expect: 'not-licensed' },
  { name: '404', spec: { kind: 'not-found' }, expect: 'not-available' },
  { name: '429 with Retry-After, transient', spec: { kind: 'throttle', retryAfter: 0, times: 2 }, expect: 'ok' },
  { name: '429 without Retry-After, transient', spec: { kind: 'throttle-no-retry-after', times: 2 }, expect: 'ok' },
  { name: '429 persistent', spec: { kind: 'throttle', retryAfter: 0 }, expect: 'error' },
  { name: '503 transient', spec: { kind: 'unavailable', times: 2 }, expect: 'ok' },
  { name: '503 persistent', spec: { kind: 'unavailable' }, expect: 'error' },
  { name: '500', spec: { kind: 'server-error' }, expect: 'error' },
  { name: 'connection reset, transient', spec: { kind: 'reset', times: 2 }, expect: 'ok' },
  { name: 'connection reset, persistent', spec: { kind: 'reset' }, expect: 'error' },
  { name: 'truncated body, transient', spec: { kind: 'truncate', times: 2 }, expect: 'ok' },
  { name: 'truncated body, persistent', spec: { kind: 'truncate' }, expect: 'error' },
  { name: 'latency', spec: { kind: 'latency', latencyMs: 20 }, expect: 'ok' },
  {
    name: 'answer over the size cap: that section fails, the rest is kept',
    spec: { kind: 'oversize', bytes: 1_200_000 },
    expect: 'error',
    collectionFailure: true,
    applies: NOT_EVIDENCE,
  },
  {
    name: 'an object the schema cannot hold: that section fails naming path and request, the rest is kept',
    spec: corruptionFor,
    expect: 'error',
    collectionFailure: true,
    applies: (s) => OWN_OBJECTS(s) && HAS_OBJECTS(s),
    targetOnly: true,
  },
  {
    name: 'nextLink escaping the endpoint by dot segments: refused, that section fails, the rest is kept',
    spec: { kind: 'next-link', nextLink: '{origin}/v1.0/../../evil/v1.0/users?$skiptoken=x' },
    expect: 'error',
    collectionFailure: true,
    applies: (s) => OWN_OBJECTS(s) && isList(s),
  },
  { name: 'entity wrapped as {"value": {…}}: read as the entity', spec: { kind: 'wrap-entity' }, expect: 'ok', applies: ENTITY_SECTIONS },
];

/** What the matrix's scans read per request at most: small, so the oversize class stays cheap. */
const TUNING = { ...FAST, maxResponseBytes: 1_048_576 };

/**
 * Where each section's requests go, and which sections a fault there touches: `affects` take the fault's own status;
 * `dependents` are read only after the target succeeded, so they end `error` (never blaming their own permission).
 */
const TARGETS: Record<SectionName, { faults: Array<Omit<FaultSpec, 'kind'>>; affects: SectionName[]; dependents?: SectionName[] }> =
  Object.fromEntries(SECTION_NAMES.map((s) => [s, { faults: [{ path: SECTIONS[s].path.split('?')[0]! }], affects: [s] }])) as never;
Object.assign(TARGETS, {
  guests: { faults: [{ path: '/users' }, { path: '/users/**' }], affects: ['guests', 'guestSignInActivity', 'guestSponsors'] },
  guestSignInActivity: { faults: [{ path: '/users', selectIncludes: 'signInActivity' }], affects: ['guestSignInActivity'] },
  guestSponsors: { faults: [{ path: '/users', expandIncludes: 'sponsors' }, { path: '/users/*/sponsors' }], affects: ['guestSponsors'] },
  federationConfigurations: {
    faults: [{ path: '/directory/federationConfigurations/**' }],
    affects: ['federationConfigurations', 'federationDomainLookups'],
  },
  federationDomainLookups: {
    faults: [{ path: '/tenantRelationships/findTenantInformationByDomainName*' }],
    affects: ['federationDomainLookups'],
  },
  directoryRoleEligibilities: {
    faults: [{ path: '/roleManagement/directory/roleEligibilitySchedule*' }],
    affects: ['directoryRoleEligibilities'],
  },
  appOwnership: { faults: [{ path: '/applications' }, { path: '/servicePrincipals' }], affects: ['appOwnership'] },
  dynamicGroups: { faults: [{ path: '/groups', queryIncludes: 'DynamicMembership' }], affects: ['dynamicGroups'] },
  roleAssignableGroups: {
    faults: [{ path: '/groups', queryIncludes: 'isAssignableToRole' }, { path: '/groups/*/members' }, { path: '/groups/*/owners' }],
    affects: ['roleAssignableGroups'],
    dependents: ['groupEligibilities'],
  },
});

/**
 * Per-domain look-ups travel inside `$batch`: a 404 there means "no tenant" (the base tenant's answer anyway) and
 * other failures become that domain's `error` outcome; only a permission or licence refusal marks the section.
 */
function expectedStatus(target: SectionName, cls: FaultClass): Expected {
  if (target === 'federationDomainLookups' && !['forbidden', 'not-licensed'].includes(cls.expect)) return 'ok';
  return cls.expect;
}

function specFor(cls: FaultClass, target: SectionName): Spec {
  return typeof cls.spec === 'function' ? cls.spec(target) : cls.spec;
}

const TENANT = '0f0e0d0c-1b1a-4c3d-8e9f-a0b1c2d3e4f5';
const TOKEN = fakeJwt({ tid: TENANT });
const AS_OF = '2026-11-27';

let sim: GraphSimulator;
let baseline: Result;
let baselineSnapshot: Snapshot;
const outDirs: string[] = [];

/** A scan of the simulator with these faults; result and snapshot are read whenever they were written (also on exit 3). */
async function scan(faults: FaultSpec[], strict = true): Promise<{ code: number; result?: Result; snapshot?: Snapshot; error?: unknown }> {
  sim.setFaults(faults);
  const out = mkdtempSync(join(tmpdir(), 'gatehouse-matrix-'));
  outDirs.push(out);
  const written = () => ({
    ...(existsSync(join(out, 'result.json')) ? { result: JSON.parse(readFileSync(join(out, 'result.json'), 'utf8')) as Result } : {}),
    ...(existsSync(join(out, 'snapshot.json'))
      ? { snapshot: JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8')) as Snapshot }
      : {}),
  });
  try {
    const code = await scanCommand({
      graphUrl: sim.url,
      accessToken: TOKEN,
      out,
      format: 'json',
      asOf: AS_OF,
      strict,
      quiet: true,
      includeApiConnectors: true,
      graphTuning: TUNING,
      exceptions: false,
    });
    return { code, ...written() };
  } catch (error) {
    return { code: (error as { exitCode?: number }).exitCode ?? 70, error, ...written() };
  }
}

beforeAll(async () => {
  sim = await startSim({ model: modelFromSnapshot(baseSnapshot()) });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const base = await scan([], true);
  expect(base.code).toBe(0);
  baseline = base.result!;
  baselineSnapshot = base.snapshot!;
});
beforeEach(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  for (const d of outDirs) rmSync(d, { recursive: true, force: true });
});

/** The reason must name the section and what fixes it: the permission (of the request that failed), the licence, or the cause. */
function expectNamesFix(reason: string | undefined, status: Expected, section: SectionName, target: SectionName, rule: string): void {
  // The reason is a sentence for the report's reader: the section's name mid-sentence (lower-cased first letter).
  expect(reason?.toLowerCase(), rule).toContain(SECTIONS[section].title.toLowerCase());
  const cause =
    status === 'forbidden'
      ? SECTIONS[target].permissions.map((p) => p.replace(/\./g, '\\.')).join('|')
      : status === 'not-licensed'
        ? `needs (${(SECTIONS[section].licence ?? 'a licence').replace(/[()]/g, '.')}|a licence) this tenant does not have`
        : status === 'not-available'
          ? 'does not offer'
          : 'did not return';
  expect(reason, `${rule} names the fix for ${section}`).toMatch(new RegExp(cause));
}

describe('fault matrix: every fault class × every section', () => {
  it('baseline: the compliant base tenant collects completely and every rule passes', () => {
    expect(Object.values(baseline.sections).every((s) => s?.status === 'ok')).toBe(true);
    expect(baseline.rules.length).toBe(RULES.length);
    expect(baseline.rules.filter((r) => !passesOnBase(r)).map((r) => r.id)).toEqual([]);
  });

  for (const target of SECTION_NAMES) {
    for (const cls of CLASSES.filter((c) => c.applies?.(target) ?? true)) {
      it(`${cls.name} on ${target}`, async () => {
        const { faults } = TARGETS[target];
        const affects = cls.targetOnly
          ? [target, ...SECTION_NAMES.filter((s) => SECTIONS[s].evidenceOf === target)]
          : TARGETS[target].affects;
        const dependents = cls.targetOnly ? [] : (TARGETS[target].dependents ?? []);
        const run = await scan(faults.map((f) => ({ ...f, ...specFor(cls, target) })));
        const want = expectedStatus(target, cls);
        const failure = Boolean(cls.collectionFailure) && want === 'error';
        if (failure)
          expect(run.error, 'a collection failure ends the run with a CollectionError after writing everything').toBeInstanceOf(
            CollectionError,
          );
        else expect(run.error, String(run.error)).toBeUndefined();
        expect(run.result, 'result.json written').toBeDefined();
        const got = run.result!.sections as Record<string, { status: string }>;
        for (const s of SECTION_NAMES) {
          expect(got[s]!.status, `section ${s}: ${JSON.stringify(got[s])}`).toBe(
            affects.includes(s) ? want : dependents.includes(s) && want !== 'ok' ? 'error' : 'ok',
          );
        }
        const failed = new Set([...affects, ...dependents].filter(() => want !== 'ok'));
        const touched = new Set([...affects, ...dependents]);
        const before = new Map<string, RuleResult>(baseline.rules.map((r) => [r.id, r]));
        let notAssessed = 0;
        for (const rule of run.result!.rules) {
          const meta = RULES.find((r) => r.meta.id === rule.id)!.meta;
          const reads = [...meta.requires, ...(meta.optional ?? [])];
          const missingRequired = meta.requires.filter((s) => failed.has(s));
          if (rule.status === 'not-assessed') notAssessed++;
          if (missingRequired.length) {
            expect(rule.status, rule.id).toBe('not-assessed');
            for (const s of missingRequired) expectNamesFix(rule.reason, want, s, target, rule.id);
          } else if (reads.some((s) => touched.has(s))) {
            // Partial evidence (an optional section, or a look-up outcome): never a silent change to pass/fail.
            expect([before.get(rule.id)!.status, 'not-assessed'], rule.id).toContain(rule.status);
          } else {
            expect(rule.status, `${rule.id} is unaffected`).toBe(before.get(rule.id)!.status);
            expect(rule.findingCount).toBe(before.get(rule.id)!.findingCount);
          }
        }
        expect(run.code).toBe(failure ? 3 : notAssessed ? 4 : 0);
        if (want === 'ok' && target !== 'federationDomainLookups') expect(notAssessed).toBe(0);
        if (want === 'ok' && OWN_OBJECTS(target))
          expect((run.snapshot!.data as Record<string, unknown>)[target], `${target} collected as in the baseline`).toEqual(
            (baselineSnapshot.data as Record<string, unknown>)[target],
          );
        if (failure) {
          const status = run.snapshot!.sections[target]!;
          expect(status.message, 'the section names why it was lost').toBeTruthy();
          if (specFor(cls, target).kind === 'corrupt')
            expect(status.message).toMatch(new RegExp(`\\$\\.data\\.${target}.* \\(request: GET /(v1\\.0|beta)/`));
          if (specFor(cls, target).kind === 'unauthorized')
            expect(status.message).toMatch(
              /authentication failed: Graph refused the access token \(HTTP 401.*valid until 2100-01-01T00:00:00Z/,
            );
        }
        // The token never went anywhere but the endpoint's own paths.
        expect(
          sim.log.filter((e) => e.url.startsWith('/evil')),
          'no request outside the endpoint',
        ).toEqual([]);
      });
    }
  }
});

describe('fault matrix: whole-tenant failures', () => {
  it('without --strict a partly failed scan exits 0', async () => {
    const run = await scan([{ path: '/identity/conditionalAccess/policies', kind: 'forbidden' }], false);
    expect(run.code).toBe(0);
    expect(run.result!.rules.some((r) => r.status === 'not-assessed')).toBe(true);
  });

  it("401 on every request: exit 3, authentication failed, naming the token's expiry", async () => {
    const run = await scan([{ path: '/**', kind: 'unauthorized' }]);
    expect(run.code).toBe(3);
    expect(run.error).toBeInstanceOf(CollectionError);
    expect((run.error as Error).message).toMatch(
      /authentication failed: Graph refused the access token \(HTTP 401\) for every request: .*valid until 2100-01-01T00:00:00Z/,
    );
  });

  for (const cls of CLASSES.filter((c) => c.expect !== 'ok' && !c.collectionFailure && typeof c.spec !== 'function')) {
    it(`${cls.name} on every request: exit 3, nothing could be collected`, async () => {
      const run = await scan([{ path: '/**', ...(cls.spec as Spec) }]);
      expect(run.code).toBe(3);
      expect((run.error as Error).message).toMatch(/nothing could be collected/);
    });
  }
});

describe('fault matrix: read-only', () => {
  it('across every case the simulator saw only GET and $batch of GETs', () => {
    expect(readOnlyViolations(sim.log)).toEqual([]);
    const methods = new Set(sim.log.map((e) => (e.viaBatch !== undefined ? `batch:${e.method}` : e.method)));
    expect([...methods].sort()).toEqual(['GET', 'POST', 'batch:GET']);
    expect(sim.log.filter((e) => e.method === 'POST').every((e) => /\/\$batch$/.test(e.url))).toBe(true);
  });
});
