// The parse floor that evaluation is measured against: read the snapshot, parse every guest and the rest of the
// document — no validation, no model, no rules. One definition for every benchmark that reports the ratio.
import { scanSnapshotFile } from '../../dist/src/snapshot/guest-scanner.js';

/** Read and parse `snapshotPath` once; resolves to the number of guests parsed. */
export async function parseFloor(snapshotPath) {
  let parsed = 0;
  const scan = await scanSnapshotFile(snapshotPath, {
    onGuest: (bytes) => {
      if (JSON.parse(bytes.toString('utf8'))) parsed++;
    },
  });
  JSON.parse(scan.skeleton);
  return parsed;
}
