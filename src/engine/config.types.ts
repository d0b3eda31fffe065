/* Generated from src/engine/config.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

/**
 * gatehouse.config.json: which profile to start from and per-rule overrides.
 */
export interface GatehouseConfig {
  $schema?: string;
  /**
   * Profile to start from (baseline, strict).
   */
  profile?: string;
  /**
   * Per-rule overrides keyed by rule id.
   */
  rules?: {
    [k: string]:
      | {
          /**
           * false leaves the rule out of the result entirely.
           */
          enabled?: boolean;
          severity?: 'critical' | 'high' | 'medium' | 'low' | 'info';
          /**
           * Validated against the rule's own option schema.
           */
          options?: {
            [k: string]: unknown | undefined;
          };
        }
      | undefined;
  };
}
