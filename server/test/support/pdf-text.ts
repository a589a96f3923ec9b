import { inflateSync } from 'node:zlib';

/**
 * Just enough PDF reading for tests: the text of each page, in page order, from the text-showing
 * operators (Tj, TJ, ', ") of its content streams (FlateDecode inflated), decoded as WinAnsi, which
 * is how pdfkit writes the standard fonts. One line per operator; not a general PDF parser.
 */
export function extractPdfPages(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const root = reference(trailerOf(pdf), 'Root');
  const pagesRef = root === null ? null : reference(objects.get(root)?.dict ?? '', 'Pages');
  if (pagesRef === null) throw new Error('PDF without /Root or /Pages');
  const pages: string[] = [];
  const visit = (id: number): void => {
    const object = objects.get(id);
    if (object === undefined) throw new Error(`PDF object ${id} not found`);
    if (/\/Type\s*\/Pages\b/.test(object.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(object.dict)?.[1] ?? '';
      for (const kid of kids.matchAll(/(\d+)\s+\d+\s+R/g)) visit(Number(kid[1]));
      return;
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(object.dict)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+)\s+\d+\s+R/g)].map((match) => objects.get(Number(match[1]))?.stream ?? Buffer.alloc(0));
    pages.push(streams.map((stream) => showText(stream.toString('latin1'))).join('\n'));
  };
  visit(pagesRef);
  return pages;
}

/** All pages' text with runs of whitespace (including line breaks from wrapping) collapsed to one space. */
export function extractPdfText(pdf: Buffer): string {
  return normalizeSpace(extractPdfPages(pdf).join('\n'));
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1'); // one character per byte, so indices are byte offsets
  const objects = new Map<number, PdfObject>();
  const header = /(\d+)\s+\d+\s+obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(source)) !== null) {
    const bodyStart = match.index + match[0].length;
    const endObj = source.indexOf('endobj', bodyStart);
    const streamAt = source.indexOf('stream', bodyStart);
    if (streamAt === -1 || (endObj !== -1 && endObj < streamAt)) {
      objects.set(Number(match[1]), { dict: source.slice(bodyStart, endObj === -1 ? undefined : endObj), stream: null });
      if (endObj !== -1) header.lastIndex = endObj + 6;
      continue;
    }
    const dict = source.slice(bodyStart, streamAt);
    let dataStart = streamAt + 'stream'.length;
    if (source[dataStart] === '\r') dataStart++;
    if (source[dataStart] === '\n') dataStart++;
    const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const dataEnd = declared ? dataStart + Number(declared[1]) : source.indexOf('endstream', dataStart);
    const raw = pdf.subarray(dataStart, dataEnd);
    objects.set(Number(match[1]), { dict, stream: /\/FlateDecode\b/.test(dict) ? inflateSync(raw) : raw });
    const after = source.indexOf('endobj', dataEnd);
    header.lastIndex = after === -1 ? dataEnd : after + 6;
  }
  return objects;
}

function trailerOf(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const at = source.lastIndexOf('trailer');
  if (at === -1) throw new Error('PDF without a trailer (cross-reference streams are not supported)');
  return source.slice(at);
}

function reference(dict: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return match ? Number(match[1]) : null;
}

type Operand = string | number | Operand[] | { readonly name: string };

/** Runs through a content stream and returns the strings shown by Tj, TJ, ' and ", one per line. */
function showText(content: string): string {
  const lines: string[] = [];
  const stack: Operand[][] = [[]];
  const operands = (): Operand[] => stack[stack.length - 1];
  let i = 0;
  while (i < content.length) {
    const char = content[i];
    if (/\s/.test(char)) {
      i++;
    } else if (char === '%') {
      while (i < content.length && content[i] !== '\n' && content[i] !== '\r') i++;
    } else if (char === '(') {
      const [text, next] = literalString(content, i);
      operands().push(text);
      i = next;
    } else if (content.startsWith('<<', i) || content.startsWith('>>', i)) {
      i += 2;
    } else if (char === '<') {
      const end = content.indexOf('>', i);
      operands().push(hexString(content.slice(i + 1, end)));
      i = end + 1;
    } else if (char === '[') {
      stack.push([]);
      i++;
    } else if (char === ']') {
      const array = stack.length > 1 ? (stack.pop() ?? []) : [];
      operands().push(array);
      i++;
    } else if (char === '/') {
      const name = /^\/[^\s/[\]<>()%{}]*/.exec(content.slice(i, i + 128))?.[0] ?? '/';
      operands().push({ name });
      i += name.length;
    } else if (/[-+.\d]/.test(char)) {
      const number = /^[-+]?(\d+\.?\d*|\.\d+)/.exec(content.slice(i, i + 32))?.[0] ?? char;
      operands().push(Number(number));
      i += number.length;
    } else {
      const operator = /^[A-Za-z'"*]+/.exec(content.slice(i, i + 16))?.[0] ?? char;
      i += operator.length;
      const args = operands();
      const last = args[args.length - 1];
      if ((operator === 'Tj' || operator === "'" || operator === '"') && typeof last === 'string') lines.push(decodeWinAnsi(last));
      if (operator === 'TJ' && Array.isArray(last)) {
        // A large negative adjustment moves right by at least a space: treat it as one.
        lines.push(last.map((part) => (typeof part === 'string' ? decodeWinAnsi(part) : typeof part === 'number' && part < -200 ? ' ' : '')).join(''));
      }
      args.length = 0;
    }
  }
  return lines.join('\n');
}

/** Bytes of a literal string `( ... )`, with escapes and balanced parentheses; returns the index after it. */
function literalString(content: string, start: number): [string, number] {
  let depth = 0;
  let result = '';
  let i = start;
  for (; i < content.length; i++) {
    const char = content[i];
    if (char === '\\') {
      const next = content[++i];
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
      if (next in escapes) result += escapes[next];
      else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(content.slice(i, i + 3))?.[0] ?? next;
        result += String.fromCharCode(parseInt(octal, 8));
        i += octal.length - 1;
      } else if (next === '\r') {
        if (content[i + 1] === '\n') i++;
      } else if (next !== '\n') result += next;
    } else if (char === '(') {
      if (depth++ > 0) result += char;
    } else if (char === ')') {
      if (--depth === 0) return [result, i + 1];
      result += char;
    } else result += char;
  }
  return [result, i];
}

function hexString(hex: string): string {
  const digits = hex.replace(/\s+/g, '');
  const padded = digits.length % 2 === 1 ? `${digits}0` : digits;
  let result = '';
  for (let i = 0; i < padded.length; i += 2) result += String.fromCharCode(parseInt(padded.slice(i, i + 2), 16));
  return result;
}

/** WinAnsiEncoding: Latin-1 except 0x80–0x9F, which hold the Windows-1252 extras. */
const WIN_ANSI_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWinAnsi(bytes: string): string {
  let result = '';
  for (const char of bytes) {
    const code = char.charCodeAt(0);
    result += code >= 0x80 && code <= 0x9f ? WIN_ANSI_HIGH[code - 0x80] : char;
  }
  return result;
}
