import { fillParts, templateParts } from './messages.js';
import type { Finding, Resource, Severity } from './result.types.js';

/**
 * What an evaluated finding's message is built from: its rule's template, and how `{displayName}` is filled when the
 * params do not name the object — by the resource's name (else its id), by an empty name the rule gave, or not at all
 * (the rule's params named it, without a value). One per rule, message and naming, shared by all their findings.
 */
export class MessageSource {
  readonly parts: ReadonlyArray<string | undefined>;

  constructor(
    template: string,
    readonly naming: 'resource' | 'blank' | 'none',
  ) {
    this.parts = templateParts(template);
  }
}

type Params = NonNullable<Finding['params']>;
type Evidence = NonNullable<Finding['evidence']>;

/**
 * A finding as evaluation makes it. A large tenant keeps a million findings until the last report is written, and
 * their message texts were a fifth of that memory (114 bytes each at a million guests): the text is made from the
 * rule's template and the finding's params each time it is read, and `toJSON` writes it where result.json has it.
 * Everything else is an ordinary field, in result.json's key order. Readers see the `Finding` interface; code that
 * copies a finding's fields (a spread, `Object.keys`) would miss the message and must copy `toJSON()` instead, as
 * applying exceptions and a baseline do.
 */
export class EvaluatedFinding implements Finding {
  readonly #source: MessageSource;
  // `declare`: no field initialisers, so an absent optional key is absent (not undefined) as in a parsed result.json.
  declare id: string;
  declare ruleId: string;
  declare status: 'fail' | 'suppressed';
  declare severity: Severity;
  declare weight?: number;
  declare resource: Resource;
  declare subKey?: string;
  declare messageId: string;
  declare params?: Params;
  declare evidence?: Evidence;
  /** Never set by evaluation; a caller may mark a finding (a baseline's state, an exception) after it. */
  declare baselineState?: Finding['baselineState'];
  declare suppression?: Finding['suppression'];

  constructor(
    source: MessageSource,
    id: string,
    ruleId: string,
    severity: Severity,
    weight: number | undefined,
    resource: Resource,
    subKey: string | undefined,
    messageId: string,
    params: Params | undefined,
    evidence: Evidence | undefined,
  ) {
    this.#source = source;
    this.id = id;
    this.ruleId = ruleId;
    this.status = 'fail';
    this.severity = severity;
    if (weight !== undefined) this.weight = weight;
    this.resource = resource;
    if (subKey) this.subKey = subKey;
    this.messageId = messageId;
    if (params) this.params = params;
    if (evidence) this.evidence = evidence;
  }

  get message(): string {
    const source = this.#source;
    const naming = source.naming;
    const name = naming === 'resource' ? (this.resource.displayName ?? this.resource.id) : naming === 'blank' ? '' : undefined;
    return fillParts(source.parts, this.params, name);
  }

  /**
   * The finding as result.json has it: every key in its place, the message among them, and then what was set on it
   * since (`baselineState`, `suppression`) in the order it was set, as a spread copy would have it.
   */
  toJSON(): Finding {
    const plain = this.weight === undefined && this.subKey === undefined && this.params && this.evidence;
    if (plain && this.baselineState === undefined && this.suppression === undefined) {
      const { id, ruleId, status, severity, resource, messageId, params, evidence } = this;
      return { id, ruleId, status, severity, resource, messageId, message: this.message, params, evidence };
    }
    const finding = { id: this.id, ruleId: this.ruleId, status: this.status, severity: this.severity } as Finding;
    if (this.weight !== undefined) finding.weight = this.weight;
    finding.resource = this.resource;
    if (this.subKey !== undefined) finding.subKey = this.subKey;
    finding.messageId = this.messageId;
    finding.message = this.message;
    if (this.params) finding.params = this.params;
    if (this.evidence) finding.evidence = this.evidence;
    if (this.baselineState !== undefined || this.suppression !== undefined) {
      const target = finding as unknown as Record<string, unknown>;
      const own = this as unknown as Record<string, unknown>;
      for (const key of Object.keys(this)) if (!(key in target)) target[key] = own[key];
    }
    return finding;
  }
}

/**
 * A finding whose fields can be copied: an evaluated one as result.json has it, a loaded one as it is. Told apart by
 * `toJSON` rather than by class, so findings made by another copy of this module (the bundle beside the build) count.
 */
export function plainFinding(f: Finding): Finding {
  const own = f as Partial<Pick<EvaluatedFinding, 'toJSON'>>;
  return typeof own.toJSON === 'function' ? own.toJSON() : f;
}
