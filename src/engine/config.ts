import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { unreadableFile } from '../util/files.js';
import { describeAjvError, schemaValidator } from '../util/ajv.js';
import type { GatehouseConfig } from './config.types.js';

export const DEFAULT_CONFIG_FILE = 'gatehouse.config.json';

/**
 * Load `--config <file>`, or `gatehouse.config.json` in the working directory when present.
 * Rule ids and rule options are checked later against the registry (`resolveRuleSettings`).
 */
export async function loadConfig(file: string | undefined, cwd = process.cwd()): Promise<{ config: GatehouseConfig; path?: string }> {
  const path = file ?? (existsSync(`${cwd}/${DEFAULT_CONFIG_FILE}`) ? `${cwd}/${DEFAULT_CONFIG_FILE}` : undefined);
  if (!path) return { config: {} };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw unreadableFile('config', path, e);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new InputError(`invalid config ${path} at $: not valid JSON (${(e as Error).message})`);
  }
  return { config: validateConfig(parsed, path), path };
}

export function validateConfig(value: unknown, source = 'config'): GatehouseConfig {
  const validate = schemaValidator('src/engine/config.schema.json');
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw new InputError(`invalid config ${source} at ${path}: ${reason}`);
  }
  return value as GatehouseConfig;
}
