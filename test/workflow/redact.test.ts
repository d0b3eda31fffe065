import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDomainPolicy } from '../../src/model/domain-policy.js';
import { guestDomain } from '../../src/model/guests.js';
import { writeReports } from '../../src/pipeline/scan.js';
import { FORMATS as DEFAULT_FORMATS } from '../../src/render/formats.js';
import { loadSnapshot, validateSnapshot } from '../../src/snapshot/load.js';
import { redactSnapshot, redactSnapshotFile, resolveRedactionKey } from '../../src/redact/snapshot.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { InputError } from '../../src/errors.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { evaluateAt, evidenceOf } from './support/evaluate.js';
import { filesUnder, findLeaks, personalValues } from './support/leaks.js';

const KEY = 'test-key-0123456789abcdef';
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gatehouse-redact-'));
});

/** The demo tenant plus guests that exercise every personal field: other mails, OTP and social sign-in ids, a sponsor with a name. */
function demoPlus(): Snapshot {
  const s = fixtureSnapshot('every-check');
  const g0 = s.data.guests![0]!;
  s.data.guests!.push({
    ...structuredClone(g0),
    id: '7a1c0000-0000-4000-8000-0000000000f1',
    displayName: 'Zoë Ñandú-Smith',
    userPrincipalName: 'zoe.nandu+projects_fourthcoffee.example#EXT#@contosopharma.onmicrosoft.com',
    mail: 'zoe.nandu+projects@fourthcoffee.example',
    otherMails: ['zoe.private@outlook.com', 'z.nandu@fourthcoffee.example'],
    identities: [
      { signInType: 'emailAddress', issuer: 'mail', issuerAssignedId: 'zoe.nandu+projects@fourthcoffee.example' },
      { signInType: 'federated', issuer: 'google.com', issuerAssignedId: '109876543210987654321' },
    ],
    sponsors: [
      { id: '5b0d0000-0000-4000-8000-0000000000f2', '@odata.type': '#microsoft.graph.user', displayName: 'Harriet Sponsorington' },
    ],
  });
  // A name with a character that upper-cases to two (ß): the marker is still found where it is.
  s.data.guests!.push({
    ...structuredClone(g0),
    id: '7a1c0000-0000-4000-8000-0000000000f3',
    displayName: 'Franz Stra\u00dfer',
    userPrincipalName: 'franz.stra\u00dfer_fourthcoffee.example#EXT#@contosopharma.onmicrosoft.com',
    mail: 'franz.stra\u00dfer@fourthcoffee.example',
  });
  return s;
}

const statuses = (s: Snapshot) => Object.fromEntries(evaluateAt(s).rules.map((r) => [r.id, r.status]));
const findingIds = (s: Snapshot) =>
  evaluateAt(s)
    .findings.map((f) => f.id)
    .sort();

describe('redact (names, UPNs, emails, sign-in identifiers; domains kept)', () => {
  const original = demoPlus();
  const { snapshot: redacted, summary } = redactSnapshot(original, { key: KEY });

  it('the redacted snapshot validates and gives the same rule statuses and finding ids', () => {
    validateSnapshot(JSON.parse(JSON.stringify(redacted)), 'redacted');
    expect(statuses(redacted)).toEqual(statuses(original));
    expect(findingIds(redacted)).toEqual(findingIds(original));
    expect(summary.names).toBeGreaterThanOrEqual(original.data.guests!.length);
  });

  it('keeps ids, states, dates and home domains; keeps the B2B UPN shape', () => {
    const z = redacted.data.guests!.find((g) => g.id === '7a1c0000-0000-4000-8000-0000000000f1')!;
    expect(z.displayName).toMatch(/^Guest [0-9a-f]{8}$/);
    expect(z.mail).toMatch(/^u[0-9a-f]{10}@fourthcoffee\.example$/);
    expect(z.userPrincipalName).toMatch(/^u[0-9a-f]{10}_fourthcoffee\.example#EXT#@contosopharma\.onmicrosoft\.com$/);
    const franz = redacted.data.guests!.find((g) => g.id === '7a1c0000-0000-4000-8000-0000000000f3')!;
    expect(franz.userPrincipalName).toMatch(/^u[0-9a-f]{10}_fourthcoffee\.example#EXT#@contosopharma\.onmicrosoft\.com$/);
    // UPN and mail of one guest carry the same pseudonym for the same address.
    expect(z.userPrincipalName!.slice(0, 11)).toBe(z.mail!.slice(0, 11));
    expect(z.identities![0]!.issuerAssignedId).toBe(z.mail);
    expect(z.identities![1]!.issuerAssignedId).toMatch(/^id-[0-9a-f]{12}$/);
    expect(z.sponsors![0]!.displayName).toMatch(/^User [0-9a-f]{8}$/);
    for (const [a, b] of original.data.guests!.map((g, i) => [g, redacted.data.guests![i]!] as const)) {
      expect(b.id).toBe(a.id);
      expect(b.externalUserState).toBe(a.externalUserState);
      expect(b.signInActivity).toEqual(a.signInActivity);
      expect(guestDomain(b)).toBe(guestDomain(a));
    }
  });

  it('pseudonyms are stable for a key (two quarters still diff) and differ between keys', () => {
    expect(redactSnapshot(original, { key: KEY }).snapshot).toEqual(redacted);
    const other = redactSnapshot(original, { key: 'another-key-0123456789' }).snapshot;
    expect(other.data.guests![0]!.displayName).not.toBe(redacted.data.guests![0]!.displayName);
  });

  it('round trip: no original UPN, email or display name in the snapshot or any report format (bytes scanned, XLSX unpacked)', async () => {
    const out = join(dir, 'demo');
    const snapshotFile = join(out, 'snapshot.redacted.json');
    await writeReports({ result: evaluateAt(redacted), evidence: evidenceOf(redacted) }, out, DEFAULT_FORMATS);
    await writeFile(snapshotFile, JSON.stringify(redacted, null, 2));
    const files = filesUnder(out);
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual(
      expect.arrayContaining([
        'guests.xlsx',
        'report.html',
        'report.sarif',
        'report.xlsx',
        'result.json',
        'snapshot.redacted.json',
        'summary.md',
      ]),
    );
    const values = personalValues(original);
    expect(values.length).toBeGreaterThan(1000);
    // The scan is real: the same check finds the originals in an unredacted run.
    const plain = join(dir, 'demo-plain');
    await writeReports({ result: evaluateAt(original), evidence: evidenceOf(original) }, plain, ['html', 'xlsx']);
    expect(findLeaks(values.slice(0, 20), filesUnder(plain)).length).toBeGreaterThan(0);
    expect(findLeaks(values, files)).toEqual([]);
  });

  it('the hostile-strings tenant redacts too: none of its guests keeps a name, address or UPN', () => {
    const hostile = fixtureSnapshot('hostile');
    const r = redactSnapshot(hostile, { key: KEY }).snapshot;
    validateSnapshot(JSON.parse(JSON.stringify(r)), 'redacted hostile');
    expect(statuses(r)).toEqual(statuses(hostile));
    // The fixture reuses its hostile strings as partner, policy and connector names (not personal data, kept);
    // what must be gone is every guest's own value from the guests.
    expect(findLeaks(personalValues(hostile), [], { 'data.guests': JSON.stringify(r.data.guests) })).toEqual([]);
  });
});

describe('redact --redact-domains', () => {
  const original = demoPlus();
  const { snapshot: redacted, summary } = redactSnapshot(original, { key: KEY, redactDomains: true });

  it('validates and gives the same rule statuses and finding ids (but for findings keyed by a domain)', () => {
    validateSnapshot(JSON.parse(JSON.stringify(redacted)), 'redacted');
    expect(statuses(redacted)).toEqual(statuses(original));
    const before = evaluateAt(original).findings;
    const after = evaluateAt(redacted).findings;
    expect(after).toHaveLength(before.length);
    // A sub-key that is a domain (federation-domain-has-entra-tenant) is pseudonymised with it, so that id moves.
    const keyedByDomain = (f: (typeof before)[number]) => Boolean(f.subKey && /\./.test(f.subKey));
    expect(
      after
        .filter((f) => !keyedByDomain(f))
        .map((f) => f.id)
        .sort(),
    ).toEqual(
      before
        .filter((f) => !keyedByDomain(f))
        .map((f) => f.id)
        .sort(),
    );
    expect(summary.domains).toBeGreaterThan(0);
  });

  it('pseudonymises a domain identically everywhere: guests, allow/block list, partners, federation, tenant', () => {
    const before = readDomainPolicy(original.data.b2bManagementPolicies ?? []);
    const after = readDomainPolicy(redacted.data.b2bManagementPolicies ?? []);
    expect(after.kind).toBe(before.kind);
    const listed = (p: typeof after) => (p.kind === 'unrecognised' ? [] : [...p.allowedDomains, ...p.blockedDomains]);
    const domainsAfter = new Set(listed(after));
    expect(listed(after)).toHaveLength(listed(before).length);
    // Consumer mail domains (gmail.com…) identify nobody and stay; every other entry is a pseudonym.
    for (const d of listed(after))
      expect(d, d).toMatch(/^(gmail\.com|yahoo\.com|qq\.com|mail\.ru|outlook\.com|d[0-9a-f]{8}(\.d[0-9a-f]{8})*\.[a-z]+)$/);
    // Guests whose home domain was on the list still are.
    for (const [a, b] of original.data.guests!.map((g, i) => [g, redacted.data.guests![i]!] as const)) {
      const da = guestDomain(a);
      if (da && listed(before).includes(da)) expect(domainsAfter.has(guestDomain(b)!)).toBe(true);
    }
    const originalDomains = [
      original.tenant.defaultDomain!,
      ...(original.data.crossTenantAccessPartners ?? []).map((p) => p.defaultDomainName).filter((d): d is string => Boolean(d)),
      ...(original.data.federationConfigurations ?? []).flatMap((f) => (f.domains ?? []).map((d) => d.id)),
      ...listed(before).filter((d) => listed(after).indexOf(d) < 0),
    ];
    const text = JSON.stringify(redacted).toLowerCase();
    for (const d of originalDomains)
      expect(text, d).not.toMatch(new RegExp(`(?<![a-z0-9-])${d.toLowerCase().replace(/[.]/g, '\\.')}(?![a-z0-9-])`));
    expect(redacted.tenant.displayName).toMatch(/^Tenant [0-9a-f]{8}$/);
    // Consumer mail and Microsoft's own domains identify nobody and are kept.
    expect(JSON.stringify(redacted)).toContain('@outlook.com');
  });
});

describe('redacting a large (streamed) snapshot file', () => {
  it('guest by guest, never all in memory: the same output as redacting in memory, and it validates', async () => {
    const input = join(dir, 'demo-plus.json');
    await writeFile(input, JSON.stringify(demoPlus()));
    const streamedOut = join(dir, 'streamed.redacted.json');
    await redactSnapshotFile(input, streamedOut, { key: KEY, redactDomains: true, streamThresholdBytes: 1 });
    const loaded = await loadSnapshot(streamedOut, { asDocument: true });
    const inMemory = redactSnapshot(demoPlus(), { key: KEY, redactDomains: true }).snapshot;
    expect(loaded.snapshot).toEqual(inMemory);
    // And the streamed loader reads it back too.
    const again = await loadSnapshot(streamedOut, { streamThresholdBytes: 1 });
    expect(again.streamed).toBe(true);
    expect(again.guests.count).toBe(inMemory.data.guests!.length);
    expect(findLeaks(personalValues(demoPlus()), [streamedOut])).toEqual([]);
  });
});

describe('redaction key', () => {
  it('from --redact-key-env, from GATEHOUSE_REDACT_KEY, or generated', () => {
    expect(resolveRedactionKey('MY_KEY', { MY_KEY: KEY })).toEqual({ key: KEY, generated: false, source: 'MY_KEY' });
    expect(resolveRedactionKey(undefined, { GATEHOUSE_REDACT_KEY: KEY })).toMatchObject({ key: KEY, generated: false });
    const g = resolveRedactionKey(undefined, {});
    expect(g.generated).toBe(true);
    expect(g.key.length).toBeGreaterThanOrEqual(40);
    expect(resolveRedactionKey(undefined, {}).key).not.toBe(g.key);
  });

  it('a missing or short key is an input error', () => {
    expect(() => resolveRedactionKey('NOPE', {})).toThrow(InputError);
    expect(() => resolveRedactionKey('SHORT', { SHORT: 'abc' })).toThrow(/at least 16/);
  });

  it('the snapshot file itself is never modified', async () => {
    const file = join(dir, 'orig.json');
    const s = demoPlus();
    await writeFile(file, JSON.stringify(s));
    redactSnapshot(s, { key: KEY, redactDomains: true });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(s);
  });
});
