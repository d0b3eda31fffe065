import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../../rules/index.js';
import type { Result } from '../../src/engine/result.types.js';
import { defineRule, type AnyRule } from '../../src/engine/rule.js';
import { evaluate } from '../../src/engine/run.js';
import { guestStatistics } from '../../src/model/guest-statistics.js';
import { writeGuestWorkbook, type GuestWorkbookOptions } from '../../src/render/guest-workbook.js';
import { renderHtml, type HtmlOptions } from '../../src/render/html.js';
import { renderSarif, type SarifOptions } from '../../src/render/sarif.js';
import { writeXlsx, type WorkbookFindings, type XlsxOptions } from '../../src/render/xlsx.js';
import { guestsInMemory } from '../../src/snapshot/guests.js';
import type { Writable } from 'node:stream';
import { packagePath } from '../../src/paths.js';
import type { Snapshot } from '../../src/snapshot/snapshot.types.js';
import { fixtureSnapshot } from '../support/fixtures.js';

export const AS_OF = '2026-11-27T00:00:00Z';

export function evaluateSnapshot(snapshot: Snapshot, rules: readonly AnyRule[] = RULES): Result {
  return evaluate(snapshot, { rules, asOf: new Date(AS_OF), now: new Date(AS_OF), snapshotSha256: 'a'.repeat(64) });
}

export function tempDir(prefix = 'gatehouse-render-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A realistic tenant to render: the bundled demo when it exists, else the compliant base with a typical mix of
 * problems (open default, MFA trust, everyone may invite, an http connector, 300 guests of varied staleness).
 */
export function realisticSnapshot(): { snapshot: Snapshot; name: string } {
  if (existsSync(packagePath('fixtures', 'snapshots', 'every-check.json')))
    return { snapshot: fixtureSnapshot('every-check'), name: 'demo' };
  const s = fixtureSnapshot('base');
  const d = s.data as Required<Snapshot['data']>;
  d.crossTenantAccessDefault.inboundTrust = {
    isMfaAccepted: true,
    isCompliantDeviceAccepted: false,
    isHybridAzureADJoinedDeviceAccepted: false,
  };
  d.crossTenantAccessDefault.b2bCollaborationInbound = {
    usersAndGroups: { accessType: 'allowed', targets: [{ target: 'AllUsers', targetType: 'user' }] },
    applications: { accessType: 'allowed', targets: [{ target: 'AllApplications', targetType: 'application' }] },
  };
  d.authorizationPolicy.allowInvitesFrom = 'everyone';
  d.apiConnectors[0]!.targetUrl = 'http://signup-check.fabrikam.example/api/validate';
  const g0 = d.guests[0]!;
  const domains = ['northwind.example', 'contoso.example', 'gmail.com', 'adatum.example', 'tailspin.example'];
  d.guests = Array.from({ length: 300 }, (_, i) => ({
    ...structuredClone(g0),
    id: `7a1c0000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: `Guest ${i}`,
    mail: `guest${i}@${domains[i % domains.length]}`,
    userPrincipalName: `guest${i}_x#EXT#@fabrikam.onmicrosoft.com`,
    createdDateTime: new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString(),
    externalUserState: i % 17 === 0 ? 'PendingAcceptance' : 'Accepted',
    externalUserStateChangeDateTime: new Date(Date.UTC(2026, 10, 27) - (i % 200) * 86_400_000).toISOString(),
    accountEnabled: i % 29 !== 0,
    signInActivity:
      i % 11 === 0
        ? { lastSignInDateTime: null, lastNonInteractiveSignInDateTime: null, lastSuccessfulSignInDateTime: null }
        : {
            lastSignInDateTime: null,
            lastNonInteractiveSignInDateTime: null,
            lastSuccessfulSignInDateTime: new Date(Date.UTC(2026, 10, 27) - i * 2 * 86_400_000).toISOString(),
          },
    sponsors: i % 5 === 0 ? [] : structuredClone(g0.sponsors),
  }));
  s.sections.guests!.itemCount = d.guests.length;
  s.sections.accessReviewDefinitions = { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' };
  delete (s.data as Record<string, unknown>).accessReviewDefinitions;
  return { snapshot: s, name: 'base+problems' };
}

export const hostileSnapshot = (): Snapshot => fixtureSnapshot('hostile');

/** The payloads planted in fixtures/snapshots/hostile.json (see test/render/hostile.test.ts). */
export const HOSTILE = {
  script: '<script>window.__pwned=1;alert(1)</script>',
  img: '<img src=x onerror="window.__pwned=1;alert(1)">',
  svg: '<svg/onload=window.__pwned=1>',
  jsUrl: 'javascript:window.__pwned=1;alert(1)',
  dq: '" onmouseover="window.__pwned=1" data-x="',
  sq: "' onfocus='window.__pwned=1' autofocus data-x='",
  endScript: '</script><script>window.__pwned=1;alert(1)</script><!--',
  lineSep: 'line\u2028separator\u2029paragraph',
  nonChar: 'non\uFFFEcharacter\uFFFF',
  rtl: 'invoice\u202Egpj.exe',
  long: 'L'.repeat(100000),
  formula: '=HYPERLINK("http://x.example","y")',
  emoji: '👩‍💻🔥 Zoë & “quotes”',
  handlebars: '{{constructor.constructor("window.__pwned=1")()}}',
  markdown: '[click](javascript:alert(1)) @everyone #1 `code` | pipe',
} as const;

/**
 * Probe rules: fail on every object of each hostile collection with its name in the message and its URL or
 * domain in the evidence, so the hostile strings reach findings whatever the shipped rules decide.
 */
export const PROBE_RULES: AnyRule[] = [
  defineRule({
    meta: probeMeta('probe-guest', 'guests'),
    evaluate(_data, ctx) {
      return {
        guest: (g) =>
          ctx.fail('hit', {
            resource: { type: 'user', id: g.id, displayName: g.displayName ?? null, path: `users/${g.id}` },
            params: { extra: g.mail ?? '' },
            evidence: { mail: g.mail, upn: g.userPrincipalName },
          }),
      };
    },
  }),
  defineRule({
    meta: probeMeta('probe-partner', 'crossTenantAccessPartners'),
    evaluate({ crossTenantAccessPartners }, ctx) {
      for (const p of crossTenantAccessPartners)
        ctx.fail('hit', {
          resource: {
            type: 'crossTenantAccessPolicyConfigurationPartner',
            id: p.tenantId,
            displayName: p.displayName ?? null,
            path: `policies/crossTenantAccessPolicy/partners/${p.tenantId}`,
          },
          params: { extra: p.defaultDomainName ?? '' },
          evidence: { domain: p.defaultDomainName },
        });
    },
  }),
  defineRule({
    meta: probeMeta('probe-connector', 'apiConnectors'),
    evaluate({ apiConnectors }, ctx) {
      for (const c of apiConnectors)
        ctx.fail('hit', {
          resource: { type: 'identityApiConnector', id: c.id, displayName: c.displayName ?? null, path: `identity/apiConnectors/${c.id}` },
          params: { extra: c.targetUrl ?? '' },
          evidence: { targetUrl: c.targetUrl },
        });
    },
  }),
  defineRule({
    meta: probeMeta('probe-ca-policy', 'conditionalAccessPolicies'),
    evaluate({ conditionalAccessPolicies }, ctx) {
      for (const p of conditionalAccessPolicies)
        ctx.fail('hit', {
          resource: {
            type: 'conditionalAccessPolicy',
            id: p.id,
            displayName: p.displayName ?? null,
            path: `identity/conditionalAccess/policies/${p.id}`,
          },
          params: { extra: p.state ?? '' },
          evidence: { state: p.state },
        });
    },
  }),
];

function probeMeta<R extends 'guests' | 'crossTenantAccessPartners' | 'apiConnectors' | 'conditionalAccessPolicies'>(
  id: string,
  section: R,
) {
  return {
    id,
    title: `Probe ${section} (test only)`,
    severity: 'high' as const,
    category: 'guests' as const,
    requires: [section] as const,
    rationale: 'Test-only rule that fails on every object so hostile strings reach findings.',
    remediation: {
      summary: 'Nothing to fix: this rule exists only in tests.',
      graph: { method: 'PATCH' as const, url: `/v1.0/test/${section}/{id}`, body: { ok: true } },
    },
    references: [{ title: 'Test reference', url: 'https://learn.microsoft.com/graph/overview' }],
    messages: { hit: 'Object "{displayName}" is hostile: {extra}' },
  };
}

export function hostileResult(): { snapshot: Snapshot; result: Result; rules: AnyRule[] } {
  const snapshot = hostileSnapshot();
  const rules = [...RULES, ...PROBE_RULES];
  return { snapshot, result: evaluateSnapshot(snapshot, rules), rules };
}

// ---------------------------------------------------------------------------------------------------------------
// Microsoft SARIF Multitool (GitHub ingestion rules included)

export const MULTITOOL = packagePath('node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

export interface MultitoolReport {
  errors: string[];
  warnings: string[];
  notes: string[];
}

/**
 * Validate several SARIF logs with `--rule-kind "Sarif;Ghas"` in one run of the Multitool (a .NET start-up per file
 * would dominate the test's time). The tool exits 0 even when it finds problems, so read its output SARIF: every
 * result is a finding about one of our files (split back per file by its artifact location), by level.
 */
export function multitoolValidateMany<K extends string>(logs: Record<K, string>): Record<K, MultitoolReport> {
  const dir = tempDir('gatehouse-sarif-');
  const output = join(dir, 'validation.sarif');
  const inputs = Object.entries<string>(logs).map(([name, text]) => {
    const file = join(dir, `${name}.sarif`);
    writeFileSync(file, text);
    return [name, file] as const;
  });
  // Called directly (npx re-parses "Sarif;Ghas" through a shell). Invariant globalization: no ICU needed on CI images.
  execFileSync(
    MULTITOOL,
    ['validate', ...inputs.map(([, file]) => file), '-o', output, '--rule-kind', 'Sarif;Ghas', '--log', 'ForceOverwrite'],
    {
      stdio: 'pipe',
      timeout: 300_000,
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    },
  );
  type ValidationResult = {
    level?: string;
    ruleId?: string;
    message?: { text?: string };
    locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
  };
  const log = JSON.parse(readFileSync(output, 'utf8')) as { runs: Array<{ results?: ValidationResult[] }> };
  const all = log.runs.flatMap((r) => r.results ?? []);
  const text = (r: ValidationResult) => `${r.ruleId}: ${r.message?.text ?? ''}`;
  return Object.fromEntries(
    inputs.map(([name, file]) => {
      const results = all.filter((r) => decodeURIComponent(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '').endsWith(file));
      return [
        name,
        {
          errors: results.filter((r) => (r.level ?? 'warning') === 'error').map(text),
          warnings: results.filter((r) => (r.level ?? 'warning') === 'warning').map(text),
          notes: results.filter((r) => r.level === 'note' || r.level === 'none').map(text),
        },
      ];
    }),
  ) as Record<K, MultitoolReport>;
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Browser tests skip only outside CI; under CI=true a missing Chromium makes them fail (`.ci/run` installs it). */
export const SKIP_BROWSER = !existsSync(CHROMIUM) && process.env.CI !== 'true';

/*
 * The renderers on a whole snapshot object (guests inline in `data.guests`), as the tests build them: the guest
 * statistics and the guest source the pipeline would hand over are made here, and the shipped rules document.
 */
export function htmlReport(result: Result, snapshot: Snapshot | undefined, options: Partial<HtmlOptions> = {}): string {
  const guestStats = snapshot ? guestStatistics(snapshot, snapshot.data.guests ?? [], new Date(result.asOf)) : undefined;
  return renderHtml(result, snapshot, { rules: RULES, ...(guestStats ? { guestStats } : {}), ...options });
}

export function sarifReport(result: Result, options: Partial<SarifOptions> = {}): string {
  return renderSarif(result, { rules: RULES, ...options });
}

export function xlsxReport(
  result: Result,
  snapshot: Snapshot | undefined,
  target: string | Writable,
  options: Partial<XlsxOptions> = {},
  findings?: WorkbookFindings,
): Promise<void> {
  return writeXlsx(
    result,
    snapshot,
    target,
    {
      rules: RULES,
      ...(snapshot ? { guestCount: snapshot.data.guests?.length ?? 0 } : {}),
      ...options,
    },
    findings,
  );
}

export function guestWorkbookOf(snapshot: Snapshot | undefined, target: string | Writable, options: GuestWorkbookOptions): Promise<number> {
  return writeGuestWorkbook(snapshot, target, { ...(snapshot ? { guests: guestsInMemory(snapshot.data.guests ?? []) } : {}), ...options });
}
