// Deterministic synthetic tenants: a seeded generator for snapshots of any size, with the truth of what it planted.
export { buildWorld, longTailDomain, type GenerateOptions, type Preset, type World } from './world.js';
export { generateGuests, guestAt, guestSource, guestTruth, GuestFactory, SPECIAL_GUESTS, LAST_SUCCESSFUL_SINCE_MS } from './guests.js';
export {
  generateTenant,
  tenantParts,
  degradeSnapshot,
  DEGRADED_SECTIONS,
  SYNTH_TOOL,
  type TenantTruth,
  type TenantFacts,
} from './tenant.js';
export type { GuestTruth, GuestTruthIds } from './truth.js';
export { DEMO_OPTIONS, snapshotToJson, fixtureFiles, writeFixtures, writeTenantSnapshot, writeGuestsNdjson } from './write.js';
export { selfSignedCertificate } from './certificate.js';
export { generateRealisticTenant } from './realistic.js';
