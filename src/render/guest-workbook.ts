/**
 * guests.xlsx — the guest inventory: one row per guest (state, domain, created, last successful sign-in, last attempt,
 * days without a successful sign-in and what they count from, sponsors, enabled) and an "About" sheet saying which tenant, which reference date and which snapshot it comes from.
 *
 * It is a workbook of its own, beside report.xlsx, because it depends on the snapshot alone: a million-guest
 * inventory can be written on the second core while the rules run (see guest-workbook-job.ts), and the findings
 * workbook opens in Excel without loading a million extra rows.
 */
import type { Writable } from 'node:stream';
import { describeSectionGap } from '../engine/section-gap.js';
import type { Snapshot } from '../snapshot/snapshot.types.js';
import { SECTIONS } from '../snapshot/sections.js';
import { TOOL } from '../version.js';
import { guestFacts, invitationStateLabel } from '../model/guest-facts.js';
import { guestEvidence } from '../model/guest-statistics.js';
import { parseGraphDateTime } from '../model/guests.js';
import { guestBatches, type Guests } from '../snapshot/guests.js';
import { sectionOk, sectionStatus } from '../snapshot/section-status.js';
import { inactivityBasisText } from './model.js';
import { openWorkbook, type CellValue, type ColumnSpec, type WorkbookOptions } from './xlsx-table.js';

export interface GuestWorkbookOptions {
  /** Reference date for "days since sign-in" (the scan's --as-of). */
  asOf: Date;
  /** The snapshot's guests (required with a snapshot: a loaded snapshot keeps none in `data`). */
  guests?: Guests;
  /** sha256 of the snapshot file, shown on the About sheet. */
  snapshotSha256?: string;
  maxRowsPerSheet?: number;
  /** Benchmark baseline only (see xlsx-table.ts). */
  bare?: boolean;
  /** Which library writes the package (see xlsx-table.ts); the direct writer unless a test or benchmark compares. */
  engine?: WorkbookOptions['engine'];
}

/**
 * What a reader scans first, and what prints (GUEST_PRINT_COLUMNS), then the identifiers and dates behind it. Number
 * columns hold numbers only (blank where there is none: sign-in activity or sponsors not collected), so numeric
 * filters work; "never signed in" is its own yes/no column.
 */
const GUEST_COLUMNS: ColumnSpec[] = [
  { header: 'Display name', width: 28 },
  { header: 'Domain', width: 24 },
  { header: 'User type', width: 10 },
  { header: 'Invitation state', width: 16 },
  { header: 'Enabled', width: 10, kind: 'bool' },
  { header: 'Last successful sign-in (UTC)', width: 18, kind: 'date' },
  { header: 'Days since sign-in', width: 11, kind: 'number' },
  { header: 'Never signed in', width: 10, kind: 'bool' },
  { header: 'Sponsors', width: 10, kind: 'number' },
  { header: 'Object id', width: 38 },
  { header: 'User principal name', width: 44 },
  { header: 'Mail', width: 34 },
  { header: 'State changed (UTC)', width: 18, kind: 'date' },
  { header: 'Created (UTC)', width: 18, kind: 'date' },
  { header: 'Creation type', width: 14 },
  { header: 'Last sign-in attempt (UTC)', width: 20, kind: 'date' },
  { header: 'Counted from', width: 30 },
];
const GUEST_PRINT_COLUMNS = 9;

const NO_SNAPSHOT = 'The snapshot was not supplied to `gatehouse report`; run it with --snapshot <file> to list the guests.';

/** Write guests.xlsx. A pure function of the snapshot and the reference date (no clock). Returns the guests listed. */
export async function writeGuestWorkbook(
  snapshot: Snapshot | undefined,
  target: string | Writable,
  options: GuestWorkbookOptions,
): Promise<number> {
  const { asOf } = options;
  const workbook = openWorkbook(target, {
    asOf,
    ...(options.maxRowsPerSheet ? { maxRowsPerSheet: options.maxRowsPerSheet } : {}),
    ...(options.bare ? { bare: true } : {}),
    ...(options.engine ? { engine: options.engine } : {}),
  });
  const guests = workbook.table('Guests', GUEST_COLUMNS, { printColumns: GUEST_PRINT_COLUMNS });
  const evidence = guestEvidence(snapshot);
  let listed = 0;
  let note = NO_SNAPSHOT;
  if (snapshot && sectionOk(snapshot, 'guests')) {
    if (!options.guests) throw new Error('writeGuestWorkbook needs the guests of the snapshot');
    // A large snapshot's guests come a file chunk at a time, and a chunk's rows are written without an await each
    // (the table hands back a promise only when it wants the writer to wait).
    for await (const batch of guestBatches(options.guests))
      for (const g of batch) {
        const f = guestFacts(g, asOf, evidence);
        const waiting = guests.add([
          f.displayName,
          f.domain,
          f.userType,
          invitationStateLabel(g, f.invitation),
          f.enabled,
          f.lastSuccessfulSignIn,
          // The days guest-stale counts (from creation for a guest who never signed in), blank when not known.
          evidence.signInCollected ? f.daysInactive : undefined,
          evidence.signInCollected ? f.neverSignedIn : undefined,
          f.sponsorCount,
          f.id,
          f.userPrincipalName,
          f.mail,
          f.stateChanged,
          f.created,
          f.creationType,
          f.lastSignInAttempt,
          evidence.signInCollected ? inactivityBasisText(f) : 'not collected',
        ]);
        if (waiting) await waiting;
        listed++;
      }
    note = 'The tenant has no guests.';
  } else if (snapshot) {
    note = `Guests were not collected (${sectionStatus(snapshot, 'guests')?.status ?? 'missing'}); grant ${SECTIONS.guests.permissions.join(' + ')}.`;
  }
  await guests.finish(note);

  const about = workbook.table(
    'About',
    [
      { header: 'Item', width: 34 },
      { header: 'Value', width: 90, kind: 'wrap' },
    ],
    { filter: false },
  );
  const collected = (name: 'guestSignInActivity' | 'guestSponsors'): string => {
    if (!snapshot) return 'snapshot not supplied';
    if (sectionOk(snapshot, name)) return 'collected';
    const gap = describeSectionGap(name, sectionStatus(snapshot, name));
    return `not collected: ${gap.reason}`;
  };
  const facts: Array<[string, CellValue]> = [
    ['Report', 'Guest inventory'],
    ['Tenant', snapshot?.tenant.displayName ?? ''],
    ['Tenant id', snapshot?.tenant.id ?? ''],
    ['As of (UTC)', asOf],
    ['Snapshot collected at (UTC)', parseGraphDateTime(snapshot?.collectedAt)],
    ['Snapshot sha256', options.snapshotSha256 ?? ''],
    ['Guests listed', listed],
    ['Last sign-in', collected('guestSignInActivity')],
    ['Sponsors', collected('guestSponsors')],
    ['Findings', 'Per-guest findings (stale, pending invitation, domain, sponsor) are in report.xlsx, sheet Findings.'],
    ['gatehouse version', TOOL.version],
  ];
  for (const [k, v] of facts) await about.add([k, v]);
  await about.finish();
  await workbook.commit();
  return listed;
}
