import { JsonFileWriter } from '../util/json-file.js';
import type { Guests } from './guests.js';
import type { Snapshot } from './snapshot.types.js';

/**
 * Write a snapshot without building it as one string: arrays are written an item per line, so 1,000,000 guests
 * never meet V8's ~512 MB string limit, and the file appears complete or not at all. The guests are those in
 * `data.guests`, or `guests` (read in one pass, written after the other sections) for a snapshot that keeps them
 * outside `data`.
 */
export async function writeSnapshotFile(file: string, snapshot: Snapshot, guests?: Guests): Promise<string> {
  return JsonFileWriter.write(file, async (w) => {
    await w.write('{\n');
    const { data, ...head } = snapshot;
    for (const [k, v] of Object.entries(head))
      await w.write(`  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')},\n`);
    await w.write('  "data": {');
    let first = true;
    const entries: Array<[string, unknown]> = Object.entries(data);
    if (guests) entries.push(['guests', guests]);
    for (const [k, v] of entries) {
      await w.write(`${first ? '' : ','}\n    ${JSON.stringify(k)}: `);
      first = false;
      if (v === guests && guests) {
        let n = 0;
        for await (const g of guests.read()) {
          const drained = w.write(`${n++ ? ',\n' : '[\n'}      ${JSON.stringify(g)}`);
          if (drained) await drained;
        }
        await w.write(n ? '\n    ]' : '[]');
      } else if (Array.isArray(v)) {
        if (!v.length) {
          await w.write('[]');
          continue;
        }
        await w.write('[\n');
        for (let i = 0; i < v.length; i++) await w.write(`      ${JSON.stringify(v[i])}${i < v.length - 1 ? ',' : ''}\n`);
        await w.write('    ]');
      } else {
        await w.write(JSON.stringify(v));
      }
    }
    await w.write(first ? '}\n}\n' : '\n  }\n}\n');
  });
}
