import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { explainRule } from '../../src/pipeline/explain.js';
import { cliInProcess } from '../support/cli-in-process.js';
import { InputError } from '../../src/errors.js';
import { azRestCommand, explainRuleText, rulesMarkdown, shellQuote } from '../../src/render/rules-doc.js';

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-explain-rule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('gatehouse explain rule', () => {
  it('prints the documentation of a rule: title, severity, sections, options, remediation, az rest, references, framework ids', async () => {
    const { code, stdout, stderr } = await cliInProcess(['explain', 'rule', 'ca-guest-sign-in-frequency']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ca-guest-sign-in-frequency — Guest sessions are not bounded/);
    expect(stdout).toContain('Severity: medium    Category: conditional-access');
    expect(stdout).toContain('conditionalAccessPolicies (required) — Conditional Access policies');
    expect(stdout).toContain('permission Policy.Read.All, licence: Microsoft Entra ID P1');
    expect(stdout).toContain('guests (optional)');
    expect(stdout).toContain('maxHours = 24  (integer (≥ 1, ≤ 8760))');
    expect(stdout).toContain('Zero Trust Assessment');
    expect(stdout).toContain('PATCH https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies/{policyId}');
    expect(stdout).toContain(
      "az rest --method patch --url 'https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies/{policyId}' --headers 'Content-Type=application/json' --body '{\"sessionControls\"",
    );
    expect(stdout).toContain('https://learn.microsoft.com/entra/identity/conditional-access/howto-conditional-access-session-lifetime');
    expect(stdout).toMatch(/catalogue: CA-03 — /);
    expect(stdout).toMatch(/Zero Trust Assessment: 21824 — /);
  });

  it('states the semantics a rule relies on, with links a reviewer can check', async () => {
    const { code, stdout } = await cliInProcess(['explain', 'rule', 'guest-stale']);
    expect(code).toBe(0);
    const flat = stdout.replace(/\s+/g, ' ');
    expect(flat).toContain(
      'lastSuccessfulSignInDateTime records the last successful interactive or non-interactive sign-in; it exists since 1 December 2023 and was not backfilled.',
    );
    expect(flat).toContain('Reading: Inactivity counts from the last success');
    expect(stdout).toContain('https://learn.microsoft.com/graph/api/resources/signinactivity');
  });

  it('shows what a profile changes', async () => {
    const { code, stdout } = await cliInProcess(['explain', 'rule', 'guest-invitation-pending']);
    expect(code).toBe(0);
    expect(stdout).toContain('pendingDays = 30  (integer (≥ 1, ≤ 3650))  [strict: 14]');
  });

  it('accepts any case and surrounding spaces in the id', () => {
    expect(explainRule('  CA-GUEST-MFA-MISSING ')).toContain('ca-guest-mfa-missing — ');
  });

  it('unknown rule: exit 2, one line, with suggestions', async () => {
    const { code, stdout, stderr } = await cliInProcess(['explain', 'rule', 'guest-mfa']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^gatehouse: unknown rule "guest-mfa"; did you mean .*ca-guest-mfa-missing/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(() => explainRule('nope')).toThrow(InputError);
  });

  it('every rule can be explained and names its remediation and references', () => {
    for (const r of RULES) {
      const text = explainRuleText(r);
      expect(text.startsWith(`${r.meta.id} — ${r.meta.title}`)).toBe(true);
      for (const ref of r.meta.references) expect(text).toContain(ref.url);
      // The semantics it relies on, each with its source, and readings marked as such.
      expect(text).toContain('What it relies on');
      for (const x of r.meta.semantics ?? []) {
        expect(text).toContain(x.source);
        if (x.reading) expect(text.replace(/\s+/g, ' ')).toContain(`Why: ${x.reading}`);
      }
      if (r.meta.remediation.graph) expect(text).toContain(`az rest --method ${r.meta.remediation.graph.method.toLowerCase()}`);
      for (const o of Object.keys(r.meta.options?.defaults ?? {})) expect(text).toContain(`  ${o} = `);
    }
  });
});

describe('gatehouse rules --format md', () => {
  it('prints the rules documentation', async () => {
    const { code, stdout } = await cliInProcess(['rules', '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toBe(rulesMarkdown(RULES));
    expect(stdout).toContain(`${RULES.length} rules.`);
  });

  it('--out writes the file (docs/rules.md is generated this way)', async () => {
    const file = join(dir, 'rules.md');
    const { code, stdout } = await cliInProcess(['rules', '--format', 'md', '--out', file]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(rulesMarkdown(RULES));
  });

  it('--out into a missing folder creates it, as every output does; --out below a file is an input error', async () => {
    expect((await cliInProcess(['rules', '--format', 'md', '--out', join(dir, 'missing', 'rules.md')])).code).toBe(0);
    expect(readFileSync(join(dir, 'missing', 'rules.md'), 'utf8')).toMatch(/^# /m);
    const { code, stderr } = await cliInProcess(['rules', '--format', 'md', '--out', join(dir, 'missing', 'rules.md', 'x.md')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out .*rules\.md is a file, not a folder/);
  });

  it('unknown format is a usage error', async () => {
    const { code, stderr } = await cliInProcess(['rules', '--format', 'xml']);
    expect(code).toBe(2);
    expect(stderr).toContain('must be table, json or md');
  });

  it('json lists options and frameworks per rule', async () => {
    const { code, stdout } = await cliInProcess(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as Array<{ id: string; options: Record<string, unknown>; frameworks: Record<string, string[]> }>;
    expect(list).toHaveLength(RULES.length);
    expect(list.find((r) => r.id === 'ca-guest-sign-in-frequency')?.options.maxHours).toBe(24);
    expect(list.find((r) => r.id === 'guest-in-privileged-role')?.frameworks.catalog).toEqual(['PR-01']);
  });
});

describe('az rest command', () => {
  it('quotes bodies for a POSIX shell, including single quotes and $ in URLs', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    const cmd = azRestCommand({ method: 'POST', url: '/v1.0/users/{id}/sponsors/$ref', body: { note: "o'brien" } });
    expect(cmd).toBe(
      `az rest --method post --url 'https://graph.microsoft.com/v1.0/users/{id}/sponsors/$ref' --headers 'Content-Type=application/json' --body '{"note":"o'\\''brien"}'`,
    );
    expect(azRestCommand({ method: 'DELETE', url: '/v1.0/users/{userId}' })).toBe(
      `az rest --method delete --url 'https://graph.microsoft.com/v1.0/users/{userId}'`,
    );
  });
});
