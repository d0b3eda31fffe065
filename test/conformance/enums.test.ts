import { describe, expect, it } from 'vitest';
import { findComparisons, type Comparison } from './enums.js';
import { reportFigure } from './figures.js';

/**
 * Literals compared with a Graph value that are knowingly not members of its enum, each with why and Microsoft's
 * page. Anything else that fails stays red.
 */
export const ALLOWED: ReadonlyArray<{ file: string; literals: string[]; reason: string; source: string }> = [
  {
    file: 'src/model/conditional-access.ts',
    literals: ['authenticationstrength', 'termsofuse', 'customfactor'],
    reason:
      "gatehouse's own names for the grant requirements that are not builtInControls values (the grant's authenticationStrength, termsOfUse and customAuthenticationFactors properties), listed beside the builtInControls values so one list says every way a policy can be satisfied",
    source: 'https://learn.microsoft.com/graph/api/resources/conditionalaccessgrantcontrols?view=graph-rest-1.0',
  },
];

const allowed = (c: Comparison) => ALLOWED.some((a) => a.file === c.file && a.literals.includes(c.literal.toLowerCase()));
const failures = (list: readonly Comparison[]) =>
  list
    .filter((c) => !c.ok && !allowed(c))
    .map(
      (c) =>
        `${c.file}:${c.line} '${c.literal}' compared with ${c.expression}: ${c.verdict === 'unattributed' ? (c.graph ?? 'neither a Graph value nor a typed gatehouse value') : `not a member of ${c.enumName ?? c.graph}`}`,
    );

describe('enum literals that rules and model code compare Graph values with are members of that enum', () => {
  const comparisons = findComparisons();

  it('every comparison is found in the code and judged against Microsoft metadata', () => {
    expect(comparisons.filter((c) => c.verdict === 'graph-enum').length).toBeGreaterThan(50);
    expect(failures(comparisons)).toEqual([]);
  });

  it('the allow-list holds only literals that still occur, and that really are not members', () => {
    for (const a of ALLOWED) {
      for (const literal of a.literals) {
        const found = comparisons.filter((c) => c.file === a.file && c.literal.toLowerCase() === literal);
        expect(found.length, `${a.file} ${literal}`).toBeGreaterThan(0);
        expect(
          found.every((c) => !c.ok),
          `${a.file} ${literal} is a member after all: drop it from the allow-list`,
        ).toBe(true);
      }
    }
  });

  it('reports the figures', () => {
    const judged = comparisons.filter((c) => c.verdict === 'graph-enum' || c.verdict === 'graph-type');
    reportFigure({
      kind: 'enum comparisons',
      checked: judged.length,
      ok: judged.filter((c) => c.ok).length,
      allowListed: judged.filter((c) => !c.ok && allowed(c)).length,
      detail: [
        `${judged.length} comparisons of a literal with a Graph enum or type name (${new Set(judged.map((c) => c.enumName ?? c.graph)).size} enums/type checks); also found: ${comparisons.filter((c) => c.verdict === 'graph-string').length} with plain Graph strings, ${comparisons.filter((c) => c.verdict === 'typed').length} with gatehouse's own literal types (tsc checks those), ${comparisons.filter((c) => c.verdict === 'unattributed').length} unattributed`,
        ...ALLOWED.map((a) => `allow-listed in ${a.file}: ${a.literals.join(', ')} — ${a.reason} (${a.source})`),
      ],
    });
    expect(judged.filter((c) => !c.ok && !allowed(c))).toEqual([]);
  });
});
