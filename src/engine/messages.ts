/** Templates split once into literal text and placeholders (every fourth part text; then name, noun, plural). */
const compiled = new Map<string, Array<string | undefined>>();

/** A template's parts, split on first use. */
export function templateParts(template: string): ReadonlyArray<string | undefined> {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)(?::([^{}|]+)(?:\|([^{}]+))?)?\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/**
 * Fill a message template. `{name}` is replaced by the finding's param; `{name:noun}` by the number and the noun,
 * plural unless the number is 1 (`{days:day}` → "1 day", "20 days"; `{n:policy|policies}` for an irregular plural),
 * so no message needs "day(s)". A missing value renders as `{name}` so a template bug is visible, not silent.
 */
export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  return fillParts(templateParts(template), params);
}

/**
 * `formatMessage` with the template already split; `displayName`, when given, fills `{displayName}` if `params` has
 * no such key (a finding names its object unless the rule names it otherwise). Findings build their message this
 * way each time it is read rather than keeping a million texts.
 */
export function fillParts(parts: ReadonlyArray<string | undefined>, params: Record<string, unknown> = {}, displayName?: string): string {
  // Appended rather than joined: most texts are read once (result.json's writer escapes and drops them), and the
  // array a join needs costs a third of the time.
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 4) {
    const key = parts[i]!;
    const one = parts[i + 1];
    const many = parts[i + 2];
    const value = displayName !== undefined && key === 'displayName' && !(key in params) ? displayName : params[key];
    const text =
      value === undefined || value === null
        ? `{${key}${one !== undefined ? `:${one}${many !== undefined ? `|${many}` : ''}` : ''}}`
        : one === undefined
          ? String(value)
          : `${String(value)} ${Number(value) === 1 ? one : (many ?? `${one}s`)}`;
    out += text + (parts[i + 3] ?? '');
  }
  return out;
}

// "1 guest", "3 guests": rules build their reasons with it; text outside the engine uses it too.
export { countOf } from '../util/count-of.js';
