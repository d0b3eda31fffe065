import { hash } from 'node:crypto';

/**
 * A finding's identity across scans: only the rule, the tenant, the object and a sub-key.
 * Never names, counts, dates, severity or message text — GitHub keeps one alert per id.
 */
export function findingId(ruleId: string, tenantId: string, resourceType: string, resourceId: string, subKey = ''): string {
  // The rule's, tenant's and object type's part is the same for all of a rule's findings (hundreds of thousands in a
  // large tenant): made once, and each identity is that text and the object's part.
  if (ruleId !== prefixRule || tenantId !== prefixTenant || resourceType !== prefixType) {
    prefixRule = ruleId;
    prefixTenant = tenantId;
    prefixType = resourceType;
    prefix = `v1|${ruleId}|${tenantId.toLowerCase()}|${resourceType}|`;
  }
  // Object ids are nearly always lower case already, and toLowerCase copies even then.
  const id = lowerCaseAlready(resourceId) ? resourceId : resourceId.toLowerCase();
  // The one-shot digest: no hash object per finding.
  return hash('sha256', prefix + id + '|' + subKey, 'hex');
}

let prefixRule: string | undefined;
let prefixTenant: string | undefined;
let prefixType: string | undefined;
let prefix = '';

/** No capital ASCII letter and nothing beyond ASCII (whose lower case only toLowerCase knows). */
function lowerCaseAlready(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return false;
  }
  return true;
}
