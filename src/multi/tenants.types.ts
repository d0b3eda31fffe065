/* Generated from src/multi/tenants.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

/**
 * Name of an environment variable (its value is read at run time).
 *
 * This interface was referenced by `TenantsFile`'s JSON-Schema
 * via the `definition` "envName".
 */
export type EnvName = string;

/**
 * tenants.yaml for `gatehouse scan --tenants`: the tenants to scan, each with a label, how to authenticate (names of environment variables for secrets, never the secrets) or a snapshot to evaluate.
 */
export interface TenantsFile {
  $schema?: string;
  defaults?: Settings;
  /**
   * @minItems 1
   */
  tenants: [Tenant, ...Tenant[]];
}
/**
 * This interface was referenced by `TenantsFile`'s JSON-Schema
 * via the `definition` "settings".
 */
export interface Settings {
  auth?: Auth;
  cloud?: 'global' | 'usgov' | 'usgov-dod' | 'china';
  graphUrl?: string;
  includeApiConnectors?: boolean;
  profile?: string;
  config?: string;
  exceptions?: string;
}
/**
 * This interface was referenced by `TenantsFile`'s JSON-Schema
 * via the `definition` "auth".
 */
export interface Auth {
  mode:
    | 'default'
    | 'cli'
    | 'client-secret'
    | 'client-certificate'
    | 'managed-identity'
    | 'workload-identity'
    | 'access-token';
  clientId?: string;
  /**
   * PEM or PFX file for client-certificate (relative to the tenants file).
   */
  certificate?: string;
  certificatePasswordEnv?: EnvName;
  clientSecretEnv?: EnvName;
  accessTokenEnv?: EnvName;
  federatedTokenFileEnv?: EnvName;
}
/**
 * This interface was referenced by `TenantsFile`'s JSON-Schema
 * via the `definition` "tenant".
 */
export interface Tenant {
  /**
   * Name shown in the portfolio; its slug names the tenant's output folder.
   */
  label: string;
  /**
   * Tenant id or domain to collect live.
   */
  tenant?: string;
  /**
   * A snapshot file to evaluate instead of collecting (relative to the tenants file).
   */
  snapshot?: string;
  /**
   * Previous result.json of this tenant.
   */
  baseline?: string;
  auth?: Auth;
  cloud?: 'global' | 'usgov' | 'usgov-dod' | 'china';
  graphUrl?: string;
  includeApiConnectors?: boolean;
  profile?: string;
  config?: string;
  exceptions?: string;
}
