import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../../src/paths.js';
import { evaluateFile, writeReports } from '../../src/pipeline/scan.js';

describe('a streamed snapshot scans exactly like an inline one', () => {
  it('same result and same reports for the demo tenant', async () => {
    const snapshotPath = packagePath('fixtures', 'snapshots', 'every-check.json');
    const asOf = new Date('2026-11-27T00:00:00Z');
    const inline = await evaluateFile({ snapshotPath, asOf });
    const streamed = await evaluateFile({ snapshotPath, asOf, streamThresholdBytes: 0 });
    expect(streamed.evidence.guests.count).toBe(inline.evidence.guests.count);
    expect(streamed.evidence.statistics).toEqual(inline.evidence.statistics);
    const scrub = (r: typeof inline.result) => ({ ...r, scannedAt: '' });
    expect(scrub(streamed.result)).toEqual(scrub(inline.result));
    const dirA = await mkdtemp(join(tmpdir(), 'gatehouse-inline-'));
    const dirB = await mkdtemp(join(tmpdir(), 'gatehouse-streamed-'));
    const same = { ...inline, result: streamed.result };
    await writeReports(same, dirA, ['json', 'html', 'sarif', 'md']);
    await writeReports(streamed, dirB, ['json', 'html', 'sarif', 'md']);
    for (const file of ['result.json', 'report.html', 'report.sarif', 'summary.md']) {
      expect(await readFile(join(dirB, file), 'utf8'), file).toBe(await readFile(join(dirA, file), 'utf8'));
    }
  });
});
