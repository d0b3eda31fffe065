import { exceptionWarnings } from '../engine/exceptions.js';
import { loadResultFile } from '../engine/result-file.js';
import { InputError } from '../errors.js';
import type { Format } from '../render/formats.js';
import type { RenderOptions, SnapshotEvidence } from '../render/index.js';
import { loadSnapshot } from '../snapshot/load.js';
import type { Logger } from '../util/log.js';
import { gatherGuestStatistics, writeReports, type FolderChanges } from './scan.js';
import { postProcess, prepareWorkflow, type WorkflowOptions } from './workflow.js';

export interface RerenderRequest {
  resultPath: string;
  /** The snapshot the result came from: adds guest statistics, the partner matrix and the guest inventory. */
  snapshotPath?: string;
  formats: readonly Format[];
  out: string;
  /** Exceptions and baseline to apply (loaded and validated after the result, before anything is written). */
  workflow: WorkflowOptions;
  renderOptions?: RenderOptions;
  log: Logger;
}

/**
 * Re-render reports from a saved result.json (and its snapshot). Writes nothing on bad input; the output folder
 * then holds this result's reports, as after a scan (the snapshot the result was evaluated from stays).
 */
export async function rerender(req: RerenderRequest): Promise<{ files: string[] } & FolderChanges> {
  const { log } = req;
  const saved = await loadResultFile(req.resultPath);
  const workflow = await prepareWorkflow(req.workflow);
  let evidence: SnapshotEvidence | undefined;
  if (req.snapshotPath) {
    const loaded = await loadSnapshot(req.snapshotPath);
    if (loaded.snapshot.tenant.id.toLowerCase() !== saved.tenant.id.toLowerCase()) {
      throw new InputError(
        `snapshot ${req.snapshotPath} is of tenant ${loaded.snapshot.tenant.id}, but result ${req.resultPath} is of tenant ${saved.tenant.id}`,
      );
    }
    if (loaded.sha256 !== saved.snapshot.sha256) {
      log.warn(
        `snapshot ${req.snapshotPath} is not the file result ${req.resultPath} was evaluated from (sha256 differs); guest and partner detail come from this snapshot`,
      );
    }
    // No evaluation reads the guests here: the statistics get a pass of their own, and only when the HTML needs them.
    const statistics = req.formats.includes('html')
      ? await gatherGuestStatistics(loaded.snapshot, loaded.guests, new Date(saved.asOf))
      : undefined;
    evidence = {
      snapshot: loaded.snapshot,
      guests: loaded.guests,
      ...(statistics ? { statistics } : {}),
      file: { path: loaded.path, sha256: loaded.sha256 },
    };
  } else if (req.formats.some((f) => f === 'html' || f === 'xlsx')) {
    log.warn('without --snapshot the HTML and XLSX have no guest statistics, partner matrix or Conditional Access sheet');
  }
  const result = await postProcess(saved, workflow, evidence?.snapshot, evidence?.guests);
  for (const w of exceptionWarnings(result)) log.warn(w);
  const inputs = [
    req.resultPath,
    ...(req.snapshotPath ? [req.snapshotPath] : []),
    ...(workflow.baseline ? [workflow.baseline.source] : []),
  ];
  return writeReports({ result, ...(evidence ? { evidence } : {}) }, req.out, req.formats, req.renderOptions ?? {}, undefined, inputs);
}
