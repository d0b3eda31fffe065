import type { Command } from 'commander';

export interface PermissionsCommandOptions {
  format?: string;
  appId?: string;
  includeApiConnectors?: boolean;
}

export async function permissionsCommand(opts: PermissionsCommandOptions): Promise<number> {
  const { permissionsReport } = await import('../../pipeline/catalogue.js');
  process.stdout.write(permissionsReport(opts));
  return 0;
}

export function registerPermissions(program: Command, done: (code: number) => void): void {
  program
    .command('permissions')
    .description('list the Graph application permissions gatehouse needs and print az commands that grant them')
    .option('--app-id <id>', 'application (client) id to put in the az commands')
    .option('--include-api-connectors', 'include the optional write-scoped permissions in the az commands')
    .option('--format <format>', 'text, markdown (what each missing permission costs) or json', 'text')
    .action(async function (this: Command) {
      done(await permissionsCommand(this.opts<PermissionsCommandOptions>()));
    });
}
