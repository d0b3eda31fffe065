import { appendFileSync } from 'node:fs';

/**
 * The conformance figures (what was checked, what held), written for `npm run conformance` to print: each test file
 * appends its lines to the file named by GATEHOUSE_CONFORMANCE_OUT; without it nothing is written.
 */
export interface Figure {
  /** requests | properties | enum comparisons | cloud claims | allow-listed */
  kind: string;
  checked: number;
  ok: number;
  /** Failing checks accepted with a reason and Microsoft's page (listed in `detail`). */
  allowListed?: number;
  detail?: string[];
}

export function reportFigure(figure: Figure): void {
  const out = process.env.GATEHOUSE_CONFORMANCE_OUT;
  if (out) appendFileSync(out, `${JSON.stringify(figure)}\n`);
}
