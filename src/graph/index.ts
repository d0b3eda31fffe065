// The Graph layer: the only code in gatehouse that performs HTTP.
export { GraphClient, buildPathAndQuery, type GraphQuery, type GraphTuning, type GraphVersion, type BatchResult, type PageInfo } from './client.js';
export { GraphRequestError, AuthenticationFailure, ReadOnlyViolation } from './errors.js';
export type { GraphEvent } from './middleware.js';
export type { TokenSource } from './token-source.js';
export { CLOUDS, CLOUD_NAMES, resolveEndpoint, isLoopbackHost, type CloudName, type GraphEndpoint } from './cloud.js';
export { planCredential, createCredential, tokenSourceFor, StaticTokenSource, CredentialTokenSource, AUTH_MODES, ENV, type AuthMode, type CredentialPlan } from './credential.js';
export { decodeJwtClaims, tokenRoles } from './jwt.js';
