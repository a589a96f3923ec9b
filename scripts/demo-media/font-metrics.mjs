// Minimal TrueType reader (cmap + hmtx) so the generator can measure text and wrap it to the
// width of the slide before ffmpeg draws it. Kerning is ignored (it only makes lines shorter).
import { readFileSync } from 'node:fs';

export function loadFont(file) {
  const buf = readFileSync(file);
  const tables = new Map();
  const numTables = buf.readUInt16BE(4);
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    tables.set(buf.toString('latin1', rec, rec + 4), buf.readUInt32BE(rec + 8));
  }
  const unitsPerEm = buf.readUInt16BE(tables.get('head') + 18);
  const numberOfHMetrics = buf.readUInt16BE(tables.get('hhea') + 34);
  const hmtx = tables.get('hmtx');
  const advance = (glyph) => buf.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  // cmap: Windows Unicode BMP subtable, format 4.
  const cmap = tables.get('cmap');
  let sub = -1;
  for (let i = 0; i < buf.readUInt16BE(cmap + 2); i++) {
    const rec = cmap + 4 + i * 8;
    if (buf.readUInt16BE(rec) === 3 && buf.readUInt16BE(rec + 2) === 1) sub = cmap + buf.readUInt32BE(rec + 4);
  }
  if (sub < 0 || buf.readUInt16BE(sub) !== 4) throw new Error(`${file}: no format 4 cmap`);
  const segCount = buf.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  const glyphOf = (code) => {
    for (let i = 0; i < segCount; i++) {
      if (buf.readUInt16BE(ends + 2 * i) < code) continue;
      const start = buf.readUInt16BE(starts + 2 * i);
      if (start > code) return 0;
      const delta = buf.readUInt16BE(deltas + 2 * i);
      const ro = buf.readUInt16BE(rangeOffsets + 2 * i);
      if (ro === 0) return (code + delta) & 0xffff;
      const g = buf.readUInt16BE(rangeOffsets + 2 * i + ro + 2 * (code - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };

  return {
    /** Width in pixels of one line of text at the given font size. */
    width(text, size) {
      let units = 0;
      for (const ch of text) {
        const glyph = glyphOf(ch.codePointAt(0));
        if (glyph === 0) throw new Error(`${file} has no glyph for ${JSON.stringify(ch)}`);
        units += advance(glyph);
      }
      return (units * size) / unitsPerEm;
    },
  };
}

/** Greedy word wrap; explicit "\n" in the text forces a break. Throws when a word alone is too wide. */
export function wrap(font, text, size, maxWidth) {
  const lines = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.width(candidate, size) <= maxWidth) line = candidate;
      else {
        if (!line) throw new Error(`Word too wide for ${maxWidth}px: ${word}`);
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}
