// The names and parsers the command-line faces need before any work starts (help text, flag checks). Everything
// here is light: loading it pulls in no renderer, no rule and no Graph SDK, so `--help` stays fast.
export { AUTH_MODES, ENV } from '../graph/auth-names.js';
export { CLOUD_NAMES, resolveEndpoint } from '../graph/cloud.js';
export { MAX_RANGES as MAX_GUEST_RANGES, type GuestSplit } from '../collect/guest-split.js';
export { parseFailOn, SEVERITIES, type FailOn } from '../engine/severity.js';
export { parseProfile } from '../engine/profiles.js';
export { FORMATS, parseFormats, REPORT_FILES, type Format } from '../render/formats.js';

/** `gatehouse diff --format`. */
export const DRIFT_FORMATS = ['md', 'json', 'html'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];
