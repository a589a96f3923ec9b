/**
 * Checks an uploaded WebVTT captions file (W3C WebVTT, the parts players rely on) and explains
 * each problem with its line number in plain Dutch (or English), so a decaan can fix the file in
 * an editor.
 */
import type { Language } from '../../http/messages';

export const MAX_VTT_BYTES = 512 * 1024;
const MAX_CUES = 5000;
/** Stop after this many problems: a wholly wrong file should not produce thousands of messages. */
const MAX_ERRORS = 20;

export type WebVttError = { line: number; message: string };
export type WebVttResult = { ok: true; cueCount: number } | { ok: false; errors: WebVttError[] };

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
/** A time written loosely: one-digit parts, a comma, or fewer than three digits of milliseconds. */
const LOOSE_TIMESTAMP = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;
const EXAMPLE_TIME_LINE = '"00:00:01.000 --> 00:00:04.000"';

/** Seconds for a WebVTT timestamp (`[hh:]mm:ss.ttt`), or null when it is not written that way. */
function seconds(stamp: string): number | null {
  const match = TIMESTAMP.exec(stamp);
  if (!match) return null;
  const [, hours, minutes, secs, millis] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + Number(millis) / 1000;
}

/** How a wrongly written time should look, e.g. `00:01.5` → `00:01.500`; null when it cannot be guessed. */
function suggestTimestamp(stamp: string): string | null {
  const match = LOOSE_TIMESTAMP.exec(stamp);
  if (!match) return null;
  const [, hours, minutes, secs, millis = ''] = match;
  if (Number(minutes) > 59 || Number(secs) > 59) return null;
  const two = (part: string) => part.padStart(2, '0');
  return `${hours === undefined ? '' : `${two(hours)}:`}${two(minutes)}:${two(secs)}.${millis.padEnd(3, '0')}`;
}

/** Every explanation in Dutch (the default) and English; each follows "Regel N: " / "Line N: ". */
const MESSAGES = {
  nl: {
    line: (line: number) => `Regel ${line}: `,
    notUtf8: 'dit bestand is niet in UTF-8 opgeslagen; sla het opnieuw op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8).',
    empty: 'het bestand is leeg; een ondertitelbestand begint met WEBVTT en bevat daarna de ondertitels.',
    noHeader: 'een ondertitelbestand begint met het woord WEBVTT op de eerste regel.',
    noTimeLine: `hier verwacht Koers een tijdregel zoals ${EXAMPLE_TIME_LINE}.`,
    missingTime: `hier ontbreekt een tijd; schrijf de regel als ${EXAMPLE_TIME_LINE}.`,
    badTime: (stamp: string, suggestion: string) => `de tijd '${stamp}' klopt niet; schrijf het als ${suggestion}.`,
    badTimeNoGuess: (stamp: string) => `de tijd '${stamp}' klopt niet; schrijf het als uu:mm:ss.mmm, bijvoorbeeld 00:01:05.500.`,
    endBeforeStart: 'de eindtijd moet na de begintijd liggen.',
    outOfOrder: 'deze ondertitel begint eerder dan de vorige; zet ze op volgorde van tijd.',
    noText: 'na de tijdregel hoort de tekst van de ondertitel.',
    tooManyCues: `een bestand mag hoogstens ${MAX_CUES} ondertitels hebben.`,
    noCues: 'dit bestand bevat geen ondertitels.',
  },
  en: {
    line: (line: number) => `Line ${line}: `,
    notUtf8: 'this file is not saved as UTF-8; save it again with UTF-8 encoding.',
    empty: 'the file is empty; a captions file starts with WEBVTT followed by the captions.',
    noHeader: 'a captions file starts with the word WEBVTT on the first line.',
    noTimeLine: `Koers expects a timing line here, such as ${EXAMPLE_TIME_LINE}.`,
    missingTime: `a time is missing here; write the line as ${EXAMPLE_TIME_LINE}.`,
    badTime: (stamp: string, suggestion: string) => `the time '${stamp}' is not valid; write it as ${suggestion}.`,
    badTimeNoGuess: (stamp: string) => `the time '${stamp}' is not valid; write it as hh:mm:ss.ttt, for example 00:01:05.500.`,
    endBeforeStart: 'the end time must come after the start time.',
    outOfOrder: 'this caption starts before the previous one; put them in order of time.',
    noText: 'the caption text belongs after the timing line.',
    tooManyCues: `a file may have at most ${MAX_CUES} captions.`,
    noCues: 'this file contains no captions.',
  },
} as const;
type Messages = (typeof MESSAGES)[Language];

/** The explanation for a time that is not valid WebVTT. */
function badTimeMessage(stamp: string, text: Messages): string {
  if (stamp === '') return text.missingTime;
  const suggestion = suggestTimestamp(stamp);
  return suggestion ? text.badTime(stamp, suggestion) : text.badTimeNoGuess(stamp);
}

/**
 * Validates an uploaded file's bytes: UTF-8 (a BOM is allowed), then the WebVTT rules below.
 * Invalid UTF-8 is reported on the first line that holds an undecodable byte.
 */
export function validateWebVttBytes(bytes: Uint8Array, language: Language = 'nl'): WebVttResult {
  try {
    return validateWebVtt(new TextDecoder('utf-8', { fatal: true }).decode(bytes), language);
  } catch {
    const lines = new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/);
    const line = lines.findIndex((text) => text.includes('\uFFFD')) + 1 || 1;
    const text = MESSAGES[language];
    return { ok: false, errors: [{ line, message: text.line(line) + text.notUtf8 }] };
  }
}

/**
 * Validates a WebVTT file: the `WEBVTT` line (after an optional BOM), a header up to the first
 * blank line, then blocks separated by blank lines. NOTE, STYLE and REGION blocks are skipped;
 * every other block is a cue: an optional identifier, a time line with optional settings, and
 * text. Lines holding only spaces count as blank.
 */
export function validateWebVtt(text: string, language: Language = 'nl'): WebVttResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const messages = MESSAGES[language];
  const errors: WebVttError[] = [];
  const fail = (line: number, message: string) => errors.push({ line, message: messages.line(line) + message });

  if (lines.every((line) => line.trim() === '')) {
    fail(1, messages.empty);
    return { ok: false, errors };
  }
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0])) {
    fail(1, messages.noHeader);
    return { ok: false, errors };
  }
  let index = 1;
  // The header block runs until the first blank line.
  while (index < lines.length && lines[index].trim() !== '') index++;

  let cues = 0;
  let previousStart = -1;
  while (index < lines.length && errors.length < MAX_ERRORS) {
    while (index < lines.length && lines[index].trim() === '') index++;
    if (index >= lines.length) break;
    const blockStart = index;
    const block: string[] = [];
    while (index < lines.length && lines[index].trim() !== '') block.push(lines[index++]);
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0])) continue;

    // An identifier line never contains "-->", so the time line is the first or the second line.
    const timingOffset = block[0].includes('-->') ? 0 : 1;
    const timing = block[timingOffset];
    const lineNumber = blockStart + timingOffset + 1;
    if (timing === undefined || !timing.includes('-->')) {
      fail(blockStart + Math.min(timingOffset, block.length - 1) + 1, messages.noTimeLine);
      continue;
    }
    const arrow = timing.indexOf('-->');
    const startText = timing.slice(0, arrow).trim();
    const endText = timing.slice(arrow + 3).trim().split(/[ \t]+/)[0];
    const start = seconds(startText);
    const end = seconds(endText);
    if (start === null || end === null) {
      fail(lineNumber, badTimeMessage(start === null ? startText : endText, messages));
      continue;
    }
    if (end <= start) fail(lineNumber, messages.endBeforeStart);
    else if (start < previousStart) fail(lineNumber, messages.outOfOrder);
    if (block.length <= timingOffset + 1) fail(lineNumber, messages.noText);
    previousStart = Math.max(previousStart, start);
    cues++;
    if (cues > MAX_CUES) {
      fail(lineNumber, messages.tooManyCues);
      break;
    }
  }
  if (errors.length === 0 && cues === 0) fail(lines.findLastIndex((line) => line.trim() !== '') + 1, messages.noCues);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cueCount: cues };
}
