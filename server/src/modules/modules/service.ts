import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  QUALITY_CRITERIA,
  type CreateModuleRequest,
  type ModuleDetail,
  type ModuleFilters,
  type ModuleMetadata,
  type ModuleSummary,
  type UpdateModuleRequest,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { mediaFiles, moduleVersions, modules } from '../../db/schema';
import { fieldProblem, ProblemError } from '../../http/problem';
import { lessonsUsingModule } from '../lessons/service';

type VersionRow = typeof moduleVersions.$inferSelect;
type ModuleRow = typeof modules.$inferSelect;
type MediaRow = typeof mediaFiles.$inferSelect;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type MediaKind = 'video' | 'captions' | 'thumbnail';
const MEDIA_COLUMN = { video: 'videoId', captions: 'captionsId', thumbnail: 'thumbnailId' } as const;

/** URL the SPA (and the player) loads a stored file from; see routes `GET /api/media/...`. */
export const mediaUrl = (storageKey: string) => `/api/media/${storageKey}`;

export function qualityComplete(quality: ModuleMetadata['quality']): boolean {
  return QUALITY_CRITERIA.every((criterion) => quality[criterion]?.met === true);
}

function toSummary(module: ModuleRow, version: VersionRow, media: ReadonlyMap<string, MediaRow>): ModuleSummary {
  const file = (id: string | null) => (id ? (media.get(id) ?? null) : null);
  const video = file(version.videoId);
  const captions = file(version.captionsId);
  const thumbnail = file(version.thumbnailId);
  return {
    id: module.id,
    type: module.type,
    demo: module.demo,
    version: version.version,
    status: version.status,
    title: version.title,
    description: version.description,
    niveaus: version.niveaus,
    leerjaren: version.leerjaren,
    sectors: version.sectors,
    opleidingen: version.opleidingen,
    beroepen: version.beroepen,
    maker: version.maker,
    source: version.source,
    sourceUrl: version.sourceUrl,
    quality: version.quality,
    game: version.game ?? null,
    durationSeconds: version.durationSeconds,
    qualityComplete: qualityComplete(version.quality),
    videoUrl: video ? mediaUrl(video.storageKey) : null,
    videoMimeType: video ? (video.mimeType as 'video/mp4' | 'video/webm') : null,
    videoBytes: video?.bytes ?? null,
    captionsUrl: captions ? mediaUrl(captions.storageKey) : null,
    thumbnailUrl: thumbnail ? mediaUrl(thumbnail.storageKey) : null,
    updatedAt: version.createdAt.toISOString(),
  };
}

async function mediaById(db: Db | Tx, schoolId: string, versions: readonly VersionRow[]): Promise<Map<string, MediaRow>> {
  const ids = versions.flatMap((v) => [v.videoId, v.captionsId, v.thumbnailId]).filter((id): id is string => id !== null);
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(mediaFiles).where(and(eq(mediaFiles.schoolId, schoolId), inArray(mediaFiles.id, ids)));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The latest version of every module of the school, filtered as the library asks. */
export async function listModules(db: Db, schoolId: string, filters: ModuleFilters): Promise<ModuleSummary[]> {
  const rows = await db
    .select({ module: modules, version: moduleVersions })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(eq(moduleVersions.schoolId, schoolId))
    .orderBy(moduleVersions.moduleId, desc(moduleVersions.version));
  const latest = rows.filter((row, index) => index === 0 || rows[index - 1].module.id !== row.module.id);
  const media = await mediaById(db, schoolId, latest.map((row) => row.version));
  return latest
    .map((row) => toSummary(row.module, row.version, media))
    .filter((summary) => matchesFilters(summary, filters))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

const contains = (haystack: string, needle: string) => haystack.toLocaleLowerCase('nl').includes(needle.toLocaleLowerCase('nl'));

/** The library's filters (all optional, all must hold). */
export function matchesFilters(module: ModuleSummary, filters: ModuleFilters): boolean {
  const q = filters.q?.trim();
  if (q && ![module.title, module.description, ...module.opleidingen, ...module.beroepen].some((text) => contains(text, q))) return false;
  if (filters.type && module.type !== filters.type) return false;
  if (filters.sector && !module.sectors.includes(filters.sector)) return false;
  if (filters.niveau && !module.niveaus.includes(filters.niveau)) return false;
  if (filters.leerjaar && !module.leerjaren.includes(filters.leerjaar)) return false;
  if (filters.maxMinutes && module.durationSeconds > filters.maxMinutes * 60) return false;
  const opleiding = filters.opleiding?.trim();
  if (opleiding && !module.opleidingen.some((name) => contains(name, opleiding))) return false;
  if (filters.quality && module.qualityComplete !== (filters.quality === 'complete')) return false;
  if (filters.status && module.status !== filters.status) return false;
  return true;
}

async function versionsOf(db: Db | Tx, schoolId: string, moduleId: string) {
  const [module] = await db.select().from(modules).where(and(eq(modules.id, moduleId), eq(modules.schoolId, schoolId)));
  if (!module) throw new ProblemError(404, 'not_found');
  const versions = await db.select().from(moduleVersions).where(eq(moduleVersions.moduleId, moduleId)).orderBy(desc(moduleVersions.version));
  return { module, versions };
}

export async function getModule(db: Db | Tx, schoolId: string, moduleId: string): Promise<ModuleDetail> {
  const { module, versions } = await versionsOf(db, schoolId, moduleId);
  const media = await mediaById(db, schoolId, versions.slice(0, 1));
  return {
    ...toSummary(module, versions[0], media),
    versions: versions.map((v) => ({
      version: v.version,
      status: v.status,
      createdAt: v.createdAt.toISOString(),
      publishedAt: v.publishedAt?.toISOString() ?? null,
    })),
    usedIn: await lessonsUsingModule(db, schoolId, moduleId),
  };
}

function metadataColumns(request: ModuleMetadata) {
  return {
    title: request.title.trim(),
    description: request.description.trim(),
    niveaus: [...new Set(request.niveaus)],
    leerjaren: [...new Set(request.leerjaren)].sort((a, b) => a - b),
    sectors: [...new Set(request.sectors)],
    opleidingen: request.opleidingen.map((name) => name.trim()).filter(Boolean),
    beroepen: request.beroepen.map((name) => name.trim()).filter(Boolean),
    maker: request.maker.trim(),
    source: request.source.trim(),
    sourceUrl: request.sourceUrl?.trim() || null,
    quality: request.quality,
    game: request.game,
  };
}

function checkTypeRules(type: 'video' | 'game', request: ModuleMetadata & { durationSeconds?: number }): void {
  if (type === 'game' && !request.game) throw fieldProblem('/game', { nl: 'Kies welke game dit is en met welke beroepen of opleidingen.', en: 'Choose the game and its occupations or programmes.' });
  if (type === 'video' && request.game) throw fieldProblem('/game', { nl: 'Een videomodule heeft geen game-instellingen.', en: 'A video module has no game settings.' });
  if (type === 'game' && request.durationSeconds === undefined) throw fieldProblem('/durationSeconds', { nl: 'Geef aan hoe lang de game duurt.', en: 'Give the duration of the game.' });
}

export async function createModule(db: Db, schoolId: string, request: CreateModuleRequest, demo = false): Promise<string> {
  checkTypeRules(request.type, request);
  return db.transaction(async (tx) => {
    const [module] = await tx.insert(modules).values({ schoolId, type: request.type, demo }).returning({ id: modules.id });
    await tx.insert(moduleVersions).values({
      moduleId: module.id,
      version: 1,
      schoolId,
      ...metadataColumns(request),
      durationSeconds: request.type === 'game' ? (request.durationSeconds ?? 0) : 0,
    });
    return module.id;
  });
}

/**
 * The version that may be changed: the latest when it is a draft, otherwise a new draft copied
 * from the published one (published versions are never changed: lessons play them).
 */
async function editableVersion(tx: Tx, schoolId: string, moduleId: string): Promise<{ module: ModuleRow; version: VersionRow }> {
  const { module, versions } = await versionsOf(tx, schoolId, moduleId);
  const latest = versions[0];
  if (latest.status === 'draft') return { module, version: latest };
  const [draft] = await tx
    .insert(moduleVersions)
    .values({ ...latest, version: latest.version + 1, status: 'draft', publishedAt: null, createdAt: new Date() })
    .returning();
  return { module, version: draft };
}

export async function updateModule(db: Db, schoolId: string, moduleId: string, request: UpdateModuleRequest): Promise<void> {
  await db.transaction(async (tx) => {
    const { module, version } = await editableVersion(tx, schoolId, moduleId);
    checkTypeRules(module.type, request);
    await tx
      .update(moduleVersions)
      .set({
        ...metadataColumns(request),
        ...(module.type === 'game' ? { durationSeconds: request.durationSeconds ?? version.durationSeconds } : {}),
      })
      .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.version, version.version)));
  });
}

export async function publishModule(db: Db, schoolId: string, moduleId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { module, versions } = await versionsOf(tx, schoolId, moduleId);
    const latest = versions[0];
    if (latest.status === 'published') return;
    if (module.type === 'video') {
      const missing = [
        ...(latest.videoId ? [] : [{ field: '/video', message: { nl: 'Upload eerst een video.', en: 'Upload a video before publishing.' } }]),
        // DESIGN.md: captions are required for publishing a video (toegankelijk).
        ...(latest.captionsId ? [] : [{ field: '/captions', message: { nl: 'Upload eerst ondertitels (WebVTT).', en: 'Upload WebVTT captions before publishing.' } }]),
      ];
      if (missing.length > 0) throw new ProblemError(422, 'validation', { errors: missing });
    }
    await tx
      .update(moduleVersions)
      .set({ status: 'published', publishedAt: new Date() })
      .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.version, latest.version)));
  });
}

export interface StoredFile {
  readonly storageKey: string;
  readonly sha256: string;
  readonly mimeType: string;
  readonly bytes: number;
  readonly durationSeconds: number | null;
}

/** Records a stored file and attaches it to the module's editable version, in one transaction. */
export async function attachMedia(db: Db, schoolId: string, moduleId: string, kind: MediaKind, file: StoredFile): Promise<void> {
  await db.transaction(async (tx) => {
    const { module, version } = await editableVersion(tx, schoolId, moduleId);
    if (module.type !== 'video' && kind !== 'thumbnail') throw fieldProblem(`/${kind}`, { nl: 'Alleen een videomodule heeft een video en ondertitels.', en: 'Only video modules have a video and captions.' });
    const [media] = await tx
      .insert(mediaFiles)
      .values({ schoolId, kind, storageKey: file.storageKey, sha256: file.sha256, mimeType: file.mimeType, bytes: file.bytes, durationSeconds: file.durationSeconds })
      .returning({ id: mediaFiles.id });
    await tx
      .update(moduleVersions)
      .set({
        [MEDIA_COLUMN[kind]]: media.id,
        ...(kind === 'video' && file.durationSeconds !== null ? { durationSeconds: Math.round(file.durationSeconds) } : {}),
      })
      .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.version, version.version)));
  });
}

/** The stored file behind a media URL, if it belongs to the school. */
export async function findMedia(db: Db, schoolId: string, storageKey: string): Promise<MediaRow | null> {
  const [row] = await db
    .select()
    .from(mediaFiles)
    .where(and(eq(mediaFiles.schoolId, schoolId), eq(mediaFiles.storageKey, storageKey)))
    .limit(1);
  return row ?? null;
}
