import { hash } from 'node:crypto';

/**
 * A finding's identity across scans: only the rule, the tenant, the object and a sub-key.
 * Never names, counts, dates, severity or message text — GitHub keeps one alert per id.
 */
export function findingId(ruleId: string, tenantId: string, resourceType: string, resourceId: string, subKey = ''): string {
  // One template rather than an array joined: built once per finding.
  const identity = `v1|${ruleId}|${tenantId.toLowerCase()}|${resourceType}|${resourceId.toLowerCase()}|${subKey}`;
  // The one-shot digest: no hash object per finding (a large tenant has hundreds of thousands).
  return hash('sha256', identity, 'hex');
}
