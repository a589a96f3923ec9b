import type { ReportCell, ReportTable } from '@koers/contracts';
import { isoDateInAmsterdam } from './format';

/**
 * CSV for Excel with Dutch regional settings: `;` between fields, decimal comma, CRLF line ends,
 * RFC 4180 quoting and a UTF-8 byte order mark (without it Excel reads the file as Windows-1252).
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';

/** Text starting with one of these is read as a formula by spreadsheet programs (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function renderCsv(table: ReportTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(SEPARATOR));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** One field: numbers with a decimal comma and no grouping; text guarded against formulas and quoted when needed. */
export function csvField(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', ',') : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** "keuzeverschuiving-per-sector-2026-06-30.csv": ASCII, lower case, the report date when given. */
export function csvFileName(table: Pick<ReportTable, 'sheetName' | 'caption'>, generatedAt?: string): string {
  const slug = slugify(table.sheetName) || slugify(table.caption) || 'tabel';
  const date = generatedAt === undefined ? null : isoDateInAmsterdam(generatedAt);
  return `${date === null ? slug : `${slug}-${date}`}.csv`;
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
