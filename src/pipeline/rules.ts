import { RULES } from '../../rules/index.js';
import type { AnyRule } from '../engine/rule.js';

/**
 * The rules gatehouse ships, owned here: the pipeline hands them to the engine and the renderers as an argument,
 * so nothing below it imports the rule list (and a command that needs no rule never loads them).
 */
export const DEFAULT_RULES: readonly AnyRule[] = RULES;

export const defaultRuleIds = (): string[] => DEFAULT_RULES.map((r) => r.meta.id);
