import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { explainGuestCommand } from '../../src/cli/commands/explain.js';
import { InputError } from '../../src/errors.js';
import { explainGuest } from '../../src/render/explain-guest.js';
import type { Snapshot, User } from '../../src/snapshot/snapshot.types.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { fixtureSnapshot } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-explain-guest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const DEMO = join('fixtures', 'snapshots', 'every-check.json');
const DEGRADED = join('fixtures', 'snapshots', 'degraded.json');

function writeSnapshot(name: string, s: Snapshot): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

/** The demo guest planted as a member of a role-assignable group (the managed-service provider's consultant). */
function groupMemberGuest(s: Snapshot): { guest: User; group: string } {
  for (const g of s.data.roleAssignableGroups ?? []) {
    for (const m of g.members ?? []) {
      const guest = s.data.guests!.find((u) => u.id === m.id);
      if (guest) return { guest, group: g.displayName ?? g.id };
    }
  }
  throw new Error('the demo tenant has no guest in a role-assignable group');
}

describe('gatehouse explain guest (the tenant that fires every check)', () => {
  const demo = fixtureSnapshot('every-check');

  it('explains a guest by object id: how they came in, state, roles through a group, and the Conditional Access policies that apply', async () => {
    const { guest, group } = groupMemberGuest(demo);
    const { code, stdout, stderr } = await cliInProcess(['explain', 'guest', guest.id, '--snapshot', DEMO]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Guest ${guest.displayName}`);
    expect(stdout).toContain(`Object id:                  ${guest.id}`);
    expect(stdout).toContain('Signs in with:              Microsoft Entra ID (an account of another organisation)');
    expect(stdout).toMatch(/Home organisation:\s+Proseware IT Services \([0-9a-f-]{36}\) — proseware\.com is the partner's default domain/);
    expect(stdout).toMatch(/Admitted by:\s+the partner's cross-tenant settings: B2B collaboration inbound allows/);
    expect(stdout).toMatch(/Cross-tenant sync:\s+not allowed/);
    expect(stdout).toMatch(/Last successful sign-in:\s+\S/);
    expect(stdout).toContain(
      'Identity Protection risk:   not listed (B2B guests are evaluated in their home tenant and do not appear here)',
    );
    expect(stdout).toMatch(
      new RegExp(`Through role-assignable groups:\\n\\s+a member of ${group} \\([0-9a-f-]{36}\\): Helpdesk Administrator — privileged`),
    );
    expect(stdout).toMatch(/Conditional Access policies that apply \(as guest type b2bCollaborationGuest\)\n\s+\[/);
    expect(stdout).toMatch(
      /\[enabled\] CA002: Block legacy authentication[^\n]*\n\s+requires: block access\n\s+only for some sign-ins: conditions on clientAppTypes/,
    );
    expect(stdout).toMatch(/\[report-only\] CA003: [^\n]*\n\s+requires: mfa/);
    expect(stdout).toMatch(/\(\d+ disabled polic(y|ies) not shown\)/);
    // No line ends in a space (sections with nested lists end their heading at the colon).
    expect(stdout.split('\n').filter((l) => / $/.test(l))).toEqual([]);
  });

  it('finds the guest by user principal name or mail, in any case', async () => {
    const { guest } = groupMemberGuest(demo);
    const byUpn = await cliInProcess(['explain', 'guest', guest.userPrincipalName!.toUpperCase(), '--snapshot', DEMO]);
    const byMail = await cliInProcess(['explain', 'guest', ` ${guest.mail!} `, '--snapshot', DEMO]);
    expect(byUpn.code).toBe(0);
    expect(byMail.stdout).toBe(byUpn.stdout);
    expect(byUpn.stdout).toBe(explainGuest(demo, guest));
  });

  it('a guest eligible through PIM for Groups, and a guest who owns a role-assignable group', () => {
    const eligible = (demo.data.groupEligibilities ?? []).map((e) => demo.data.guests!.find((u) => u.id === e.principalId)).find(Boolean)!;
    expect(explainGuest(demo, eligible)).toMatch(
      /eligible \(PIM for Groups\) to become a member of Role - Security Operations \(PIM\)[^\n]*: Security Reader — privileged \(eligible\)/,
    );
    const owner = demo.data.guests!.find((u) =>
      (demo.data.roleAssignableGroups ?? []).some((g) => (g.owners ?? []).some((o) => o.id === u.id)),
    )!;
    expect(explainGuest(demo, owner)).toMatch(/Role-assignable groups: Role - Exchange Administrators/);
  });

  it('a guest who redeemed with Google or a one-time passcode: the cross-tenant settings do not apply to them', () => {
    const google = demo.data.guests!.find((u) => (u.identities ?? []).some((i) => i.issuer === 'google.com'))!;
    const out = explainGuest(demo, google);
    expect(out).toContain('Signs in with:              Google');
    expect(out).toContain('Cross-tenant settings:      do not apply');
    const otp = demo.data.guests!.find((u) => (u.identities ?? []).some((i) => i.issuer === 'mail'))!;
    expect(explainGuest(demo, otp)).toContain('Signs in with:              email one-time passcode');
  });

  it('a local guest account flagged by Identity Protection shows its risk', () => {
    const risky = demo.data.guests!.find((u) => (demo.data.riskyUsers ?? []).some((r) => r.id === u.id))!;
    const out = explainGuest(demo, risky);
    expect(out).toContain('Signs in with:              a local account of this tenant');
    expect(out).toMatch(/Identity Protection risk:\s+atRisk, level medium/);
  });

  it('names the missing permission or licence for every section the collection lacked (degraded tenant)', async () => {
    const { guest } = groupMemberGuest(demo);
    const { code, stdout } = await cliInProcess(['explain', 'guest', guest.id, '--snapshot', DEGRADED]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Invitation domain list:\s+not known: .*Policy\.Read\.B2BManagementPolicy/);
    expect(stdout).toMatch(/Sign-in activity:\s+not known: .*P1/);
    expect(stdout).toMatch(/Identity Protection risk:\s+not known: .*P2/);
    expect(stdout).toMatch(/Applications: not known: /);
    expect(stdout).toMatch(/Access packages\n\s+not known: .*EntitlementManagement\.Read\.All/);
    expect(stdout).toMatch(/\(eligible memberships: |Through role-assignable groups:/);
  });

  it('strips control characters from tenant strings', () => {
    const s = fixtureSnapshot('every-check');
    const { guest } = groupMemberGuest(s);
    guest.displayName = 'Evil\u001b[2J\u001b[31mGuest\u202e\u0007';
    s.data.conditionalAccessPolicies![0]!.displayName = 'Policy\r\n[enabled] fake line';
    const out = explainGuest(s, guest);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('Guest Evil [2J [31mGuest');
  });

  it('bad input is one clear line and exit 2: no --snapshot, an unknown guest, a snapshot without guests', async () => {
    await expect(explainGuestCommand('someone@example.com', {})).rejects.toBeInstanceOf(InputError);
    const unknown = await cliInProcess(['explain', 'guest', 'nobody\u001b[31m@example.com', '--snapshot', DEMO]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(
      /no guest "nobody \[31m@example\.com" in .*every-check\.json \(350 guests; give an object id, user principal name or mail address\)/,
    );
    const s = fixtureSnapshot('every-check');
    s.sections.guests = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    delete s.data.guests;
    const file = writeSnapshot('no-guests', s);
    const forbidden = await cliInProcess(['explain', 'guest', 'x@example.com', '--snapshot', file]);
    expect(forbidden.code).toBe(2);
    expect(forbidden.stderr).toMatch(/cannot explain guests: .*User\.Read\.All/);
  });
});
