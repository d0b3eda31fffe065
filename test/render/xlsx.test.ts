import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Finding, Result } from '../../src/engine/result.types.js';
import { identityProviderInventory } from '../../src/model/identity-providers.js';
import { EXCEL_TRUNCATION_MARKER } from '../../src/render/sanitize.js';
import { resourceKind } from '../../src/render/words.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { AS_OF, HOSTILE, evaluateSnapshot, guestWorkbookOf, hostileResult, realisticSnapshot, tempDir, xlsxReport } from './support.js';
import { expectCell, expectTable, read, rows } from './xlsx-read.js';

// report.xlsx, read back with SheetJS — an independent reader, not exceljs — and compared with values computed here
// from the input. The guest inventory (guests.xlsx) is tested in guest-workbook.test.ts.

const SEV = ['critical', 'high', 'medium', 'low', 'info'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('XLSX', () => {
  const { snapshot, name } = realisticSnapshot();
  const result = evaluateSnapshot(snapshot);
  const dir = tempDir();
  const file = join(dir, 'report.xlsx');

  it(`reads back cell by cell on the ${name} tenant`, async () => {
    await xlsxReport(result, snapshot, file);
    const wb = read(file);
    expect(wb.SheetNames).toEqual([
      'Summary',
      'Findings',
      'Rules',
      'Coverage',
      'Partners',
      'Identity providers',
      'Conditional Access',
      'Frameworks',
    ]);
    // Each framework's controls in scope with an outcome: CIS 5.1.6.3 (who may invite) follows its check.
    const fw = rows(wb.Sheets.Frameworks!);
    expect(fw[0]!.map((c) => c?.v)).toEqual(['Framework', 'Control', 'Control title', 'Outcome', 'Checks']);
    const invite = result.rules.find((r) => r.id === 'invite-allowed-from-everyone')!;
    const cis = fw.find((r) => String(r[0]?.v).startsWith('CIS') && r[1]?.v === '5.1.6.3')!;
    expect(cis[3]?.v).toBe(invite.status === 'fail' ? 'fail' : invite.status === 'not-assessed' ? 'not-assessed' : 'pass');

    const sorted = [...result.findings].sort(
      (a, b) => SEV.indexOf(a.severity) - SEV.indexOf(b.severity) || cmp(a.ruleId, b.ruleId) || cmp(a.id, b.id),
    );
    const title = new Map(result.rules.map((r) => [r.id, r.title]));
    expectTable(
      wb.Sheets.Findings!,
      [
        'Severity',
        'Status',
        'Check',
        'Object kind',
        'Object name',
        'Message',
        'Rule',
        'Object type',
        'Object id',
        'Object path',
        'Evidence',
        'Finding id',
        'Sub-key',
        'Suppression justification',
        'Suppression owner',
        'Suppression expires',
        'Since last scan',
      ],
      sorted.map((f: Finding) => [
        f.severity,
        f.status,
        title.get(f.ruleId),
        resourceKind(f.resource.type),
        f.resource.displayName,
        f.message,
        f.ruleId,
        f.resource.type,
        f.resource.id,
        f.resource.path ?? `${f.resource.type}/${f.resource.id}`,
        f.evidence ? JSON.stringify(f.evidence) : undefined,
        f.id,
        f.subKey,
        f.suppression?.justification,
        f.suppression?.owner,
        f.suppression?.expires,
        f.baselineState,
      ]),
      'Findings',
    );

    const got = rows(wb.Sheets.Rules!);
    expect(got.length).toBe(result.rules.length + 1);
    const ruleOrder = [...result.rules].sort((a, b) => SEV.indexOf(a.severity) - SEV.indexOf(b.severity) || cmp(a.id, b.id));
    ruleOrder.forEach((r, i) => {
      [r.title, r.severity, r.status, r.findingCount, r.reason].forEach((v, c) =>
        expectCell(got[i + 1]![c], v, `Rules row ${i + 2} col ${c}`),
      );
      expectCell(got[i + 1]![6], r.id, `Rules row ${i + 2} rule id`);
    });

    const notAssessed = result.rules.filter((r) => r.status === 'not-assessed' || r.status === 'error');
    const cov = rows(wb.Sheets.Coverage!);
    if (notAssessed.length) {
      expect(cov.length).toBe(notAssessed.length + 1);
      expect(new Set(cov.slice(1).map((r) => r[6]!.v))).toEqual(new Set(notAssessed.map((r) => r.id)));
      for (const row of cov.slice(1)) {
        const r = notAssessed.find((x) => x.id === row[6]!.v)!;
        expectCell(row[0], r.title, `Coverage title ${r.id}`);
        expectCell(row[3], r.reason, `Coverage reason ${r.id}`);
        expectCell(row[4], r.fix?.permissions?.join(', '), `Coverage permissions ${r.id}`);
      }
    } else expect(cov[1]![0]!.v).toBe('Every rule was assessed.');

    const partners = rows(wb.Sheets.Partners!);
    expect(partners.length).toBe((snapshot.data.crossTenantAccessPartners?.length ?? 0) + 2);
    expect(partners[1]![0]!.v).toBe('default');
    expect(new Set(partners.slice(2).map((r) => r[0]!.v))).toEqual(
      new Set(snapshot.data.crossTenantAccessPartners!.map((p) => p.tenantId)),
    );

    // The identity providers guests can use, one row each, as the inventory reads them from the snapshot.
    const providers = rows(wb.Sheets['Identity providers']!);
    expect(providers.slice(1).map((r) => [r[0]!.v, r[1]!.v])).toEqual(identityProviderInventory(snapshot).map((p) => [p.name, p.state]));

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
    expectCell(item('Guests in snapshot'), snapshot.data.guests!.length, 'Summary guests');
    expect(String(item('Guest inventory')?.v)).toMatch(/^guests\.xlsx, beside this workbook/);
  });

  it('has a frozen header row, column widths and print setup on every sheet; an autofilter on every list', async () => {
    await xlsxReport(result, snapshot, file);
    const wb = read(file);
    const files = (wb as unknown as { files: Record<string, { content: Buffer | string }> }).files as Record<
      string,
      { content: Buffer | string }
    >;
    const sheets = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheets.length).toBe(8);
    for (const k of sheets) {
      const xml = files[k]!.content.toString();
      expect(xml, k).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml, k).toMatch(/<col [^>]*width="/);
      // Landscape, one page wide, as many tall as needed; sheet name and page number in the footer.
      expect(xml, k).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
      expect(xml, k).toMatch(/<pageSetup [^>]*orientation="landscape"/);
      expect(xml, k).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
      expect(xml, k).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
      expect(xml, k).toMatch(/<oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N<\/oddFooter>/);
    }
    // Filters on the lists, not on the key/value Summary.
    const filtered = sheets.filter((k) => /<autoFilter ref="A1:[A-Z]+\d+"/.test(files[k]!.content.toString()));
    expect(filtered.length).toBe(7);
    expect(files['xl/worksheets/sheet1.xml']!.content.toString()).not.toContain('<autoFilter');
    // The header row repeats on every printed page; Findings, Rules and Coverage print their readable columns.
    const workbook = files['xl/workbook.xml']!.content.toString();
    for (const name of ['Summary', 'Findings', 'Rules', 'Coverage', 'Partners', 'Identity providers', 'Conditional Access', 'Frameworks'])
      expect(workbook).toContain(`'${name}'!$1:$1`);
    expect(workbook).toContain(`'Findings'!$A:$F`);
    // Every font names its face and size (a nameless font prints in a serif fallback outside Excel).
    const styles = files['xl/styles.xml']!.content.toString();
    for (const font of styles.match(/<font>[\s\S]*?<\/font>/g) ?? []) {
      expect(font).toMatch(/<name val="Calibri"\/>/);
      expect(font).toMatch(/<sz val="11"\/>/);
    }
    // Severity cells are coloured.
    expect(styles).toContain('FFC62828');
  });

  it('continues a sheet past the row limit on "<name> (2)"', async () => {
    const small = join(dir, 'split.xlsx');
    const per = Math.ceil(result.findings.length / 3);
    expect(per).toBeGreaterThan(1);
    await xlsxReport(result, snapshot, small, { maxRowsPerSheet: per });
    const wb = read(small);
    expect(wb.SheetNames.filter((n) => /^Findings( \(\d+\))?$/.test(n))).toEqual(['Findings', 'Findings (2)', 'Findings (3)']);
    const ids = ['Findings', 'Findings (2)', 'Findings (3)'].flatMap((n) =>
      rows(wb.Sheets[n]!)
        .slice(1)
        .map((r) => r[11]!.v),
    );
    const sorted = [...result.findings].sort(
      (a, b) => SEV.indexOf(a.severity) - SEV.indexOf(b.severity) || cmp(a.ruleId, b.ruleId) || cmp(a.id, b.id),
    );
    expect(ids).toEqual(sorted.map((f) => f.id));
    for (const n of ['Findings (2)', 'Findings (3)']) expect(rows(wb.Sheets[n]!)[0]![0]!.v).toBe('Severity');
    const lower = wb.SheetNames.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
  });

  // Scale itself (a million guests) is `npm run test:scale`, which CI runs after the suite; here enough guests to
  // fill a realistic inventory and findings sheet.
  it('20,000 guests: guests.xlsx has every guest and report.xlsx every finding', async () => {
    const big = fixtureSnapshot('base');
    const g0 = big.data.guests![0]!;
    const n = 20_000;
    big.data.guests = Array.from({ length: n }, (_, i) => ({
      ...g0,
      id: `7a1c0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      displayName: `Guest ${i}`,
      // The base tenant's allow-listed partner domain, so no domain finding for every guest.
      mail: `guest${i}@northwind.example`,
      userPrincipalName: `guest${i}_northwind.example#EXT#@fabrikam.onmicrosoft.com`,
      // Mostly active guests: every hundredth is stale, so the Findings sheet is realistic too.
      signInActivity: {
        lastSuccessfulSignInDateTime: new Date(Date.UTC(2026, 10, 26) - (i % 100 === 0 ? 400 : i % 60) * 86_400_000).toISOString(),
      },
    }));
    big.sections.guests!.itemCount = n;
    const bigResult = evaluateSnapshot(big);
    const bigFile = join(dir, 'big.xlsx');
    const guestsFile = join(dir, 'big-guests.xlsx');
    await xlsxReport(bigResult, big, bigFile);
    await guestWorkbookOf(big, guestsFile, { asOf: new Date(AS_OF) });
    const wb = XLSX.read(readFileSync(guestsFile), { dense: true, sheets: ['Guests'] });
    const ws = wb.Sheets.Guests!;
    const range = XLSX.utils.decode_range(ws['!ref']!);
    expect(range.e.r).toBe(n); // header + n rows
    // SheetJS 0.18 dense sheets are arrays of rows (later versions keep them under '!data').
    const data = ((ws as { '!data'?: unknown })['!data'] ?? ws) as unknown as Array<Array<XLSX.CellObject | undefined>>;
    // Display name first, the object id after the columns that print.
    for (let i = 0; i < n; i += 9_973) expect(data[i + 1]![9]!.v).toBe(big.data.guests[i]!.id);
    expect(data[n]![9]!.v).toBe(big.data.guests[n - 1]!.id);
    expect(data[n]![0]!.v).toBe(`Guest ${n - 1}`);
    const report = XLSX.read(readFileSync(bigFile), { dense: true, sheets: ['Findings'] });
    const findings = report.Sheets.Findings!;
    expect(XLSX.utils.decode_range(findings['!ref']!).e.r).toBe(Math.max(1, bigResult.findings.length));
  });

  describe('hostile strings', () => {
    const { snapshot: hs, result: hr, rules } = hostileResult();
    const hostileFile = join(dir, 'hostile.xlsx');

    it('open, show every string as text, and keep the XML well-formed', async () => {
      await xlsxReport(hr, hs, hostileFile, { rules });
      const wb = read(hostileFile);
      const files = (wb as unknown as { files: Record<string, { content: Buffer | string }> }).files as Record<
        string,
        { content: Buffer | string }
      >;
      for (const [k, f] of Object.entries(files)) {
        if (!k.endsWith('.xml')) continue;
        const xml = Buffer.isBuffer(f.content) ? f.content.toString('utf8') : String(f.content);
        // Nothing XML 1.0 forbids (this is what makes Excel call a file corrupt).
        expect(xml, k).not.toMatch(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
        );
        expect(xml, k).not.toMatch(/<f>/); // no formula anywhere
      }
      // Guests' own strings are in the guest inventory.
      const guestsFile = join(dir, 'hostile-guests.xlsx');
      await guestWorkbookOf(hs, guestsFile, { asOf: new Date(AS_OF) });
      const gwb = read(guestsFile);
      const guests = rows(gwb.Sheets.Guests!);
      const names = guests.slice(1).map((r) => r[0]?.v as string);
      expect(names).toContain(HOSTILE.formula);
      expect(names).toContain(HOSTILE.script);
      expect(names).toContain(HOSTILE.emoji);
      expect(names).toContain(HOSTILE.lineSep);
      expect(names).toContain('noncharacter');
      const long = names.find((n) => n.startsWith('LLLL'))!;
      expect(long.length).toBeLessThanOrEqual(32_767);
      expect(long.endsWith(EXCEL_TRUNCATION_MARKER)).toBe(true);
      const formulaCell = guests.find((r) => r[0]?.v === HOSTILE.formula)![0]!;
      expect(formulaCell.t).toBe('s');
      expect(formulaCell.f).toBeUndefined();
      const gfiles = (gwb as unknown as { files: Record<string, { content: Buffer | string }> }).files;
      for (const [k, f] of Object.entries(gfiles)) {
        if (!k.endsWith('.xml')) continue;
        const xml = Buffer.isBuffer(f.content) ? f.content.toString('utf8') : String(f.content);
        expect(xml, k).not.toMatch(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
        );
        expect(xml, k).not.toMatch(/<f>/);
      }
      for (const row of guests) for (const c of row) if (c?.t === 's') expect((c.v as string).length).toBeLessThanOrEqual(32_767);
      for (const sheet of wb.SheetNames) {
        for (const row of rows(wb.Sheets[sheet]!))
          for (const c of row) if (c?.t === 's') expect((c.v as string).length).toBeLessThanOrEqual(32_767);
      }
      // Partner names, connector URLs and CA policy names reach the Findings sheet as text.
      const findingText = rows(wb.Sheets.Findings!)
        .flatMap((r) => r.map((c) => String(c?.v ?? '')))
        .join('\n');
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
        source: 'last/result.json',
        scannedAt: '2026-08-27T00:00:00Z',
        tenantId: result.tenant.id,
        counts: { new: 1, unchanged: 2, updated: 0, resolved: 1 },
        ruleChanges: [],
        resolved: [{ id: gone.id, ruleId: gone.ruleId, severity: gone.severity, resource: gone.resource, message: gone.message }],
      },
    };
    const f = join(dir, 'baseline.xlsx');
    await xlsxReport(withBaseline, snapshot, f);
    const wb = read(f);
    // The "Changes" sheet (audit workflow) lists what was resolved.
    expect(wb.SheetNames).toContain('Changes');
    const changes = rows(wb.Sheets.Changes!);
    expect(changes.some((r) => r.some((c) => c?.v === gone.id) && r[0]?.v === 'resolved finding')).toBe(true);
    const findings = rows(wb.Sheets.Findings!);
    expect(findings[0]![16]!.v).toBe('Since last scan');
    expect(new Set(findings.slice(1).map((r) => r[16]?.v))).toEqual(new Set(['new', 'unchanged']));
    const summary = rows(wb.Sheets.Summary!);
    expectCell(summary.find((r) => r[0]?.v === 'Since last scan: resolved')?.[1], 1, 'Summary resolved');
  });

  it('without a snapshot, the snapshot sheets say how to fill them', async () => {
    const noSnap = join(dir, 'nosnap.xlsx');
    await xlsxReport(result, undefined as Snapshot | undefined, noSnap);
    const wb = read(noSnap);
    expect(wb.SheetNames).toHaveLength(8);
    expect(String(wb.Sheets['Identity providers']!.A2!.v)).toMatch(/--snapshot/);
    expect(String(wb.Sheets.Partners!.A2!.v)).toMatch(/--snapshot/);
    expect(String(wb.Sheets['Conditional Access']!.A2!.v)).toMatch(/--snapshot/);
  });
});
