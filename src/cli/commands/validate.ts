import type { Command } from 'commander';

export async function validateCommand(file: string): Promise<number> {
  const { validateSnapshotFile } = await import('../../pipeline/files.js');
  process.stdout.write(`${await validateSnapshotFile(file)}\n`);
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
