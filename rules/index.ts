import type { AnyRule } from '../src/engine/rule.js';
import connectorUnsecured from './connector-unsecured.js';
import federationDomainHasEntraTenant from './federation-domain-has-entra-tenant.js';
import guestStale from './guest-stale.js';
import inviteDomainAllowlistMissing from './invite-domain-allowlist-missing.js';
import xtapDefaultInboundOpen from './xtap-default-inbound-open.js';
import xtapDefaultMfaTrust from './xtap-default-mfa-trust.js';

/** Every rule gatehouse ships, in report order. A meta-test checks this list against the files in rules/. */
export const RULES: readonly AnyRule[] = [
  xtapDefaultInboundOpen as AnyRule,
  xtapDefaultMfaTrust as AnyRule,
  guestStale as AnyRule,
  inviteDomainAllowlistMissing as AnyRule,
  connectorUnsecured as AnyRule,
  federationDomainHasEntraTenant as AnyRule,
];
