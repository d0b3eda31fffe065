import { withoutKnownSecrets } from '../util/secrets.js';
import { MAX_STRING_LENGTH } from '../snapshot/load.js';

const TRUNCATED = '…[truncated by gatehouse]';

/**
 * Make a Graph object fit for the snapshot, in place: drop OData annotations (`@odata.context`, `x@odata.context`,
 * `@odata.nextLink`, `@microsoft.graph.tips`…) but keep `@odata.type`, which tells derived types apart; clip any
 * string longer than the snapshot allows, so a hostile tenant string cannot make the snapshot unreadable; and
 * remove the bearer token this process sent wherever an endpoint echoed it into the data.
 */
export function cleanGraphObject<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v = node[i];
        if (typeof v === 'string') {
          const c = clean(v);
          if (c !== v) node[i] = c;
        } else if (v && typeof v === 'object') stack.push(v);
      }
    } else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        if (key.includes('@') && key !== '@odata.type') {
          delete obj[key];
          continue;
        }
        if (key.length > MAX_STRING_LENGTH) {
          delete obj[key];
          continue;
        }
        const v = obj[key];
        if (typeof v === 'string') {
          const c = clean(v);
          if (c !== v) obj[key] = c;
        } else if (v && typeof v === 'object') stack.push(v);
      }
    }
  }
  return value;
}

function clean(s: string): string {
  const safe = withoutKnownSecrets(s);
  return safe.length > MAX_STRING_LENGTH ? safe.slice(0, MAX_STRING_LENGTH - TRUNCATED.length) + TRUNCATED : safe;
}
