import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mp4DurationSeconds, sniffImage, sniffVideo, webmDurationSeconds } from '../src/modules/media/media-probe';
import { validateWebVtt } from '../src/modules/media/webvtt';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const readerOf = (bytes: Uint8Array) => async (offset: number, length: number) => bytes.subarray(offset, offset + length);

describe('recognising uploads by their bytes', () => {
  it('recognises MP4 and WebM, and refuses Matroska, text and garbage', () => {
    assert.equal(sniffVideo(fixture('two-seconds.mp4').subarray(0, 64)), 'video/mp4');
    assert.equal(sniffVideo(fixture('two-seconds.webm').subarray(0, 64)), 'video/webm');
    assert.equal(sniffVideo(fixture('two-seconds.mkv').subarray(0, 64)), null);
    assert.equal(sniffVideo(Buffer.from('dit is een tekstbestand met .mp4 als naam')), null);
    assert.equal(sniffVideo(new Uint8Array([0x1a, 0x45])), null);
  });

  it('recognises PNG and JPEG signatures only', () => {
    assert.equal(sniffImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
    assert.equal(sniffImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg');
    assert.equal(sniffImage(Buffer.from('GIF89a')), null);
  });
});

describe('reading a video duration from the container', () => {
  for (const name of ['two-seconds.mp4', 'two-seconds-moov-at-end.mp4']) {
    it(`reads 2 s from ${name} (moov ${name.includes('end') ? 'after' : 'before'} the media data)`, async () => {
      const bytes = fixture(name);
      const seconds = await mp4DurationSeconds(readerOf(bytes), bytes.length);
      assert.ok(seconds !== null && Math.abs(seconds - 2) < 0.1, String(seconds));
    });
  }

  it('reads 2 s from a WebM file', async () => {
    const bytes = fixture('two-seconds.webm');
    const seconds = await webmDurationSeconds(readerOf(bytes), bytes.length);
    assert.ok(seconds !== null && Math.abs(seconds - 2) < 0.1, String(seconds));
  });

  it('reads 40 s from a shipped demo video', async () => {
    const bytes = readFileSync(new URL('../demo-media/timmerman.mp4', import.meta.url));
    assert.equal(await mp4DurationSeconds(readerOf(bytes), bytes.length), 40);
  });

  it('answers null, never throws, for truncated and random bytes', async () => {
    const mp4 = fixture('two-seconds-moov-at-end.mp4');
    assert.equal(await mp4DurationSeconds(readerOf(mp4.subarray(0, 600)), 600), null);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const read = readerOf(bytes);
        const mp4Result = await mp4DurationSeconds(read, bytes.length);
        const webmResult = await webmDurationSeconds(read, bytes.length);
        assert.ok(mp4Result === null || Number.isFinite(mp4Result));
        assert.ok(webmResult === null || Number.isFinite(webmResult));
        sniffVideo(bytes);
        sniffImage(bytes);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validating WebVTT captions', () => {
  const ok = (text: string) => {
    const result = validateWebVtt(text);
    assert.ok(result.ok, JSON.stringify(result));
    return result;
  };
  const firstError = (text: string) => {
    const result = validateWebVtt(text);
    assert.equal(result.ok, false);
    return result.ok ? undefined : result.errors[0];
  };

  it('accepts a file with a BOM, CRLF line ends, cue ids, settings and NOTE blocks', () => {
    const text = '\uFEFFWEBVTT - demo\r\n\r\nNOTE gemaakt voor Koers\r\n\r\n1\r\n00:01.000 --> 00:04.000 line:90%\r\nHallo\r\n\r\n00:00:05.000 --> 00:00:07.500\r\nTweede\r\nregel\r\n';
    assert.equal(ok(text).cueCount, 2);
  });

  it('accepts every shipped demo captions file', () => {
    for (const slug of ['verpleegkundige', 'politieagent', 'software-developer']) {
      ok(readFileSync(new URL(`../demo-media/${slug}.nl.vtt`, import.meta.url), 'utf8'));
    }
  });

  it('asks for WEBVTT on line 1 of a file without the header', () => {
    assert.deepEqual(firstError('00:01.000 --> 00:02.000\nHoi\n'), { line: 1, message: 'Regel 1: een ondertitelbestand begint met het woord WEBVTT op de eerste regel.' });
  });

  it('names the line of a badly written time', () => {
    assert.match(firstError('WEBVTT\n\n00:01.000 --> 00:02.000\nHoi\n\n00:03,5 --> 00:04.000\nDoei\n')?.message ?? '', /^Regel 6: de tijd '00:03,5' klopt niet/);
  });

  it('refuses an end before the start, cues out of order and a cue without text', () => {
    assert.match(firstError('WEBVTT\n\n00:05.000 --> 00:02.000\nTerug in de tijd\n')?.message ?? '', /^Regel 3: de eindtijd/);
    assert.match(firstError('WEBVTT\n\n00:05.000 --> 00:06.000\nA\n\n00:01.000 --> 00:02.000\nB\n')?.message ?? '', /^Regel 6: deze ondertitel begint eerder/);
    assert.match(firstError('WEBVTT\n\n00:01.000 --> 00:02.000\n')?.message ?? '', /^Regel 3: na de tijdregel/);
  });

  it('refuses a block without a time line and a file without cues', () => {
    assert.match(firstError('WEBVTT\n\nalleen tekst\nzonder tijd\n')?.message ?? '', /^Regel 4: hier verwacht Koers een tijdregel/);
    assert.match(firstError('WEBVTT\n')?.message ?? '', /geen ondertitels/);
    assert.equal(firstError('')?.line, 1);
  });
});
