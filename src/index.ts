// Library entry: the pipeline stages as plain functions, for embedding gatehouse in other tools.
export { evaluate, describeSectionGap } from './engine/run.js';
export { defineRule } from './engine/rule.js';
export type { Rule, RuleMeta, RuleContext, AnyRule, Severity } from './engine/rule.js';
export type { Result, Finding, RuleResult } from './engine/result.types.js';
export { findingId } from './engine/finding-id.js';
export { loadSnapshot, validateSnapshot } from './snapshot/load.js';
export type { Snapshot } from './snapshot/snapshot.types.js';
export { SECTIONS } from './snapshot/sections.js';
export { resolveDefault, resolvePartner } from './xtap/resolve.js';
export { evaluateFile, writeReports } from './scan.js';
export { RULES } from '../rules/index.js';
export { collectSnapshot, writeSnapshotFile } from './collect/index.js';
export { startGraphSimulator, modelFromSnapshot } from './simulator/index.js';
