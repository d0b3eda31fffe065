import { parseDocument } from 'yaml';
import { jsonShape, JsonTextError, lineAndColumn, MAX_JSON_DEPTH, withoutBom } from './json-text.js';
import { oneLineClipped } from './safe-text.js';

/**
 * YAML text from a file a user names (tenants and exceptions files), read by the yaml library with nothing printed:
 * every error and every warning the library has (an unknown tag such as `!foo`, a key twice in one map) is the
 * file's one-line input error, with the line and column it points at. A tag gatehouse does not know would leave a
 * value of a type the file's author did not mean, so it is refused rather than read as a plain string. A byte order
 * mark is accepted, as in JSON.
 */
export function parseYamlText(raw: string): unknown {
  const text = withoutBom(raw);
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'silent', uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const where = lineAndColumn(text, problem.pos[0]);
    throw new JsonTextError(
      '$',
      `not valid YAML (${oneLineClipped(problem.message.split('\n')[0] ?? '', 160)} at line ${where.line}, column ${where.column})`,
    );
  }
  let value: unknown;
  try {
    // Aliases are expanded with the library's default bound on their count, so no small file becomes a huge value.
    value = doc.toJS();
  } catch (e) {
    throw new JsonTextError('$', `not valid YAML (${oneLineClipped((e as Error).message, 160)})`);
  }
  const { tooDeep } = jsonShape(value);
  if (tooDeep) throw new JsonTextError(tooDeep, `nested deeper than ${MAX_JSON_DEPTH} levels`);
  return value;
}
