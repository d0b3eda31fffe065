import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { PROFILES } from '../src/engine/profiles.js';
import { SEVERITIES } from '../src/engine/rule.js';
import { packagePath } from '../src/paths.js';
import { SECTIONS } from '../src/snapshot/sections.js';

// Suite-wide checks over the registry: every rule at once, so a new rule cannot skip the house rules.
const ruleFiles = readdirSync(packagePath('rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .map((f) => f.slice(0, -3))
  .sort();

describe('rule registry', () => {
  it('lists every file in rules/ exactly once, and nothing else', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(ruleFiles);
    expect(new Set(RULES.map((r) => r.meta.id)).size).toBe(RULES.length);
  });

  for (const rule of RULES) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('id is kebab-case and equals its file name', async () => {
        expect(meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        const mod = (await import(/* @vite-ignore */ pathToFileURL(packagePath('rules', `${meta.id}.ts`)).href)) as { default: unknown };
        expect(mod.default).toBe(rule);
      });

      it('has a table test', () => {
        const test = packagePath('test', 'rules', `${meta.id}.test.ts`);
        expect(existsSync(test)).toBe(true);
        expect(readFileSync(test, 'utf8')).toMatch(/ruleTable\(/);
      });

      it('has documentation a reader can act on', () => {
        expect(meta.title.length).toBeGreaterThan(10);
        expect(meta.rationale.length).toBeGreaterThan(60);
        expect(meta.remediation.summary.length).toBeGreaterThan(10);
        expect(SEVERITIES).toContain(meta.severity);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        for (const template of Object.values(meta.messages)) expect(template.trim().length).toBeGreaterThan(5);
      });

      it('references are https links', () => {
        expect(meta.references.length).toBeGreaterThan(0);
        for (const ref of meta.references) {
          expect(new URL(ref.url).protocol).toBe('https:');
          expect(ref.title.length).toBeGreaterThan(3);
        }
      });

      it('states the semantics it relies on, each with an https source a reviewer can open', () => {
        expect(meta.semantics?.length ?? 0, 'meta.semantics').toBeGreaterThan(0);
        for (const x of meta.semantics ?? []) {
          expect(x.statement.length, x.statement).toBeGreaterThan(20);
          expect(new URL(x.source).protocol, x.source).toBe('https:');
          if (x.reading !== undefined) expect(x.reading.length, x.statement).toBeGreaterThan(20);
        }
      });

      it('its table test cites Microsoft Learn (or the benchmark) beside its cases', () => {
        const text = readFileSync(packagePath('test', 'rules', `${meta.id}.test.ts`), 'utf8');
        expect(text).toMatch(/https:\/\/learn\.microsoft\.com\/|CIS Microsoft 365 Foundations Benchmark §/);
      });

      it('a remediation request, when given, is a Graph path', () => {
        const g = meta.remediation.graph;
        if (g) expect(g.url).toMatch(/^\/(v1\.0|beta)\//);
      });

      it('requires only known sections', () => {
        for (const s of [...meta.requires, ...(meta.optional ?? [])]) expect(Object.keys(SECTIONS)).toContain(s);
      });

      it('documents every option and its default', () => {
        const spec = meta.options;
        if (!spec) return;
        const props = (spec.schema.properties ?? {}) as Record<string, { default?: unknown }>;
        for (const [name, prop] of Object.entries(props)) {
          expect(prop.default, `${name} has a default`).toEqual((spec.defaults as Record<string, unknown>)[name]);
          expect((spec.docs as Record<string, string | undefined>)[name], `${name} is documented`).toBeTruthy();
        }
      });
    });
  }

  it('profiles only name rules that exist', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const [name, profile] of Object.entries(PROFILES)) {
      for (const id of Object.keys(profile.rules)) expect(ids.has(id), `profile ${name} names unknown rule ${id}`).toBe(true);
    }
  });
});
