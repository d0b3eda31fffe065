import { countOf } from '../util/count-of.js';
import { InputError } from '../errors.js';
import { explainGuest, guestsGap, matchesGuest } from '../render/explain-guest.js';
import { explainPartner } from '../render/explain-partner.js';
import { explainRuleText } from '../render/rules-doc.js';
import { terminalSafe } from '../render/terminal.js';
import { loadSnapshot } from '../snapshot/load.js';
import { DEFAULT_RULES } from './rules.js';

/** `explain partner`: the partner's effective settings and Conditional Access, read from a snapshot file. */
export async function explainPartnerInFile(file: string, query: string): Promise<string> {
  const { snapshot } = await loadSnapshot(file);
  return explainPartner(snapshot, query, file);
}

/**
 * `explain guest`: everything the snapshot knows about one guest, found by object id, user principal name or mail.
 * The guests are read in one pass (streamed for a large snapshot) and the pass stops at the first match.
 */
export async function explainGuestInFile(file: string, query: string): Promise<string> {
  const { snapshot, guests } = await loadSnapshot(file);
  const gap = guestsGap(snapshot, file);
  if (gap) throw gap;
  for await (const guest of guests.read()) {
    if (matchesGuest(guest, query)) return explainGuest(snapshot, guest);
  }
  throw new InputError(
    `no guest "${terminalSafe(query, 120)}" in ${file} (${countOf(guests.count, 'guest')}; give an object id, user principal name or mail address)`,
  );
}

/** The documentation of one rule (title, severity, sections, options, rationale, remediation, references, mappings). */
export function explainRule(id: string): string {
  const wanted = id.trim().toLowerCase();
  const rule = DEFAULT_RULES.find((r) => r.meta.id === wanted);
  if (!rule) {
    const near = DEFAULT_RULES.map((r) => r.meta.id).filter((r) => wanted && (r.includes(wanted) || wanted.includes(r)));
    throw new InputError(
      `unknown rule "${terminalSafe(id, 80)}"${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''} (see \`gatehouse rules\`)`,
    );
  }
  return explainRuleText(rule);
}
