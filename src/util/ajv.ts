import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readPackageFile } from '../paths.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

export function createAjv(options: { useDefaults?: boolean } = {}): Ajv {
  const ajv = new Ajv({ allErrors: false, allowUnionTypes: true, strict: true, useDefaults: options.useDefaults ?? false });
  addFormats(ajv);
  // Annotations of the snapshot schema (which Graph type a section holds, which fields gatehouse adds): read by the
  // Graph conformance test, never validated.
  ajv.addVocabulary(['x-graph-type', 'x-graph-types', 'x-graph-type-from', 'x-gatehouse']);
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

/** Compile (once) one of the package's own schema files. */
export function schemaValidator(relativePath: string): ValidateFunction {
  let fn = compiled.get(relativePath);
  if (!fn) {
    const schema = JSON.parse(readPackageFile(relativePath)) as object;
    fn = createAjv().compile(schema);
    compiled.set(relativePath, fn);
  }
  return fn;
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
