import type { ReportBarChart, ReportCell, ReportDocument, ReportParagraph, ReportSection, ReportTable } from '@koers/contracts';
import { KOERS_PALETTE } from '@koers/contracts';
import PDFDocument from 'pdfkit';
import { MISSING, formatDutchDateTime, formatDutchNumber, formatShare } from './format';

/**
 * A ReportDocument as an A4 PDF: pdfkit with the standard Helvetica fonts (WinAnsi covers Dutch
 * accents, so no font files), tables that break across pages with their header row repeated, bar
 * charts drawn as vectors, and "Pagina x van y" in every footer (pages are buffered until the end).
 */
export async function renderPdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'portrait',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: pdfText(report.title),
      Subject: pdfText(report.subtitle),
      Author: 'Koers',
      Creator: 'Koers',
      CreationDate: validDate(report.generatedAt) ?? new Date(),
    },
  });
  const output = collect(doc);
  try {
    new PdfLayout(doc).document(report);
    addFooters(doc, report);
  } finally {
    doc.end();
  }
  return output;
}

const MARGIN = 50;
const FOOTER_SPACE = 20;
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ITALIC = 'Helvetica-Oblique';
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#b8b8b8';
const GRID = '#e2e2e2';
const HEADER_FILL = '#e6eef6';
const STRIPE_FILL = '#f5f5f5';
const CELL_PADDING = 4;
const TABLE_FONT_SIZE = 8.5;
const PLOT_HEIGHT = 170;
const AXIS_LABEL_WIDTH = 34;
const MIN_LABELLED_BAR_WIDTH = 7;

type Doc = PDFKit.PDFDocument;

class PdfLayout {
  constructor(private readonly doc: Doc) {}

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  document(report: ReportDocument): void {
    this.titleBlock(report);
    for (const section of report.sections) this.section(section);
    this.notes(report.notes);
  }

  private titleBlock(report: ReportDocument): void {
    const { doc } = this;
    doc.font(BOLD).fontSize(20).fillColor(INK).text(pdfText(report.title), this.left, doc.y, { width: this.width });
    doc.moveDown(0.2);
    doc.font(REGULAR).fontSize(13).fillColor(MUTED).text(pdfText(report.subtitle), { width: this.width });
    doc.moveDown(0.4);
    doc.font(BOLD).fontSize(10.5).fillColor(INK).text(pdfText(report.school), { width: this.width });
    doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(pdfText(`Gemaakt op ${formatDutchDateTime(report.generatedAt)}`), { width: this.width });
    doc.moveDown(0.6);
    this.rule(doc.y);
    doc.moveDown(0.8);
  }

  private section(section: ReportSection): void {
    const { doc } = this;
    doc.font(BOLD).fontSize(14);
    const headingHeight = doc.heightOfString(pdfText(section.heading), { width: this.width });
    this.ensureSpace(headingHeight + 60); // keep the heading with the start of its content
    doc.moveDown(0.3);
    doc.fillColor(INK).text(pdfText(section.heading), this.left, doc.y, { width: this.width });
    doc.moveDown(0.4);
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') this.paragraph(block);
      else if (block.kind === 'table') this.table(block);
      else this.barChart(block);
    }
  }

  private paragraph(paragraph: ReportParagraph): void {
    const { doc } = this;
    const text = pdfText(paragraph.text);
    if (!paragraph.emphasis) {
      doc.font(REGULAR).fontSize(10.5).fillColor(INK).text(text, this.left, doc.y, { width: this.width, lineGap: 2 });
      doc.moveDown(0.6);
      return;
    }
    // Emphasised: larger and bold, with an accent bar on the left.
    const indent = 10;
    doc.font(BOLD).fontSize(12.5);
    const height = doc.heightOfString(text, { width: this.width - indent, lineGap: 2 });
    this.ensureSpace(height + 8);
    const top = doc.y + 2;
    doc.fillColor(INK).text(text, this.left + indent, top, { width: this.width - indent, lineGap: 2 });
    if (doc.y > top) doc.rect(this.left, top - 2, 3, doc.y - top + 2).fill(KOERS_PALETTE[0]);
    doc.x = this.left;
    doc.moveDown(0.7);
  }

  // --- tables -------------------------------------------------------------------------------

  private table(table: ReportTable): void {
    const { doc } = this;
    const columnCount = table.columns.length;
    if (columnCount === 0) return;
    const header = table.columns.map(pdfText);
    const rows = table.rows.map((row) => table.columns.map((_, index) => pdfText(cellText(row[index] ?? null))));
    const widths = this.columnWidths(header, rows);
    const rightAligned = table.columns.map((_, index) => table.rows.length > 0 && table.rows.every((row) => isNumberLike(row[index] ?? null)));

    const rowHeight = (cells: readonly string[], font: string): number => {
      doc.font(font).fontSize(TABLE_FONT_SIZE);
      return Math.max(...cells.map((cell, index) => doc.heightOfString(cell || ' ', { width: widths[index] - 2 * CELL_PADDING }))) + 2 * CELL_PADDING;
    };
    const headerHeight = rowHeight(header, BOLD);

    doc.font(BOLD).fontSize(10);
    const captionHeight = doc.heightOfString(pdfText(table.caption), { width: this.width }) + 4;
    const firstRowHeight = rows.length > 0 ? rowHeight(rows[0], REGULAR) : 0;
    this.ensureSpace(captionHeight + headerHeight + firstRowHeight);
    doc.font(BOLD).fontSize(10).fillColor(INK).text(pdfText(table.caption), this.left, doc.y, { width: this.width });
    let y = doc.y + 4;

    const drawRow = (cells: readonly string[], top: number, height: number, font: string, fill: string | null): void => {
      if (fill !== null) doc.rect(this.left, top, sum(widths), height).fill(fill);
      doc.font(font).fontSize(TABLE_FONT_SIZE).fillColor(INK);
      let x = this.left;
      cells.forEach((cell, index) => {
        doc.text(cell, x + CELL_PADDING, top + CELL_PADDING, { width: widths[index] - 2 * CELL_PADDING, align: rightAligned[index] ? 'right' : 'left' });
        x += widths[index];
      });
      doc.moveTo(this.left, top + height).lineTo(this.left + sum(widths), top + height).lineWidth(0.5).strokeColor(RULE).stroke();
    };
    const drawHeader = (): void => {
      drawRow(header, y, headerHeight, BOLD, HEADER_FILL);
      y += headerHeight;
    };

    drawHeader();
    rows.forEach((cells, rowIndex) => {
      const height = rowHeight(cells, REGULAR);
      if (y + height > this.bottom) {
        doc.addPage();
        doc.font(ITALIC).fontSize(8.5).fillColor(MUTED).text(pdfText(`${table.caption} (vervolg)`), this.left, doc.y, { width: this.width });
        y = doc.y + 3;
        drawHeader();
      }
      drawRow(cells, y, height, REGULAR, rowIndex % 2 === 1 ? STRIPE_FILL : null);
      y += height;
    });
    doc.x = this.left;
    doc.y = y + 14;
  }

  /** Natural widths (widest cell) when they fit; otherwise narrow columns keep theirs and wide ones share the rest. */
  private columnWidths(header: readonly string[], rows: readonly (readonly string[])[]): number[] {
    const { doc } = this;
    const natural = header.map((title, index) => {
      doc.font(BOLD).fontSize(TABLE_FONT_SIZE);
      let widest = doc.widthOfString(title);
      doc.font(REGULAR).fontSize(TABLE_FONT_SIZE);
      for (const row of rows) widest = Math.max(widest, doc.widthOfString(row[index]));
      return widest + 2 * CELL_PADDING + 1;
    });
    const available = this.width;
    const total = sum(natural);
    if (total <= available) return natural.map((width) => (width * available) / total);
    const widths = [...natural];
    const fixed = new Set<number>();
    for (;;) {
      const flexible = natural.map((_, index) => index).filter((index) => !fixed.has(index));
      const room = available - sum([...fixed].map((index) => widths[index]));
      const share = room / flexible.length;
      const narrow = flexible.filter((index) => natural[index] <= share);
      if (narrow.length === 0) {
        const flexibleTotal = sum(flexible.map((index) => natural[index]));
        for (const index of flexible) widths[index] = (room * natural[index]) / flexibleTotal;
        return widths;
      }
      for (const index of narrow) fixed.add(index);
    }
  }

  // --- bar charts ---------------------------------------------------------------------------

  private barChart(chart: ReportBarChart): void {
    const { doc } = this;
    const caption = pdfText(chart.caption);
    const categories = chart.categories.map(pdfText);
    const series = chart.series.slice(0, KOERS_PALETTE.length);
    const hasGap = series.some((item) => item.values.some((value) => value === null));
    if (categories.length === 0 || series.length === 0) {
      doc.font(BOLD).fontSize(10);
      this.ensureSpace(doc.heightOfString(caption, { width: this.width }) + 30);
      doc.fillColor(INK).text(caption, this.left, doc.y, { width: this.width });
      doc.font(ITALIC).fontSize(9).fillColor(MUTED).text(pdfText(`Geen gegevens. ${chart.summary}`), this.left, doc.y + 4, { width: this.width });
      doc.fillColor(INK);
      doc.moveDown(1);
      return;
    }
    const plotLeft = this.left + AXIS_LABEL_WIDTH + 4;
    const plotWidth = this.left + this.width - plotLeft;
    const band = plotWidth / Math.max(1, categories.length);

    doc.font(BOLD).fontSize(10);
    const captionHeight = doc.heightOfString(caption, { width: this.width }) + 4;
    doc.font(REGULAR).fontSize(8);
    const labelHeight = Math.max(10, ...categories.map((label) => doc.heightOfString(label, { width: band - 4, align: 'center' })));
    const legendHeight = this.legend(series.map((item) => item.name), hasGap, 0, false);
    doc.font(ITALIC).fontSize(9);
    const summaryFirstLine = doc.currentLineHeight(true) + 6;
    this.ensureSpace(captionHeight + legendHeight + 14 + PLOT_HEIGHT + labelHeight + 6 + summaryFirstLine);

    doc.font(BOLD).fontSize(10).fillColor(INK).text(caption, this.left, doc.y, { width: this.width });
    const legendTop = doc.y + 4;
    this.legend(series.map((item) => item.name), hasGap, legendTop, true);
    const plotTop = legendTop + legendHeight + 14;
    const baseline = plotTop + PLOT_HEIGHT;

    // Axis: 0–100 % for shares, 0–a round maximum for counts.
    const ticks = axisTicks(chart);
    const axisMax = ticks[ticks.length - 1];
    const yOf = (value: number): number => baseline - (Math.min(Math.max(value, 0), axisMax) / axisMax) * PLOT_HEIGHT;
    doc.font(REGULAR).fontSize(7.5);
    for (const tick of ticks) {
      const y = yOf(tick);
      doc.moveTo(plotLeft, y).lineTo(plotLeft + plotWidth, y).lineWidth(0.5).strokeColor(tick === 0 ? '#666666' : GRID).stroke();
      const label = pdfText(chart.unit === '%' ? formatShare(tick) : formatDutchNumber(tick));
      doc.fillColor(MUTED).text(label, plotLeft - 4 - doc.widthOfString(label), y - 3, { lineBreak: false });
    }

    // Grouped bars: one group per category, one colour per series.
    const groupWidth = band * 0.8;
    const barWidth = groupWidth / Math.max(1, series.length);
    categories.forEach((label, categoryIndex) => {
      const bandLeft = plotLeft + categoryIndex * band;
      series.forEach((item, seriesIndex) => {
        const value = item.values[categoryIndex] ?? null;
        const x = bandLeft + (band - groupWidth) / 2 + seriesIndex * barWidth;
        const center = x + barWidth / 2;
        if (value === null) {
          this.centeredLabel(MISSING, center, baseline, barWidth, MUTED);
          return;
        }
        const top = yOf(value);
        if (baseline - top > 0) doc.rect(x + 0.5, top, Math.max(0.5, barWidth - 1), baseline - top).fill(KOERS_PALETTE[seriesIndex]);
        // Too many bars for readable value labels: the data is in the XLSX export and the summary.
        if (barWidth >= MIN_LABELLED_BAR_WIDTH) this.centeredLabel(pdfText(chart.unit === '%' ? formatShare(value) : formatDutchNumber(value)), center, top, barWidth, INK);
      });
      doc.font(REGULAR).fontSize(8).fillColor(INK).text(label, bandLeft + 2, baseline + 4, { width: band - 4, align: 'center' });
    });

    doc.x = this.left;
    doc.y = baseline + 4 + labelHeight + 6;
    doc.font(ITALIC).fontSize(9).fillColor(MUTED).text(pdfText(chart.summary), this.left, doc.y, { width: this.width, lineGap: 1.5 });
    doc.fillColor(INK);
    doc.moveDown(1);
  }

  /** Value label above a bar (or above the baseline for a gap), shrunk to fit narrow bars. */
  private centeredLabel(text: string, center: number, top: number, barWidth: number, color: string): void {
    const { doc } = this;
    let size = 7.5;
    doc.font(REGULAR).fontSize(size);
    while (size > 5 && doc.widthOfString(text) > barWidth + 2) doc.fontSize((size -= 0.5));
    doc.fillColor(color).text(text, center - doc.widthOfString(text) / 2, top - size - 2, { lineBreak: false });
  }

  /** Swatches with series names, wrapping onto more lines; returns the height (draws only when `draw`). */
  private legend(names: readonly string[], hasGap: boolean, top: number, draw: boolean): number {
    const { doc } = this;
    doc.font(REGULAR).fontSize(8.5);
    const lineHeight = 12;
    const items = names.map((name, index) => ({ text: pdfText(name), color: KOERS_PALETTE[index] as string | null }));
    if (hasGap) items.push({ text: `${MISSING} = niet getoond (te weinig leerlingen of geen gegevens)`, color: null });
    let x = this.left;
    let y = top;
    for (const item of items) {
      const width = (item.color === null ? 0 : 12) + doc.widthOfString(item.text) + 14;
      if (x > this.left && x + width > this.left + this.width) {
        x = this.left;
        y += lineHeight;
      }
      if (draw) {
        if (item.color !== null) doc.rect(x, y + 0.5, 8, 8).fill(item.color);
        doc.fillColor(item.color === null ? MUTED : INK).text(item.text, x + (item.color === null ? 0 : 12), y, { lineBreak: false });
      }
      x += width;
    }
    return y - top + lineHeight;
  }

  // --- notes and helpers --------------------------------------------------------------------

  private notes(notes: readonly string[]): void {
    if (notes.length === 0) return;
    const { doc } = this;
    this.ensureSpace(60);
    doc.moveDown(0.5);
    this.rule(doc.y);
    doc.moveDown(0.6);
    doc.font(BOLD).fontSize(11).fillColor(INK).text('Toelichting', this.left, doc.y, { width: this.width });
    doc.moveDown(0.3);
    doc.font(REGULAR).fontSize(9).fillColor(MUTED);
    for (const note of notes) {
      doc.text(`•  ${pdfText(note)}`, this.left, doc.y, { width: this.width, lineGap: 1.5, indent: 0 });
      doc.moveDown(0.3);
    }
    doc.fillColor(INK);
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  private rule(y: number): void {
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.75).strokeColor(RULE).stroke();
  }
}

/** Footer on every buffered page: title and school on the left, "Pagina x van y" on the right. */
function addFooters(doc: Doc, report: ReportDocument): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const { margins } = doc.page;
    const bottomMargin = margins.bottom;
    margins.bottom = 0; // writing below the bottom margin would otherwise add a page
    const y = doc.page.height - MARGIN - 4;
    const right = doc.page.width - margins.right;
    doc.moveTo(margins.left, y - 6).lineTo(right, y - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    doc.font(REGULAR).fontSize(8).fillColor(MUTED);
    const pageLabel = `Pagina ${index - range.start + 1} van ${range.count}`;
    const pageLabelWidth = doc.widthOfString(pageLabel);
    const source = fitText(doc, pdfText(`${report.title} · ${report.school}`), right - margins.left - pageLabelWidth - 20);
    doc.text(source, margins.left, y, { lineBreak: false });
    doc.text(pageLabel, right - pageLabelWidth, y, { lineBreak: false });
    margins.bottom = bottomMargin;
  }
}

function fitText(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function axisTicks(chart: ReportBarChart): number[] {
  if (chart.unit === '%') return [0, 0.25, 0.5, 0.75, 1];
  const max = Math.max(0, ...chart.series.flatMap((item) => item.values.filter((value): value is number => value !== null)));
  const step = niceStep(Math.max(max, 1) / 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return Array.from({ length: Math.round(top / step) + 1 }, (_, index) => index * step);
}

/** A round step (1, 2 or 5 × 10^k, at least 1) for count axes. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? 10 * power;
  return Math.max(1, step);
}

function cellText(cell: ReportCell): string {
  if (cell === null) return MISSING;
  return typeof cell === 'number' ? formatDutchNumber(cell) : cell;
}

/** Numbers and suppressed counts such as "<5" or "12%" are right-aligned. */
function isNumberLike(cell: ReportCell): boolean {
  return cell === null || typeof cell === 'number' || /^[<>≤≥~]?\s*-?\d[\d.,]*\s*%?$/.test(cell.trim());
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function validDate(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Characters outside WinAnsi (what the standard fonts can show) replaced by close equivalents. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SUBSTITUTES: Readonly<Record<string, string>> = { '≤': '<=', '≥': '>=', '→': '->', '←': '<-', '−': '-', '‐': '-', '‑': '-', '\u2009': ' ', '\u202f': ' ', '\u2007': ' ', '\u200b': '' };

export function pdfText(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)) result += char;
    else if (char === '\t') result += ' ';
    else result += SUBSTITUTES[char] ?? '?';
  }
  return result;
}
