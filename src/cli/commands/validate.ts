import type { Command } from 'commander';
import { loadSnapshot } from '../../snapshot/load.js';

export async function validateCommand(file: string): Promise<number> {
  const { snapshot, sha256, guests, streamed } = await loadSnapshot(file);
  // A large snapshot's guests are validated as they are read: read them all once.
  if (streamed) for await (const _guest of guests.guests());
  const statuses = Object.values(snapshot.sections).map((s) => s?.status);
  const ok = statuses.filter((s) => s === 'ok').length;
  process.stdout.write(`${file}: valid snapshot (schema ${snapshot.schemaVersion}) of tenant ${snapshot.tenant.id}, ${ok}/${statuses.length} sections ok, sha256 ${sha256}\n`);
  return 0;
}

export function registerValidate(program: Command, done: (code: number) => void): void {
  program
    .command('validate')
    .description('check a snapshot against the schema without evaluating it')
    .argument('<snapshot>', 'snapshot JSON file')
    .action(async (file: string) => {
      done(await validateCommand(file));
    });
}
