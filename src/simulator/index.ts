// Graph simulator: a Graph-speaking HTTP server on 127.0.0.1 for tests, demos and benchmarks.
export {
  startGraphSimulator,
  RESOURCE_UNIT_LIMITS,
  type GraphSimulator,
  type SimulatorOptions,
  type LogEntry,
  type SimulatorStats,
  type ResourceUnitBudget,
  type TenantSize,
} from './server.js';
export {
  modelFromSnapshot,
  modelFromFile,
  loadModelDir,
  emptyModel,
  addResource,
  addTenant,
  normalisePath,
  ArraySource,
  type TenantModel,
  type CollectionSource,
  type ModelResource,
  type ModelFile,
  type TenantInformation,
} from './model.js';
export { pathMatches, type FaultKind, type FaultSpec } from './faults.js';
