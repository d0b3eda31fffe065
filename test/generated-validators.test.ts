import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { validateRuleOptions } from '../src/engine/settings.js';
import { byRuleId } from '../src/engine/rule-options.validators.js';
import { packagePath } from '../src/paths.js';
import * as snapshotValidators from '../src/snapshot/snapshot.validators.js';
import { user } from '../src/snapshot/guest.validators.js';
import type { Validator } from '../src/util/ajv.js';
import * as compiler from '../src/util/ajv-compile.js';
// @ts-expect-error — plain ESM script without type declarations; it is the same generator `npm run gen:validators` runs.
import { generate, optionSchemas, targets } from '../scripts/gen-validators.mjs';

describe('generated validators', () => {
  const inputs = { compiler, rules: optionSchemas(RULES) as unknown };
  for (const target of targets as Array<{ out: string; schema?: string }>) {
    it(`${target.out} matches ${target.schema ?? "the rules' option schemas"} (run npm run gen:validators when this fails)`, async () => {
      const committed = await readFile(packagePath(target.out), 'utf8');
      expect(generate(target, inputs) === committed, `${target.out} is stale`).toBe(true);
    });
  }

  /** The first error as describeAjvError reads it, from a validator and from ajv compiling the same schema now. */
  const firstError = (validate: Validator, value: unknown) => {
    const copy = structuredClone(value);
    if (validate(copy)) return { valid: true, value: copy };
    const { instancePath, keyword, params, message } = validate.errors![0]!;
    return { valid: false, instancePath, keyword, params, message };
  };

  it('reports what ajv compiling the schema at run time reports, for snapshots and guests', () => {
    const schema = JSON.parse(readFileSync(packagePath('src/snapshot/snapshot.schema.json'), 'utf8')) as {
      definitions: Record<string, unknown>;
    };
    const atRunTime = compiler.createAjv().compile(schema);
    const guestAtRunTime = compiler.createAjv().compile({ $ref: '#/definitions/user', definitions: schema.definitions });
    const demo = JSON.parse(readFileSync(packagePath('fixtures/snapshots/demo.json'), 'utf8')) as {
      data: { guests: Array<Record<string, unknown>>; organization: unknown };
      collectedAt: string;
    };
    const guest = demo.data.guests[0]!;
    const variants: unknown[] = [
      demo,
      { ...demo, collectedAt: 'yesterday' },
      { ...demo, extra: 1 },
      { ...demo, data: { ...demo.data, guests: [{ ...guest, id: 7 }] } },
      { ...demo, data: { ...demo.data, organization: 'x' } },
    ];
    for (const v of variants) expect(firstError(snapshotValidators.snapshot, v)).toEqual(firstError(atRunTime, v));
    for (const g of [guest, { ...guest, id: undefined }, { ...guest, nope: true }, { ...guest, accountEnabled: 'yes' }, []])
      expect(firstError(user, g)).toEqual(firstError(guestAtRunTime, g));
  });

  it("reports and fills in defaults as ajv compiling each rule's options at run time does", () => {
    const withOptions = RULES.filter((r) => r.meta.options);
    expect(Object.keys(byRuleId).sort()).toEqual(withOptions.map((r) => r.meta.id).sort());
    for (const rule of withOptions) {
      const atRunTime = compiler.compileRuleOptions(rule.meta.options!.schema);
      const generated = byRuleId[rule.meta.id]!.validate;
      const keys = Object.keys((rule.meta.options!.schema as { properties: object }).properties);
      const cases: unknown[] = [
        {},
        { nope: 1 },
        ...keys.flatMap((k) => [{ [k]: '' }, { [k]: -1 }, { [k]: [''] }, { [k]: ['google', 'google'] }, { [k]: null }]),
      ];
      for (const c of cases) expect(firstError(generated, c), `${rule.meta.id} ${JSON.stringify(c)}`).toEqual(firstError(atRunTime, c));
    }
    // Code-point string length and deep equality come from ajv's run-time helpers, imported by the generated module.
    const byId = (id: string) => RULES.find((r) => r.meta.id === id)!;
    expect(() => validateRuleOptions(byId('ca-guest-phishing-resistant-mfa-missing'), { ignoredExclusions: [''] }, 'w')).toThrow(
      'w.ignoredExclusions[0]: must NOT have fewer than 1 characters',
    );
    expect(() => validateRuleOptions(byId('guest-identity-provider-not-allowed'), { disallowed: ['google', 'google'] }, 'w')).toThrow(
      'w.disallowed: must NOT have duplicate items',
    );
    expect(validateRuleOptions(byId('guest-stale'), {}, 'w')).toEqual({ staleDays: 90 });
  });
});
