import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { count } from 'drizzle-orm';
import type { ClassDetail, CreateModuleRequest, ModuleDetail, ModuleSummary } from '@koers/contracts';
import { mediaFiles } from '../src/db/schema';
import { demoManifest } from '../src/db/seed/demo-modules';
import { parseRange } from '../src/modules/modules/routes';
import { Client, OTHER_SCHOOL_DECAAN, problemOf, seedOtherSchool, signedIn, startTestApp, type TestApp } from './helpers';

// Uploads use the committed fixtures (made once with ffmpeg), not server/demo-media, which is
// regenerated independently.
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const video = fixture('two-seconds.mp4');
const captions = 'WEBVTT\n\n00:00.000 --> 00:01.000\nIn de kraamzorg begin je vroeg.\n\n00:01.000 --> 00:02.000\nJe werkt ook in het weekend.\n';
const MAX_VIDEO_BYTES = 64 * 1024;
const manifest = demoManifest();

const quality = (met: boolean) =>
  Object.fromEntries(['betrouwbaar', 'toegankelijk', 'authentiek', 'speels', 'arbeidsomstandigheden'].map((c) => [c, { met, note: '' }]));

const draftVideo: CreateModuleRequest = {
  type: 'video',
  title: 'Een dag in de kraamzorg',
  description: 'Kraamverzorgenden vertellen over hun werk.',
  niveaus: ['vmbo-gt'],
  leerjaren: [3],
  sectors: ['zorg-welzijn'],
  opleidingen: ['Kraamverzorgende (mbo niveau 3)'],
  beroepen: ['Kraamverzorgende'],
  maker: 'Decanaat Demo College',
  source: 'Eigen opname (2026)',
  sourceUrl: null,
  quality: quality(false) as CreateModuleRequest['quality'],
  game: null,
};

/** Files in the app's media dir, wherever they are (content-addressed subfolders). */
function storedFiles(mediaDir: string): string[] {
  try {
    return readdirSync(mediaDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

describe('module library', () => {
  let t: TestApp;
  let decaan: Client;
  let mediaDir: string;
  before(async () => {
    mediaDir = mkdtempSync(path.join(os.tmpdir(), 'koers-modules-'));
    t = await startTestApp({ mediaDir, maxVideoBytes: MAX_VIDEO_BYTES });
    decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
  });

  const mediaRows = async () => (await t.app.database.db.select({ n: count() }).from(mediaFiles))[0].n;

  /** Asserts that `action` leaves no media row and no file (not even a partial one) behind. */
  async function assertNothingStored(action: () => Promise<void>): Promise<void> {
    const [rows, files] = [await mediaRows(), storedFiles(mediaDir)];
    await action();
    assert.equal(await mediaRows(), rows, 'no media row');
    assert.deepEqual(storedFiles(mediaDir), files, 'no file in the media dir');
  }
  after(() => t.close());

  const put = (client: Client, url: string, payload: Buffer | string, contentType: string) =>
    client.request({ method: 'PUT', url, payload, headers: { 'content-type': contentType } }, true);

  async function createDraft(): Promise<ModuleDetail> {
    const response = await decaan.post('/api/modules', draftVideo);
    assert.equal(response.statusCode, 201, response.body);
    return response.json<ModuleDetail>();
  }

  it('seeds the nine demo videos as published demo modules with captions', async () => {
    const list = (await decaan.get('/api/modules?type=video')).json<ModuleSummary[]>();
    const demo = list.filter((m) => m.demo);
    assert.equal(demo.length, 9);
    for (const module of demo) {
      assert.equal(module.status, 'published');
      assert.ok(module.captionsUrl && module.videoUrl && module.thumbnailUrl);
      assert.equal(module.durationSeconds, Math.round(manifest.find((entry) => entry.title === module.title)?.durationSeconds ?? -1));
      assert.equal(module.qualityComplete, false, 'generated slides are not authentiek');
    }
    const rows = await t.app.database.db.select({ storageKey: mediaFiles.storageKey, sha256: mediaFiles.sha256 }).from(mediaFiles);
    assert.equal(rows.length, 3 * 9, 'a video, captions and a thumbnail each');
    for (const row of rows) assert.equal(createHash('sha256').update(readFileSync(path.join(mediaDir, row.storageKey))).digest('hex'), row.sha256);
  });

  it('seeds the three games as published demo modules of three to five minutes', async () => {
    const games = (await decaan.get('/api/modules?type=game')).json<ModuleSummary[]>();
    assert.deepEqual(games.map((m) => m.game?.kind).sort(), ['een-dag-als', 'kans-of-geen-kans', 'match']);
    for (const game of games) {
      assert.ok(game.demo && game.status === 'published', game.title);
      assert.ok(game.durationSeconds >= 180 && game.durationSeconds <= 300, game.title);
      assert.ok(game.game && game.game.items.length >= 4, game.title);
      assert.equal(game.videoUrl, null);
    }
  });

  it('filters the library by sector, niveau and free text', async () => {
    const zorg = (await decaan.get('/api/modules?sector=zorg-welzijn&type=video')).json<ModuleSummary[]>();
    const expected = manifest.filter((entry) => entry.sectors.includes('zorg-welzijn')).map((entry) => entry.title);
    assert.deepEqual(zorg.map((m) => m.title).sort(), expected.sort());
    const havo = (await decaan.get('/api/modules?niveau=havo&q=pabo')).json<ModuleSummary[]>();
    assert.deepEqual(havo.map((m) => m.title), ['Leraar basisonderwijs: voor de klas']);
    const bad = await decaan.get('/api/modules?sector=sterrenkunde');
    assert.equal(bad.statusCode, 400);
    assert.equal(problemOf(bad).errors?.[0]?.field, '/sector');
  });

  it('refuses a file that is not a video, whatever its name and content type say, and stores nothing', async () => {
    const module = await createDraft();
    await assertNothingStored(async () => {
      const response = await put(decaan, `/api/modules/${module.id}/video`, fixture('text-renamed.mp4'), 'video/mp4');
      assert.equal(response.statusCode, 415);
      const problem = problemOf(response);
      assert.equal(problem.code, 'unsupported_media_type');
      assert.deepEqual(problem.errors, [{ field: '/video', message: 'Dit bestand is geen MP4- of WebM-video.' }]);
      const matroska = await put(decaan, `/api/modules/${module.id}/video`, fixture('two-seconds.mkv'), 'video/webm');
      assert.equal(matroska.statusCode, 415);
      const gif = await put(decaan, `/api/modules/${module.id}/thumbnail`, Buffer.from('GIF89a-geen-png'), 'image/png');
      assert.equal(gif.statusCode, 415);
    });
    assert.equal((await decaan.get(`/api/modules/${module.id}`)).json<ModuleDetail>().videoUrl, null);
  });

  it('refuses a video over the size limit with 413, whether announced or streamed, and stores nothing', async () => {
    const module = await createDraft();
    // A real MP4 start, so nothing but the size is wrong.
    const tooLarge = Buffer.concat([video, Buffer.alloc(MAX_VIDEO_BYTES)]);
    await assertNothingStored(async () => {
      const announced = await put(decaan, `/api/modules/${module.id}/video`, tooLarge, 'video/mp4');
      assert.equal(announced.statusCode, 413);
      assert.equal(problemOf(announced).code, 'payload_too_large');
      assert.deepEqual(problemOf(announced).errors, [{ field: '/video', message: 'Het bestand is groter dan 0,1 MB.' }]);
      // No Content-Length: the limit is enforced while the bytes stream in, and the partial file goes.
      const chunks = Array.from({ length: Math.ceil(tooLarge.length / 65_536) }, (_, i) => tooLarge.subarray(i * 65_536, (i + 1) * 65_536));
      const streamed = await decaan.request({ method: 'PUT', url: `/api/modules/${module.id}/video`, payload: Readable.from(chunks), headers: { 'content-type': 'video/mp4' } }, true);
      assert.equal(streamed.statusCode, 413);
      assert.equal(streamed.headers['connection'], 'close');
    });
    assert.equal((await decaan.get(`/api/modules/${module.id}`)).json<ModuleDetail>().videoUrl, null);
  });

  it('reads the duration of a WebM video and stores its thumbnail', async () => {
    const module = await createDraft();
    const webm = await put(decaan, `/api/modules/${module.id}/video`, fixture('two-seconds.webm'), 'video/webm');
    assert.equal(webm.statusCode, 200, webm.body);
    assert.equal(webm.json<ModuleDetail>().durationSeconds, 2);
    assert.equal(webm.json<ModuleDetail>().videoMimeType, 'video/webm');
    const thumbnail = await put(decaan, `/api/modules/${module.id}/thumbnail`, fixture('tiny.png'), 'image/png');
    assert.equal(thumbnail.statusCode, 200, thumbnail.body);
    const served = await decaan.get(thumbnail.json<ModuleDetail>().thumbnailUrl ?? '');
    assert.equal(served.headers['content-type'], 'image/png');
    assert.deepEqual(served.rawPayload, fixture('tiny.png'));
  });

  it('stores an uploaded video, reads its duration, and serves it with range requests and caching headers', async () => {
    const module = await createDraft();
    const response = await put(decaan, `/api/modules/${module.id}/video`, video, 'video/mp4');
    assert.equal(response.statusCode, 200, response.body);
    const detail = response.json<ModuleDetail>();
    assert.equal(detail.durationSeconds, 2);
    assert.equal(detail.videoMimeType, 'video/mp4');
    assert.equal(detail.videoBytes, video.length);
    assert.ok(detail.videoUrl);

    const whole = await decaan.get(detail.videoUrl);
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.headers['accept-ranges'], 'bytes');
    assert.match(String(whole.headers['cache-control']), /immutable/);
    assert.equal(whole.rawPayload.length, video.length);

    const part = await decaan.get(detail.videoUrl, { range: 'bytes=100-199' });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 100-199/${video.length}`);
    assert.deepEqual(part.rawPayload, video.subarray(100, 200));

    const tail = await decaan.get(detail.videoUrl, { range: 'bytes=-50' });
    assert.equal(tail.statusCode, 206);
    assert.deepEqual(tail.rawPayload, video.subarray(video.length - 50));

    const beyond = await decaan.get(detail.videoUrl, { range: `bytes=${video.length + 10}-` });
    assert.equal(beyond.statusCode, 416);
    assert.equal(beyond.headers['content-range'], `bytes */${video.length}`);

    const cached = await decaan.get(detail.videoUrl, { 'if-none-match': String(whole.headers['etag']) });
    assert.equal(cached.statusCode, 304);
  });

  it('names the line of a broken WebVTT file and does not attach it', async () => {
    const module = await createDraft();
    const broken = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nHallo\n\n00:00:05,000 --> 00:00:06.000\nKomma in plaats van punt\n';
    const response = await put(decaan, `/api/modules/${module.id}/captions`, broken, 'text/vtt');
    assert.equal(response.statusCode, 400);
    const problem = problemOf(response);
    assert.equal(problem.errors?.[0]?.field, '/captions');
    assert.match(problem.errors?.[0]?.message ?? '', /^Regel 6: de tijd '00:00:05,000' klopt niet; schrijf het als 00:00:05\.000\.$/);
    const english = await decaan.request(
      { method: 'PUT', url: `/api/modules/${module.id}/captions`, payload: broken, headers: { 'content-type': 'text/vtt', 'accept-language': 'en-GB,en;q=0.9' } },
      true,
    );
    assert.match(problemOf(english).errors?.[0]?.message ?? '', /^Line 6: the time '00:00:05,000' is not valid/);
    assert.equal((await decaan.get(`/api/modules/${module.id}`)).json<ModuleDetail>().captionsUrl, null);
  });

  it('refuses captions that are not UTF-8, naming the line', async () => {
    const module = await createDraft();
    const latin1 = Buffer.from('WEBVTT\n\n00:01.000 --> 00:02.000\nZo\xe9n beroep\n', 'latin1');
    const response = await put(decaan, `/api/modules/${module.id}/captions`, latin1, 'text/vtt');
    assert.equal(response.statusCode, 400);
    assert.match(problemOf(response).errors?.[0]?.message ?? '', /^Regel 4: dit bestand is niet in UTF-8 opgeslagen/);
  });

  it('does not publish a video without captions, and publishes it with them', async () => {
    const module = await createDraft();
    await put(decaan, `/api/modules/${module.id}/video`, video, 'video/mp4');
    const refused = await decaan.post(`/api/modules/${module.id}/publish`);
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(problemOf(refused).errors?.map((e) => e.field), ['/captions']);

    assert.equal((await put(decaan, `/api/modules/${module.id}/captions`, captions, 'text/vtt')).statusCode, 200);
    const published = await decaan.post(`/api/modules/${module.id}/publish`);
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json<ModuleDetail>().status, 'published');
  });

  it('makes a new draft version when a published module is edited; version 1 stays as it was', async () => {
    const module = await createDraft();
    await put(decaan, `/api/modules/${module.id}/video`, video, 'video/mp4');
    await put(decaan, `/api/modules/${module.id}/captions`, captions, 'text/vtt');
    await decaan.post(`/api/modules/${module.id}/publish`);

    const metadata: Record<string, unknown> = { ...draftVideo, title: 'Kraamzorg van dichtbij' };
    delete metadata['type'];
    const edited = await decaan.request({ method: 'PUT', url: `/api/modules/${module.id}`, payload: metadata }, true);
    assert.equal(edited.statusCode, 200, edited.body);
    const detail = edited.json<ModuleDetail>();
    assert.equal(detail.version, 2);
    assert.equal(detail.status, 'draft');
    assert.equal(detail.title, 'Kraamzorg van dichtbij');
    assert.ok(detail.videoUrl, 'the new version keeps the video');
    assert.deepEqual(detail.versions.map((v) => [v.version, v.status]), [[2, 'draft'], [1, 'published']]);
  });

  it('makes a new draft version when a video is uploaded to a published module', async () => {
    const module = await createDraft();
    await put(decaan, `/api/modules/${module.id}/video`, video, 'video/mp4');
    await put(decaan, `/api/modules/${module.id}/captions`, captions, 'text/vtt');
    const published = (await decaan.post(`/api/modules/${module.id}/publish`)).json<ModuleDetail>();
    const replaced = await put(decaan, `/api/modules/${module.id}/video`, fixture('two-seconds-moov-at-end.mp4'), 'video/mp4');
    const detail = replaced.json<ModuleDetail>();
    assert.deepEqual([detail.version, detail.status, detail.durationSeconds], [2, 'draft', 2]);
    assert.notEqual(detail.videoUrl, published.videoUrl);
    assert.equal(detail.captionsUrl, published.captionsUrl, 'the captions are carried over');
  });

  it('publishes a game without media, but not a game without game settings', async () => {
    const game = { ...draftVideo, type: 'game', durationSeconds: 240, game: { kind: 'match', items: ['Kok', 'Timmerman'] } };
    const created = await decaan.post('/api/modules', game);
    assert.equal(created.statusCode, 201, created.body);
    const published = await decaan.post(`/api/modules/${created.json<ModuleDetail>().id}/publish`);
    assert.equal(published.json<ModuleDetail>().status, 'published');
    const withoutSettings = await decaan.post('/api/modules', { ...game, game: null });
    assert.equal(withoutSettings.statusCode, 400);
    assert.equal(problemOf(withoutSettings).errors?.[0]?.field, '/game');
    const refused = await put(decaan, `/api/modules/${created.json<ModuleDetail>().id}/captions`, captions, 'text/vtt');
    assert.equal(problemOf(refused).errors?.[0]?.field, '/captions');
  });

  it('validates a new module and names the failing field', async () => {
    const response = await decaan.post('/api/modules', { ...draftVideo, title: 'x', sectors: [] });
    assert.equal(response.statusCode, 400);
    const fields = problemOf(response).errors?.map((e) => e.field) ?? [];
    assert.ok(fields.includes('/title') || fields.includes('/sectors'), fields.join());
  });

  it('lets only the decaan and the beheerder change modules; mentors may read', async () => {
    const module = await createDraft();
    const beheer = await signedIn(t.app, 'beheer@demo.koers.nl');
    assert.equal((await beheer.post('/api/modules', draftVideo)).statusCode, 201);
    const mentor = await signedIn(t.app, 'mentor@demo.koers.nl');
    assert.equal((await mentor.get('/api/modules')).statusCode, 200);
    assert.equal((await mentor.get(`/api/modules/${module.id}`)).statusCode, 200);
    assert.equal((await mentor.post('/api/modules', draftVideo)).statusCode, 403);
    assert.equal((await put(mentor, `/api/modules/${module.id}/video`, video, 'video/mp4')).statusCode, 403);
    assert.equal((await mentor.post(`/api/modules/${module.id}/publish`)).statusCode, 403);
    const directie = await signedIn(t.app, 'directie@demo.koers.nl');
    assert.equal((await directie.get('/api/modules')).statusCode, 403);
    const klas = (await decaan.get('/api/classes')).json<{ id: string }[]>()[0];
    const roster = (await decaan.get(`/api/classes/${klas.id}`)).json<ClassDetail>();
    const student = new Client(t.app);
    await student.signInStudent(roster.classCode, roster.students[0].personalCode);
    assert.equal((await student.get('/api/modules')).statusCode, 403);
    assert.equal((await student.post('/api/modules', draftVideo)).statusCode, 403);
    const anonymous = new Client(t.app);
    assert.equal((await anonymous.get('/api/modules')).statusCode, 401);
    await anonymous.get('/api/auth/session'); // a CSRF token, so the write reaches the access check
    assert.equal((await put(anonymous, `/api/modules/${module.id}/video`, video, 'video/mp4')).statusCode, 401);
  });

  it("answers another school's modules and media with 404", async () => {
    await seedOtherSchool(t);
    const other = await signedIn(t.app, OTHER_SCHOOL_DECAAN);
    const ours = (await decaan.get('/api/modules?type=video')).json<ModuleSummary[]>()[0];
    assert.deepEqual((await other.get('/api/modules')).json<ModuleSummary[]>(), []);
    assert.equal((await other.get(`/api/modules/${ours.id}`)).statusCode, 404);
    assert.equal((await other.get(ours.videoUrl ?? '')).statusCode, 404);
    const metadata: Record<string, unknown> = { ...draftVideo };
    delete metadata['type'];
    assert.equal((await other.request({ method: 'PUT', url: `/api/modules/${ours.id}`, payload: metadata }, true)).statusCode, 404);
    assert.equal((await put(other, `/api/modules/${ours.id}/captions`, captions, 'text/vtt')).statusCode, 404);
    assert.equal((await other.post(`/api/modules/${ours.id}/publish`)).statusCode, 404);
  });
});

describe('parseRange', () => {
  it('reads single byte ranges, suffix ranges and open ends', () => {
    assert.deepEqual(parseRange('bytes=0-9', 100), { start: 0, end: 9 });
    assert.deepEqual(parseRange('bytes=90-', 100), { start: 90, end: 99 });
    assert.deepEqual(parseRange('bytes=-10', 100), { start: 90, end: 99 });
    assert.deepEqual(parseRange('bytes=50-500', 100), { start: 50, end: 99 });
    assert.equal(parseRange(undefined, 100), null);
  });

  it('calls impossible ranges invalid', () => {
    assert.equal(parseRange('bytes=100-', 100), 'invalid');
    assert.equal(parseRange('bytes=9-3', 100), 'invalid');
    assert.equal(parseRange('items=0-1', 100), 'invalid');
    assert.equal(parseRange('bytes=-', 100), 'invalid');
  });
});
