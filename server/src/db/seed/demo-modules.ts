import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { ModuleMetadata } from '@koers/contracts';
import type { Db } from '../index';
import { mediaFiles, moduleVersions, modules } from '../schema';
import type { MediaStorage } from '../../modules/media/storage';

/** The generated demo videos shipped in `server/demo-media/` (see its README). */
const DEMO_MEDIA_DIR = fileURLToPath(new URL('../../../demo-media/', import.meta.url));

interface ManifestEntry extends ModuleMetadata {
  readonly slug: string;
  readonly type: 'video';
  readonly video: string;
  readonly captions: string;
  readonly thumbnail: string;
  readonly durationSeconds: number;
}

const FILES = [
  { field: 'video', kind: 'video', mimeType: 'video/mp4', extension: 'mp4' },
  { field: 'captions', kind: 'captions', mimeType: 'text/vtt', extension: 'vtt' },
  { field: 'thumbnail', kind: 'thumbnail', mimeType: 'image/jpeg', extension: 'jpg' },
] as const;

export function demoManifest(): readonly ManifestEntry[] {
  return JSON.parse(readFileSync(path.join(DEMO_MEDIA_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

type StoredDemoFile = (typeof FILES)[number] & { readonly storageKey: string; readonly bytes: number };

async function store(storage: MediaStorage, schoolId: string, file: string, extension: string) {
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const upload = await storage.createUpload();
  await pipeline(createReadStream(file), upload.stream);
  const storageKey = `${schoolId}/${sha256}.${extension}`;
  await upload.commit(storageKey);
  return { storageKey, bytes: bytes.length };
}

/** Adds the demo videos as published demo modules of the school (files copied into storage). */
/** Returns the new module ids by slug. */
export async function seedDemoModules(db: Db, storage: MediaStorage, schoolId: string): Promise<Map<string, string>> {
  const manifest = demoManifest();
  const stored: { entry: ManifestEntry; files: StoredDemoFile[] }[] = [];
  for (const entry of manifest) {
    const files: StoredDemoFile[] = [];
    for (const file of FILES) {
      const { storageKey, bytes } = await store(storage, schoolId, path.join(DEMO_MEDIA_DIR, entry[file.field]), file.extension);
      files.push({ ...file, storageKey, bytes });
    }
    stored.push({ entry, files });
  }
  return db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const { entry, files } of stored) {
      const mediaIds: Record<string, string> = {};
      for (const file of files) {
        const [row] = await tx
          .insert(mediaFiles)
          .values({
            schoolId,
            kind: file.kind,
            storageKey: file.storageKey,
            mimeType: file.mimeType,
            bytes: file.bytes,
            durationSeconds: file.kind === 'video' ? entry.durationSeconds : null,
          })
          .returning({ id: mediaFiles.id });
        mediaIds[file.kind] = row.id;
      }
      const [module] = await tx.insert(modules).values({ schoolId, type: 'video', demo: true }).returning({ id: modules.id });
      ids.set(entry.slug, module.id);
      await tx.insert(moduleVersions).values({
        moduleId: module.id,
        version: 1,
        schoolId,
        status: 'published',
        publishedAt: new Date(),
        title: entry.title,
        description: entry.description,
        niveaus: [...entry.niveaus],
        leerjaren: [...entry.leerjaren],
        sectors: [...entry.sectors],
        opleidingen: [...entry.opleidingen],
        beroepen: [...entry.beroepen],
        maker: entry.maker,
        source: entry.source,
        sourceUrl: entry.sourceUrl,
        quality: entry.quality,
        game: null,
        durationSeconds: Math.round(entry.durationSeconds),
        videoId: mediaIds['video'],
        captionsId: mediaIds['captions'],
        thumbnailId: mediaIds['thumbnail'],
      });
    }
    return ids;
  });
}
