/**
 * Read the claims of a JWT access token without verifying it: gatehouse only uses them to warn early (missing
 * application permissions) and to learn the tenant id. Graph verifies the token; we never trust these claims for
 * anything else, and never print the token itself.
 */
export interface AccessTokenClaims {
  tid?: string;
  roles?: string[];
  scp?: string;
  appid?: string;
  azp?: string;
  exp?: number;
  [claim: string]: unknown;
}

export function decodeJwtClaims(token: string): AccessTokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const json = Buffer.from(parts[1].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as AccessTokenClaims) : undefined;
  } catch {
    return undefined;
  }
}

/** Application permissions (app roles) the token carries, or undefined for delegated / opaque tokens. */
export function tokenRoles(token: string): string[] | undefined {
  const roles = decodeJwtClaims(token)?.roles;
  return Array.isArray(roles) && roles.every((r) => typeof r === 'string') ? roles : undefined;
}
