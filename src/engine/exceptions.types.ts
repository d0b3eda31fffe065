/* Generated from src/engine/exceptions.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run `npm run gen:types`. */

/**
 * gatehouse.exceptions.yaml (or .json): accepted risks, each scoped to a rule and optionally to named objects, with a reason, an owner and an expiry date.
 */
export interface ExceptionsFile {
  $schema?: string;
  exceptions: Exception[];
}
/**
 * This interface was referenced by `ExceptionsFile`'s JSON-Schema
 * via the `definition` "exception".
 */
export interface Exception {
  /**
   * Rule id (see `gatehouse rules`). An id gatehouse does not know is a config error.
   */
  rule: string;
  /**
   * Objects the exception covers: resource ids (object id, partner tenant id, policy id), Graph-style resource paths, a guest's userPrincipalName or mail, a partner's domain — or simple patterns where * matches any run of characters (e.g. *@northwind.example). Matching ignores case. Display names are never matched: anyone who can rename an object could otherwise opt it into an exception. Omit to cover every finding of the rule.
   *
   * @minItems 1
   */
  resources?: [string, ...string[]];
  /**
   * Why the risk is accepted.
   */
  justification: string;
  /**
   * Who accepted it and answers for it.
   */
  owner: string;
  /**
   * YYYY-MM-DD. The exception applies up to and including this day (UTC) relative to the scan's --as-of date; afterwards the findings count again and the report lists the exception as expired.
   */
  expires: string;
}
