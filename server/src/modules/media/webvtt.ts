/**
 * Checks an uploaded WebVTT captions file (W3C WebVTT, the parts players rely on) and explains
 * each problem with its line number in plain Dutch, so a decaan can fix the file in an editor.
 */

export const MAX_VTT_BYTES = 512 * 1024;
const MAX_CUES = 5000;
const MAX_ERRORS = 20;

export type WebVttResult = { ok: true; cueCount: number } | { ok: false; errors: { line: number; message: string }[] };

const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

function seconds(stamp: string): number | null {
  const match = TIMESTAMP.exec(stamp);
  if (!match) return null;
  const [, hours, minutes, secs, millis] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + Number(millis) / 1000;
}

export function validateWebVtt(text: string): WebVttResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: { line: number; message: string }[] = [];
  const fail = (line: number, message: string) => errors.push({ line, message: `Regel ${line}: ${message}` });

  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    fail(1, 'een ondertitelbestand begint met het woord WEBVTT op de eerste regel.');
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

    const timingOffset = block[0].includes('-->') ? 0 : 1;
    const timing = block[timingOffset];
    const lineNumber = blockStart + timingOffset + 1;
    if (timing === undefined || !timing.includes('-->')) {
      // The first line may be a cue id; the time line is expected right after it.
      fail(blockStart + Math.min(timingOffset, block.length - 1) + 1, 'hier verwacht Koers een tijdregel zoals "00:00:01.000 --> 00:00:04.000".');
      continue;
    }
    const [startText, rest] = timing.split('-->').map((part) => part.trim());
    const endText = rest.split(/[ \t]+/)[0];
    const start = seconds(startText);
    const end = seconds(endText);
    if (start === null || end === null) {
      const wrong = start === null ? startText : endText;
      fail(lineNumber, `de tijd '${wrong}' klopt niet; schrijf het als uu:mm:ss.mmm, bijvoorbeeld 00:01:05.500.`);
      continue;
    }
    if (end <= start) fail(lineNumber, 'de eindtijd moet na de begintijd liggen.');
    else if (start < previousStart) fail(lineNumber, 'deze ondertitel begint eerder dan de vorige; zet ze op volgorde van tijd.');
    if (block.length <= timingOffset + 1) fail(lineNumber, 'na de tijdregel hoort de tekst van de ondertitel.');
    previousStart = Math.max(previousStart, start);
    cues++;
    if (cues > MAX_CUES) {
      fail(lineNumber, `een bestand mag hoogstens ${MAX_CUES} ondertitels hebben.`);
      break;
    }
  }
  if (errors.length === 0 && cues === 0) fail(lines.length, 'dit bestand bevat geen ondertitels.');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, cueCount: cues };
}
