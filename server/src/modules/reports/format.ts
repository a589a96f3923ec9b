/** Dutch formatting shared by the report renderers (PDF, XLSX, CSV). */

const TIME_ZONE = 'Europe/Amsterdam';

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });
const isoDateParts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 });

/** Printed for a null value (suppressed or missing) in tables and charts. */
export const MISSING = '—';

/** "30 juni 2026 om 10:05" in Amsterdam time, from an ISO timestamp. */
export function formatDutchDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** "2026-06-30" (Amsterdam date), for file names. */
export function isoDateInAmsterdam(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = Object.fromEntries(isoDateParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** 1234.5 → "1.234,5" (display only; CSV writes numbers without grouping). */
export function formatDutchNumber(value: number): string {
  return numberFormat.format(value);
}

/** A share 0–1 → "43%". */
export function formatShare(value: number): string {
  return percentFormat.format(value);
}
