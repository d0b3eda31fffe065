import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { EXCEL_TRUNCATION_MARKER } from '../../src/render/sanitize.js';
import { writeXlsx } from '../../src/render/xlsx.js';
import type { Snapshot, User } from '../../src/snapshot/snapshot.types.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { AS_OF, HOSTILE, evaluateSnapshot, hostileResult, realisticSnapshot, tempDir } from './support.js';

// Read back with SheetJS — an independent reader, not exceljs — and compare with values computed here from the input.

type Expected = string | number | boolean | Date | null | undefined;

const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;
const SEV = ['critical', 'high', 'medium', 'low', 'info'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function read(file: string, opts: XLSX.ParsingOptions = {}): XLSX.WorkBook {
  return XLSX.read(readFileSync(file), { bookFiles: true, cellNF: true, ...opts });
}

/** Rows of a sheet as SheetJS cells (undefined where empty). */
function rows(ws: XLSX.WorkSheet): Array<Array<XLSX.CellObject | undefined>> {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const out: Array<Array<XLSX.CellObject | undefined>> = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: Array<XLSX.CellObject | undefined> = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined);
    out.push(row);
  }
  return out;
}

function expectCell(cell: XLSX.CellObject | undefined, expected: Expected, where: string): void {
  if (expected === undefined || expected === null || expected === '') {
    expect(cell, where).toBeUndefined();
    return;
  }
  expect(cell, where).toBeDefined();
  if (expected instanceof Date) {
    expect(cell!.t, where).toBe('n');
    expect(Math.abs((cell!.v as number) - serial(expected)), where).toBeLessThan(1e-6);
    expect(cell!.z, where).toBe('yyyy-mm-dd hh:mm');
  } else if (typeof expected === 'string') {
    expect(cell!.t, where).toBe('s');
    expect(cell!.f, where).toBeUndefined();
    expect(cell!.v, where).toBe(expected);
  } else if (typeof expected === 'number') {
    expect(cell!.t, where).toBe('n');
    expect(cell!.v, where).toBe(expected);
  } else {
    expect(cell!.t, where).toBe('b');
    expect(cell!.v, where).toBe(expected);
  }
}

function expectTable(ws: XLSX.WorkSheet, header: string[], body: Expected[][], name: string): void {
  const got = rows(ws);
  expect(got.length, `${name} rows`).toBe(body.length + 1);
  header.forEach((h, c) => expectCell(got[0]![c], h, `${name}!${XLSX.utils.encode_cell({ r: 0, c })}`));
  body.forEach((row, r) => row.forEach((v, c) => expectCell(got[r + 1]![c], v, `${name}!${XLSX.utils.encode_cell({ r: r + 1, c })}`)));
}

const date = (s: string | null | undefined) => (s ? new Date(s) : undefined);

/** Written here from Graph's shapes (not from the renderer's helpers). */
function expectedGuestRow(g: User, asOf: Date): Expected[] {
  const sa = g.signInActivity;
  let last = date(sa?.lastSuccessfulSignInDateTime);
  if (!last) {
    const a = date(sa?.lastSignInDateTime);
    const b = date(sa?.lastNonInteractiveSignInDateTime);
    last = a && b ? (a > b ? a : b) : (a ?? b);
  }
  const mail = g.mail ?? '';
  const domain = mail.includes('@') ? mail.slice(mail.lastIndexOf('@') + 1).toLowerCase() : '';
  return [
    g.id,
    g.displayName,
    g.userPrincipalName,
    g.mail,
    domain,
    g.userType,
    g.externalUserState,
    date(g.externalUserStateChangeDateTime),
    date(g.createdDateTime),
    g.creationType,
    last,
    last ? Math.floor((asOf.getTime() - last.getTime()) / 86_400_000) : 'never',
    g.sponsors?.length ?? 0,
    g.accountEnabled,
  ];
}

const GUEST_HEADER = ['Object id', 'Display name', 'User principal name', 'Mail', 'Domain', 'User type', 'Invitation state', 'State changed (UTC)', 'Created (UTC)', 'Creation type', 'Last successful sign-in (UTC)', 'Days since sign-in', 'Sponsors', 'Enabled'];

describe('XLSX', () => {
  const { snapshot, name } = realisticSnapshot();
  const result = evaluateSnapshot(snapshot);
  const dir = tempDir();
  const file = join(dir, 'report.xlsx');

  it(`reads back cell by cell on the ${name} tenant`, async () => {
    await writeXlsx(result, snapshot, file);
    const wb = read(file);
    expect(wb.SheetNames).toEqual(['Summary', 'Findings', 'Rules', 'Coverage', 'Guests', 'Partners', 'Conditional Access']);

    const sorted = [...result.findings].sort((a, b) => SEV.indexOf(a.severity) - SEV.indexOf(b.severity) || cmp(a.ruleId, b.ruleId) || cmp(a.id, b.id));
    const title = new Map(result.rules.map((r) => [r.id, r.title]));
    expectTable(
      wb.Sheets.Findings!,
      ['Severity', 'Status', 'Rule', 'Rule title', 'Object type', 'Object name', 'Object id', 'Object path', 'Message', 'Evidence', 'Finding id', 'Sub-key', 'Suppression justification', 'Suppression owner', 'Suppression expires', 'Since last scan'],
      sorted.map((f: Finding) => [
        f.severity, f.status, f.ruleId, title.get(f.ruleId), f.resource.type, f.resource.displayName, f.resource.id, f.resource.path ?? `${f.resource.type}/${f.resource.id}`,
        f.message, f.evidence ? JSON.stringify(f.evidence) : undefined, f.id, f.subKey, f.suppression?.justification, f.suppression?.owner, f.suppression?.expires, f.baselineState,
      ]),
      'Findings',
    );

    const got = rows(wb.Sheets.Rules!);
    expect(got.length).toBe(result.rules.length + 1);
    const ruleOrder = [...result.rules].sort((a, b) => SEV.indexOf(a.severity) - SEV.indexOf(b.severity) || cmp(a.id, b.id));
    ruleOrder.forEach((r, i) => {
      [r.id, r.title, r.severity, r.category, r.status, r.findingCount, r.reason].forEach((v, c) => expectCell(got[i + 1]![c], v, `Rules row ${i + 2} col ${c}`));
    });

    const notAssessed = result.rules.filter((r) => r.status === 'not-assessed' || r.status === 'error');
    const cov = rows(wb.Sheets.Coverage!);
    if (notAssessed.length) {
      expect(cov.length).toBe(notAssessed.length + 1);
      expect(new Set(cov.slice(1).map((r) => r[0]!.v))).toEqual(new Set(notAssessed.map((r) => r.id)));
      for (const row of cov.slice(1)) {
        const r = notAssessed.find((x) => x.id === row[0]!.v)!;
        expectCell(row[4], r.reason, `Coverage reason ${r.id}`);
        expectCell(row[5], r.fix?.permissions?.join(', '), `Coverage permissions ${r.id}`);
      }
    } else expect(cov[1]![0]!.v).toBe('Every rule was assessed.');

    const asOf = new Date(AS_OF);
    expectTable(wb.Sheets.Guests!, GUEST_HEADER, (snapshot.data.guests ?? []).map((g) => expectedGuestRow(g, asOf)), 'Guests');

    const partners = rows(wb.Sheets.Partners!);
    expect(partners.length).toBe((snapshot.data.crossTenantAccessPartners?.length ?? 0) + 2);
    expect(partners[1]![0]!.v).toBe('default');
    expect(new Set(partners.slice(2).map((r) => r[0]!.v))).toEqual(new Set(snapshot.data.crossTenantAccessPartners!.map((p) => p.tenantId)));

    const ca = rows(wb.Sheets['Conditional Access']!);
    expect(ca.length).toBe((snapshot.data.conditionalAccessPolicies?.length ?? 0) + 1);
    for (const p of snapshot.data.conditionalAccessPolicies ?? []) {
      const row = ca.find((r) => r[0]?.v === p.id)!;
      expectCell(row[1], p.displayName, `CA name ${p.id}`);
      expectCell(row[2], p.state, `CA state ${p.id}`);
    }

    const summary = rows(wb.Sheets.Summary!);
    const item = (k: string) => summary.find((r) => r[0]?.v === k)?.[1];
    expectCell(item('Tenant id'), result.tenant.id, 'Summary tenant id');
    expectCell(item('As of (UTC)'), new Date(result.asOf), 'Summary as of');
    for (const s of SEV) expectCell(item(`Findings: ${s}`), result.summary.findingsBySeverity[s] ?? 0, `Summary ${s}`);
  });

  it('has a frozen header row, an autofilter and column widths on every sheet', async () => {
    await writeXlsx(result, snapshot, file);
    const wb = read(file);
    const files = (wb as unknown as { files: Record<string, { content: Buffer | string }> }).files as Record<string, { content: Buffer | string }>;
    const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheets.length).toBe(7);
    for (const k of sheets) {
      const xml = files[k]!.content.toString();
      expect(xml, k).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml, k).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"/);
      expect(xml, k).toMatch(/<col [^>]*width="/);
    }
    // Severity cells are coloured.
    const styles = files['xl/styles.xml']!.content.toString();
    expect(styles).toContain('FFC62828');
  });

  it('continues a sheet past the row limit on "<name> (2)"', async () => {
    const small = join(dir, 'split.xlsx');
    await writeXlsx(result, snapshot, small, { maxRowsPerSheet: 100 });
    const wb = read(small);
    const guestSheets = wb.SheetNames.filter((n) => /^Guests( \(\d+\))?$/.test(n));
    const parts = Math.ceil(snapshot.data.guests!.length / 100);
    expect(parts).toBeGreaterThan(1);
    expect(guestSheets).toEqual(['Guests', ...Array.from({ length: parts - 1 }, (_, i) => `Guests (${i + 2})`)]);
    const ids = guestSheets.flatMap((n) => rows(wb.Sheets[n]!).slice(1).map((r) => r[0]!.v));
    expect(ids).toEqual(snapshot.data.guests!.map((g) => g.id));
    for (const n of guestSheets) expect(rows(wb.Sheets[n]!)[0]![0]!.v).toBe('Object id');
    const lower = wb.SheetNames.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  it('a 200,000-guest workbook opens and has every guest', { timeout: 240_000 }, async () => {
    const big = fixtureSnapshot('base');
    const g0 = big.data.guests![0]!;
    const n = 200_000;
    big.data.guests = Array.from({ length: n }, (_, i) => ({
      ...g0,
      id: `7a1c0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      displayName: `Guest ${i}`,
      // The base tenant's allow-listed partner domain: one rule failing for all 200,000 guests is a scale test of its own.
      mail: `guest${i}@northwind.example`,
      userPrincipalName: `guest${i}_northwind.example#EXT#@fabrikam.onmicrosoft.com`,
      // Mostly active guests: every hundredth is stale, so the Findings sheet is realistic too.
      signInActivity: { lastSuccessfulSignInDateTime: new Date(Date.UTC(2026, 10, 26) - (i % 100 === 0 ? 400 : i % 60) * 86_400_000).toISOString() },
    }));
    big.sections.guests!.itemCount = n;
    const bigResult = evaluateSnapshot(big);
    const bigFile = join(dir, 'big.xlsx');
    await writeXlsx(bigResult, big, bigFile);
    const wb = XLSX.read(readFileSync(bigFile), { dense: true, sheets: ['Guests', 'Findings'] });
    const ws = wb.Sheets.Guests!;
    const range = XLSX.utils.decode_range(ws['!ref']!);
    expect(range.e.r).toBe(n); // header + n rows
    // SheetJS 0.18 dense sheets are arrays of rows (later versions keep them under '!data').
    const data = ((ws as { '!data'?: unknown })['!data'] ?? ws) as unknown as Array<Array<XLSX.CellObject | undefined>>;
    for (let i = 0; i < n; i += 9_973) expect(data[i + 1]![0]!.v).toBe(big.data.guests[i]!.id);
    expect(data[n]![0]!.v).toBe(big.data.guests[n - 1]!.id);
    expect(data[n]![1]!.v).toBe(`Guest ${n - 1}`);
    const findings = wb.Sheets.Findings! as XLSX.WorkSheet;
    expect(XLSX.utils.decode_range(findings['!ref']!).e.r).toBe(Math.max(1, bigResult.findings.length));
  });

  describe('hostile strings', () => {
    const { snapshot: hs, result: hr, rules } = hostileResult();
    const hostileFile = join(dir, 'hostile.xlsx');

    it('open, show every string as text, and keep the XML well-formed', async () => {
      await writeXlsx(hr, hs, hostileFile, { rules });
      const wb = read(hostileFile);
      const files = (wb as unknown as { files: Record<string, { content: Buffer | string }> }).files as Record<string, { content: Buffer | string }>;
      for (const [k, f] of Object.entries(files)) {
        if (!k.endsWith('.xml')) continue;
        const xml = Buffer.isBuffer(f.content) ? f.content.toString('utf8') : String(f.content);
        // Nothing XML 1.0 forbids (this is what makes Excel call a file corrupt).
        expect(xml, k).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(xml, k).not.toMatch(/<f>/); // no formula anywhere
      }
      const guests = rows(wb.Sheets.Guests!);
      const names = guests.slice(1).map((r) => r[1]?.v as string);
      expect(names).toContain(HOSTILE.formula);
      expect(names).toContain(HOSTILE.script);
      expect(names).toContain(HOSTILE.emoji);
      expect(names).toContain(HOSTILE.lineSep);
      expect(names).toContain('noncharacter');
      const long = names.find((n) => n.startsWith('LLLL'))!;
      expect(long.length).toBeLessThanOrEqual(32_767);
      expect(long.endsWith(EXCEL_TRUNCATION_MARKER)).toBe(true);
      const formulaCell = guests.find((r) => r[1]?.v === HOSTILE.formula)![1]!;
      expect(formulaCell.t).toBe('s');
      expect(formulaCell.f).toBeUndefined();
      for (const sheet of wb.SheetNames) {
        for (const row of rows(wb.Sheets[sheet]!)) for (const c of row) if (c?.t === 's') expect((c.v as string).length).toBeLessThanOrEqual(32_767);
      }
      // Partner names, connector URLs and CA policy names reach the Findings sheet as text.
      const findingText = rows(wb.Sheets.Findings!).flatMap((r) => r.map((c) => String(c?.v ?? ''))).join('\n');
      expect(findingText).toContain(HOSTILE.endScript);
      expect(findingText).toContain(HOSTILE.jsUrl);
      expect(findingText).toContain(`http://connector.example/${HOSTILE.dq}`);
      const caNames = rows(wb.Sheets['Conditional Access']!).map((r) => r[1]?.v);
      expect(caNames).toContain(HOSTILE.img);
      const partnerNames = rows(wb.Sheets.Partners!).map((r) => r[1]?.v);
      expect(partnerNames).toContain(HOSTILE.sq);
    });
  });

  it('with scan --baseline: a "Since last scan" column, the counts, and the resolved findings', async () => {
    const gone = result.findings[0]!;
    const withBaseline: Result = {
      ...result,
      findings: result.findings.slice(1).map((f, i) => ({ ...f, baselineState: i % 2 ? 'new' : 'unchanged' })),
      baseline: {
        source: 'last/result.json', scannedAt: '2026-08-27T00:00:00Z', tenantId: result.tenant.id,
        counts: { new: 1, unchanged: 2, updated: 0, resolved: 1 }, ruleChanges: [],
        resolved: [{ id: gone.id, ruleId: gone.ruleId, severity: gone.severity, resource: gone.resource, message: gone.message }],
      },
    };
    const f = join(dir, 'baseline.xlsx');
    await writeXlsx(withBaseline, snapshot, f);
    const wb = read(f);
    // The "Changes" sheet (audit workflow) lists what was resolved.
    expect(wb.SheetNames).toContain('Changes');
    const changes = rows(wb.Sheets.Changes!);
    expect(changes.some((r) => r.some((c) => c?.v === gone.id) && r[0]?.v === 'resolved finding')).toBe(true);
    const findings = rows(wb.Sheets.Findings!);
    expect(findings[0]![15]!.v).toBe('Since last scan');
    expect(new Set(findings.slice(1).map((r) => r[15]?.v))).toEqual(new Set(['new', 'unchanged']));
    const summary = rows(wb.Sheets.Summary!);
    expectCell(summary.find((r) => r[0]?.v === 'Since last scan: resolved')?.[1], 1, 'Summary resolved');
  });

  it('without a snapshot, the snapshot sheets say how to fill them', async () => {
    const noSnap = join(dir, 'nosnap.xlsx');
    await writeXlsx(result as Result, undefined as Snapshot | undefined, noSnap);
    const wb = read(noSnap);
    expect(wb.SheetNames).toHaveLength(7);
    expect(String(wb.Sheets.Guests!.A2!.v)).toMatch(/--snapshot/);
  });
});
