// Expected errors carry the exit code the CLI returns; anything else is an internal bug (exit 70).
import { ExitCode } from './exit-codes.js';

export { ExitCode };

export class GatehouseError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    /** Further lines printed under the message (e.g. each credential tried and why it failed). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad usage, config or input file: exit 2. */
export class InputError extends GatehouseError {
  constructor(message: string) {
    super(message, ExitCode.input);
  }
}

/** Authentication failed or nothing could be collected: exit 3. */
export class CollectionError extends GatehouseError {
  constructor(message: string, details: readonly string[] = []) {
    super(message, ExitCode.collection, details);
  }
}

export function isExpectedError(e: unknown): e is GatehouseError {
  return e instanceof GatehouseError;
}
