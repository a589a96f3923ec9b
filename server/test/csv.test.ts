import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCsvBytes, decodeWindows1252, detectDelimiter, parseCsvRecords, readCsvTable } from '../src/modules/catalogue/csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading CSV exports', () => {
  it('reads UTF-8 with or without a byte order mark, and falls back to Windows-1252', () => {
    assert.deepEqual(decodeCsvBytes(utf8('sector;niveau\nZorg & welzijn;mbo4')), { text: 'sector;niveau\nZorg & welzijn;mbo4', encoding: 'utf-8' });
    assert.equal(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('café')])).text, 'café');
    // "Horeca & toerisme;€ 2.300;café" as Excel on Windows writes it: é = 0xE9, € = 0x80.
    const cp1252 = new Uint8Array([...utf8('Horeca & toerisme;'), 0x80, ...utf8(' 2.300;caf'), 0xe9]);
    assert.deepEqual(decodeCsvBytes(cp1252), { text: 'Horeca & toerisme;€ 2.300;café', encoding: 'windows-1252' });
  });

  it('maps the Windows-1252 bytes that differ from Latin-1', () => {
    assert.equal(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x9f, 0xe9, 0xeb])), '€…‘’“”–Ÿéë');
    assert.equal(decodeWindows1252(new Uint8Array(Array.from({ length: 32 }, (_, i) => 0x80 + i))).length, 32);
  });

  it('detects the separator from the header line, ignoring quoted text', () => {
    assert.equal(detectDelimiter('a;b;c\n1,2;3;4'), ';');
    assert.equal(detectDelimiter('a,b,c\n1;2'), ',');
    assert.equal(detectDelimiter('"a;b",c,d\n'), ',');
    assert.equal(detectDelimiter('a\tb\tc'), '\t');
    assert.equal(detectDelimiter('alleen'), ';');
  });

  it('follows RFC 4180 quoting and keeps the line each record starts on', () => {
    const text = 'naam;toelichting\r\n"Kok";"Werkt ""s avonds"" en\r\nin het weekend"\r\n\r\nTimmerman;  buiten  \rLaatste;"x;y"';
    const { records, problems } = parseCsvRecords(text, ';');
    assert.deepEqual(problems, []);
    assert.deepEqual(records, [
      { line: 1, cells: ['naam', 'toelichting'] },
      { line: 2, cells: ['Kok', 'Werkt "s avonds" en\r\nin het weekend'] },
      { line: 5, cells: ['Timmerman', 'buiten'] },
      { line: 6, cells: ['Laatste', 'x;y'] },
    ]);
  });

  it('reports an unterminated quote with its line', () => {
    const { records, problems } = parseCsvRecords('a;b\n1;"open\n2;3\n', ';');
    assert.deepEqual(records, [{ line: 1, cells: ['a', 'b'] }]);
    assert.deepEqual(problems.map((problem) => [problem.line, problem.code]), [[2, 'unterminated_quote']]);
  });

  it('gives rows keyed by header name and a row-by-row problem report', () => {
    const table = readCsvTable(utf8('Sector;Niveau;Vooruitzicht;\nICT;hbo;tekorten verwacht;\nOnderwijs;hbo\nZorg & welzijn;mbo4;krap (personeelstekort)\n'), ['sector', 'niveau', 'vooruitzicht', 'jaar']);
    assert.equal(table.delimiter, ';');
    assert.deepEqual(table.header, ['Sector', 'Niveau', 'Vooruitzicht']);
    assert.deepEqual(
      table.rows.map((row) => [row.line, row.values['sector'], row.values['vooruitzicht']]),
      [
        [2, 'ICT', 'tekorten verwacht'],
        [4, 'Zorg & welzijn', 'krap (personeelstekort)'],
      ],
    );
    assert.deepEqual(
      table.problems.map((problem) => [problem.line, problem.column, problem.code]),
      [
        [1, 'jaar', 'missing_column'],
        [3, null, 'cell_count'],
      ],
    );
    assert.match(table.problems[1]!.detail, /2 waarden; de kopregel heeft 3 kolommen/);
  });

  it('tolerates one trailing separator per row and names duplicate columns', () => {
    const table = readCsvTable(utf8('sector,jaar,jaar\nICT,2025,2026,\nOnderwijs,2025,2026\n'));
    assert.deepEqual(table.rows.map((row) => row.line), [2, 3]);
    assert.deepEqual(table.problems.map((problem) => [problem.column, problem.code]), [['jaar', 'duplicate_column']]);
    const clean = readCsvTable(utf8('Sector;Jaar\nICT;2025;\n'), ['sector', 'JAAR']);
    assert.deepEqual(clean.problems, []);
    assert.deepEqual(clean.rows, [{ line: 2, values: { sector: 'ICT', jaar: '2025' } }]);
  });

  it('says so when the file is empty', () => {
    assert.deepEqual(readCsvTable(new Uint8Array()).problems.map((problem) => problem.code), ['empty_file']);
    assert.deepEqual(readCsvTable(utf8('\n\r\n')).problems.map((problem) => problem.code), ['empty_file']);
  });
});
