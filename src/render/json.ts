import type { Result } from '../engine/result.types.js';
import { JsonFileWriter } from '../util/json-file.js';

export function renderJson(result: Result): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/**
 * Write result.json without building it as one string: a million-guest tenant yields hundreds of thousands of
 * findings, more than V8's ~512 MB string limit once pretty-printed. The top level is indented like
 * `renderJson`; each finding sits on its own line. The bytes parse to the same object.
 */
export async function writeResultJson(result: Result, file: string): Promise<void> {
  await JsonFileWriter.write(file, async (w) => {
    const { findings, ...rest } = result;
    await w.write('{\n');
    for (const [key, value] of Object.entries(rest))
      await w.write(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')},\n`);
    await w.write('  "findings": [');
    for (let i = 0; i < findings.length; i++) {
      const drained = w.write(`${i ? ',' : ''}\n    ${JSON.stringify(findings[i])}`);
      if (drained) await drained;
    }
    await w.write(findings.length ? '\n  ]\n}\n' : ']\n}\n');
  });
}
