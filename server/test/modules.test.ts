import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CreateModuleRequest, ModuleDetail, ModuleSummary } from '@koers/contracts';
import { parseRange } from '../src/modules/modules/routes';
import { Client, problemOf, signedIn, startTestApp, type TestApp } from './helpers';

const DEMO_MEDIA = new URL('../demo-media/', import.meta.url);
const demoVideo = readFileSync(new URL('verpleegkundige.mp4', DEMO_MEDIA));
const demoCaptions = readFileSync(new URL('verpleegkundige.nl.vtt', DEMO_MEDIA), 'utf8');

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
    t = await startTestApp({ mediaDir });
    decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
  });
  after(() => t.close());

  const put = (client: Client, url: string, payload: Buffer | string, contentType: string) =>
    client.request({ method: 'PUT', url, payload, headers: { 'content-type': contentType } }, true);

  async function createDraft(): Promise<ModuleDetail> {
    const response = await decaan.post('/api/modules', draftVideo);
    assert.equal(response.statusCode, 201, response.body);
    return response.json<ModuleDetail>();
  }

  it('seeds the nine demo videos as published demo modules with captions', async () => {
    const list = (await decaan.get('/api/modules')).json<ModuleSummary[]>();
    const demo = list.filter((m) => m.demo);
    assert.equal(demo.length, 9);
    for (const module of demo) {
      assert.equal(module.status, 'published');
      assert.ok(module.captionsUrl && module.videoUrl && module.thumbnailUrl);
      assert.equal(module.durationSeconds, 40);
      assert.equal(module.qualityComplete, false, 'generated slides are not authentiek');
    }
  });

  it('filters the library by sector, niveau and free text', async () => {
    const zorg = (await decaan.get('/api/modules?sector=zorg-welzijn')).json<ModuleSummary[]>();
    assert.deepEqual(zorg.map((m) => m.title), ['Een dag als verpleegkundige']);
    const havo = (await decaan.get('/api/modules?niveau=havo&q=pabo')).json<ModuleSummary[]>();
    assert.deepEqual(havo.map((m) => m.title), ['Leraar basisonderwijs: voor de klas']);
    const bad = await decaan.get('/api/modules?sector=sterrenkunde');
    assert.equal(bad.statusCode, 400);
    assert.equal(problemOf(bad).errors?.[0]?.field, '/sector');
  });

  it('refuses a file that is not a video, whatever its content type says, and stores nothing', async () => {
    const module = await createDraft();
    const before = storedFiles(mediaDir).length;
    const response = await put(decaan, `/api/modules/${module.id}/video`, Buffer.from('dit is geen video, alleen tekst'.repeat(10)), 'video/mp4');
    assert.equal(response.statusCode, 415);
    assert.equal(problemOf(response).code, 'unsupported_media_type');
    assert.equal(storedFiles(mediaDir).length, before);
    const detail = (await decaan.get(`/api/modules/${module.id}`)).json<ModuleDetail>();
    assert.equal(detail.videoUrl, null);
  });

  it('refuses a video over the size limit with 413 and keeps no partial file', async () => {
    const small = await startTestApp({ maxVideoBytes: 100 * 1024 });
    try {
      const client = await signedIn(small.app, 'decaan@demo.koers.nl');
      const module = (await client.post('/api/modules', draftVideo)).json<ModuleDetail>();
      const response = await put(client, `/api/modules/${module.id}/video`, demoVideo, 'video/mp4');
      assert.equal(response.statusCode, 413);
      assert.equal(problemOf(response).code, 'payload_too_large');
      const detail = (await client.get(`/api/modules/${module.id}`)).json<ModuleDetail>();
      assert.equal(detail.videoUrl, null);
    } finally {
      await small.close();
    }
  });

  it('stores an uploaded video, reads its duration, and serves it with range requests and caching headers', async () => {
    const module = await createDraft();
    const response = await put(decaan, `/api/modules/${module.id}/video`, demoVideo, 'video/mp4');
    assert.equal(response.statusCode, 200, response.body);
    const detail = response.json<ModuleDetail>();
    assert.equal(detail.durationSeconds, 40);
    assert.equal(detail.videoMimeType, 'video/mp4');
    assert.equal(detail.videoBytes, demoVideo.length);
    assert.ok(detail.videoUrl);

    const whole = await decaan.get(detail.videoUrl);
    assert.equal(whole.statusCode, 200);
    assert.equal(whole.headers['accept-ranges'], 'bytes');
    assert.match(String(whole.headers['cache-control']), /immutable/);
    assert.equal(whole.rawPayload.length, demoVideo.length);

    const part = await decaan.get(detail.videoUrl, { range: 'bytes=100-199' });
    assert.equal(part.statusCode, 206);
    assert.equal(part.headers['content-range'], `bytes 100-199/${demoVideo.length}`);
    assert.deepEqual(part.rawPayload, demoVideo.subarray(100, 200));

    const beyond = await decaan.get(detail.videoUrl, { range: `bytes=${demoVideo.length + 10}-` });
    assert.equal(beyond.statusCode, 416);

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
    assert.match(problem.errors?.[0]?.message ?? '', /^Regel 6/);
    assert.equal((await decaan.get(`/api/modules/${module.id}`)).json<ModuleDetail>().captionsUrl, null);
  });

  it('does not publish a video without captions, and publishes it with them', async () => {
    const module = await createDraft();
    await put(decaan, `/api/modules/${module.id}/video`, demoVideo, 'video/mp4');
    const refused = await decaan.post(`/api/modules/${module.id}/publish`);
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(problemOf(refused).errors?.map((e) => e.field), ['/captions']);

    assert.equal((await put(decaan, `/api/modules/${module.id}/captions`, demoCaptions, 'text/vtt')).statusCode, 200);
    const published = await decaan.post(`/api/modules/${module.id}/publish`);
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json<ModuleDetail>().status, 'published');
  });

  it('makes a new draft version when a published module is edited; version 1 stays as it was', async () => {
    const module = await createDraft();
    await put(decaan, `/api/modules/${module.id}/video`, demoVideo, 'video/mp4');
    await put(decaan, `/api/modules/${module.id}/captions`, demoCaptions, 'text/vtt');
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

  it('validates a new module and names the failing field', async () => {
    const response = await decaan.post('/api/modules', { ...draftVideo, title: 'x', sectors: [] });
    assert.equal(response.statusCode, 400);
    const fields = problemOf(response).errors?.map((e) => e.field) ?? [];
    assert.ok(fields.includes('/title') || fields.includes('/sectors'), fields.join());
  });

  it('lets only the decaan and the beheerder change modules; mentors may read', async () => {
    const mentor = await signedIn(t.app, 'mentor@demo.koers.nl');
    assert.equal((await mentor.get('/api/modules')).statusCode, 200);
    assert.equal((await mentor.post('/api/modules', draftVideo)).statusCode, 403);
    const directie = await signedIn(t.app, 'directie@demo.koers.nl');
    assert.equal((await directie.get('/api/modules')).statusCode, 403);
    const anonymous = new Client(t.app);
    assert.equal((await anonymous.get('/api/modules')).statusCode, 401);
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
