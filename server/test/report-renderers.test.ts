import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ReportTable } from '@koers/contracts';
import ExcelJS from 'exceljs';
import { csvField, csvFileName, renderCsv } from '../src/modules/reports/render-csv';
import { renderPdf } from '../src/modules/reports/render-pdf';
import { SheetNames, renderXlsx } from '../src/modules/reports/render-xlsx';
import { extractPdfPages, extractPdfText, normalizeSpace } from './support/pdf-text';
import { EMPHASISED_SENTENCE, SAMPLE_REPORT } from './support/sample-report';

const engagement = SAMPLE_REPORT.sections[1].blocks[1] as ReportTable;

/** exceljs row values start at index 1 (column A). */
const cellValues = (row: ExcelJS.Row): unknown[] => (row.values as unknown[]).slice(1);

describe('PDF report', () => {
  let pdf: Buffer;
  let pages: string[];
  let text: string;
  before(async () => {
    pdf = await renderPdf(SAMPLE_REPORT);
    pages = extractPdfPages(pdf).map(normalizeSpace);
    text = extractPdfText(pdf);
  });

  it('is a compressed A4 PDF with the document metadata', () => {
    const raw = pdf.toString('latin1');
    assert.equal(raw.slice(0, 5), '%PDF-');
    assert.match(raw, /\/FlateDecode/);
    assert.match(raw, /\/MediaBox \[0 0 595\.28 841\.89\]/);
    assert.match(raw, /\/Lang \(nl-NL\)/);
    assert.match(raw, /\/Title \d+ 0 R/);
    const author = /\/Author (\d+) 0 R/.exec(raw)?.[1];
    assert.ok(author, 'an /Author entry');
    assert.match(raw, new RegExp(`\\n${author} 0 obj\\s*\\(Koers\\)`));
  });

  it('shows the title block, the emphasised sentence and the notes, with Dutch accents intact', () => {
    assert.ok(text.includes(SAMPLE_REPORT.title), 'title');
    assert.ok(text.includes('Christelijk Lyceum Zeeënstein'), 'school');
    assert.ok(text.includes('Gemaakt op 30 juni 2026 om 10:05'), 'date and time in Amsterdam');
    assert.ok(text.includes(EMPHASISED_SENTENCE), 'emphasised sentence');
    assert.ok(text.includes(normalizeSpace(SAMPLE_REPORT.notes[1])), 'last note');
  });

  it('breaks the 40-row table over pages and repeats its header row', () => {
    assert.ok(pages.length >= 2, `expected at least 2 pages, got ${pages.length}`);
    const lastRow = engagement.rows[engagement.rows.length - 1];
    assert.ok(text.includes('Laatste rij: café-groep'), 'cell from the last row');
    assert.ok(text.includes(String(lastRow[0])), 'class of the last row');
    assert.ok(text.includes('<5'), 'suppressed count');
    assert.ok(text.includes('77,3'), 'number with a decimal comma');
    const continued = pages.findIndex((page) => page.includes('Betrokkenheid per klas (vervolg)'));
    assert.ok(continued >= 1, 'the table continues on a later page');
    assert.ok(pages[continued].includes('Klas Mentor Leerlingen Gem. voortgang Toelichting'), 'header row repeated');
  });

  it('draws the chart with its caption above, its summary below and a labelled gap', () => {
    const chart = SAMPLE_REPORT.sections[1].blocks[0];
    assert.equal(chart.kind, 'bar-chart');
    const caption = text.indexOf(chart.caption);
    const summary = text.indexOf(normalizeSpace(chart.summary));
    assert.ok(caption >= 0 && summary > caption, 'caption before summary');
    const chartText = text.slice(caption, summary);
    for (const label of ['September', 'Juni', '0%', '100%', '12%', '21%', 'Bouw', '—']) assert.ok(chartText.includes(label), label);
  });

  it('renders count charts, empty blocks and characters outside WinAnsi without failing', async () => {
    const odd = await renderPdf({
      ...SAMPLE_REPORT,
      title: 'Groei ≤ 5 → stabiel',
      sections: [
        {
          heading: 'Randgevallen',
          blocks: [
            { kind: 'bar-chart', caption: 'Aantal leerlingen', summary: 'Telling.', unit: 'n', categories: ['Havo', 'Vwo'], series: [{ name: 'Totaal', values: [143, null] }] },
            { kind: 'bar-chart', caption: 'Lege grafiek', summary: 'Niets te tonen.', unit: '%', categories: [], series: [] },
            { kind: 'table', caption: 'Lege tabel', sheetName: 'Leeg', columns: ['Klas'], rows: [] },
          ],
        },
      ],
    });
    const oddText = extractPdfText(odd);
    assert.ok(oddText.includes('Groei <= 5 -> stabiel'), oddText.slice(0, 80));
    for (const expected of ['150', '143', 'Havo', 'Geen gegevens. Niets te tonen.', 'Lege tabel Klas']) assert.ok(oddText.includes(expected), expected);
  });

  it('numbers every page "Pagina x van y"', () => {
    pages.forEach((page, index) => assert.ok(page.includes(`Pagina ${index + 1} van ${pages.length}`), `page ${index + 1}`));
    assert.ok(text.includes('Pagina 1 van'));
  });
});

describe('XLSX report', () => {
  let workbook: ExcelJS.Workbook;
  before(async () => {
    workbook = new ExcelJS.Workbook();
    const bytes = await renderXlsx(SAMPLE_REPORT);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  });

  it('has an overview sheet, one sheet per table and one per chart', () => {
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['Overzicht', 'Aandeel leerlingen met voorkeur', 'Betrokkenheid per klas'],
    );
    const overview = workbook.getWorksheet('Overzicht');
    assert.ok(overview);
    const lines = overview.getColumn(1).values.map(String);
    for (const expected of [SAMPLE_REPORT.title, 'Gemaakt op 30 juni 2026 om 10:05', EMPHASISED_SENTENCE, `• ${SAMPLE_REPORT.notes[0]}`]) {
      assert.ok(lines.includes(expected), expected);
    }
    assert.ok(lines.some((line) => line.includes('de voorkeur voor zorg & welzijn steeg')), 'chart summary');
  });

  it('writes a bold, frozen header row, numbers as numbers and "<5" as text', () => {
    const sheet = workbook.getWorksheet('Betrokkenheid per klas');
    assert.ok(sheet);
    assert.deepEqual(cellValues(sheet.getRow(1)), engagement.columns);
    assert.equal(sheet.getRow(1).font.bold, true);
    assert.equal(sheet.views[0].state, 'frozen');
    assert.equal((sheet.views[0] as ExcelJS.WorksheetViewFrozen).ySplit, 1);
    assert.equal(sheet.rowCount, 41);
    assert.equal(sheet.getCell('C2').type, ExcelJS.ValueType.Number);
    assert.equal(sheet.getCell('C2').value, 20);
    assert.equal(sheet.getCell('D3').value, 50.7);
    assert.equal(sheet.getCell('C41').type, ExcelJS.ValueType.String);
    assert.equal(sheet.getCell('C41').value, '<5');
    assert.ok((sheet.getColumn(2).width ?? 0) >= 'Mevr. Zoë de Bruïne'.length);
  });

  it('puts chart data in a table: shares as percent-formatted numbers, a gap as "—"', () => {
    const sheet = workbook.getWorksheet('Aandeel leerlingen met voorkeur');
    assert.ok(sheet);
    assert.deepEqual(cellValues(sheet.getRow(1)), ['Categorie', 'September', 'Juni']);
    assert.deepEqual(cellValues(sheet.getRow(2)), ['Zorg & welzijn', 0.12, 0.21]);
    assert.equal(sheet.getCell('B2').numFmt, '0%');
    assert.deepEqual(cellValues(sheet.getRow(8)), ['Bouw', '—', 0.06]);
  });

  it('sanitises sheet names to 31 characters and keeps them unique', () => {
    const names = new SheetNames();
    assert.equal(names.claim('Overzicht'), 'Overzicht');
    assert.equal(names.claim('overzicht'), 'overzicht (2)');
    assert.equal(names.claim('Aandeel leerlingen met voorkeur, per sector'), 'Aandeel leerlingen met voorkeur');
    assert.equal(names.claim('Aandeel leerlingen met voorkeur: juni'), 'Aandeel leerlingen met voor (2)');
    assert.equal(names.claim("'Wat/is [dit]?'"), 'Wat is dit');
    assert.equal(names.claim('History'), 'History (2)');
    assert.equal(names.claim(':*?'), 'Blad');
  });
});

describe('CSV table', () => {
  const table: ReportTable = {
    kind: 'table',
    caption: 'Keuzes per sector',
    sheetName: 'Keuzes per sector',
    columns: ['Sector', 'Aantal', 'Aandeel'],
    rows: [
      ['Zorg & welzijn; verpleging', 12, 0.25],
      ['Techniek "breed"', '<5', null],
      ['=HYPERLINK("http://x")', -3, 1234.5],
      ['+31 6', 0, 0.5],
      ['-', 1, 2],
      ['@SUM(A1)', 1, 2],
      ['\tverborgen', 1, 2],
      ['Meerdere\r\nregels', 1, 2],
    ],
  };
  const csv = renderCsv(table);
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    assert.equal(csv.charCodeAt(0), 0xfeff);
    assert.equal(Buffer.from(csv, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
    assert.ok(csv.endsWith('\r\n'));
    assert.equal(lines[0], 'Sector;Aantal;Aandeel');
    assert.doesNotMatch(csv.replaceAll('\r\n', ''), /\n/);
  });

  it('quotes fields with a separator or quote (RFC 4180) and writes a decimal comma', () => {
    assert.equal(lines[1], '"Zorg & welzijn; verpleging";12;0,25');
    assert.equal(lines[2], '"Techniek ""breed""";<5;');
    assert.equal(csvField(1234.5), '1234,5');
    assert.equal(csvField(-0.75), '-0,75');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    assert.equal(lines[3], `"'=HYPERLINK(""http://x"")";-3;1234,5`);
    assert.equal(lines[4], "'+31 6;0;0,5");
    assert.equal(lines[5], "'-;1;2");
    assert.equal(lines[6], "'@SUM(A1);1;2");
    assert.equal(lines[7], "'\tverborgen;1;2");
    assert.equal(csvField('\rx'), `"'\rx"`);
    assert.equal(csvField('<5'), '<5');
  });

  it('keeps line breaks inside quoted fields', () => {
    assert.ok(csv.includes('"Meerdere\r\nregels";1;2\r\n'));
  });

  it('names the file after the table and the report date', () => {
    assert.equal(csvFileName(table, SAMPLE_REPORT.generatedAt), 'keuzes-per-sector-2026-06-30.csv');
    assert.equal(csvFileName({ sheetName: 'Leerlingen één/twee', caption: '' }), 'leerlingen-een-twee.csv');
    assert.equal(csvFileName({ sheetName: '???', caption: '' }), 'tabel.csv');
  });
});
