import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { CreateModuleRequest, ModuleDetail, ModuleFilters, ModuleRatings, ModuleSummary, Role, UpdateModuleRequest } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { languageOf } from '../../http/messages';
import { fieldProblem, ProblemError, type LocalText } from '../../http/problem';
import { uuidParams } from '../../http/schemas';
import { MAX_VTT_BYTES, validateWebVttBytes } from '../media/webvtt';
import { mp4DurationSeconds, sniffImage, sniffVideo, webmDurationSeconds } from '../media/media-probe';
import type { MediaStorage } from '../media/storage';
import { receiveUpload, tooLarge, withFileReader, type ReceivedUpload } from '../media/upload';
import { createModuleBody, moduleDetail, moduleFiltersQuery, moduleSummary, updateModuleBody } from './schemas';
import { moduleRatings } from './ratings';
import {
  attachMedia,
  createModule,
  findMedia,
  getModule,
  listModules,
  publishModule,
  updateModule,
  type MediaKind,
  type StoredFile,
} from './service';

const WRITERS: readonly [Role, ...Role[]] = ['decaan', 'beheerder'];
const READERS: readonly [Role, ...Role[]] = ['decaan', 'beheerder', 'mentor'];

export interface ModuleRoutesOptions {
  readonly db: Db;
  readonly storage: MediaStorage;
  readonly maxVideoBytes: number;
}

const VIDEO_TYPES = ['video/mp4', 'video/webm'];
const IMAGE_TYPES = ['image/png', 'image/jpeg'];
const MAX_THUMBNAIL_BYTES = 5 * 1024 * 1024;

export async function moduleRoutes(app: FastifyInstance, options: ModuleRoutesOptions): Promise<void> {
  const { db, storage } = options;

  // Media arrive as raw bodies: handed over as a stream, never buffered (a video may be 200 MB).
  app.addContentTypeParser([...VIDEO_TYPES, ...IMAGE_TYPES], (_request, payload, done) => done(null, payload));
  // Captions are small: read whole (bytes, so invalid UTF-8 can be reported rather than replaced).
  app.addContentTypeParser('text/vtt', { parseAs: 'buffer', bodyLimit: MAX_VTT_BYTES }, (_request, body, done) => done(null, body));

  app.get<{ Querystring: ModuleFilters; Reply: ModuleSummary[] }>(
    '/api/modules',
    { config: { access: READERS }, schema: { querystring: moduleFiltersQuery, response: { 200: { type: 'array', items: moduleSummary } } } },
    async (request) => listModules(db, authOf(request).schoolId, request.query),
  );

  app.get<{ Params: { id: string }; Reply: ModuleDetail }>(
    '/api/modules/:id',
    { config: { access: READERS }, schema: { params: uuidParams, response: { 200: moduleDetail } } },
    async (request) => getModule(db, authOf(request).schoolId, request.params.id),
  );

  app.get<{ Params: { id: string }; Reply: ModuleRatings }>(
    '/api/modules/:id/ratings',
    { config: { access: READERS }, schema: { params: uuidParams } },
    async (request) => {
      const { schoolId } = authOf(request);
      await getModule(db, schoolId, request.params.id); // 404 for unknown modules and other schools
      return moduleRatings(db, schoolId, request.params.id);
    },
  );

  app.post<{ Body: CreateModuleRequest; Reply: ModuleDetail }>(
    '/api/modules',
    { config: { access: WRITERS }, schema: { body: createModuleBody, response: { 201: moduleDetail } } },
    async (request, reply) => {
      const schoolId = authOf(request).schoolId;
      const id = await createModule(db, schoolId, request.body);
      return reply.code(201).send(await getModule(db, schoolId, id));
    },
  );

  app.put<{ Params: { id: string }; Body: UpdateModuleRequest; Reply: ModuleDetail }>(
    '/api/modules/:id',
    { config: { access: WRITERS }, schema: { params: uuidParams, body: updateModuleBody, response: { 200: moduleDetail } } },
    async (request) => {
      const schoolId = authOf(request).schoolId;
      await updateModule(db, schoolId, request.params.id, request.body);
      return getModule(db, schoolId, request.params.id);
    },
  );

  app.post<{ Params: { id: string }; Reply: ModuleDetail }>(
    '/api/modules/:id/publish',
    { config: { access: WRITERS }, schema: { params: uuidParams, response: { 200: moduleDetail } } },
    async (request) => {
      const schoolId = authOf(request).schoolId;
      await publishModule(db, schoolId, request.params.id);
      return getModule(db, schoolId, request.params.id);
    },
  );

  const upload = (kind: MediaKind, receive: (request: FastifyRequest, schoolId: string) => Promise<StoredFile>) =>
    app.put<{ Params: { id: string }; Reply: ModuleDetail }>(
      `/api/modules/:id/${kind}`,
      { config: { access: WRITERS }, schema: { params: uuidParams, response: { 200: moduleDetail } } },
      async (request, reply) => {
        const schoolId = authOf(request).schoolId;
        await getModule(db, schoolId, request.params.id); // 404 before reading a byte of the body
        const file = await receive(request, schoolId).catch((error: unknown) => {
          // The rest of an oversized body is not worth receiving: end the connection after the 413.
          if (error instanceof ProblemError && error.status === 413) reply.header('connection', 'close');
          throw error;
        });
        try {
          await attachMedia(db, schoolId, request.params.id, kind, file);
        } catch (error) {
          await removeIfUnused(db, storage, schoolId, file.storageKey);
          throw error;
        }
        return getModule(db, schoolId, request.params.id);
      },
    );

  upload('video', async (request, schoolId) => {
    expectContentType(request, VIDEO_TYPES, '/video');
    rejectDeclaredOversize(request, options.maxVideoBytes, '/video');
    const received = await receiveUpload(storage, request.body as Readable, options.maxVideoBytes, '/video');
    const mimeType = sniffVideo(received.head);
    if (!mimeType) return discard(received, unsupported('/video', NOT_A_VIDEO));
    const parse = mimeType === 'video/mp4' ? mp4DurationSeconds : webmDurationSeconds;
    const duration = await withFileReader(received.pending.path, (read) => parse(read, received.bytes));
    if (duration === null || duration <= 0) return discard(received, fieldProblem('/video', NO_DURATION));
    return commit(received, schoolId, mimeType, mimeType === 'video/mp4' ? 'mp4' : 'webm', duration);
  });

  upload('thumbnail', async (request, schoolId) => {
    expectContentType(request, IMAGE_TYPES, '/thumbnail');
    rejectDeclaredOversize(request, MAX_THUMBNAIL_BYTES, '/thumbnail');
    const received = await receiveUpload(storage, request.body as Readable, MAX_THUMBNAIL_BYTES, '/thumbnail');
    const mimeType = sniffImage(received.head);
    if (!mimeType) return discard(received, unsupported('/thumbnail', NOT_AN_IMAGE));
    return commit(received, schoolId, mimeType, mimeType === 'image/png' ? 'png' : 'jpg', null);
  });

  upload('captions', async (request, schoolId) => {
    expectContentType(request, ['text/vtt'], '/captions');
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const result = validateWebVttBytes(bytes, languageOf(request.headers['accept-language']));
    if (!result.ok) {
      throw new ProblemError(400, 'validation', { errors: result.errors.map((error) => ({ field: '/captions', message: error.message })) });
    }
    const received = await receiveUpload(storage, Readable.from([bytes]), MAX_VTT_BYTES, '/captions');
    return commit(received, schoolId, 'text/vtt', 'vtt', null);
  });

  async function commit(received: ReceivedUpload, schoolId: string, mimeType: string, extension: string, durationSeconds: number | null): Promise<StoredFile> {
    // Content-addressed: the same file uploaded twice is stored once; URLs can be cached forever.
    const storageKey = `${schoolId}/${received.sha256}.${extension}`;
    await received.pending.commit(storageKey);
    return { storageKey, sha256: received.sha256, mimeType, bytes: received.bytes, durationSeconds };
  }

  app.get<{ Params: { school: string; file: string } }>(
    '/api/media/:school/:file',
    {
      config: { access: ['decaan', 'beheerder', 'mentor', 'schoolleiding', 'leerling'] },
      schema: {
        params: {
          type: 'object',
          required: ['school', 'file'],
          additionalProperties: false,
          properties: { school: { type: 'string', format: 'uuid' }, file: { type: 'string', pattern: '^[0-9a-f]{64}\\.(mp4|webm|vtt|png|jpg)$' } },
        },
      },
    },
    async (request, reply) => serveMedia(request, reply, db, storage),
  );
}

const NOT_A_VIDEO: LocalText = { nl: 'Dit bestand is geen MP4- of WebM-video.', en: 'This file is not an MP4 or WebM video.' };
const NOT_AN_IMAGE: LocalText = { nl: 'Dit bestand is geen PNG- of JPEG-afbeelding.', en: 'This file is not a PNG or JPEG image.' };
const NO_DURATION: LocalText = {
  nl: 'Koers kan de lengte van deze video niet lezen. Sla de video opnieuw op als MP4 (H.264) of WebM.',
  en: 'Koers cannot read the length of this video. Export it again as MP4 (H.264) or WebM.',
};
const WRONG_TYPE: LocalText = { nl: 'Dit soort bestand kan hier niet.', en: 'This kind of file is not accepted here.' };

function expectContentType(request: FastifyRequest, accepted: readonly string[], field: string): void {
  const type = request.headers['content-type']?.split(';')[0].trim().toLowerCase() ?? '';
  if (!accepted.includes(type)) {
    throw unsupported(field, WRONG_TYPE);
  }
}

/** Refuses at once when the client announces a body over the limit (no bytes read). */
function rejectDeclaredOversize(request: FastifyRequest, maxBytes: number, field: string): void {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(field, maxBytes);
}

function unsupported(field: string, message: LocalText): ProblemError {
  return new ProblemError(415, 'unsupported_media_type', { errors: [{ field, message }] });
}

async function discard(received: ReceivedUpload, problem: ProblemError): Promise<never> {
  await received.pending.discard();
  throw problem;
}

/** A file that no media row points at any more (its upload failed) is deleted. */
async function removeIfUnused(db: Db, storage: MediaStorage, schoolId: string, storageKey: string): Promise<void> {
  if (!(await findMedia(db, schoolId, storageKey))) await storage.delete(storageKey);
}

async function serveMedia(request: FastifyRequest<{ Params: { school: string; file: string } }>, reply: FastifyReply, db: Db, storage: MediaStorage) {
  const auth = authOf(request);
  const storageKey = `${request.params.school}/${request.params.file}`;
  const media = request.params.school === auth.schoolId ? await findMedia(db, auth.schoolId, storageKey) : null;
  const size = media ? await storage.size(storageKey) : null;
  if (!media || size === null) throw new ProblemError(404, 'not_found');
  const etag = `"${request.params.file.split('.')[0]}"`;
  reply
    .header('content-type', media.mimeType === 'text/vtt' ? 'text/vtt; charset=utf-8' : media.mimeType)
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    // The URL names the file's SHA-256: it can never change, so browsers may keep it.
    .header('cache-control', 'private, max-age=31536000, immutable');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  const range = parseRange(request.headers.range, size);
  if (range === 'invalid') {
    return reply.code(416).header('content-range', `bytes */${size}`).type('application/problem+json').send({
      type: 'urn:koers:problem:validation', title: 'Range Not Satisfiable', status: 416, detail: 'Range Not Satisfiable', code: 'validation',
    });
  }
  if (!range) return reply.header('content-length', String(size)).send(storage.read(storageKey));
  return reply
    .code(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
    .header('content-length', String(range.end - range.start + 1))
    .send(storage.read(storageKey, range));
}

/** One `bytes=` range (what browsers send for media); several ranges are answered whole. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return header.includes(',') ? null : 'invalid';
  const [, from, to] = match;
  if (from === '' && to === '') return 'invalid';
  const start = from === '' ? Math.max(0, size - Number(to)) : Number(from);
  const end = from === '' || to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}
