// Fresh-process measurements in rounds, shared by the benchmarks that compare modes of one script.
import { spawnSync } from 'node:child_process';

/**
 * Measure each of `modes` in a fresh process: `script` run with `args` and `--child <mode>`, which prints one JSON
 * line. Rounds rather than each mode's runs in a row: a machine's speed drifts, and every mode sees the same drift.
 * Prints each sample as it comes; returns the samples by mode. A child that fails ends the benchmark (exit 1).
 */
export function rounds(script, args, modes, runs) {
  const samples = new Map(modes.map((m) => [m, []]));
  for (let round = 0; round < runs; round++)
    for (const mode of modes) {
      const child = spawnSync(process.execPath, [script, ...args, '--child', mode], { encoding: 'utf8' });
      if (child.status !== 0) {
        console.error(child.stderr.trim());
        process.exit(1);
      }
      const sample = JSON.parse(child.stdout.trim());
      samples.get(mode).push(sample);
      console.log(JSON.stringify(sample));
    }
  return samples;
}
