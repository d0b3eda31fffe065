import { InputError } from '../errors.js';

export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  // Accept a date (2026-11-27) or a full ISO timestamp; reject anything Date would guess at.
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) {
    throw new InputError(`--as-of "${value}" is not an ISO date (use e.g. 2026-11-27 or 2026-11-27T00:00:00Z)`);
  }
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new InputError(`--as-of "${value}" is not a valid date`);
  return d;
}
