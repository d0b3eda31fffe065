import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Validator } from './ajv.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
type AddFormats = (ajv: Ajv) => Ajv;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

/**
 * The ajv every gatehouse schema is compiled with: by scripts/gen-validators.mjs at build time (with `code` set to
 * emit ES module source), and at run time only for a rule an embedder defines with options of its own.
 */
export function createAjv(options: Pick<Options, 'useDefaults' | 'inlineRefs' | 'code'> = {}): Ajv {
  const ajv = new Ajv({ allErrors: false, allowUnionTypes: true, strict: true, useDefaults: false, ...options });
  addFormats(ajv);
  // Annotations of the snapshot schema (which Graph type a section holds, which fields gatehouse adds): read by the
  // Graph conformance test, never validated.
  ajv.addVocabulary(['x-graph-type', 'x-graph-types', 'x-graph-type-from', 'x-gatehouse']);
  return ajv;
}

/** The schema a rule's options object is validated against: its own properties, and nothing else. */
export function ruleOptionsSchema(schema: object): object {
  return { type: 'object', additionalProperties: false, ...schema };
}

/** Compile a rule's options schema now, filling defaults as it validates (rules gatehouse ships have theirs generated). */
export function compileRuleOptions(schema: object): Validator {
  return createAjv({ useDefaults: true }).compile(ruleOptionsSchema(schema));
}
