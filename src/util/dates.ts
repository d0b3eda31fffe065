/** Dates for people: the reports, the cover and the rules' messages all write them the same way. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `2026-11-27T00:00:00Z` → `27 November 2026`: a date a client reads without knowing ISO 8601, and one no reader
 * mistakes for 11 July (day-month order varies by country; a month's name does not). UTC, no locale, no clock.
 */
export function readableDate(iso: string | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!m) return iso ?? '';
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso!;
}

/** `2026-11-27T08:05:13Z` → `27 November 2026, 08:05 UTC`. */
export function readableDateTime(iso: string | undefined): string {
  const m = iso ? /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2})/.exec(iso) : null;
  return m ? `${readableDate(iso)}, ${m[1]} UTC` : readableDate(iso);
}
