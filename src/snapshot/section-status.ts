import type { SectionName, SectionStatus, Snapshot } from './snapshot.types.js';

/** How a section's collection went, or undefined when the snapshot does not mention it. */
export function sectionStatus(snapshot: Snapshot | undefined, name: SectionName): SectionStatus | undefined {
  return (snapshot?.sections as Record<string, SectionStatus | undefined> | undefined)?.[name];
}

/** The section was collected in full (only such a section carries data). */
export function sectionOk(snapshot: Snapshot | undefined, name: SectionName): boolean {
  return sectionStatus(snapshot, name)?.status === 'ok';
}
