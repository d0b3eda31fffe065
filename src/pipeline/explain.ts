import { InputError } from '../errors.js';
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

/** The documentation of one rule (title, severity, sections, options, rationale, remediation, references, mappings). */
export function explainRule(id: string): string {
  const wanted = id.trim().toLowerCase();
  const rule = DEFAULT_RULES.find((r) => r.meta.id === wanted);
  if (!rule) {
    const near = DEFAULT_RULES.map((r) => r.meta.id).filter((r) => wanted && (r.includes(wanted) || wanted.includes(r)));
    throw new InputError(`unknown rule "${terminalSafe(id, 80)}"${near.length ? `; did you mean ${near.slice(0, 5).join(', ')}?` : ''} (see \`gatehouse rules\`)`);
  }
  return explainRuleText(rule);
}
