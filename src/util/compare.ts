/** Plain code-unit comparison: the same order on every machine and locale (deterministic output). */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
