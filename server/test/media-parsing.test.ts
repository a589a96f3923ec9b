import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mp4DurationSeconds, sniffImage, sniffVideo, webmDurationSeconds, type Reader } from '../src/modules/media/media-probe';
import { validateWebVtt, validateWebVttBytes } from '../src/modules/media/webvtt';

// Fixtures were made once with ffmpeg (32×32, 2 s, tiny bitrate); tests never run ffmpeg.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const readerOf =
  (bytes: Uint8Array): Reader =>
  async (offset, length) =>
    bytes.subarray(offset, offset + length);
const ascii = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};
const uint32 = (value: number) => new Uint8Array([value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
const float32 = (value: number) => {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setFloat32(0, value);
  return bytes;
};
/** An ISO-BMFF box with a 32-bit size. */
const box = (type: string, ...body: Uint8Array[]) => concat(uint32(8 + body.reduce((sum, part) => sum + part.length, 0)), ascii(type), ...body);
const assertAbout = (actual: number | null, expected: number) =>
  assert.ok(actual !== null && Math.abs(actual - expected) < 0.1, `expected about ${expected}, got ${actual}`);

describe('recognising uploads by their bytes', () => {
  it('recognises MP4 in both layouts and WebM', () => {
    assert.equal(sniffVideo(fixture('two-seconds.mp4').subarray(0, 64)), 'video/mp4');
    assert.equal(sniffVideo(fixture('two-seconds-moov-at-end.mp4').subarray(0, 64)), 'video/mp4');
    assert.equal(sniffVideo(fixture('two-seconds.webm').subarray(0, 64)), 'video/webm');
  });

  it('refuses Matroska (.mkv), a text file named .mp4, images and empty input as video', () => {
    assert.equal(sniffVideo(fixture('two-seconds.mkv').subarray(0, 64)), null);
    assert.equal(sniffVideo(fixture('text-renamed.mp4')), null);
    assert.equal(sniffVideo(fixture('tiny.png')), null);
    assert.equal(sniffVideo(new Uint8Array()), null);
  });

  it('refuses truncated video headers', () => {
    assert.equal(sniffVideo(fixture('two-seconds.mp4').subarray(0, 7)), null);
    assert.equal(sniffVideo(new Uint8Array([0x1a, 0x45, 0xdf, 0xa3])), null);
    // Cut inside the DocType value: "we" of "webm".
    const webm = fixture('two-seconds.webm');
    assert.equal(sniffVideo(webm.subarray(0, webm.indexOf(0x77) + 2)), null);
  });

  it('recognises the PNG and JPEG fixtures and refuses other bytes as images', () => {
    assert.equal(sniffImage(fixture('tiny.png')), 'image/png');
    assert.equal(sniffImage(fixture('tiny.jpg')), 'image/jpeg');
    assert.equal(sniffImage(ascii('GIF89a')), null);
    assert.equal(sniffImage(fixture('tiny.png').subarray(0, 7)), null);
    assert.equal(sniffImage(fixture('two-seconds.mp4')), null);
  });
});

describe('reading an MP4 duration', () => {
  for (const [name, layout] of [
    ['two-seconds.mp4', 'moov before the media data (faststart)'],
    ['two-seconds-moov-at-end.mp4', 'moov after the media data'],
  ]) {
    it(`reads 2 s with ${layout}`, async () => {
      const bytes = fixture(name);
      assertAbout(await mp4DurationSeconds(readerOf(bytes), bytes.length), 2);
    });
  }

  it('reads only small pieces of a file with moov at the end', async () => {
    const bytes = fixture('two-seconds-moov-at-end.mp4');
    const lengths: number[] = [];
    await mp4DurationSeconds(async (offset, length) => (lengths.push(length), bytes.subarray(offset, offset + length)), bytes.length);
    assert.ok(Math.max(...lengths) <= 32, String(lengths));
  });

  it('reads 40 s from a shipped demo video', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('../demo-media/timmerman.mp4', import.meta.url)));
    assert.equal(await mp4DurationSeconds(readerOf(bytes), bytes.length), 40);
  });

  it('follows a 64-bit box size and a moov that runs to the end of the file (size 0), with a version 1 mvhd', async () => {
    const mdat = concat(uint32(1), ascii('mdat'), uint32(0), uint32(16 + 5), new Uint8Array(5));
    const mvhdV1 = concat(new Uint8Array([1, 0, 0, 0]), new Uint8Array(16), uint32(1000), uint32(0), uint32(2500), new Uint8Array(80));
    const moovToEnd = concat(uint32(0), ascii('moov'), box('mvhd', mvhdV1));
    const file = concat(box('ftyp', ascii('isom')), mdat, moovToEnd);
    assert.equal(await mp4DurationSeconds(readerOf(file), file.length), 2.5);
  });

  it('answers null for a truncated file, a file without moov and a failing reader', async () => {
    const bytes = fixture('two-seconds-moov-at-end.mp4');
    assert.equal(await mp4DurationSeconds(readerOf(bytes.subarray(0, 600)), 600), null);
    const noMoov = box('ftyp', ascii('isom'));
    assert.equal(await mp4DurationSeconds(readerOf(noMoov), noMoov.length), null);
    assert.equal(await mp4DurationSeconds(() => Promise.reject(new Error('disk gone')), bytes.length), null);
  });
});

describe('reading a WebM duration', () => {
  it('reads 2 s from a WebM file', async () => {
    const bytes = fixture('two-seconds.webm');
    assertAbout(await webmDurationSeconds(readerOf(bytes), bytes.length), 2);
  });

  it('reads through a Segment of unknown size', async () => {
    const bytes = fixture('two-seconds.webm').slice();
    const segment = Buffer.from(bytes).indexOf(Buffer.from([0x18, 0x53, 0x80, 0x67]));
    assert.equal(bytes[segment + 4], 0x01, 'fixture uses an 8-byte Segment size');
    bytes.fill(0xff, segment + 5, segment + 12); // 01 FF FF FF FF FF FF FF: "unknown"
    assertAbout(await webmDurationSeconds(readerOf(bytes), bytes.length), 2);
  });

  it('applies a custom TimecodeScale to a 4-byte float Duration', async () => {
    const ebmlHeader = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x87, 0x42, 0x82, 0x84, ...ascii('webm')]);
    // TimecodeScale 1000 ns (2 bytes) and Duration 3 000 000 units: 3 s.
    const info = new Uint8Array([0x2a, 0xd7, 0xb1, 0x82, 0x03, 0xe8, 0x44, 0x89, 0x84, ...float32(3_000_000)]);
    const segment = new Uint8Array([0x18, 0x53, 0x80, 0x67, 0xff, 0x15, 0x49, 0xa9, 0x66, 0x80 | info.length, ...info]);
    const file = concat(ebmlHeader, segment);
    assertAbout(await webmDurationSeconds(readerOf(file), file.length), 3);
  });

  it('answers null for a truncated file and for MP4 bytes', async () => {
    const webm = fixture('two-seconds.webm');
    assert.equal(await webmDurationSeconds(readerOf(webm.subarray(0, 40)), 40), null);
    const mp4 = fixture('two-seconds.mp4');
    assert.equal(await webmDurationSeconds(readerOf(mp4), mp4.length), null);
  });
});

describe('hostile media bytes', () => {
  const probeAll = async (bytes: Uint8Array) => {
    const read = readerOf(bytes);
    for (const seconds of [await mp4DurationSeconds(read, bytes.length), await webmDurationSeconds(read, bytes.length)]) {
      assert.ok(seconds === null || (Number.isFinite(seconds) && seconds > 0), String(seconds));
    }
    sniffVideo(bytes);
    sniffImage(bytes);
  };

  it('never throws or hangs on 500 random buffers', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), probeAll), { numRuns: 500, seed: 20_240_901 });
  });

  it('never throws or hangs on 500 corrupted copies of the real fixtures', async () => {
    const files = ['two-seconds.mp4', 'two-seconds-moov-at-end.mp4', 'two-seconds.webm', 'two-seconds.mkv'].map(fixture);
    const corruption = fc.record({
      file: fc.constantFrom(...files),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat()),
    });
    await fc.assert(
      fc.asyncProperty(corruption, async ({ file, flips, cut }) => {
        const bytes = file.slice(0, cut === null ? undefined : cut % (file.length + 1));
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        await probeAll(bytes);
      }),
      { numRuns: 500, seed: 20_240_902 },
    );
  });
});

describe('validating WebVTT captions', () => {
  const cueCount = (text: string) => {
    const result = validateWebVtt(text);
    assert.ok(result.ok, JSON.stringify(result));
    return result.cueCount;
  };
  const firstError = (text: string) => {
    const result = validateWebVtt(text);
    assert.ok(!result.ok, 'expected the file to be refused');
    return result.errors[0];
  };

  it('accepts a valid file with a header text, cue ids and cue settings', () => {
    const text = 'WEBVTT - demo\nKind: captions\n\n1\n00:01.000 --> 00:04.000 line:90% align:center\nHallo\n\n01:00:05.000 --> 01:00:07.500\nTweede\nregel\n';
    assert.equal(cueCount(text), 2);
  });

  it('accepts a byte order mark before WEBVTT', () => {
    assert.equal(cueCount('\uFEFFWEBVTT\n\n00:01.000 --> 00:02.000\nHoi\n'), 1);
  });

  it('accepts Windows (CRLF) line ends and reports their line numbers correctly', () => {
    assert.equal(cueCount('WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHoi\r\n\r\n00:02.000 --> 00:03.000\r\nDoei\r\n'), 2);
    assert.equal(firstError('WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nHoi\r\n\r\n00:05.000 --> 00:03.000\r\nDoei\r\n').line, 6);
  });

  it('skips NOTE, STYLE and REGION blocks, even when they contain "-->"', () => {
    const text = 'WEBVTT\n\nNOTE gemaakt voor Koers\n00:00.000 --> kapot\n\nSTYLE\n::cue { color: yellow }\n\nREGION\nid:onder\n\nNOTE\n\n00:01.000 --> 00:02.000\nHoi\n';
    assert.equal(cueCount(text), 1);
  });

  it('accepts every shipped demo captions file', () => {
    for (const slug of ['verpleegkundige', 'politieagent', 'software-developer', 'timmerman']) {
      assert.ok(cueCount(readFileSync(new URL(`../demo-media/${slug}.nl.vtt`, import.meta.url), 'utf8')) > 0);
    }
  });

  it('explains an empty file on line 1', () => {
    assert.deepEqual(firstError(''), { line: 1, message: 'Regel 1: het bestand is leeg; een ondertitelbestand begint met WEBVTT en bevat daarna de ondertitels.' });
    assert.equal(firstError('\uFEFF\n\n').line, 1);
  });

  it('asks for WEBVTT on line 1 of a file without the header', () => {
    assert.deepEqual(firstError('00:01.000 --> 00:02.000\nHoi\n'), { line: 1, message: 'Regel 1: een ondertitelbestand begint met het woord WEBVTT op de eerste regel.' });
    assert.equal(firstError('WEBVTTX\n\n00:01.000 --> 00:02.000\nHoi\n').line, 1);
  });

  it('suggests the correct spelling of a badly written time, on its line', () => {
    const text = 'WEBVTT\n\n00:01.000 --> 00:02.000\nHoi\n\nid-2\n00:01.5 --> 00:04.000\nDoei\n';
    assert.deepEqual(firstError(text), { line: 7, message: "Regel 7: de tijd '00:01.5' klopt niet; schrijf het als 00:01.500." });
    assert.match(firstError('WEBVTT\n\n0:03,5 --> 00:04.000\nA\n').message, /^Regel 3: de tijd '0:03,5' klopt niet; schrijf het als 00:03\.500\.$/);
    assert.match(firstError('WEBVTT\n\n00:03.000 --> 00:75.000\nA\n').message, /^Regel 3: de tijd '00:75.000' klopt niet; schrijf het als uu:mm:ss\.mmm/);
  });

  it('names a missing end time', () => {
    assert.match(firstError('WEBVTT\n\n00:01.000 -->\nHoi\n').message, /^Regel 3: hier ontbreekt een tijd/);
  });

  it('refuses an end time that is not after the start time', () => {
    assert.match(firstError('WEBVTT\n\n00:05.000 --> 00:02.000\nTerug in de tijd\n').message, /^Regel 3: de eindtijd moet na de begintijd liggen/);
    assert.match(firstError('WEBVTT\n\n00:05.000 --> 00:05.000\nNul seconden\n').message, /^Regel 3: de eindtijd/);
  });

  it('refuses cues that start earlier than the cue before them', () => {
    assert.match(firstError('WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n').message, /^Regel 6: deze ondertitel begint eerder/);
  });

  it('refuses a cue without text', () => {
    assert.match(firstError('WEBVTT\n\n00:01.000 --> 00:02.000\n\n00:03.000 --> 00:04.000\nB\n').message, /^Regel 3: na de tijdregel hoort de tekst/);
  });

  it('asks for a time line in a block that has none', () => {
    assert.match(firstError('WEBVTT\n\nalleen tekst\nzonder tijd\n').message, /^Regel 4: hier verwacht Koers een tijdregel/);
    assert.match(firstError('WEBVTT\n\n00:01.000 --> 00:02.000\nA\n\nlos\n').message, /^Regel 6: hier verwacht Koers een tijdregel/);
  });

  it('refuses a file with only a header and no cues', () => {
    assert.deepEqual(firstError('WEBVTT\n\nNOTE niets\n'), { line: 3, message: 'Regel 3: dit bestand bevat geen ondertitels.' });
  });

  it('accepts 5000 cues and refuses the 5001st', () => {
    const stamp = (second: number) => new Date(second * 1000).toISOString().slice(11, 23); // hh:mm:ss.mmm
    const cues = (count: number) => 'WEBVTT\n' + Array.from({ length: count }, (_, i) => `\n${stamp(i)} --> ${stamp(i + 0.5)}\nTekst\n`).join('');
    assert.equal(cueCount(cues(5000)), 5000);
    assert.deepEqual(firstError(cues(5001)), { line: 3 + 5000 * 3, message: 'Regel 15003: een bestand mag hoogstens 5000 ondertitels hebben.' });
  });

  it('explains the same problems in English when asked', () => {
    const result = validateWebVtt('WEBVTT\n\n00:05.000 --> 00:02.000\nTerug\n\n0:03,5 --> 00:09.000\nB\n', 'en');
    assert.ok(!result.ok);
    assert.deepEqual(result.errors.map((error) => error.message), [
      'Line 3: the end time must come after the start time.',
      "Line 6: the time '0:03,5' is not valid; write it as 00:03.500.",
    ]);
  });

  it('reads UTF-8 bytes with or without a byte order mark, and names the first line that is not UTF-8', () => {
    const utf8 = Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\nZó’n beroep\n', 'utf8');
    assert.ok(validateWebVttBytes(utf8).ok);
    assert.ok(validateWebVttBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])).ok);
    const latin1 = Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\nHallo\n\n00:03.000 --> 00:04.000\nCaf\xe9\n', 'latin1');
    const result = validateWebVttBytes(latin1);
    assert.ok(!result.ok);
    assert.equal(result.errors[0].line, 7);
    assert.match(result.errors[0].message, /^Regel 7: dit bestand is niet in UTF-8 opgeslagen/);
    assert.match((validateWebVttBytes(latin1, 'en') as { errors: { message: string }[] }).errors[0].message, /^Line 7: this file is not saved as UTF-8/);
  });

  it('reports several problems but stops after twenty', () => {
    const text = 'WEBVTT\n' + '\n00:05.000 --> 00:01.000\nA\n'.repeat(50);
    const result = validateWebVtt(text);
    assert.ok(!result.ok);
    assert.equal(result.errors.length, 20);
    assert.deepEqual(result.errors.slice(0, 2).map((error) => error.line), [3, 6]);
  });
});
