import type { ImportProblem } from '@koers/contracts';

const HEADER = ['regel', 'kolom', 'code', 'reden'];

/** One CSV cell: quoted when it holds the delimiter, a quote or a line break (RFC 4180 style). */
function cell(value: string | number): string {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The problems of an import report as a CSV the decaan can open in Excel next to the file:
 * semicolon-separated (Dutch Excel) with a byte-order mark so Excel reads it as UTF-8.
 */
export function problemsCsv(problems: readonly ImportProblem[]): string {
  const lines = [HEADER, ...problems.map((problem) => [problem.line, problem.column, problem.code, problem.message])];
  return '\uFEFF' + lines.map((line) => line.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** "sbb-2026.csv" → "foutenrapport-sbb-2026.csv". */
export function problemsFileName(fileName: string): string {
  const base = fileName.replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '-') || 'import';
  return `foutenrapport-${base}.csv`;
}
