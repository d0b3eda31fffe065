// Collection: Graph → snapshot, one collector per section.
export { collectSnapshot, API_CONNECTORS_FLAG, type CollectOptions, type Collected, type CollectSummary } from './collect.js';
export { COLLECTORS } from './registry.js';
export { writeSnapshotFile } from './write.js';
export { classifyFailure, isLicenceError } from './status.js';
export { permissionRows, sectionsMissingFor, rulesAffectedBy, azCommands, costTableMarkdown, GRAPH_APP_ID } from './permissions.js';
export type { CollectEvent, SectionOutcome, Collector } from './types.js';
