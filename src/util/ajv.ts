import type { ErrorObject } from 'ajv';

/**
 * A schema validator generated at build time by ajv's standalone code (scripts/gen-validators.mjs writes the
 * src/**\/*.validators.ts modules): true when the value fits, else false with the errors (the first is the one reported).
 */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
/** `/data/guests/0/id` → `$.data.guests[0].id` — what a person can find in the file. */
export function pointerToPath(pointer: string): string {
  if (!pointer) return '$';
  return (
    '$' +
    pointer
      .split('/')
      .slice(1)
      .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
      .join('')
  );
}

/** One readable sentence for the first schema error: where, and what was wrong. */
export function describeAjvError(error: ErrorObject): { path: string; reason: string } {
  const params = error.params as Record<string, unknown>;
  let path = pointerToPath(error.instancePath);
  let reason = error.message ?? 'is invalid';
  switch (error.keyword) {
    case 'additionalProperties':
      path = pointerToPath(`${error.instancePath}/${String(params.additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`);
      reason = 'unknown property';
      break;
    case 'required':
      path = pointerToPath(`${error.instancePath}/${String(params.missingProperty)}`);
      reason = 'is required but missing';
      break;
    case 'enum':
      reason = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'const':
      reason = `must be ${JSON.stringify(params.allowedValue)}`;
      break;
    default:
      break;
  }
  return { path, reason };
}
