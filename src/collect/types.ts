import type { GraphClient } from '../graph/client.js';
import type { CloudName } from '../graph/cloud.js';
import type { GraphEvent } from '../graph/middleware.js';
import type { GuestSplit } from './guest-split.js';
import type { SectionName, SectionStatus } from '../snapshot/snapshot.types.js';

/** How one section came out: its status, and its data when ok (evidence-only sections have none). */
export interface SectionOutcome {
  status: SectionStatus;
  data?: unknown;
}

export type Outcomes = Partial<Record<SectionName, SectionOutcome>>;

export type CollectEvent =
  | { type: 'section-start'; sections: readonly SectionName[] }
  | { type: 'section-done'; section: SectionName; status: SectionStatus }
  | { type: 'page'; section: SectionName; page: number; itemsSoFar: number }
  | { type: 'graph'; event: GraphEvent }
  | { type: 'warning'; message: string };

export interface CollectContext {
  graph: GraphClient;
  /** Where the endpoint lives; `custom` (e.g. `--graph-url`) means every API is tried. */
  cloud: CloudName | 'custom';
  includeApiConnectors: boolean;
  /** Read the guest list as this many creation-date ranges side by side, or as many as its size calls for (`auto`); absent or 1: one chain. See guest-split.ts. */
  guestSplit?: GuestSplit;
  progress(event: CollectEvent): void;
  now(): number;
  /**
   * Record that the next `count` objects of `section`'s data came from `request` (`GET /v1.0/applications?…`), so a
   * schema problem in one of them can name the request that brought it.
   */
  noteSource?(section: SectionName, request: string, count: number): void;
}

/** One unit of collection: the requests behind one or more sections (guests also yield sign-in and sponsor evidence). */
export interface Collector {
  sections: readonly SectionName[];
  run(ctx: CollectContext): Promise<Outcomes>;
}
