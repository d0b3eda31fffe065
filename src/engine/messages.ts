/** Templates split once into literal text and placeholders (every fourth part text; then name, noun, plural). */
const compiled = new Map<string, Array<string | undefined>>();

/**
 * Fill a message template. `{name}` is replaced by the finding's param; `{name:noun}` by the number and the noun,
 * plural unless the number is 1 (`{days:day}` → "1 day", "20 days"; `{n:policy|policies}` for an irregular plural),
 * so no message needs "day(s)". A missing value renders as `{name}` so a template bug is visible, not silent.
 * `defaults` fills what `params` does not have (as if spread before it, without copying `params` per message).
 */
export function formatMessage(template: string, params: Record<string, unknown> = {}, defaults?: Record<string, unknown>): string {
  // A large tenant formats hundreds of thousands of messages from a few dozen templates.
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)(?::([^{}|]+)(?:\|([^{}]+))?)?\}/);
    compiled.set(template, parts);
  }
  // Pieces joined once: `+=` would leave each message a tree of a dozen linked pieces (a million findings keep
  // their messages, and the tree costs more memory than the text); a join is one flat string.
  const out: string[] = [parts[0]!];
  for (let i = 1; i < parts.length; i += 4) {
    const key = parts[i]!;
    const one = parts[i + 1];
    const many = parts[i + 2];
    const value = defaults && !(key in params) ? defaults[key] : params[key];
    const text =
      value === undefined || value === null
        ? `{${key}${one !== undefined ? `:${one}${many !== undefined ? `|${many}` : ''}` : ''}}`
        : one === undefined
          ? String(value)
          : `${String(value)} ${Number(value) === 1 ? one : (many ?? `${one}s`)}`;
    out.push(text, parts[i + 3] ?? '');
  }
  return out.join('');
}

// "1 guest", "3 guests": rules build their reasons with it; text outside the engine uses it too.
export { countOf } from '../util/count-of.js';
