// The library's surface: the pipeline's stages as plain functions, and the building blocks an embedder needs to
// write a rule or hold a snapshot. src/index.ts (the package entry) re-exports exactly this.
export { evaluate, evaluateStream } from '../engine/run.js';
export { describeSectionGap } from '../engine/section-gap.js';
export { defineRule } from '../engine/rule.js';
export type { Rule, RuleMeta, RuleContext, AnyRule, Severity } from '../engine/rule.js';
export type { Result, Finding, RuleResult } from '../engine/result.types.js';
export { findingId } from '../engine/finding-id.js';
export { loadSnapshot, validateSnapshot } from '../snapshot/load.js';
export { guestsInMemory, separateGuests, type Guests } from '../snapshot/guests.js';
export type { Snapshot } from '../snapshot/snapshot.types.js';
export { SECTIONS } from '../snapshot/sections.js';
export { writeSnapshotFile } from '../snapshot/write.js';
export { resolveDefault, resolvePartner } from '../xtap/resolve.js';
export { collectSnapshot } from '../collect/collect.js';
export { startGraphSimulator, modelFromSnapshot } from '../simulator/index.js';
export { DEFAULT_RULES as RULES } from './rules.js';
export { evaluateFile, evaluateSnapshot, runScan, writeReports } from './scan.js';
export { rerender } from './report.js';
export { diffScans } from './diff.js';
export { scanTenants } from './tenants.js';
