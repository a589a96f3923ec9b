import type { ReportCell } from '@koers/contracts';
import type { Language } from '../../../core/i18n/dictionary';
import { localeOf } from '../../../shared/format/numbers';

const TIME_ZONE = 'Europe/Amsterdam';

/** "4 december 2026 om 17:15" (Dutch time, whatever the device's zone); the ISO text when it is not a date. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** "4 dec 2026, 17:15": compact, for the list of share links. */
export function formatShortDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(language), { timeZone: TIME_ZONE, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A table cell of the (Dutch) report: numbers as the PDF prints them (3,8), null as "—", text as is. */
export function formatCell(cell: ReportCell): string {
  if (cell === null) return '—';
  return typeof cell === 'number' ? dutchNumber.format(cell) : cell;
}
