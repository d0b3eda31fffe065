import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import type { Result } from '../src/engine/result.types.js';
import { describeSectionGap } from '../src/engine/section-gap.js';
import { packagePath } from '../src/paths.js';
import { evidenceEntries, ruleDocs } from '../src/render/model.js';
import { frameworkRefs, resourceKind } from '../src/render/words.js';
import { SECTION_NAMES } from '../src/snapshot/sections.js';
import type { SectionStatus } from '../src/snapshot/snapshot.types.js';
import { evaluateSnapshot } from './render/support.js';
import { developerWording } from './support/plain-language.js';
import { fixtureSnapshot } from './support/fixtures.js';

/*
 * Plain language for clients. Everything a rule says to a report's reader — titles, why it matters, what to do,
 * finding messages, why a check was not assessed, evidence labels, framework references — must read as prose a CISO
 * understands: no "(s)" plurals, no "hence", no Graph property names or enum values, no JSON, no command-line options,
 * no unfilled {placeholders}. Technical detail (ids, Graph requests, raw evidence) belongs in the technical-details
 * blocks and the workbooks, which are not checked here. New rules are held to the same standard automatically.
 */

const FIXTURES = ['demo', 'every-check', 'degraded', 'base'];
const results: Array<[string, Result]> = FIXTURES.map((name) => [name, evaluateSnapshot(fixtureSnapshot(name))]);

/** `{name}` placeholders read as a plain word, so the template itself is judged. */
const filled = (template: string) =>
  template.replace(
    /\{\w+(?::([^{}|]+)(?:\|([^{}]+))?)?\}/g,
    (_m, one: string | undefined, many: string | undefined, at: number) =>
      // A placeholder glued to a word ("claims{alternatives}") is its own word, not camelCase.
      `${/\w/.test(template[at - 1] ?? '') ? ' ' : ''}${one ? `2 ${many ?? `${one}s`}` : 'Contoso'}`,
  );

function problems(entries: Iterable<[string, string]>): string[] {
  const out: string[] = [];
  for (const [where, text] of entries) for (const p of developerWording(text)) out.push(`${where}: ${p}\n    ${text.slice(0, 240)}`);
  return out;
}

describe('plain language for clients', () => {
  it('rule titles, actions, rationales, remediation summaries and message templates', () => {
    const texts: Array<[string, string]> = [];
    for (const r of RULES) {
      const m = r.meta;
      texts.push([`${m.id} title`, m.title], [`${m.id} rationale`, m.rationale], [`${m.id} remediation.summary`, m.remediation.summary]);
      // The executive summary's action: every rule that can fail has one (test/render/consultant.test.ts).
      texts.push([`${m.id} action`, m.action ?? '']);
      for (const [id, template] of Object.entries(m.messages)) texts.push([`${m.id} message ${id}`, filled(template)]);
    }
    expect(problems(texts)).toEqual([]);
  });

  it('every finding message of the bundled tenants, as rendered', () => {
    const texts: Array<[string, string]> = [];
    for (const [name, result] of results) for (const f of result.findings) texts.push([`${name} ${f.ruleId}/${f.messageId}`, f.message]);
    expect(texts.length).toBeGreaterThan(200);
    // Tenant strings (names) are not ours to judge; the fixtures' names are plain.
    expect(problems(texts)).toEqual([]);
  });

  it('why a check was not assessed, not applicable or only partly assessed (bundled tenants)', () => {
    const texts: Array<[string, string]> = [];
    for (const [name, result] of results)
      for (const r of result.rules) if (r.reason) texts.push([`${name} ${r.id} (${r.status})`, r.reason]);
    expect(texts.length).toBeGreaterThan(10);
    expect(problems(texts)).toEqual([]);
  });

  it('why a section is missing, for every section and every way collection can fail', () => {
    const texts: Array<[string, string]> = [];
    const statuses: Array<SectionStatus | undefined> = [
      undefined,
      { status: 'forbidden', httpStatus: 403, errorCode: 'Authorization_RequestDenied' },
      { status: 'not-licensed', httpStatus: 403, errorCode: 'AadPremiumLicenseRequired', requiredLicence: 'Microsoft Entra ID P2' },
      { status: 'not-available', httpStatus: 400, errorCode: 'BadRequest', message: "Resource not found for the segment 'x'." },
      { status: 'skipped', message: 'Not collected: run collect with --include-api-connectors to opt in.' },
      { status: 'error', httpStatus: 503, errorCode: 'serviceNotAvailable', message: 'Service unavailable; gave up after 4 attempts.' },
    ];
    for (const name of SECTION_NAMES)
      for (const s of statuses) texts.push([`${name} ${s?.status ?? 'not collected'}`, describeSectionGap(name, s).reason]);
    expect(problems(texts)).toEqual([]);
  });

  it('reasons the rules state in their source (not-assessed, partly assessed, not applicable)', () => {
    // The string and template literals passed to ctx.notAssessed / ctx.incomplete / ctx.notApplicable, with each
    // interpolation read as a plain word: the cases fixtures rarely reach (an unrecognised enum value, say).
    const texts: Array<[string, string]> = [];
    const dir = packagePath('rules');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const source = ts.createSourceFile(file, readFileSync(`${dir}/${file}`, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          ['notAssessed', 'incomplete', 'notApplicable'].includes(node.expression.name.text)
        ) {
          const arg = node.arguments[0];
          const text = arg ? literalText(arg) : undefined;
          if (text !== undefined) texts.push([`${file} ${node.expression.name.text}`, text]);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(texts.length).toBeGreaterThan(30);
    expect(problems(texts)).toEqual([]);
  });

  it('evidence labels and object kinds the reports show', () => {
    const texts: Array<[string, string]> = [];
    const seen = new Set<string>();
    for (const [, result] of results) {
      for (const f of result.findings) {
        if (!seen.has(`type:${f.resource.type}`)) {
          seen.add(`type:${f.resource.type}`);
          texts.push([`object kind ${f.resource.type}`, resourceKind(f.resource.type)]);
        }
        for (const e of evidenceEntries(f.evidence)) {
          if (seen.has(e.key)) continue;
          seen.add(e.key);
          texts.push([`evidence label of ${f.ruleId}`, e.label]);
        }
      }
    }
    expect(problems(texts)).toEqual([]);
  });

  it('framework references name the framework and the control id', () => {
    const docs = ruleDocs(RULES);
    for (const r of RULES) {
      for (const ref of frameworkRefs(docs.get(r.meta.id))) {
        expect(ref.text).toMatch(
          /^(CIS Microsoft 365 Foundations|CISA SCuBA|EIDSCA|Microsoft Zero Trust Assessment|gatehouse catalogue) \S/,
        );
        expect(ref.text).toContain(ref.id);
      }
    }
    const invite = frameworkRefs(docs.get('invite-allowed-from-everyone')).map((r) => r.text);
    expect(invite.slice(0, 2)).toEqual(['CIS Microsoft 365 Foundations 5.1.6.3', 'CISA SCuBA MS.AAD.8.2v1']);
  });

  it('the checker itself catches what the issue found', () => {
    for (const bad of [
      'hence high versus medium',
      'expires in 3 day(s)',
      'policiesCounted: [{"id":"x"}]',
      'Access reviews are missing: run with --include-api-connectors',
      'Guest {displayName} is stale',
      'allowInvitesFrom = everyone',
    ]) {
      expect(developerWording(bad), bad).not.toEqual([]);
    }
    expect(developerWording('Guest Zoë O’Brien has not signed in for 120 days (since 2026-07-30).')).toEqual([]);
  });
});

/** The text of a string or template literal, each `${…}` as a plain word; undefined for anything else. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `Contoso${s.literal.text}`).join('');
  return undefined;
}
