/** Templates split once into literal text and placeholder names (even indexes text, odd indexes names). */
const compiled = new Map<string, string[]>();

/** Fill `{name}` placeholders; a missing value renders as `{name}` so a template bug is visible, not silent. */
export function formatMessage(template: string, params: Record<string, unknown> = {}): string {
  // A large tenant formats hundreds of thousands of messages from a few dozen templates.
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = params[key];
    out += (value === undefined || value === null ? `{${key}}` : String(value)) + parts[i + 1]!;
  }
  return out;
}
