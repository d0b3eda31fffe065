import { existsSync } from 'node:fs';
import { InputError } from '../errors.js';
import { MAX_SETTINGS_FILE_BYTES, readInputFile } from '../util/files.js';
import { describeAjvError } from '../util/ajv.js';
import { config as configValidator } from './config.validators.js';
import { JsonTextError, parseJsonText } from '../util/json-text.js';
import type { GatehouseConfig } from './config.types.js';
import { unknownProfile } from './profiles.js';

export const DEFAULT_CONFIG_FILE = 'gatehouse.config.json';

/**
 * Load `--config <file>`, or `gatehouse.config.json` in the working directory when present.
 * Rule ids and rule options are checked later against the registry (`resolveRuleSettings`).
 */
export async function loadConfig(file: string | undefined, cwd = process.cwd()): Promise<{ config: GatehouseConfig; path?: string }> {
  const path = file ?? (existsSync(`${cwd}/${DEFAULT_CONFIG_FILE}`) ? `${cwd}/${DEFAULT_CONFIG_FILE}` : undefined);
  if (!path) return { config: {} };
  const text = (await readInputFile('config', path, { maxBytes: MAX_SETTINGS_FILE_BYTES })).toString('utf8');
  let parsed: unknown;
  try {
    parsed = parseJsonText(text).value;
  } catch (e) {
    if (e instanceof JsonTextError) throw new InputError(`invalid config ${path} at ${e.path}: ${e.reason}`);
    throw e;
  }
  return { config: validateConfig(parsed, path), path };
}

export function validateConfig(value: unknown, source = 'config'): GatehouseConfig {
  const validate = configValidator;
  if (!validate(value)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw new InputError(`invalid config ${source} at ${path}: ${reason}`);
  }
  const config = value as GatehouseConfig;
  const badProfile = config.profile === undefined ? undefined : unknownProfile(config.profile);
  if (badProfile) throw new InputError(`invalid config ${source} at $.profile: ${badProfile}`);
  return config;
}
