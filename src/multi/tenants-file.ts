import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { describeAjvError } from '../util/ajv.js';
import { MAX_SETTINGS_FILE_BYTES, readInputFile } from '../util/files.js';
import { JsonTextError, parseJsonText } from '../util/json-text.js';
import { parseYamlText } from '../util/yaml-text.js';
import type { Auth, Settings, Tenant, TenantsFile } from './tenants.types.js';
import { tenants as tenantsValidator } from './tenants.validators.js';

export type { Auth, Tenant, TenantsFile };

/** One tenant with the defaults merged in and every path made absolute. */
export interface TenantEntry extends Settings {
  label: string;
  /** Folder name under --out: the label as a slug, unique within the file. */
  slug: string;
  tenant?: string;
  snapshot?: string;
  baseline?: string;
  /** Position in the file, for messages. */
  index: number;
}

const SECRET_KEY = /secret|password|token/i;

/** Keys that would hold a secret value: the file names environment variables instead (`clientSecretEnv`). */
function rejectSecretValues(value: unknown, path: string, file: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => rejectSecretValues(v, `${path}[${i}]`, file));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const where = `${path}.${k}`;
      if (SECRET_KEY.test(k) && !k.endsWith('Env')) {
        throw new InputError(
          `invalid tenants file ${file} at ${where}: secrets never go in the tenants file; put the value in an environment variable and name it with "${k}Env"`,
        );
      }
      rejectSecretValues(v, where, file);
    }
  }
}

/** A folder-safe, readable name: "Contoso Ltd (EU)" → "contoso-ltd-eu". */
export function slugify(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'tenant'
  );
}

/**
 * Read, validate and normalise a tenants file (YAML or JSON). Every problem: InputError with the JSON path.
 * `unknownProfile` says why a profile name is not one (the rule engine knows the profiles; this layer does not).
 */
export async function loadTenantsFile(
  file: string,
  unknownProfile: (name: string) => string | undefined = () => undefined,
): Promise<TenantEntry[]> {
  const text = (await readInputFile('tenants file', file, { maxBytes: MAX_SETTINGS_FILE_BYTES })).toString('utf8');
  let parsed: unknown;
  try {
    parsed = extname(file).toLowerCase() === '.json' ? parseJsonText(text).value : parseYamlText(text);
  } catch (e) {
    if (e instanceof JsonTextError) throw new InputError(`invalid tenants file ${file} at ${e.path}: ${e.reason}`);
    throw e;
  }
  if (parsed === null || parsed === undefined)
    throw new InputError(`invalid tenants file ${file} at $: the file is empty (expected "tenants:" with a list)`);
  rejectSecretValues(parsed, '$', file);
  const validate = tenantsValidator;
  if (!validate(parsed)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw new InputError(`invalid tenants file ${file} at ${path}: ${reason}`);
  }
  const doc = parsed as TenantsFile;
  const profiles: Array<[string | undefined, string]> = [
    [doc.defaults?.profile, '$.defaults.profile'],
    ...doc.tenants.map((t, i): [string | undefined, string] => [t.profile, `$.tenants[${i}].profile`]),
  ];
  for (const [name, path] of profiles) {
    const bad = name === undefined ? undefined : unknownProfile(name);
    if (bad) throw new InputError(`invalid tenants file ${file} at ${path}: ${bad}`);
  }
  const base = dirname(resolve(file));
  const abs = (p: string | undefined) => (p === undefined ? undefined : isAbsolute(p) ? p : resolve(base, p));
  const used = new Set<string>();
  return doc.tenants.map((t, index) => {
    if (!t.tenant && !t.snapshot)
      throw new InputError(
        `invalid tenants file ${file} at $.tenants[${index}]: needs "tenant" (to collect live) or "snapshot" (to evaluate a file)`,
      );
    if (t.tenant && t.snapshot)
      throw new InputError(`invalid tenants file ${file} at $.tenants[${index}]: give either "tenant" or "snapshot", not both`);
    let slug = slugify(t.label);
    for (let n = 2; used.has(slug); n++) slug = `${slugify(t.label)}-${n}`;
    used.add(slug);
    const d = doc.defaults ?? {};
    const auth = t.auth ?? d.auth;
    const merged: TenantEntry = {
      index,
      label: t.label,
      slug,
      ...(t.tenant ? { tenant: t.tenant } : {}),
      ...(t.snapshot ? { snapshot: abs(t.snapshot)! } : {}),
      ...(t.baseline ? { baseline: abs(t.baseline)! } : {}),
      ...(auth ? { auth: { ...auth, ...(auth.certificate ? { certificate: abs(auth.certificate)! } : {}) } } : {}),
      ...((t.cloud ?? d.cloud) ? { cloud: (t.cloud ?? d.cloud)! } : {}),
      ...((t.graphUrl ?? d.graphUrl) ? { graphUrl: (t.graphUrl ?? d.graphUrl)! } : {}),
      ...((t.includeApiConnectors ?? d.includeApiConnectors) !== undefined
        ? { includeApiConnectors: (t.includeApiConnectors ?? d.includeApiConnectors)! }
        : {}),
      ...((t.profile ?? d.profile) ? { profile: (t.profile ?? d.profile)! } : {}),
      ...((t.config ?? d.config) ? { config: abs(t.config ?? d.config)! } : {}),
      ...((t.exceptions ?? d.exceptions) ? { exceptions: abs(t.exceptions ?? d.exceptions)! } : {}),
    };
    return merged;
  });
}
