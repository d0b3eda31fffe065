import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { expect } from 'vitest';
import type { User } from '../../src/snapshot/snapshot.types.js';

// Workbooks read back with SheetJS — an independent reader, not exceljs — to compare with values computed in the
// tests from their input.

export type Expected = string | number | boolean | Date | null | undefined;

export const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;

export function read(file: string, opts: XLSX.ParsingOptions = {}): XLSX.WorkBook {
  return XLSX.read(readFileSync(file), { bookFiles: true, cellNF: true, ...opts });
}

/** Rows of a sheet as SheetJS cells (undefined where empty). */
export function rows(ws: XLSX.WorkSheet): Array<Array<XLSX.CellObject | undefined>> {
  const range = XLSX.utils.decode_range(ws['!ref']!);
  const out: Array<Array<XLSX.CellObject | undefined>> = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: Array<XLSX.CellObject | undefined> = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined);
    out.push(row);
  }
  return out;
}

export function expectCell(cell: XLSX.CellObject | undefined, expected: Expected, where: string): void {
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

export function expectTable(ws: XLSX.WorkSheet, header: string[], body: Expected[][], name: string): void {
  const got = rows(ws);
  expect(got.length, `${name} rows`).toBe(body.length + 1);
  header.forEach((h, c) => expectCell(got[0]![c], h, `${name}!${XLSX.utils.encode_cell({ r: 0, c })}`));
  body.forEach((row, r) => row.forEach((v, c) => expectCell(got[r + 1]![c], v, `${name}!${XLSX.utils.encode_cell({ r: r + 1, c })}`)));
}

export const date = (s: string | null | undefined) => (s && Date.parse(s) >= Date.UTC(2000, 0, 1) ? new Date(s) : undefined);

const RECORDED_FROM = Date.UTC(2023, 11, 1);
const DAY = 86_400_000;

/**
 * Written here from Graph's shapes (not from the renderer's helpers): the home domain from the #EXT# user principal
 * name before mail; days without a successful sign-in counted from the last success, from an attempt older than
 * 1 December 2023, from the later of that day and creation when attempts since recorded no success, and "never"
 * when nothing is recorded.
 */
export function expectedGuestRow(g: User, asOf: Date): Expected[] {
  const sa = g.signInActivity;
  const success = date(sa?.lastSuccessfulSignInDateTime);
  const attempts = [date(sa?.lastSignInDateTime), date(sa?.lastNonInteractiveSignInDateTime)].filter((d): d is Date => !!d);
  const attempt = attempts.length ? new Date(Math.max(...attempts.map((d) => d.getTime()))) : undefined;
  const created = date(g.createdDateTime);
  let since: Date | undefined;
  let basis: string;
  if (success) [since, basis] = [success, 'last successful sign-in'];
  else if (attempt && attempt.getTime() < RECORDED_FROM)
    [since, basis] = [
      attempt,
      `last ${date(sa?.lastSignInDateTime)?.getTime() === attempt.getTime() ? 'interactive' : 'non-interactive'} attempt, before successes were recorded (Dec 2023)`,
    ];
  else if (attempt)
    [since, basis] =
      created!.getTime() > RECORDED_FROM
        ? [created, 'creation date (no success recorded since)']
        : [new Date(RECORDED_FROM), 'no success recorded since 2023-12-01'];
  else [since, basis] = [created, 'creation date (never signed in)'];
  const upn = g.userPrincipalName ?? '';
  const ext = /^(.*)_([^_]+)#EXT#@/i.exec(upn);
  const mail = g.mail ?? '';
  const domain =
    ext && ext[2]!.includes('.') ? ext[2]!.toLowerCase() : mail.includes('@') ? mail.slice(mail.lastIndexOf('@') + 1).toLowerCase() : '';
  return [
    g.displayName,
    domain,
    g.userType,
    // Graph's invitation states in words; anything else as Graph wrote it.
    ({ PendingAcceptance: 'Pending acceptance', Accepted: 'Accepted' } as Record<string, string>)[g.externalUserState ?? ''] ??
      g.externalUserState,
    g.accountEnabled,
    success,
    // A number in every row (from creation for a guest who never signed in); "never" is its own column.
    Math.max(0, Math.floor((asOf.getTime() - since!.getTime()) / DAY)),
    basis.includes('never'),
    g.sponsors?.length ?? 0,
    g.id,
    g.userPrincipalName,
    g.mail,
    date(g.externalUserStateChangeDateTime),
    created,
    g.creationType,
    attempt,
    basis,
  ];
}

export const GUEST_HEADER = [
  'Display name',
  'Domain',
  'User type',
  'Invitation state',
  'Enabled',
  'Last successful sign-in (UTC)',
  'Days since sign-in',
  'Never signed in',
  'Sponsors',
  'Object id',
  'User principal name',
  'Mail',
  'State changed (UTC)',
  'Created (UTC)',
  'Creation type',
  'Last sign-in attempt (UTC)',
  'Counted from',
];
/** Column of the object id in guests.xlsx. */
export const GUEST_ID_COLUMN = GUEST_HEADER.indexOf('Object id');
