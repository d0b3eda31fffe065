import type { GrantAnalysis } from '../model/conditional-access.js';
import { terminalSafe } from './terminal.js';

// What the `explain` views share: tenant strings made safe for a terminal, and the words for a policy's state and grant.

/** Any string that came from the tenant: printable, bounded, unable to move the cursor or recolour the terminal. */
export const t = (s: string | null | undefined, max = 200): string => terminalSafe(String(s ?? ''), max);

export const STATE_LABEL = { enabled: 'enabled', reportOnly: 'report-only', disabled: 'disabled', unknown: 'state?' } as const;

/** A grant in one line: block, or its controls joined by their operator. */
export function grantWords(grant: GrantAnalysis): string {
  if (grant.blocks) return 'block access';
  return grant.controls.length
    ? grant.controls.map((c) => t(c, 40)).join(` ${grant.operator} `)
    : 'no grant control (session controls only)';
}
