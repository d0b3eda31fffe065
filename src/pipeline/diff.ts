import { loadConfig } from '../engine/config.js';
import { buildDrift, guestTally, loadDiffInput, type DiffInput, type Drift, type DriftSideInput } from '../engine/diff.js';
import { driftExitCode } from '../engine/exit.js';
import type { FailOn } from '../engine/severity.js';
import { renderDriftHtml } from '../render/diff-html.js';
import { renderDriftMarkdown } from '../render/diff-md.js';
import type { DriftFormat } from './options.js';
import { DEFAULT_RULES } from './rules.js';
import { evaluateSnapshot } from './scan.js';

export interface DiffRequest {
  oldFile: string;
  newFile: string;
  profile?: string;
  configPath?: string;
}

/**
 * A snapshot is evaluated with the same rules, profile and config as a scan, as of the moment it was collected —
 * so quarter-old data is judged as it stood then, and the comparison is reproducible. Its guests are tallied for
 * the drift in the same pass the rules read them.
 */
async function evaluatedSide(input: DiffInput, req: DiffRequest): Promise<DriftSideInput> {
  if (input.kind === 'result') return { file: input.file, kind: 'result', result: input.result };
  const { config, path: configSource } = await loadConfig(req.configPath);
  const tally = guestTally();
  const { result } = await evaluateSnapshot(
    input.snapshot,
    input.guests,
    {
      rules: DEFAULT_RULES,
      config,
      ...(configSource ? { configSource } : {}),
      ...(req.profile ? { profile: req.profile } : {}),
      asOf: new Date(input.snapshot.collectedAt),
      now: new Date(input.snapshot.collectedAt),
      snapshotSha256: input.sha256,
      snapshotPath: input.file,
    },
    { statistics: false, observers: [tally.observe] },
  );
  return { file: input.file, kind: 'snapshot', result, snapshot: input.snapshot, guestStats: tally.stats };
}

/** What changed between two scans (each a result.json or a snapshot). */
export async function diffScans(req: DiffRequest): Promise<Drift> {
  const [a, b] = await Promise.all([loadDiffInput(req.oldFile), loadDiffInput(req.newFile)]);
  return buildDrift(await evaluatedSide(a, req), await evaluatedSide(b, req));
}

export function renderDrift(drift: Drift, format: DriftFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(drift, null, 2) + '\n';
    case 'html':
      return renderDriftHtml(drift);
    case 'md':
      return renderDriftMarkdown(drift);
  }
}

/** `diff --fail-on`: 1 when a new finding reaches the threshold. */
export function diffExitCode(drift: Drift, failOn: FailOn): number {
  return driftExitCode(drift.findings.new, failOn);
}
