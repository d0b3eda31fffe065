import type { FrameworkId } from '../engine/rule.js';

/** One control of a peer benchmark or tool, under its exact public id and our own short title (never the benchmark's prose). */
export interface FrameworkControl {
  id: string;
  title: string;
  /** Where the control lives beyond Entra ID (SharePoint, Teams, …); rules here cross-reference it but do not judge it. */
  adjacent?: boolean;
  /** A short note on how the peer reads the control when that matters to our mapping. */
  note?: string;
}

export interface Framework {
  id: FrameworkId;
  name: string;
  publisher: string;
  /** Editions or versions the ids were taken from. */
  edition: string;
  /** How ids are written, so a mapping typo is easy to spot. */
  idFormat: string;
  controls: readonly FrameworkControl[];
}
