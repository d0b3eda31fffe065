import { InputError } from '../errors.js';
import { describeAjvError, type Validator } from '../util/ajv.js';
import { compileRuleOptions } from '../util/ajv-compile.js';
import type { GatehouseConfig } from './config.types.js';
import { DEFAULT_PROFILE, profileNamed, unknownProfile, type RuleOverride } from './profiles.js';
import type { Severity } from './result.types.js';
import type { AnyRule } from './rule.js';
import { byRuleId } from './rule-options.validators.js';

export interface RuleSettings {
  enabled: boolean;
  severity?: Severity;
  options: Record<string, unknown>;
}

const optionValidators = new WeakMap<AnyRule, Validator>();

/**
 * A rule's options validator (it fills in the defaults as it validates): generated at build time for the rules
 * gatehouse ships, compiled here only for a rule whose options schema is not the one generated (an embedder's own).
 */
function optionValidator(rule: AnyRule): Validator | undefined {
  const spec = rule.meta.options;
  if (!spec) return undefined;
  let fn = optionValidators.get(rule);
  if (!fn) {
    const generated = byRuleId[rule.meta.id];
    fn = generated?.schema === JSON.stringify(spec.schema) ? generated.validate : compileRuleOptions(spec.schema);
    optionValidators.set(rule, fn);
  }
  return fn;
}

/** Validate one rule's options (filling defaults); `where` names the source for the error message. */
export function validateRuleOptions(rule: AnyRule, options: Record<string, unknown>, where: string): Record<string, unknown> {
  const copy = structuredClone(options);
  const validate = optionValidator(rule);
  if (!validate) {
    if (Object.keys(copy).length) throw new InputError(`${where}: rule ${rule.meta.id} takes no options`);
    return copy;
  }
  if (!validate(copy)) {
    const first = validate.errors?.[0];
    const { path, reason } = first ? describeAjvError(first) : { path: '$', reason: 'is invalid' };
    throw new InputError(`${where}${path.slice(1)}: ${reason}`);
  }
  return copy;
}

/**
 * Effective settings per rule: rule defaults ← profile ← config file. Unknown rule ids and bad options are
 * input errors (exit 2), never silently ignored.
 */
export function resolveRuleSettings(
  rules: readonly AnyRule[],
  config: GatehouseConfig,
  profileName: string | undefined,
  configSource = 'config',
): { profile: string; settings: Map<string, RuleSettings> } {
  const profile = profileName ?? config.profile ?? DEFAULT_PROFILE;
  const profileDef = profileNamed(profile);
  if (!profileDef) throw new InputError(unknownProfile(profile)!);
  const known = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!known.has(id))
      throw new InputError(`invalid config ${configSource} at $.rules["${id}"]: unknown rule id (see \`gatehouse rules\`)`);
  }
  const settings = new Map<string, RuleSettings>();
  for (const rule of rules) {
    const id = rule.meta.id;
    const fromProfile: RuleOverride = (Object.hasOwn(profileDef.rules, id) ? profileDef.rules[id] : undefined) ?? {};
    const fromConfig: RuleOverride = (config.rules && Object.hasOwn(config.rules, id) ? config.rules[id] : undefined) ?? {};
    const merged = { ...(fromProfile.options ?? {}), ...(fromConfig.options ?? {}) };
    const where = fromConfig.options
      ? `invalid config ${configSource} at $.rules["${id}"].options`
      : `profile ${profile}, rule ${id} options at $`;
    const severity = fromConfig.severity ?? fromProfile.severity;
    settings.set(id, {
      enabled: fromConfig.enabled ?? fromProfile.enabled ?? true,
      ...(severity ? { severity } : {}),
      options: validateRuleOptions(rule, merged, where),
    });
  }
  return { profile, settings };
}
