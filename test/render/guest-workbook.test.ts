import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startGuestWorkbook as startFromSource } from '../../src/render/guest-workbook-job.js';
import { packagePath } from '../../src/paths.js';
import type { Snapshot, User } from '../../src/snapshot/snapshot.types.js';
import { writeTenantSnapshot } from '../../src/synth/index.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { guestsInMemory, type Guests } from '../../src/snapshot/guests.js';
import { AS_OF, evaluateSnapshot, guestWorkbookOf, realisticSnapshot, tempDir } from './support.js';
import { GUEST_HEADER, GUEST_ID_COLUMN, expectCell, expectTable, expectedGuestRow, read, rows } from './xlsx-read.js';

// guests.xlsx: the guest inventory, read back with SheetJS and compared with values computed from the input.

const asOf = new Date(AS_OF);
const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
const aboutItem = (file: string, item: string) => rows(read(file).Sheets.About!).find((r) => r[0]?.v === item)?.[1];

describe('guests.xlsx', () => {
  const { snapshot, name } = realisticSnapshot();
  const dir = tempDir('gatehouse-guests-');

  it(`reads back cell by cell on the ${name} tenant, with an About sheet naming tenant, date and snapshot`, async () => {
    const file = join(dir, 'guests.xlsx');
    const listed = await guestWorkbookOf(snapshot, file, { asOf, snapshotSha256: 'b'.repeat(64) });
    expect(listed).toBe(snapshot.data.guests!.length);
    const wb = read(file);
    expect(wb.SheetNames).toEqual(['Guests', 'About']);
    expectTable(
      wb.Sheets.Guests!,
      GUEST_HEADER,
      snapshot.data.guests!.map((g) => expectedGuestRow(g, asOf)),
      'Guests',
    );
    expectCell(aboutItem(file, 'Tenant id'), snapshot.tenant.id, 'About tenant id');
    expectCell(aboutItem(file, 'As of (UTC)'), asOf, 'About as of');
    expectCell(aboutItem(file, 'Snapshot sha256'), 'b'.repeat(64), 'About sha256');
    expectCell(aboutItem(file, 'Guests listed'), snapshot.data.guests!.length, 'About count');
    expectCell(aboutItem(file, 'Last sign-in'), 'collected', 'About sign-in');
  });

  it('has a frozen header, column widths and print setup on every sheet, and a filter on the list', async () => {
    const file = join(dir, 'frozen.xlsx');
    await guestWorkbookOf(snapshot, file, { asOf });
    const files = (read(file) as unknown as { files: Record<string, { content: Buffer | string }> }).files;
    const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheets).toHaveLength(2);
    for (const k of sheets) {
      const xml = files[k]!.content.toString();
      expect(xml, k).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml, k).toMatch(/<col [^>]*width="/);
      expect(xml, k).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
    }
    // The guest list filters; the key/value About sheet does not.
    expect(files['xl/worksheets/sheet1.xml']!.content.toString()).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"/);
    expect(files['xl/worksheets/sheet2.xml']!.content.toString()).not.toContain('<autoFilter');
    // Printed: the columns a reader needs (name to sponsors), the header row on every page.
    expect(files['xl/workbook.xml']!.content.toString()).toContain("'Guests'!$A:$I");
  });

  it('continues past the row limit on "Guests (2)", every guest once and in order', async () => {
    const file = join(dir, 'split.xlsx');
    await guestWorkbookOf(snapshot, file, { asOf, maxRowsPerSheet: 100 });
    const wb = read(file);
    const parts = Math.ceil(snapshot.data.guests!.length / 100);
    expect(parts).toBeGreaterThan(1);
    const guestSheets = wb.SheetNames.filter((n) => /^Guests( \(\d+\))?$/.test(n));
    expect(guestSheets).toEqual(['Guests', ...Array.from({ length: parts - 1 }, (_, i) => `Guests (${i + 2})`)]);
    expect(
      guestSheets.flatMap((n) =>
        rows(wb.Sheets[n]!)
          .slice(1)
          .map((r) => r[GUEST_ID_COLUMN]!.v),
      ),
    ).toEqual(snapshot.data.guests!.map((g) => g.id));
    for (const n of guestSheets) expect(rows(wb.Sheets[n]!)[0]![0]!.v).toBe('Display name');
  });

  it('says "not collected" where sign-in activity or sponsors were not collected, and why', async () => {
    const s = fixtureSnapshot('base');
    s.sections.guestSignInActivity = {
      status: 'not-licensed',
      httpStatus: 403,
      errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    };
    s.sections.guestSponsors = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    const file = join(dir, 'partial.xlsx');
    await guestWorkbookOf(s, file, { asOf });
    const body = rows(read(file).Sheets.Guests!).slice(1);
    expect(body).toHaveLength(s.data.guests!.length);
    // Number and yes/no columns stay blank (never a word in a number column); the text column says why.
    const col = (h: string) => GUEST_HEADER.indexOf(h);
    for (const r of body) {
      for (const h of ['Last successful sign-in (UTC)', 'Last sign-in attempt (UTC)', 'Days since sign-in', 'Never signed in', 'Sponsors'])
        expect(r[col(h)], h).toBeUndefined();
      expect(r[col('Counted from')]!.v).toBe('not collected');
    }
    expect(String(aboutItem(file, 'Last sign-in')?.v)).toMatch(/^not collected: .*Microsoft Entra ID P1 or P2/);
    expect(String(aboutItem(file, 'Sponsors')?.v)).toMatch(/^not collected: .*User\.Read\.All/);
  });

  it.each([
    [
      'the guests were not collected',
      (s: Snapshot) => {
        s.sections.guests = { status: 'forbidden', httpStatus: 403 };
        delete s.data.guests;
        return s;
      },
      /^Guests were not collected \(forbidden\); grant User\.Read\.All/,
    ],
    [
      'the tenant has no guests',
      (s: Snapshot) => {
        s.data.guests = [];
        s.sections.guests!.itemCount = 0;
        return s;
      },
      /^The tenant has no guests\.$/,
    ],
    ['no snapshot was supplied (report without --snapshot)', () => undefined, /--snapshot <file>/],
  ])('one row says so when %s', async (_, make, note) => {
    const file = join(dir, `note-${sha256(String(note)).slice(0, 8)}.xlsx`);
    expect(await guestWorkbookOf(make(fixtureSnapshot('base')), file, { asOf })).toBe(0);
    const body = rows(read(file).Sheets.Guests!);
    expect(body).toHaveLength(2);
    expect(String(body[1]![0]!.v)).toMatch(note);
  });
});

/**
 * One guest, two views: the findings about a guest and its inventory row must say the same thing — the home domain
 * (https://learn.microsoft.com/entra/external-id/user-properties: the #EXT# user principal name keeps the invited
 * address; mail can be edited) and the days without a successful sign-in
 * (https://learn.microsoft.com/graph/api/resources/signinactivity: successes recorded since 1 December 2023).
 */
describe('guests.xlsx agrees with the findings for every guest', () => {
  const dir = tempDir('gatehouse-guest-agree-');
  const snapshot = fixtureSnapshot('every-check');
  const template = snapshot.data.guests!.find((g) => g.externalUserState === 'Accepted' && g.accountEnabled && g.userType === 'Guest')!;
  const extra = (n: number, patch: Partial<User>): User => ({
    ...structuredClone(template),
    id: `e0e0e0e0-0000-4000-8000-${String(n).padStart(12, '0')}`,
    ...patch,
  });
  // The cases the two views used to disagree on, added to the demo tenant.
  snapshot.data.guests!.push(
    extra(1, {
      mail: null,
      otherMails: [],
      userPrincipalName: 'jane_contoso.example#EXT#@contosopharma.onmicrosoft.com',
      createdDateTime: '2024-01-10T00:00:00Z',
      signInActivity: {
        lastSuccessfulSignInDateTime: '0001-01-01T00:00:00Z',
        lastSignInDateTime: '0001-01-01T00:00:00Z',
        lastNonInteractiveSignInDateTime: '0001-01-01T00:00:00Z',
      },
    }),
    extra(2, {
      mail: 'renamed@mail-edited.example',
      userPrincipalName: 'omar_fabrikam.example#EXT#@contosopharma.onmicrosoft.com',
      createdDateTime: '2022-02-01T00:00:00Z',
      signInActivity: {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2026-11-20T00:00:00Z',
        lastNonInteractiveSignInDateTime: null,
      },
    }),
    extra(3, {
      createdDateTime: '2021-02-01T00:00:00Z',
      signInActivity: {
        lastSuccessfulSignInDateTime: null,
        lastSignInDateTime: '2022-05-01T00:00:00Z',
        lastNonInteractiveSignInDateTime: '2023-01-01T00:00:00Z',
      },
    }),
  );
  snapshot.sections.guests!.itemCount = snapshot.data.guests!.length;
  const result = evaluateSnapshot(snapshot);

  it('domain and days since sign-in match every per-guest finding; guests without a stale finding are within the threshold', async () => {
    const file = join(dir, 'guests.xlsx');
    await guestWorkbookOf(snapshot, file, { asOf });
    const header = rows(read(file).Sheets.Guests!)[0]!.map((c) => c?.v);
    const col = (name: string) => header.indexOf(name);
    const byId = new Map(
      rows(read(file).Sheets.Guests!)
        .slice(1)
        .map((r) => [r[GUEST_ID_COLUMN]!.v as string, r]),
    );
    expect(byId.size).toBe(snapshot.data.guests!.length);
    const stale = new Map(result.findings.filter((f) => f.ruleId === 'guest-stale').map((f) => [f.resource.id, f]));
    expect(stale.size).toBeGreaterThan(50);
    let compared = 0;
    for (const f of result.findings.filter((x) => x.resource.type === 'user' && x.params && 'domain' in x.params)) {
      const row = byId.get(f.resource.id)!;
      expect(row[col('Domain')]?.v ?? '', `${f.ruleId} ${f.resource.id} domain`).toBe(f.params!.domain ?? '');
      compared++;
    }
    for (const g of snapshot.data.guests!) {
      const row = byId.get(g.id)!;
      const days = row[col('Days since sign-in')]?.v;
      const finding = stale.get(g.id);
      if (finding) {
        expect(days, `${g.id} days`).toBe(finding.params!.days);
        expect(row[col('Never signed in')]?.v, `${g.id} never`).toBe(finding.messageId === 'never-signed-in');
        expect(row[col('Domain')]?.v ?? '', `${g.id} domain`).toBe(finding.params!.domain ?? '');
        compared++;
      } else if (g.accountEnabled !== false && g.externalUserState !== 'PendingAcceptance' && typeof days === 'number') {
        expect(days, `${g.id} has no stale finding`).toBeLessThanOrEqual(90);
      }
    }
    expect(compared).toBeGreaterThan(100);
    // The three added guests, spelled out.
    const added = (n: number) => byId.get(`e0e0e0e0-0000-4000-8000-${String(n).padStart(12, '0')}`)!;
    const [jane, omar, old] = [added(1), added(2), added(3)];
    expect([jane[col('Domain')]?.v, jane[col('Never signed in')]?.v]).toEqual(['contoso.example', true]);
    expect(typeof jane[col('Days since sign-in')]?.v).toBe('number');
    expect(stale.get(jane[GUEST_ID_COLUMN]!.v as string)?.messageId).toBe('never-signed-in');
    expect([omar[col('Domain')]?.v, omar[col('Days since sign-in')]?.v, omar[col('Counted from')]?.v]).toEqual([
      'fabrikam.example',
      1092,
      'no success recorded since 2023-12-01',
    ]);
    expect(stale.get(omar[GUEST_ID_COLUMN]!.v as string)).toMatchObject({
      messageId: 'no-success',
      params: { days: 1092, domain: 'fabrikam.example' },
    });
    expect(old[col('Days since sign-in')]?.v).toBe(stale.get(old[GUEST_ID_COLUMN]!.v as string)?.params?.days);
  });
});
/** A guest count for a job that reads the guests itself (on a worker thread, from the file). */
const countOnly = (count: number): Guests => ({ count, read: () => [] });

describe('guest workbook job', () => {
  const dir = tempDir('gatehouse-guest-job-');
  const base = fixtureSnapshot('base');

  it('writes guests.xlsx under its final name only when complete (no partial file left)', async () => {
    const out = join(dir, 'inline');
    const job = startFromSource({ outDir: out, asOf, snapshot: base, guests: guestsInMemory(base.data.guests!) });
    expect(job.threaded).toBe(false);
    expect(await job.done).toBe(join(out, 'guests.xlsx'));
    expect(readdirSync(out)).toEqual(['guests.xlsx']);
    expect(rows(read(join(out, 'guests.xlsx')).Sheets.Guests!)).toHaveLength(base.data.guests!.length + 1);
  });

  it('a failure midway leaves nothing behind and surfaces the error', async () => {
    const out = join(dir, 'failing');
    mkdirSync(out);
    async function* failing(): AsyncIterable<User> {
      yield base.data.guests![0]!;
      throw new Error('disk went away');
    }
    const job = startFromSource({ outDir: out, asOf, snapshot: base, guests: { count: 2, read: failing } });
    await expect(job.done).rejects.toThrow('disk went away');
    expect(readdirSync(out)).toEqual([]);
  });

  it('cancel removes what the job wrote, and the folder it created, but not an earlier scan’s guests.xlsx', async () => {
    const fresh = join(dir, 'fresh', 'nested');
    const job = startFromSource({ outDir: fresh, asOf, snapshot: base, guests: guestsInMemory(base.data.guests!) });
    await job.done;
    await job.cancel();
    expect(existsSync(join(dir, 'fresh'))).toBe(false);

    const earlier = join(dir, 'earlier');
    mkdirSync(earlier);
    writeFileSync(join(earlier, 'guests.xlsx'), 'from the last scan');
    // eslint-disable-next-line require-yield -- a guest source that fails before its first guest
    async function* never(): AsyncIterable<User> {
      throw new Error('evaluation failed first');
    }
    const failed = startFromSource({ outDir: earlier, asOf, snapshot: base, guests: { count: 1, read: never } });
    await failed.cancel();
    expect(readFileSync(join(earlier, 'guests.xlsx'), 'utf8')).toBe('from the last scan');
    expect(readdirSync(earlier)).toEqual(['guests.xlsx']);
  });

  describe('on a worker thread (the compiled build, as the CLI runs it)', async () => {
    const distJob = packagePath('dist', 'src', 'render', 'guest-workbook-job.js');
    it('the build is there (npm test builds before vitest)', () =>
      expect(existsSync(distJob), `${distJob} missing: run npm run compile`).toBe(true));
    const { startGuestWorkbook } = (await import(distJob)) as typeof import('../../src/render/guest-workbook-job.js');
    const file = join(dir, 'snapshot.json');
    const text = JSON.stringify(base);
    writeFileSync(file, text);
    const source = { path: file, sha256: sha256(text) };

    it('reads the snapshot file itself and writes the same rows as this thread', async () => {
      const threaded = startGuestWorkbook({
        outDir: join(dir, 'threaded'),
        asOf,
        snapshot: base,
        guests: guestsInMemory(base.data.guests!),
        file: source,
        workerMinGuests: 1,
      });
      const inline = startGuestWorkbook({
        outDir: join(dir, 'same-thread'),
        asOf,
        snapshot: base,
        guests: guestsInMemory(base.data.guests!),
        file: source,
      });
      expect([threaded.threaded, inline.threaded]).toEqual([true, false]);
      const [a, b] = await Promise.all([threaded.done, inline.done]);
      for (const sheet of ['Guests', 'About']) {
        expect(rows(read(a).Sheets[sheet]!).map((r) => r.map((c) => c?.v))).toEqual(
          rows(read(b).Sheets[sheet]!).map((r) => r.map((c) => c?.v)),
        );
      }
      expectCell(aboutItem(a, 'Snapshot sha256'), source.sha256, 'About sha256');
    });

    it('refuses a snapshot that changed since the main thread read it', async () => {
      const out = join(dir, 'changed');
      const job = startGuestWorkbook({
        outDir: out,
        asOf,
        guests: countOnly(1),
        file: { path: file, sha256: 'c'.repeat(64) },
        workerMinGuests: 1,
      });
      await expect(job.done).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/changed while it was being read/) });
      // Nothing is left: not the staged file, not the folder the job created.
      expect(existsSync(out)).toBe(false);
    });

    it('an invalid snapshot fails with the loader’s message and writes nothing', async () => {
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, JSON.stringify({ ...base, schemaVersion: 99 }));
      const out = join(dir, 'invalid');
      const job = startGuestWorkbook({
        outDir: out,
        asOf,
        guests: countOnly(1),
        file: { path: bad, sha256: sha256(readFileSync(bad)) },
        workerMinGuests: 1,
      });
      await expect(job.done).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(/invalid snapshot .*bad\.json/) });
      // Nothing is left: not the staged file, not the folder the job created.
      expect(existsSync(out)).toBe(false);
    });

    it('cancel stops a running worker and leaves no file', { tags: ['slow'] }, async () => {
      const big = join(dir, 'big.json');
      await writeTenantSnapshot(big, { seed: 3, guests: 20_000, partners: 5, caPolicies: 5, preset: 'scale', asOf: AS_OF });
      const bytes = readFileSync(big);
      const out = join(dir, 'cancelled');
      const job = startGuestWorkbook({ outDir: out, asOf, guests: countOnly(40_000), file: { path: big, sha256: sha256(bytes) } });
      expect(job.threaded).toBe(true);
      // Cancel once the worker has started writing (its staged file exists), not after some time has passed.
      const staged = () =>
        existsSync(out) && readdirSync(out).some((f) => f.startsWith('.gatehouse-staging-') && existsSync(join(out, f, 'guests.xlsx')));
      while (!staged()) await new Promise((r) => setImmediate(r));
      await job.cancel();
      await expect(job.done).rejects.toThrow(/cancelled|stopped/);
      expect(existsSync(out)).toBe(false);

      // Cancelled before its folder even exists: no worker starts, nothing is left.
      const early = join(dir, 'cancelled-early');
      const second = startGuestWorkbook({ outDir: early, asOf, guests: countOnly(40_000), file: { path: big, sha256: sha256(bytes) } });
      await second.cancel();
      await expect(second.done).rejects.toThrow('guest workbook cancelled');
      expect(existsSync(early)).toBe(false);
    });
  });
});
