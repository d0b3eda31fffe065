import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { explainPartnerCommand } from '../../src/cli/commands/explain.js';
import { explainPartner, findPartner } from '../../src/render/explain-partner.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { InputError } from '../../src/errors.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { baseSnapshot } from '../support/fixtures.js';

const PARTNER = '22223333-4444-4555-8666-777788889999';
const dir = mkdtempSync(join(tmpdir(), 'gatehouse-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function writeSnapshot(name: string, s: Snapshot): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe('gatehouse explain partner', () => {
  it('explains a partner by tenant id: effective values with their sources, and the CA policies for its guests', async () => {
    const file = writeSnapshot('base', baseSnapshot());
    const { code, stdout, stderr } = await cliInProcess(['explain', 'partner', PARTNER, '--snapshot', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Partner Northwind Traders');
    expect(stdout).toContain(`Tenant ID:                 ${PARTNER}`);
    // Partner's own inbound collaboration setting vs. inherited outbound (default) and service-default-free trust.
    expect(stdout).toMatch(
      /B2B collaboration, inbound[^\n]*\n\s+Users and groups\s+allowed: group 9d6e0000-0000-4000-8000-0000000000aa → only the users listed\s+\[partner\]/,
    );
    expect(stdout).toMatch(/B2B collaboration, outbound[^\n]*\n\s+Users and groups\s+blocked: user AllUsers → no users\s+\[default\]/);
    expect(stdout).toMatch(/MFA\s+no\s+\[default\]/);
    expect(stdout).toMatch(/Inbound\s+no\s+\[default\]/);
    // Both base policies reach the partner's guests: one by guest types for all tenants, one by includeUsers All.
    expect(stdout).toContain('[enabled] Guests: require MFA (ca000000-0000-4000-8000-000000000001)');
    expect(stdout).toMatch(
      /scope: guests and external users; guest types: b2bCollaborationGuest, b2bCollaborationMember, b2bDirectConnectUser, serviceProvider; grant: mfa/,
    );
    expect(stdout).toContain('[enabled] Block legacy authentication (ca000000-0000-4000-8000-000000000002)');
    expect(stdout).toMatch(/scope: all users;[^\n]*grant: block access/);
    expect(stdout).toContain('only for some sign-ins: conditions on clientAppTypes');
  });

  it('finds the partner by its default domain, case-insensitively, and by a federated domain lookup', () => {
    const s = baseSnapshot();
    expect(findPartner(s, 'NORTHWIND.example')?.tenantId).toBe(PARTNER);
    expect(findPartner(s, PARTNER.toUpperCase())?.tenantId).toBe(PARTNER);
    s.data.federationDomainLookups = [
      { domainName: 'northwind-partner.example', outcome: 'tenant', tenantInformation: { tenantId: PARTNER } },
    ];
    expect(findPartner(s, 'northwind-partner.example')?.tenantId).toBe(PARTNER);
    s.data.federationDomainLookups = [{ domainName: 'northwind-partner.example', outcome: 'no-tenant', httpStatus: 404 }];
    expect(findPartner(s, 'northwind-partner.example')).toBeUndefined();
  });

  it("shows inheritance: a partner whose only override is trust gets the default's inbound setting, marked [default]", () => {
    const s = baseSnapshot();
    const p = s.data.crossTenantAccessPartners![0]!;
    p.b2bCollaborationInbound = null;
    p.inboundTrust = { isMfaAccepted: true, isCompliantDeviceAccepted: null, isHybridAzureADJoinedDeviceAccepted: null };
    s.data.crossTenantAccessDefault!.tenantRestrictions = null;
    const out = explainPartner(s, PARTNER);
    expect(out).toMatch(/B2B collaboration, inbound[^\n]*\n\s+Users and groups\s+blocked: user AllUsers → no users\s+\[default\]/);
    expect(out).toMatch(/MFA\s+yes\s+\[partner\]/);
    expect(out).toMatch(/Compliant device\s+no\s+\[default\]/);
    // Tenant restrictions fall through to the (open) service default.
    expect(out).toMatch(/Tenant restrictions v2[^\n]*\n\s+Users and groups\s+allowed: user AllUsers → all users\s+\[service default\]/);
    expect(out).toContain('MFA done in the partner tenant satisfies this policy (inbound MFA trust).');
  });

  // https://learn.microsoft.com/entra/external-id/authentication-conditional-access — approved client app is not
  // supported for B2B users, so it is no way out of an untrusted device grant (the device-grant rule agrees).
  it('says guests are locked out by a device grant whose only alternative they cannot meet', () => {
    const s = baseSnapshot();
    s.data.conditionalAccessPolicies![0]!.grantControls = {
      operator: 'OR',
      builtInControls: ['compliantDevice', 'approvedApplication'],
      authenticationStrength: null,
    };
    const out = explainPartner(s, PARTNER);
    expect(out).toContain(
      'its guests are locked out: compliant-device claims from their tenant are not trusted; approved client app and app protection policy grants are not supported for external users.',
    );
    s.data.conditionalAccessPolicies![0]!.grantControls = {
      operator: 'OR',
      builtInControls: ['compliantDevice', 'mfa'],
      authenticationStrength: null,
    };
    expect(explainPartner(s, PARTNER)).not.toContain('locked out');
  });

  it('sorts policies into applying, excluding this partner, maybe (groups), and hides disabled ones', () => {
    const s = baseSnapshot();
    const [mfa, legacy] = s.data.conditionalAccessPolicies!;
    mfa!.conditions!.users!.excludeGuestsOrExternalUsers = {
      guestOrExternalUserTypes: 'b2bCollaborationGuest,b2bCollaborationMember,b2bDirectConnectUser,serviceProvider',
      externalTenants: {
        '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
        membershipKind: 'enumerated',
        members: [PARTNER],
      },
    };
    legacy!.state = 'disabled';
    s.data.conditionalAccessPolicies!.push(
      {
        id: 'ca000000-0000-4000-8000-000000000003',
        displayName: 'Northwind: compliant device',
        state: 'enabledForReportingButNotEnforced',
        conditions: {
          applications: { includeApplications: ['All'] },
          users: {
            includeGuestsOrExternalUsers: {
              guestOrExternalUserTypes: 'b2bCollaborationGuest',
              externalTenants: {
                '@odata.type': '#microsoft.graph.conditionalAccessEnumeratedExternalTenants',
                membershipKind: 'enumerated',
                members: [PARTNER],
              },
            },
          },
        },
        grantControls: { operator: 'OR', builtInControls: ['compliantDevice'] },
      },
      {
        id: 'ca000000-0000-4000-8000-000000000004',
        displayName: 'Finance group MFA',
        state: 'enabled',
        conditions: { applications: { includeApplications: ['All'] }, users: { includeGroups: ['f1000000-0000-4000-8000-000000000001'] } },
        grantControls: { operator: 'OR', builtInControls: ['mfa'] },
      },
    );
    const out = explainPartner(s, PARTNER);
    const [applying, rest] = out.split("Policies that target guests but not this partner's");
    expect(applying).toContain('[report-only] Northwind: compliant device');
    expect(applying).toContain('guest types: b2bCollaborationGuest; grant: compliantDevice');
    expect(applying).toContain('its guests are locked out: compliant-device claims from their tenant are not trusted.');
    expect(applying).not.toContain('Guests: require MFA');
    expect(rest).toContain('[enabled] Guests: require MFA');
    expect(rest).toMatch(/may apply through group, role or user assignment[^\n]*\n\s+\[enabled\] Finance group MFA/);
    expect(out).toContain('(1 disabled policy not shown)');
    expect(out).not.toContain('Block legacy authentication');
  });

  it('says what is missing when Conditional Access could not be read', () => {
    const s = baseSnapshot();
    s.sections.conditionalAccessPolicies = {
      status: 'not-licensed',
      httpStatus: 403,
      errorCode: 'Authentication_RequestFromNonPremiumTenantOrB2CTenant',
    };
    delete s.data.conditionalAccessPolicies;
    const out = explainPartner(s, PARTNER);
    expect(out).toMatch(
      /Conditional Access policies that apply to this partner's guests\n\s+Not known: Reading the Conditional Access policies needs Microsoft Entra ID P1/,
    );
  });

  it('strips control characters from tenant strings (names, ids, targets)', () => {
    const s = baseSnapshot();
    const p = s.data.crossTenantAccessPartners![0]!;
    p.displayName = 'Evil\u001b[2J\u001b[31mCorp\u202e\u0007';
    p.b2bCollaborationInbound!.usersAndGroups!.targets = [{ target: 'grp\u001b]0;pwned\u0007', targetType: 'group' }];
    s.data.conditionalAccessPolicies![0]!.displayName = 'Guests\r\n[enabled] fake line';
    const out = explainPartner(s, PARTNER);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('Partner Evil [2J [31mCorp');
    expect(out).toContain('Guests  [enabled] fake line');
    expect(out.split('\n').filter((l) => l.trimStart().startsWith('[enabled] fake line'))).toHaveLength(0);
  });

  it('unknown partner → input error (exit 2) listing the known partners', async () => {
    const file = writeSnapshot('base2', baseSnapshot());
    const { code, stdout, stderr } = await cliInProcess(['explain', 'partner', 'contoso.example', '--snapshot', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /no partner "contoso\.example" in .*base2\.json.*known partners: 22223333-4444-4555-8666-777788889999 \(northwind\.example\)/,
    );
  });

  it('a hostile query is echoed safely in the error', () => {
    expect(() => explainPartner(baseSnapshot(), 'x\u001b[31my')).toThrow(/no partner "x \[31my"/);
  });

  it('needs --snapshot, and a snapshot whose partner section was not collected cannot answer (exit 2)', async () => {
    await expect(explainPartnerCommand(PARTNER, {})).rejects.toBeInstanceOf(InputError);
    const s = baseSnapshot();
    s.sections.crossTenantAccessPartners = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    delete s.data.crossTenantAccessPartners;
    const file = writeSnapshot('forbidden', s);
    const { code, stderr } = await cliInProcess(['explain', 'partner', PARTNER, '--snapshot', file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot explain partners: .*lacks the Policy\.Read\.All permission/);
  });

  it('the command function writes the same text it renders', async () => {
    const file = writeSnapshot('base3', baseSnapshot());
    let out = '';
    const code = await explainPartnerCommand('northwind.example', { snapshot: file }, (s) => void (out += s));
    expect(code).toBe(0);
    expect(out).toBe(explainPartner(baseSnapshot(), PARTNER, file));
  });
});
