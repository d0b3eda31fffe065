import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { evaluate } from '../../src/engine/run.js';
import { renderJson, writeResultJson } from '../../src/render/json.js';
import { fixtureSnapshot } from '../support/fixtures.js';

describe('result.json writer', () => {
  it('streams bytes that parse to the same result, one finding per line', async () => {
    const result = evaluate(fixtureSnapshot('every-check'), {
      rules: RULES,
      snapshotSha256: 'c'.repeat(64),
      now: new Date('2026-11-27T00:00:00Z'),
    });
    expect(result.findings.length).toBeGreaterThan(100);
    const file = join(await mkdtemp(join(tmpdir(), 'gatehouse-json-')), 'result.json');
    await writeResultJson(result, file);
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(renderJson(result)));
    // Each line is exactly the finding's own JSON, in the result's order (batches of findings are warmed before writing).
    const lines = text.split('\n').filter((l) => l.startsWith('    {"id":'));
    expect(lines.map((l) => l.slice(4).replace(/,$/, ''))).toEqual(result.findings.map((f) => JSON.stringify(f)));
  });

  it('writes an empty findings list', async () => {
    const result = evaluate(fixtureSnapshot('base'), {
      rules: RULES,
      snapshotSha256: 'c'.repeat(64),
      now: new Date('2026-11-27T00:00:00Z'),
    });
    const file = join(await mkdtemp(join(tmpdir(), 'gatehouse-json-')), 'result.json');
    await writeResultJson(result, file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(result);
  });
});
