import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { validateSnapshot } from '../../src/snapshot/load.js';
import type { Snapshot, User } from '../../src/snapshot/snapshot.types.js';
import {
  DEGRADED_SECTIONS,
  DEMO_OPTIONS,
  degradeSnapshot,
  fixtureFiles,
  generateGuests,
  generateTenant,
  guestSource,
  guestTruth,
  snapshotToJson,
  writeGuestsNdjson,
  writeTenantSnapshot,
  type GenerateOptions,
} from '../../src/synth/index.js';
import { asciiNamesAreDistinct } from '../../src/synth/names.js';
import { RULES } from '../../rules/index.js';
import { evaluate } from '../../src/engine/run.js';
import { inactiveSince, recount } from './recount.js';

const DAY = 86_400_000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SCALE: GenerateOptions = { seed: 99, guests: 20_000, partners: 40, caPolicies: 60, preset: 'scale', asOf: '2026-06-30T09:30:00Z' };

const tmp = mkdtempSync(join(tmpdir(), 'gatehouse-synth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const demo = generateTenant(DEMO_OPTIONS);

describe('determinism', () => {
  it('the same options give byte-identical snapshots and identical truth', () => {
    const again = generateTenant({ ...DEMO_OPTIONS });
    expect(snapshotToJson(again.snapshot)).toBe(snapshotToJson(demo.snapshot));
    expect(again.truth).toEqual(demo.truth);
    const small = { ...SCALE, guests: 2000 };
    expect(snapshotToJson(generateTenant(small).snapshot)).toBe(snapshotToJson(generateTenant(small).snapshot));
  });

  it('a different seed gives a different tenant', () => {
    const other = generateTenant({ ...DEMO_OPTIONS, seed: DEMO_OPTIONS.seed + 1 });
    expect(other.snapshot.tenant.id).not.toBe(demo.snapshot.tenant.id);
    const ids = new Set(demo.snapshot.data.guests!.map((g) => g.id));
    expect(other.snapshot.data.guests!.some((g) => ids.has(g.id))).toBe(false);
    expect(other.snapshot.data.guests!.map((g) => g.mail)).not.toEqual(demo.snapshot.data.guests!.map((g) => g.mail));
    expect(other.truth.guests).not.toEqual(demo.truth.guests);
  });

  it('guest i does not depend on how many guests are generated', () => {
    const few = generateTenant({ ...DEMO_OPTIONS, guests: 40 }).snapshot.data.guests!;
    expect(few).toEqual(demo.snapshot.data.guests!.slice(0, 40));
  });
});

describe('schema', () => {
  const cases: Array<[string, GenerateOptions]> = [
    ['demo', DEMO_OPTIONS],
    ['scale with many partners and policies', { ...SCALE, guests: 3000 }],
    ['no guests', { ...DEMO_OPTIONS, guests: 0 }],
    ['fewer guests than the special ones', { ...DEMO_OPTIONS, guests: 2 }],
    ['no partners and no policies', { ...DEMO_OPTIONS, guests: 50, partners: 0, caPolicies: 0 }],
    ['a few partners', { ...SCALE, guests: 100, partners: 3, caPolicies: 4 }],
  ];
  it.each(cases)('%s validates, as does its degraded twin', (_name, opts) => {
    const { snapshot } = generateTenant(opts);
    expect(() => validateSnapshot(JSON.parse(snapshotToJson(snapshot)), 'generated')).not.toThrow();
    expect(() => validateSnapshot(JSON.parse(snapshotToJson(degradeSnapshot(snapshot, opts.seed))), 'degraded')).not.toThrow();
    expect(snapshot.sections.guests?.itemCount).toBe(opts.guests);
    expect(snapshot.data.crossTenantAccessPartners).toHaveLength(opts.partners);
    expect(snapshot.data.conditionalAccessPolicies).toHaveLength(opts.caPolicies);
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateTenant({ ...DEMO_OPTIONS, guests: -1 })).toThrow(/guests/);
    expect(() => generateTenant({ ...DEMO_OPTIONS, seed: 1.5 })).toThrow(/seed/);
    expect(() => generateTenant({ ...DEMO_OPTIONS, asOf: 'yesterday' })).toThrow(/asOf/);
    expect(() => generateTenant({ ...DEMO_OPTIONS, preset: 'huge' as 'demo' })).toThrow(/preset/);
  });
});

describe('truth', () => {
  const combos: Array<[string, GenerateOptions]> = [
    ['demo', DEMO_OPTIONS],
    ['scale, 20k guests', SCALE],
    ['demo preset, other seed', { ...DEMO_OPTIONS, seed: 4242, guests: 5000 }],
  ];
  it.each(combos)('%s: planted counts equal an independent recount', (_name, opts) => {
    const { snapshot, truth } = opts === DEMO_OPTIONS ? demo : generateTenant(opts);
    const r = recount(snapshot, opts.asOf);
    const { ids, ...counts } = r;
    const { asOf: _a, staleDays: _s, pendingDays: _p, ...planted } = truth.guests;
    expect(counts).toEqual(planted);
    expect(truth.guestIds).toEqual(ids);
    // Every category is actually exercised.
    for (const key of [
      'stale',
      'pendingOverdue',
      'pendingRecent',
      'domainNotAllowed',
      'withoutSponsor',
      'externalMembers',
      'neverSignedIn',
      'disabled',
      'lastSuccessfulMissingWithActivity',
      'failedAttemptsAfterLastSuccess',
    ] as const) {
      expect(counts[key], key).toBeGreaterThan(0);
    }
  });

  it('external members are recently active by every reading, so rules that include them count the same as the truth', () => {
    const { snapshot } = generateTenant(SCALE);
    const members = snapshot.data.guests!.filter((g) => g.userType === 'Member');
    expect(members.length).toBeGreaterThan(10);
    for (const g of members) expect(inactiveSince(g)! > Date.parse(SCALE.asOf) - 90 * DAY, g.id).toBe(true);
  });

  it('planted dates stay clear of the 90-day and 30-day thresholds, so day rounding cannot change a count', () => {
    for (const [snapshot, asOfIso] of [
      [demo.snapshot, DEMO_OPTIONS.asOf],
      [generateTenant(SCALE).snapshot, SCALE.asOf],
    ] as const) {
      const asOf = Date.parse(asOfIso);
      for (const g of snapshot.data.guests!) {
        if (g.externalUserState === 'PendingAcceptance') {
          const age = (asOf - Date.parse(g.externalUserStateChangeDateTime!)) / DAY;
          expect(Math.abs(age - 30), g.id).toBeGreaterThan(4);
          continue;
        }
        const reference = inactiveSince(g) ?? Date.parse(g.createdDateTime!);
        expect(Math.abs((asOf - reference) / DAY - 90), g.id).toBeGreaterThan(4);
        expect(reference).toBeLessThanOrEqual(asOf);
      }
    }
  });

  it('the streaming form yields the same guests and returns the same truth', () => {
    const it = generateGuests(DEMO_OPTIONS);
    const streamed: User[] = [];
    for (;;) {
      const r = it.next();
      if (r.done) {
        expect(r.value).toEqual(demo.truth.guests);
        break;
      }
      streamed.push(r.value);
    }
    expect(streamed).toEqual(demo.snapshot.data.guests);
    expect(guestTruth(SCALE)).toEqual(generateTenant(SCALE).truth.guests);
  });

  it('random access returns guest i exactly as the snapshot holds it', () => {
    const source = guestSource(DEMO_OPTIONS);
    expect(source.size).toBe(DEMO_OPTIONS.guests);
    for (const i of [0, 1, 2, 3, 4, 177, 349]) expect(source.at(i)).toEqual(demo.snapshot.data.guests![i]);
    expect(() => source.at(350)).toThrow(RangeError);
  });

  it('tenant facts match the objects they describe', () => {
    const d = demo.snapshot.data;
    const truth = demo.truth;
    const guestsById = new Map(d.guests!.map((g) => [g.id, g]));
    const mfa = d.crossTenantAccessPartners!.filter((p) => p.inboundTrust?.isMfaAccepted === true).map((p) => p.tenantId);
    expect(truth.partners.mfaTrusted).toEqual(mfa);
    expect(mfa).toHaveLength(2);
    expect(d.crossTenantAccessDefault!.inboundTrust!.isMfaAccepted).toBe(false);
    // The partner whose only non-null setting is inboundTrust.
    const onlyTrust = d.crossTenantAccessPartners!.filter(
      (p) =>
        p.inboundTrust !== null &&
        [
          'b2bCollaborationInbound',
          'b2bCollaborationOutbound',
          'b2bDirectConnectInbound',
          'b2bDirectConnectOutbound',
          'tenantRestrictions',
        ].every((k) => (p as Record<string, unknown>)[k] === null) &&
        p.automaticUserConsentSettings?.inboundAllowed === null &&
        p.automaticUserConsentSettings?.outboundAllowed === null,
    );
    expect(onlyTrust.map((p) => p.tenantId)).toEqual(truth.partners.inboundTrustOnly);
    expect(truth.partners.inheritAll.length).toBeGreaterThan(0);
    for (const { guestId, roleDefinitionId } of truth.privilegedGuests) {
      expect(guestsById.get(guestId)?.userType).toBe('Guest');
      const def = d.directoryRoleDefinitions!.find((r) => r.id === roleDefinitionId);
      expect(def?.isPrivileged).toBe(true);
      expect(d.directoryRoleAssignments!.some((a) => a.principalId === guestId && a.roleDefinitionId === roleDefinitionId)).toBe(true);
    }
    expect(truth.privilegedGuests).toHaveLength(1);
    expect(truth.eligibleGuests.every((e) => d.directoryRoleEligibilities!.some((a) => a.principalId === e.guestId))).toBe(true);
    for (const { guestId, objectId } of truth.guestAppOwners) {
      const app = d.appOwnership!.find((a) => a.id === objectId);
      expect(app?.owners?.some((o) => o.id === guestId && o.userType === 'Guest')).toBe(true);
      expect(guestsById.has(guestId)).toBe(true);
    }
    const ca = d.conditionalAccessPolicies!;
    expect(truth.caPolicies).toEqual({
      total: ca.length,
      enabled: ca.filter((p) => p.state === 'enabled').length,
      reportOnly: ca.filter((p) => p.state === 'enabledForReportingButNotEnforced').length,
      disabled: ca.filter((p) => p.state === 'disabled').length,
    });
    const lookups = d.federationDomainLookups!;
    expect(lookups.filter((l) => l.outcome === 'tenant').map((l) => l.domainName)).toEqual(truth.federation.resolvesToTenant);
    expect(lookups.filter((l) => l.outcome === 'no-tenant').map((l) => l.domainName)).toEqual(truth.federation.noTenant);
  });
});

describe('Graph realism', () => {
  const guests = demo.snapshot.data.guests!;

  it('ids are lowercase GUIDs, unique like user principal names, even at scale', () => {
    const big = generateTenant(SCALE).snapshot.data.guests!;
    expect(big.every((g) => GUID.test(g.id))).toBe(true);
    expect(new Set(big.map((g) => g.id)).size).toBe(big.length);
    expect(new Set(big.map((g) => g.userPrincipalName!.toLowerCase())).size).toBe(big.length);
    expect(new Set(big.map((g) => g.mail!.toLowerCase())).size).toBe(big.length);
    expect(GUID.test(demo.snapshot.tenant.id)).toBe(true);
  });

  it('guests have Graph user shapes and a realistic mix', () => {
    const keys = [
      'id',
      'displayName',
      'userPrincipalName',
      'mail',
      'otherMails',
      'userType',
      'accountEnabled',
      'createdDateTime',
      'creationType',
      'externalUserState',
      'externalUserStateChangeDateTime',
      'identities',
      'signInActivity',
      'sponsors',
    ];
    for (const g of guests) {
      expect(Object.keys(g)).toEqual(keys);
      if (g.signInActivity)
        expect(Object.keys(g.signInActivity)).toEqual([
          'lastSignInDateTime',
          'lastNonInteractiveSignInDateTime',
          'lastSuccessfulSignInDateTime',
        ]);
      for (const d of [
        g.createdDateTime,
        g.externalUserStateChangeDateTime,
        g.signInActivity?.lastSignInDateTime,
        g.signInActivity?.lastNonInteractiveSignInDateTime,
        g.signInActivity?.lastSuccessfulSignInDateTime,
      ]) {
        if (d != null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      }
      if (g.userType === 'Member') expect(g.userPrincipalName).toContain('#EXT#');
      for (const s of g.sponsors ?? []) expect(['#microsoft.graph.user', '#microsoft.graph.group']).toContain(s['@odata.type']);
    }
    const issuers = new Set(guests.map((g) => g.identities![0]!.issuer));
    for (const issuer of ['ExternalAzureAD', 'MicrosoftAccount', 'mail', 'google.com']) expect(issuers).toContain(issuer);
    expect([...issuers].some((i) => i!.startsWith('https://'))).toBe(true); // a SAML issuer URI
    const domains = new Set(guests.map((g) => g.mail!.split('@')[1]!.toLowerCase()));
    for (const d of ['gmail.com', 'outlook.com']) expect(domains).toContain(d);
    const names = guests.map((g) => g.displayName).join('\n');
    for (const n of ['Zoë', 'Łukasz', '山田 太郎', "O'Brien"]) expect(names).toContain(n);
    expect(asciiNamesAreDistinct()).toBe(true);
    expect(guests.filter((g) => g.creationType === 'Invitation').length / guests.length).toBeGreaterThan(0.9);
    // Old activity has no lastSuccessfulSignInDateTime (not back-filled before December 2023).
    const before2023 = guests.filter((g) => g.signInActivity && (inactiveSince(g) ?? Infinity) < Date.UTC(2023, 11, 1));
    // …and some guests attempted since then without success: inactive since the later of that day and creation.
    const failingSince = guests.filter(
      (g) =>
        g.signInActivity &&
        g.signInActivity.lastSuccessfulSignInDateTime === null &&
        inactiveSince(g) !== null &&
        inactiveSince(g)! >= Date.UTC(2023, 11, 1),
    );
    expect(failingSince.length).toBeGreaterThan(0);
    expect(before2023.length).toBeGreaterThan(0);
    expect(before2023.every((g) => g.signInActivity!.lastSuccessfulSignInDateTime === null)).toBe(true);
  });

  it('federation signing certificates are real X.509 and expire where planted', () => {
    const asOf = Date.parse(DEMO_OPTIONS.asOf);
    const [expiring, healthy] = demo.snapshot.data.federationConfigurations!;
    const certOf = (b64: string | null | undefined) => new X509Certificate(Buffer.from(b64!, 'base64'));
    const a = certOf(expiring!.signingCertificate);
    const b = certOf(healthy!.signingCertificate);
    expect(a.verify(a.publicKey)).toBe(true);
    expect(Math.round((Date.parse(a.validTo) - asOf) / DAY)).toBe(20);
    expect((Date.parse(b.validTo) - asOf) / DAY).toBeGreaterThan(365);
    expect(a.subject).toContain('alpinebiologics.ch');
    // Deterministic bytes (Ed25519 signatures carry no randomness).
    expect(generateTenant(DEMO_OPTIONS).snapshot.data.federationConfigurations![0]!.signingCertificate).toBe(expiring!.signingCertificate);
  });

  it('API connector certificate times are NumericDate seconds, as Graph documents', () => {
    const cert = demo.snapshot.data.apiConnectors!.flatMap((c) => c.authenticationConfiguration?.certificateList ?? [])[0]!;
    const days = ((cert.notAfter as number) * 1000 - Date.parse(DEMO_OPTIONS.asOf)) / DAY;
    expect(days).toBeGreaterThan(10);
    expect(days).toBeLessThan(30);
  });
});

describe('degraded fixture', () => {
  const degraded = degradeSnapshot(demo.snapshot, DEMO_OPTIONS.seed);

  it('keeps guests but drops sign-in activity, and explains every missing section', () => {
    expect(degraded.sections.guests?.status).toBe('ok');
    expect(degraded.data.guests).toHaveLength(DEMO_OPTIONS.guests);
    expect(degraded.data.guests!.every((g) => !('signInActivity' in g))).toBe(true);
    const sia = degraded.sections.guestSignInActivity!;
    expect(sia).toMatchObject({
      status: 'not-licensed',
      httpStatus: 403,
      errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
      requiredPermissions: ['AuditLog.Read.All'],
    });
    expect(sia.requiredLicence).toMatch(/P1/);
    const statuses = new Set(DEGRADED_SECTIONS.map((d) => d.status));
    expect([...statuses].sort()).toEqual(['error', 'forbidden', 'not-available', 'not-licensed', 'skipped']);
    for (const d of DEGRADED_SECTIONS) {
      const s = degraded.sections[d.name]!;
      expect(s.status).toBe(d.status);
      expect(s.requiredPermissions!.length).toBeGreaterThan(0);
      expect(d.name in degraded.data).toBe(false);
      if (d.status !== 'skipped') {
        expect(s.httpStatus).toBeGreaterThanOrEqual(400);
        expect(s.errorCode).toBeTruthy();
        expect(s.requestId).toMatch(GUID);
      }
    }
    // The input snapshot is untouched.
    expect(demo.snapshot.data.guests!.some((g) => g.signInActivity)).toBe(true);
  });
});

describe('writers', () => {
  it('the streaming snapshot writer produces the same bytes as the in-memory one', async () => {
    const opts = { ...SCALE, guests: 700 };
    const pretty = join(tmp, 'pretty.json');
    const truth = await writeTenantSnapshot(pretty, opts, { pretty: true });
    const inMemory = generateTenant(opts);
    expect(readFileSync(pretty, 'utf8')).toBe(snapshotToJson(inMemory.snapshot));
    expect(truth.guests).toEqual(inMemory.truth.guests);
    const compact = join(tmp, 'compact.json');
    await writeTenantSnapshot(compact, opts);
    const parsed = JSON.parse(readFileSync(compact, 'utf8')) as Snapshot;
    expect(parsed).toEqual(JSON.parse(snapshotToJson(inMemory.snapshot)));
    const empty = join(tmp, 'empty.json');
    await writeTenantSnapshot(empty, { ...opts, guests: 0 }, { pretty: true });
    expect(readFileSync(empty, 'utf8')).toBe(snapshotToJson(generateTenant({ ...opts, guests: 0 }).snapshot));
  });

  it('NDJSON holds one Graph user per line', async () => {
    const opts = { ...SCALE, guests: 300 };
    const file = join(tmp, 'guests.ndjson');
    const truth = await writeGuestsNdjson(file, opts);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l) as User)).toEqual(generateTenant(opts).snapshot.data.guests);
    expect(truth.total).toBe(300);
  });

  it('the committed demo, every-check and degraded fixtures are what the generator produces now (run `npm run fixtures`)', () => {
    const expected = fixtureFiles();
    for (const [name, text] of Object.entries(expected)) {
      const committed = readFileSync(packagePath('fixtures', 'snapshots', name), 'utf8');
      expect(committed === text, `fixtures/snapshots/${name} is stale: run npm run fixtures`).toBe(true);
    }
  });
});

describe('the bundled demo reads like a real company', () => {
  // What a newcomer meets first: most checks pass, a handful of meaningful findings, a few checks not assessed.
  const snapshot = validateSnapshot(JSON.parse(fixtureFiles()['demo.json']) as unknown, 'demo.json');
  const result = evaluate(snapshot, {
    rules: RULES,
    asOf: new Date(DEMO_OPTIONS.asOf),
    now: new Date(DEMO_OPTIONS.asOf),
    snapshotSha256: 'a'.repeat(64),
  });
  const by = (status: string) => result.rules.filter((r) => r.status === status).map((r) => r.id);

  it('most checks pass, a handful fail at every severity from high to low, a few are not assessed', () => {
    expect(by('pass').length).toBeGreaterThanOrEqual(Math.ceil(result.rules.length * 0.7));
    expect(by('fail').length).toBeGreaterThanOrEqual(4);
    expect(by('fail').length).toBeLessThanOrEqual(9);
    expect(by('not-assessed').length).toBeGreaterThanOrEqual(1);
    expect(by('not-assessed').length).toBeLessThanOrEqual(4);
    expect(by('error')).toEqual([]);
    const severities = new Set(result.rules.filter((r) => r.status === 'fail').map((r) => r.severity));
    for (const s of ['high', 'medium', 'low']) expect(severities).toContain(s);
  });

  it('is the every-check company: same tenant, partners and policies, fewer guests', () => {
    const every = generateTenant(DEMO_OPTIONS).snapshot;
    expect(snapshot.tenant).toEqual(every.tenant);
    expect(snapshot.data.crossTenantAccessPartners!.map((p) => p.tenantId)).toEqual(
      every.data.crossTenantAccessPartners!.map((p) => p.tenantId),
    );
    expect(snapshot.data.conditionalAccessPolicies!.map((p) => p.id)).toEqual(every.data.conditionalAccessPolicies!.map((p) => p.id));
    expect(snapshot.data.guests!.length).toBeLessThan(every.data.guests!.length);
    expect(snapshot.sections.guests!.itemCount).toBe(snapshot.data.guests!.length);
  });
});
