import { InputError } from '../errors.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export function parseAsOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  // Accept a date (2026-11-27) or a full ISO timestamp; reject anything Date would guess at.
  const m = ISO.exec(value);
  if (!m) throw new InputError(`--as-of "${value}" is not an ISO date (use e.g. 2026-11-27 or 2026-11-27T00:00:00Z)`);
  // Date rolls a day that does not exist over into the next month (2026-02-30 becomes 2026-03-02): check each part.
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((p) => (p === undefined ? 0 : Number(p))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = month >= 1 && month <= 12 ? new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate() : 0;
  if (day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59)
    throw new InputError(`--as-of "${value}" is not a valid date`);
  const offset = m[7];
  if (offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(-2)) > 59))
    throw new InputError(`--as-of "${value}" is not a valid date`);
  const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new InputError(`--as-of "${value}" is not a valid date`);
  return d;
}
