import type { ReportBarChart, ReportCell, ReportDocument, ReportTable } from '@koers/contracts';
import ExcelJS from 'exceljs';
import { MISSING, formatDutchDateTime } from './format';

/**
 * A ReportDocument as a workbook: "Overzicht" with the texts (title, paragraphs, chart summaries,
 * notes), then one sheet per table and one per chart with the chart's data. Numbers stay numbers
 * (Excel shows them with the reader's decimal comma); suppressed values such as "<5" stay text.
 */
export async function renderXlsx(report: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koers';
  workbook.title = report.title;
  workbook.subject = report.subtitle;
  workbook.company = report.school;
  const generatedAt = new Date(report.generatedAt);
  workbook.created = Number.isNaN(generatedAt.getTime()) ? new Date() : generatedAt;

  const names = new SheetNames();
  const overview = workbook.addWorksheet(names.claim('Overzicht'));
  overview.getColumn(1).width = 100;
  const line = (text: string, font?: Partial<ExcelJS.Font>): ExcelJS.Row => {
    const row = overview.addRow([text]);
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    if (font) row.getCell(1).font = font;
    return row;
  };

  line(report.title, { bold: true, size: 16 });
  line(report.subtitle, { size: 12 });
  line(report.school);
  line(`Gemaakt op ${formatDutchDateTime(report.generatedAt)}`, { italic: true, color: { argb: 'FF555555' } });

  for (const section of report.sections) {
    overview.addRow([]);
    line(section.heading, { bold: true, size: 13 });
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') {
        line(block.text, block.emphasis ? { bold: true } : undefined);
        continue;
      }
      const sheetName = names.claim(block.kind === 'table' ? block.sheetName : block.caption);
      if (block.kind === 'table') addTableSheet(workbook, sheetName, block);
      else {
        addChartSheet(workbook, sheetName, block);
        line(block.caption, { bold: true });
        line(block.summary);
      }
      const link = line(`${block.kind === 'table' ? block.caption : 'Gegevens van de grafiek'}: zie tabblad "${sheetName}"`);
      link.getCell(1).value = { text: link.getCell(1).text, hyperlink: `#'${sheetName.replaceAll("'", "''")}'!A1` };
      link.getCell(1).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
  }

  if (report.notes.length > 0) {
    overview.addRow([]);
    line('Toelichting', { bold: true, size: 13 });
    for (const note of report.notes) line(`• ${note}`);
  }

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function addTableSheet(workbook: ExcelJS.Workbook, name: string, table: ReportTable): void {
  addDataSheet(workbook, name, table.columns, table.rows, () => undefined);
}

/** Chart data as a table: a row per category, a column per series; shares as numbers in percent format. */
function addChartSheet(workbook: ExcelJS.Workbook, name: string, chart: ReportBarChart): void {
  const rows = chart.categories.map((category, index) => [category, ...chart.series.map((item) => item.values[index] ?? null)]);
  const numFmt = chart.unit === '%' ? '0%' : undefined;
  addDataSheet(workbook, name, ['Categorie', ...chart.series.map((item) => item.name)], rows, (columnIndex) => (columnIndex > 0 ? numFmt : undefined));
}

function addDataSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  rows: readonly (readonly ReportCell[])[],
  numberFormat: (columnIndex: number) => string | undefined,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const header = sheet.addRow([...columns]);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  for (const cells of rows) {
    const row = sheet.addRow(columns.map((_, index) => xlsxValue(cells[index] ?? null)));
    columns.forEach((_, index) => {
      const cell = row.getCell(index + 1);
      const format = numberFormat(index);
      if (format !== undefined && typeof cell.value === 'number') cell.numFmt = format;
      if (typeof cell.value === 'string') cell.alignment = { horizontal: cell.value === MISSING || /^[<>]\s*\d/.test(cell.value) ? 'right' : 'left' };
    });
  }
  columns.forEach((title, index) => {
    const longest = Math.max(title.length, ...rows.map((cells) => displayLength(cells[index] ?? null)));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  if (rows.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** Numbers as numbers; text (including "<5") as text; null (suppressed or missing) as "—". */
function xlsxValue(cell: ReportCell): string | number {
  if (cell === null) return MISSING;
  return cell;
}

function displayLength(cell: ReportCell): number {
  if (cell === null) return 1;
  return typeof cell === 'number' ? String(cell).length : cell.length;
}

/** Excel's sheet name rules: ≤ 31 characters, none of []:*?/\, no leading/trailing apostrophe, unique ignoring case. */
export class SheetNames {
  private readonly taken = new Set<string>(['history']);

  claim(wanted: string): string {
    const base =
      wanted
        .replace(/[[\]:*?/\\\p{Cc}]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^'+|'+$/g, '')
        .trim() || 'Blad';
    for (let attempt = 1; ; attempt++) {
      const suffix = attempt === 1 ? '' : ` (${attempt})`;
      const name = `${[...base].slice(0, 31 - suffix.length).join('').trimEnd()}${suffix}`;
      if (!this.taken.has(name.toLowerCase())) {
        this.taken.add(name.toLowerCase());
        return name;
      }
    }
  }
}
