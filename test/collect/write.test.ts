import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSnapshotFile } from '../../src/snapshot/write.js';
import { validateSnapshot } from '../../src/snapshot/load.js';
import { baseSnapshot } from '../support/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeSnapshotFile', () => {
  it('streams arrays an item per line and reads back identical, hostile strings included', async () => {
    const snap = baseSnapshot();
    snap.data.guests![0]!.displayName = 'quote " backslash \\ nul \u0000 line\u2028sep </script> 🦄';
    const file = await writeSnapshotFile(join(dir, 'nested', 'snap.json'), snap);
    const text = readFileSync(file, 'utf8');
    expect(validateSnapshot(JSON.parse(text))).toEqual(snap);
    // One line per guest (the risky-user record of a guest shares its id but carries no userPrincipalName).
    expect(text.split('\n').filter((l) => l.trimStart().startsWith('{"id":"7a1c0000') && l.includes('"userPrincipalName"')).length).toBe(3);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['snap.json']);
  });

  it('writes an empty data object and leaves no partial file behind on failure', async () => {
    const snap = baseSnapshot();
    const empty = { ...snap, sections: {}, data: {} };
    expect(JSON.parse(readFileSync(await writeSnapshotFile(join(dir, 'empty.json'), empty), 'utf8'))).toEqual(empty);
    const cyclic = { ...snap, data: { organization: {} as Record<string, unknown> } };
    cyclic.data.organization.self = cyclic.data.organization;
    await expect(writeSnapshotFile(join(dir, 'bad.json'), cyclic as never)).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.startsWith('bad'))).toEqual([]);
  });
});
