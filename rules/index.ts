import type { AnyRule } from '../src/engine/rule.js';
import xtapDefaultMfaTrust from './xtap-default-mfa-trust.js';

/** Every rule gatehouse ships, in report order. A meta-test checks this list against the files in rules/. */
export const RULES: readonly AnyRule[] = [xtapDefaultMfaTrust as AnyRule];
