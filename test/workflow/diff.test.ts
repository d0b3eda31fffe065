import { describe, expect, it } from 'vitest';
import {
  applyBaseline,
  buildDrift,
  diffConfig,
  guestStatsOf,
  isEmptyDrift,
  touchesGuests,
  type ConfigChange,
  type Drift,
} from '../../src/engine/diff.js';
import { renderDriftHtml } from '../../src/render/diff-html.js';
import { renderBaselineMarkdown, renderDriftMarkdown } from '../../src/render/diff-md.js';
import { validateSnapshot } from '../../src/snapshot/load.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { fixtureSnapshot } from '../support/fixtures.js';
import { evaluateAt, evaluatedSide, reverseArrays, schemaErrors } from './support/evaluate.js';

const OLD = () => fixtureSnapshot('drift-old');
const NEW = () => fixtureSnapshot('drift-new');

function drift(a: Snapshot, b: Snapshot): Drift {
  return buildDrift(evaluatedSide('old.json', a), evaluatedSide('new.json', b));
}

function find(changes: readonly ConfigChange[], where: Partial<ConfigChange>): ConfigChange | undefined {
  return changes.find((c) => Object.entries(where).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v));
}

const tallies = (a: Snapshot, b: Snapshot) => ({ before: guestStatsOf(a.data.guests ?? []), after: guestStatsOf(b.data.guests ?? []) });

describe('drift between two snapshots (fixtures drift-old → drift-new)', () => {
  const d = drift(OLD(), NEW());
  const config = d.config;
  if (!config.available) throw new Error('config diff must be available for two snapshots');
  const changes = config.changes;

  // One entry per class of change the drift report names: [description, expected change].
  const expected: Array<[string, Partial<ConfigChange>]> = [
    [
      'default cross-tenant inbound MFA trust',
      { area: 'cross-tenant-default', field: 'inboundTrust.isMfaAccepted', before: 'false', after: 'true' },
    ],
    [
      'partner inherits the new default MFA trust',
      {
        area: 'cross-tenant-partners',
        objectId: '22223333-4444-4555-8666-777788889999',
        field: 'inboundTrust.isMfaAccepted',
        before: 'false',
        after: 'true',
        note: 'inherited from the default settings',
      },
    ],
    [
      'partner inbound users opened to all users',
      {
        area: 'cross-tenant-partners',
        objectId: '22223333-4444-4555-8666-777788889999',
        field: 'b2bCollaborationInbound.usersAndGroups',
        after: 'allowed: AllUsers',
      },
    ],
    [
      'partner added',
      { area: 'cross-tenant-partners', objectId: '33334444-5555-4666-8777-888899990000', change: 'added', objectName: 'Contoso Ltd' },
    ],
    ['partner removed', { area: 'cross-tenant-partners', objectId: '44445555-6666-4777-8888-999900001111', change: 'removed' }],
    [
      'cross-cloud endpoints',
      { area: 'cross-tenant-policy', field: 'allowedCloudEndpoints', before: '(not set)', after: '[microsoftonline.us]' },
    ],
    [
      'who can invite',
      {
        area: 'invitations',
        objectType: 'authorizationPolicy',
        field: 'allowInvitesFrom',
        before: 'adminsAndGuestInviters',
        after: 'everyone',
      },
    ],
    [
      'guest role',
      { area: 'invitations', field: 'guestUserRoleId', before: 'restricted (Restricted Guest User)', after: 'limited (Guest User)' },
    ],
    [
      'email one-time passcode',
      {
        area: 'invitations',
        objectType: 'emailOtpConfiguration',
        field: 'allowExternalIdToUseEmailOtp',
        before: 'disabled',
        after: 'enabled',
      },
    ],
    ['allow-list entry added', { area: 'domain-lists', field: 'allowedDomains', after: 'contoso.example', note: 'entry added' }],
    ['allow-list entry removed', { area: 'domain-lists', field: 'allowedDomains', before: 'litware.example', note: 'entry removed' }],
    [
      'API connector endpoint',
      { area: 'connectors', objectType: 'apiConnector', field: 'targetUrl', after: 'http://signup-check.fabrikam.example/api/validate' },
    ],
    [
      'custom authentication extension added',
      {
        area: 'connectors',
        objectType: 'customAuthenticationExtension',
        objectId: 'e7d6c5b4-0000-4000-8000-00000000e002',
        change: 'added',
      },
    ],
    [
      'federation sign-in URL',
      {
        area: 'federation',
        objectType: 'federationConfiguration',
        field: 'passiveSignInUri',
        after: 'https://sso.northwind-partner.example/saml2',
      },
    ],
    [
      'federation domains',
      {
        area: 'federation',
        objectType: 'federationConfiguration',
        field: 'domains',
        after: '[northwind-eu.example, northwind-partner.example]',
      },
    ],
    [
      'federated domain look-up added',
      { area: 'federation', objectType: 'federationDomainLookup', objectId: 'northwind-eu.example', change: 'added' },
    ],
    ['identity provider removed', { area: 'federation', objectType: 'identityProvider', objectId: 'MSASignup-OAUTH', change: 'removed' }],
    [
      'guest CA policy state',
      {
        area: 'conditional-access',
        objectId: 'ca000000-0000-4000-8000-000000000001',
        field: 'state',
        before: 'enabled',
        after: 'enabledForReportingButNotEnforced',
      },
    ],
    ['guest CA policy removed', { area: 'conditional-access', objectId: 'ca000000-0000-4000-8000-000000000002', change: 'removed' }],
    ['guest CA policy added', { area: 'conditional-access', objectId: 'ca000000-0000-4000-8000-000000000003', change: 'added' }],
    ['pending invitations', { area: 'guests', field: 'invitation pending', before: '0', after: '1' }],
    ['disabled guests', { area: 'guests', field: 'disabled', before: '0', after: '1' }],
    ['guests added', { area: 'guests', field: 'added', after: '1' }],
    ['guests removed', { area: 'guests', field: 'removed', after: '1' }],
  ];

  it.each(expected)('detects: %s', (_name, where) => {
    expect(find(changes, where), JSON.stringify(changes, null, 1)).toBeDefined();
  });

  it('reports exactly the expected configuration changes (nothing else, e.g. not the internal-only CA policy)', () => {
    for (const c of changes)
      expect(
        expected.some(([, where]) => Object.entries(where).every(([k, v]) => (c as unknown as Record<string, unknown>)[k] === v)) ||
          c.area === 'guests' ||
          c.objectType === 'partner',
        JSON.stringify(c),
      ).toBe(true);
    expect(changes.find((c) => c.objectId === 'ca000000-0000-4000-8000-000000000004')).toBeUndefined();
    expect(config.notCompared).toEqual([]);
  });

  it('every configuration area has at least one change', () => {
    const areas = new Set(changes.map((c) => c.area));
    for (const a of [
      'cross-tenant-default',
      'cross-tenant-partners',
      'cross-tenant-policy',
      'invitations',
      'domain-lists',
      'connectors',
      'federation',
      'conditional-access',
      'guests',
    ])
      expect(areas).toContain(a);
  });

  it('findings new / resolved by finding id, and rule status changes', () => {
    expect(d.findings.new.map((f) => f.ruleId)).toContain('xtap-default-mfa-trust');
    expect(d.findings.new.every((f) => /^[0-9a-f]{64}$/.test(f.id))).toBe(true);
    expect(d.rules.find((r) => r.id === 'xtap-default-mfa-trust')).toMatchObject({ before: 'pass', after: 'fail' });
    const reverse = drift(NEW(), OLD());
    expect(reverse.findings.resolved.map((f) => f.id).sort()).toEqual(d.findings.new.map((f) => f.id).sort());
    expect(reverse.findings.new.map((f) => f.id).sort()).toEqual(d.findings.resolved.map((f) => f.id).sort());
  });

  it('Markdown reads like the issue asks: "partner 22223333-…: inbound MFA trust false → true"', () => {
    const md = renderDriftMarkdown(d);
    // Read it as rendered: Markdown escapes and the zero-width breaks that stop auto-linking removed.
    const text = md.replace(/\\(.)/g, '$1').replace(/\u200b/g, '');
    expect(text).toContain(
      'partner 22223333-4444-4555-8666-777788889999 (Northwind Traders): inbound MFA trust false → true (inherited from the default settings)',
    );
    expect(text).toContain('default settings: inbound MFA trust false → true\n');
    expect(md).toContain('### New findings');
    expect(md).toContain('#### Conditional Access policies that apply to guests');
    expect(md).not.toContain('No changes');
  });

  it('JSON output round-trips and HTML is self-contained with a CSP and no script', () => {
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    const html = renderDriftHtml(d);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('inbound MFA trust');
  });
});

describe('nothing to report', () => {
  it('identical inputs → no findings change, no rule change, no configuration change', () => {
    const d = drift(NEW(), NEW());
    expect(isEmptyDrift(d)).toBe(true);
    expect(d.config.available && d.config.changes).toEqual([]);
    expect(d.findings.unchanged.length).toBeGreaterThan(0);
    expect(renderDriftMarkdown(d)).toContain('_No changes._');
    expect(renderDriftHtml(d)).toContain('No changes.');
  });

  it('reordered arrays (partners, guests, policies, targets, domain lists, guest-type lists) are not changes', () => {
    const reordered = reverseArrays(NEW());
    const ca = reordered.data.conditionalAccessPolicies!.find((p) => p.id === 'ca000000-0000-4000-8000-000000000003')!;
    ca.conditions!.users!.includeGuestsOrExternalUsers!.guestOrExternalUserTypes = 'b2bCollaborationMember, b2bCollaborationGuest';
    reordered.data.b2bManagementPolicies![0]!.definition = [
      JSON.stringify({
        B2BManagementPolicy: { InvitationsAllowedAndBlockedDomainsPolicy: { AllowedDomains: ['contoso.example', 'northwind.example'] } },
      }),
    ];
    validateSnapshot(JSON.parse(JSON.stringify(reordered)));
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(NEW()));
    const d = drift(NEW(), reordered);
    expect(d.config.available && d.config.changes).toEqual([]);
    expect(isEmptyDrift(d)).toBe(true);
  });

  it('the identity-provider precedence order is the one list whose order is a setting', () => {
    const b = NEW();
    const cfg = b.data.crossTenantAccessDefault!.invitationRedemptionIdentityProviderConfiguration as {
      primaryIdentityProviderPrecedenceOrder: string[];
    };
    cfg.primaryIdentityProviderPrecedenceOrder.reverse();
    const c = diffConfig(NEW(), b, tallies(NEW(), b));
    expect(
      find(c.changes, {
        area: 'cross-tenant-default',
        field: 'invitationRedemptionIdentityProviderConfiguration.primaryIdentityProviderPrecedenceOrder',
      }),
    ).toBeDefined();
  });
});

describe('honest limits', () => {
  it('two results: findings and rule statuses only, and it says configuration changes need snapshots', () => {
    const a = evaluatedSide('old.json', OLD());
    const b = evaluatedSide('new.json', NEW());
    const d = buildDrift(
      { file: 'old/result.json', kind: 'result', result: a.result },
      { file: 'new/result.json', kind: 'result', result: b.result },
    );
    expect(d.config.available).toBe(false);
    expect(!d.config.available && d.config.reason).toMatch(/need two snapshots/);
    expect(d.findings.new.length).toBeGreaterThan(0);
    expect(renderDriftMarkdown(d)).toMatch(/Configuration changes need two snapshots/);
  });

  it('a section not collected on one side is listed as not compared, never as "no change"', () => {
    const b = NEW();
    b.sections.conditionalAccessPolicies = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
    delete b.data.conditionalAccessPolicies;
    const c = diffConfig(OLD(), b, tallies(OLD(), b));
    expect(c.changes.filter((x) => x.area === 'conditional-access')).toEqual([]);
    expect(c.notCompared).toEqual([
      expect.objectContaining({ area: 'conditional-access', reason: expect.stringMatching(/forbidden in the new snapshot/) }),
    ]);
    expect(renderDriftMarkdown(drift(OLD(), b))).toMatch(/Not compared/);
  });

  it('different tenants are flagged', () => {
    const b = NEW();
    b.tenant.id = '99999999-9999-4999-8999-999999999999';
    const d = drift(OLD(), b);
    expect(d.tenantMismatch).toBe(true);
    expect(renderDriftMarkdown(d)).toContain('Different tenants');
  });

  it('hostile names are escaped in HTML and neutralised in Markdown', () => {
    const b = NEW();
    b.data.crossTenantAccessPartners!.find((p) => p.tenantId.startsWith('3333'))!.displayName =
      '<img src=x onerror=alert(1)> | [x](javascript:alert(1))';
    const d = drift(OLD(), b);
    const html = renderDriftHtml(d);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    const md = renderDriftMarkdown(d);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('](javascript');
  });

  it('CA policies concern guests when they include all users, guests by keyword or type, or exclude guests', () => {
    const p = (users: Record<string, unknown>) => ({ id: 'x', conditions: { users } });
    expect(touchesGuests(p({ includeUsers: ['All'] }))).toBe(true);
    expect(touchesGuests(p({ includeUsers: ['GuestsOrExternalUsers'] }))).toBe(true);
    expect(touchesGuests(p({ excludeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bCollaborationGuest' } }))).toBe(true);
    expect(touchesGuests(p({ includeGroups: ['g1'], includeUsers: [] }))).toBe(false);
  });
});

describe('scan --baseline (applyBaseline)', () => {
  it('marks findings new / unchanged / updated and lists the resolved ones; the result still validates', () => {
    const before = evaluateAt(OLD());
    const after = evaluateAt(NEW());
    // Make one carried-over finding "updated" by changing its message, as a count in a message would.
    const beforeMutated = { ...before, findings: [...before.findings] };
    const carried = after.findings.find((f) => before.findings.some((b) => b.id === f.id));
    if (carried)
      beforeMutated.findings = before.findings.map((f) => (f.id === carried.id ? { ...f, message: `${f.message} (old wording)` } : f));
    const out = applyBaseline(after, beforeMutated, 'prev/result.json');
    expect(schemaErrors(out)).toEqual([]);
    expect(out.baseline!.counts.new).toBe(out.findings.filter((f) => !before.findings.some((b) => b.id === f.id)).length);
    expect(out.baseline!.counts.resolved).toBe(before.findings.filter((b) => !after.findings.some((f) => f.id === b.id)).length);
    expect(out.findings.every((f) => ['new', 'unchanged', 'updated'].includes(f.baselineState!))).toBe(true);
    if (carried) expect(out.findings.find((f) => f.id === carried.id)!.baselineState).toBe('updated');
    expect(out.findings.find((f) => f.ruleId === 'xtap-default-mfa-trust')!.baselineState).toBe('new');
    expect(out.baseline!.ruleChanges).toContainEqual({ id: 'xtap-default-mfa-trust', before: 'pass', after: 'fail' });
    expect(renderBaselineMarkdown(out)).toMatch(/Changes since the last scan/);
  });

  it('the same scan as its own baseline: everything unchanged, nothing resolved', () => {
    const r = evaluateAt(NEW());
    const out = applyBaseline(r, r, 'same.json');
    expect(out.baseline!.counts).toEqual({ new: 0, unchanged: r.findings.length, updated: 0, resolved: 0 });
    expect(out.baseline!.ruleChanges).toEqual([]);
  });
});

describe('large diff inputs', () => {
  it('a result.json too large to parse whole is read finding by finding; a large snapshot is streamed', async () => {
    const { loadDiffInput } = await import('../../src/engine/diff.js');
    const { writeResultJson } = await import('../../src/render/json.js');
    const { evaluate } = await import('../../src/engine/run.js');
    const { RULES } = await import('../../rules/index.js');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join: joinPath } = await import('node:path');
    const { packagePath: pkg } = await import('../../src/paths.js');
    const { fixtureSnapshot } = await import('../support/fixtures.js');
    const result = evaluate(fixtureSnapshot('every-check'), {
      rules: RULES,
      snapshotSha256: 'e'.repeat(64),
      now: new Date('2026-11-27T00:00:00Z'),
    });
    const file = joinPath(await mkdtemp(joinPath(tmpdir(), 'gatehouse-diff-large-')), 'result.json');
    await writeResultJson(result, file);
    const asResult = await loadDiffInput(file, { streamThresholdBytes: 0 });
    expect(asResult.kind).toBe('result');
    // As result.json holds it: an evaluated finding makes its message when read.
    if (asResult.kind === 'result') expect(asResult.result).toEqual(JSON.parse(JSON.stringify(result)));
    const asSnapshot = await loadDiffInput(pkg('fixtures', 'snapshots', 'every-check.json'), { streamThresholdBytes: 0 });
    expect(asSnapshot.kind).toBe('snapshot');
  });
});
