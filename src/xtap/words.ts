import type { ValueSource } from './resolve.js';

/**
 * Where an effective cross-tenant value comes from, in the words every output uses (rule messages, drift, the
 * HTML partner matrix, `explain partner`), so a reader meets one vocabulary whichever report they open.
 */
export const SOURCE_PHRASE: Record<ValueSource, string> = {
  partner: 'set on the partner',
  default: 'inherited from the default settings',
  'service-default': "Microsoft's service default",
};

/** The same, as short tags for tables and listings. */
export const SOURCE_TAG: Record<ValueSource, string> = { partner: 'partner', default: 'default', 'service-default': 'service default' };
