/**
 * Reading the CSV files schools and decanen export from spreadsheets (issue 6: prospect data,
 * issue 8: class import): UTF-8 (with or without BOM) or Windows-1252, `;` (Dutch Excel), `,` or
 * tab as separator, RFC 4180 quoting. Every record keeps the line it starts on, so an import
 * report can say "regel 14, kolom jaar: …". Pure: no database, no file system.
 */

export type CsvEncoding = 'utf-8' | 'windows-1252';
export type CsvDelimiter = ';' | ',' | '\t';

export interface CsvRecord {
  /** 1-based line number of the record's first line in the file. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvProblem {
  readonly line: number;
  /** Column name from the header row, or null when the problem is not about one column. */
  readonly column: string | null;
  readonly code: 'empty_file' | 'unterminated_quote' | 'missing_column' | 'duplicate_column' | 'cell_count';
  readonly detail: string;
}

export interface CsvTable {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  /** Header names as written (trimmed). */
  readonly header: readonly string[];
  /** Data rows as objects keyed by normalised header name (lower case, trimmed). */
  readonly rows: readonly { readonly line: number; readonly values: Readonly<Record<string, string>> }[];
  readonly problems: readonly CsvProblem[];
}

/**
 * Bytes → text. Strict UTF-8 first (a file that is valid UTF-8 is almost never meant as
 * Windows-1252); otherwise Windows-1252, what Excel on Windows writes for "CSV (;)".
 */
export function decodeCsvBytes(bytes: Uint8Array): { readonly text: string; readonly encoding: CsvEncoding } {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252 0x80–0x9F (the rest is Latin-1); undefined positions stay U+0080-range controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x80 → U+0080 instead of €), so the
 * 32 bytes where the two differ are mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/** The separator that occurs most often outside quotes in the first line (ties: `;` before `,`). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter)) counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
  }
  return DELIMITERS.reduce((best, delimiter) => (counts.get(delimiter)! > counts.get(best)! ? delimiter : best), DELIMITERS[0]);
}

/**
 * RFC 4180 records: quoted cells may contain the separator, `""` and line breaks; CRLF, LF and CR
 * all end a record; empty lines are skipped. An unterminated quote is reported, and the rest of the
 * file from that line is not read as data.
 */
export function parseCsvRecords(text: string, delimiter: CsvDelimiter): { readonly records: CsvRecord[]; readonly problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let cellHadQuotes = false;

  const endCell = () => {
    cells.push(cellHadQuotes ? cell : cell.trim());
    cell = '';
    cellHadQuotes = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cellHadQuotes = true;
      cell = '';
    } else if (char === delimiter) {
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) {
    problems.push({ line: recordLine, column: null, code: 'unterminated_quote', detail: 'Een aanhalingsteken (") wordt niet gesloten.' });
  } else if (cell !== '' || cells.length > 0) {
    endRecord();
  }
  return { records, problems };
}

export const normaliseHeader = (name: string): string => name.trim().toLowerCase();

/**
 * A whole file: decoded, separator detected, header checked for the required columns, every data
 * row the same number of cells as the header. Rows with the wrong number of cells are reported and
 * left out of `rows`; the caller decides whether an import with problems may go ahead.
 */
export function readCsvTable(bytes: Uint8Array, requiredColumns: readonly string[] = []): CsvTable {
  const { text, encoding } = decodeCsvBytes(bytes);
  const delimiter = detectDelimiter(text);
  const { records, problems } = parseCsvRecords(text, delimiter);
  const [headerRecord, ...data] = records;
  if (!headerRecord) {
    return { encoding, delimiter, header: [], rows: [], problems: [...problems, { line: 1, column: null, code: 'empty_file', detail: 'Het bestand is leeg.' }] };
  }
  // A trailing separator on the header line (common in exports) is not an extra, nameless column.
  const headerCells = headerRecord.cells.at(-1) === '' ? headerRecord.cells.slice(0, -1) : headerRecord.cells;
  const header = headerCells.map((name) => name.trim());
  const keys = header.map(normaliseHeader);
  const found = new Set<string>();
  keys.forEach((key) => {
    if (found.has(key)) problems.push({ line: headerRecord.line, column: key, code: 'duplicate_column', detail: `De kolom "${key}" staat er twee keer in.` });
    found.add(key);
  });
  for (const required of requiredColumns) {
    if (!found.has(normaliseHeader(required))) {
      problems.push({ line: headerRecord.line, column: required, code: 'missing_column', detail: `De kolom "${required}" ontbreekt in de kopregel.` });
    }
  }
  const rows: { line: number; values: Record<string, string> }[] = [];
  for (const record of data) {
    // A trailing separator (one empty cell too many) is what many exports write: tolerated.
    const cells = record.cells.length === keys.length + 1 && record.cells.at(-1) === '' ? record.cells.slice(0, -1) : record.cells;
    if (cells.length !== keys.length) {
      problems.push({
        line: record.line,
        column: null,
        code: 'cell_count',
        detail: `Deze regel heeft ${cells.length} ${cells.length === 1 ? 'waarde' : 'waarden'}; de kopregel heeft ${keys.length} kolommen.`,
      });
      continue;
    }
    rows.push({ line: record.line, values: Object.fromEntries(keys.map((key, index) => [key, cells[index]!])) });
  }
  return { encoding, delimiter, header, rows, problems: problems.sort((a, b) => a.line - b.line) };
}
