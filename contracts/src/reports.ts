/**
 * A report as data (issue 7): the schoolleiding's year report and other exports are built as a
 * ReportDocument once and rendered to PDF (A4, server-side), XLSX and CSV by server/src/modules/reports.
 * Texts are final (already Dutch); numbers in tables are already suppressed (strings such as "<5").
 */

export type ReportCell = string | number | null;

export interface ReportTable {
  readonly kind: 'table';
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  /** Name of the XLSX sheet / CSV file for this table (≤ 31 characters, no []:*?/\). */
  readonly sheetName: string;
}

export interface ReportBarChart {
  readonly kind: 'bar-chart';
  readonly caption: string;
  /** Text alternative: what the chart shows, in one or two sentences. */
  readonly summary: string;
  /** '%' values are shares 0–1 drawn as percentages; 'n' values are counts. */
  readonly unit: '%' | 'n';
  readonly categories: readonly string[];
  /** At most 8 series (KOERS_PALETTE); null = suppressed or missing (drawn as a gap, labelled). */
  readonly series: readonly { readonly name: string; readonly values: readonly (number | null)[] }[];
}

export interface ReportParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  /** Emphasised (e.g. the generated choice-shift sentence). */
  readonly emphasis?: boolean;
}

export type ReportBlock = ReportParagraph | ReportTable | ReportBarChart;

export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportDocument {
  readonly title: string;
  readonly subtitle: string;
  readonly school: string;
  /** ISO timestamp; printed as a Dutch date and time (Europe/Amsterdam). */
  readonly generatedAt: string;
  readonly sections: readonly ReportSection[];
  /** Printed at the end: suppression rules, sources, caution about causality. */
  readonly notes: readonly string[];
}

/** `POST /api/reports/shares` (schoolleiding, decaan): an expiring read-only link to a year report. */
export interface ReportShareInput {
  readonly schoolYear: string; // "2026-2027"
  /** 1–90 days; default 30. */
  readonly days: number;
}

export interface ReportShare {
  readonly id: string;
  readonly schoolYear: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  /** Only in the answer to POST (the token is not stored): the SPA path `/gedeeld/verslag/<token>`. */
  readonly path?: string;
}

export const REPORT_SHARE_MAX_DAYS = 90;

/** A school year runs from 1 August to 31 July and is written "2026-2027". */
export const SCHOOL_YEAR = /^(\d{4})-(\d{4})$/;

/** The school year a moment falls in, in Dutch time (Europe/Amsterdam), on the server and in the browser alike. */
export function schoolYearOf(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: 'numeric' }).formatToParts(date);
  const year = Number(parts.find((part) => part.type === 'year')?.value ?? date.getUTCFullYear());
  const month = Number(parts.find((part) => part.type === 'month')?.value ?? date.getUTCMonth() + 1);
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** First and last day of a school year (yyyy-mm-dd), or null when it is not written as one. */
export function schoolYearRange(schoolYear: string): { from: string; to: string } | null {
  const match = SCHOOL_YEAR.exec(schoolYear);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return null;
  return { from: `${match[1]}-08-01`, to: `${match[2]}-07-31` };
}

/** "2026-2027" → "2025-2026" (`years` back). */
export function earlierSchoolYear(schoolYear: string, years = 1): string {
  const start = Number(schoolYear.slice(0, 4)) - years;
  return `${start}-${start + 1}`;
}
