/** "1 guest", "3 guests" (or the irregular plural given): for text built in code, never "guest(s)". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The word alone, singular or plural by count: "role" or "roles". */
export function wordFor(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}
