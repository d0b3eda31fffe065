import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Result } from '../engine/result.types.js';

export function renderJson(result: Result): string {
  return JSON.stringify(result, null, 2) + '\n';
}

/**
 * Write result.json without building it as one string: a million-guest tenant yields hundreds of thousands of
 * findings, more than V8's ~512 MB string limit once pretty-printed. The top level is indented like
 * `renderJson`; each finding sits on its own line. The bytes parse to the same object.
 */
export async function writeResultJson(result: Result, file: string): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  let buffer: string[] = [];
  let size = 0;
  const write = async (text: string) => {
    buffer.push(text);
    size += text.length;
    if (size < 1 << 20) return;
    const chunk = buffer.join('');
    buffer = [];
    size = 0;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const { findings, ...rest } = result;
  const entries = Object.entries(rest);
  await write('{\n');
  for (const [key, value] of entries) await write(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')},\n`);
  await write('  "findings": [');
  for (let i = 0; i < findings.length; i++) await write(`${i ? ',' : ''}\n    ${JSON.stringify(findings[i])}`);
  await write(findings.length ? '\n  ]\n}\n' : ']\n}\n');
  out.end(buffer.join(''));
  await once(out, 'finish');
}
