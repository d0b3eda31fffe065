import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Snapshot } from '../snapshot/snapshot.types.js';

/**
 * Write a snapshot without building it as one string: arrays are written an item per line, so 1,000,000 guests
 * never meet V8's ~512 MB string limit. Written to a temporary file and renamed, so a reader never sees
 * half a snapshot.
 */
export async function writeSnapshotFile(file: string, snapshot: Snapshot): Promise<string> {
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.partial`;
  const out = createWriteStream(temp, { encoding: 'utf8' });
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  try {
    await write('{\n');
    const { data, ...head } = snapshot;
    for (const [k, v] of Object.entries(head)) await write(`  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')},\n`);
    await write('  "data": {');
    let first = true;
    for (const [k, v] of Object.entries(data)) {
      await write(`${first ? '' : ','}\n    ${JSON.stringify(k)}: `);
      first = false;
      if (Array.isArray(v)) {
        if (!v.length) {
          await write('[]');
          continue;
        }
        await write('[\n');
        for (let i = 0; i < v.length; i++) await write(`      ${JSON.stringify(v[i])}${i < v.length - 1 ? ',' : ''}\n`);
        await write('    ]');
      } else {
        await write(JSON.stringify(v));
      }
    }
    await write(first ? '}\n}\n' : '\n  }\n}\n');
    out.end();
    await once(out, 'finish');
    await rename(temp, target);
  } catch (e) {
    out.destroy();
    await rm(temp, { force: true });
    throw e;
  }
  return target;
}
