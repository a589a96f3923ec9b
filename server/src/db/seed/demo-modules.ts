import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { GameSettings, ModuleMetadata, QualityChecklist } from '@koers/contracts';
import type { Db } from '../index';
import { mediaFiles, moduleVersions, modules } from '../schema';
import { mp4DurationSeconds, sniffImage, sniffVideo, webmDurationSeconds } from '../../modules/media/media-probe';
import type { MediaStorage } from '../../modules/media/storage';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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

/** The manifest names one file per media kind, under the kind's own key. */
const FILE_KINDS = ['video', 'captions', 'thumbnail'] as const;
type DemoFileKind = (typeof FILE_KINDS)[number];

const EXTENSIONS: Readonly<Record<string, string>> = { 'video/mp4': 'mp4', 'video/webm': 'webm', 'text/vtt': 'vtt', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** What an upload would have recorded: the type from the bytes, a video's duration from its container. */
async function describe(kind: DemoFileKind, bytes: Uint8Array): Promise<{ mimeType: string | null; durationSeconds: number | null }> {
  if (kind === 'captions') return { mimeType: 'text/vtt', durationSeconds: null };
  if (kind === 'thumbnail') return { mimeType: sniffImage(bytes.subarray(0, 64)), durationSeconds: null };
  const mimeType = sniffVideo(bytes.subarray(0, 64));
  const parse = mimeType === 'video/webm' ? webmDurationSeconds : mp4DurationSeconds;
  return { mimeType, durationSeconds: await parse(async (offset, length) => bytes.subarray(offset, offset + length), bytes.length) };
}

export function demoManifest(): readonly ManifestEntry[] {
  return JSON.parse(readFileSync(path.join(DEMO_MEDIA_DIR, 'manifest.json'), 'utf8')) as ManifestEntry[];
}

interface DemoGame extends ModuleMetadata {
  readonly slug: string;
  readonly game: GameSettings;
  readonly durationSeconds: number;
}

const GAME_MAKER = 'Koers demo-redactie';
const GAME_SOURCE = 'Beroepsfeiten met bron en jaar uit ROA, UWV, CBS en cao-tabellen (Koers-gegevens beroepen-werkomstandigheden)';
const GAME_SOURCE_URL = 'https://roa.nl/en/node/12748';

const gameQuality = (arbeidsomstandigheden: string | null): QualityChecklist => ({
  betrouwbaar: { met: true, note: 'Elke vraag toont het beroepsfeit met bron en jaar.' },
  toegankelijk: { met: true, note: 'Korte zinnen, met toetsenbord te spelen, geen geluid nodig.' },
  authentiek: { met: false, note: 'Geen echte werkenden in beeld: combineer met een video.' },
  speels: { met: true, note: 'Raden en meteen zien of je goed zat, met een score.' },
  arbeidsomstandigheden: arbeidsomstandigheden
    ? { met: true, note: arbeidsomstandigheden }
    : { met: false, note: 'Gaat over kansen op werk, niet over werktijden of belasting.' },
});

/**
 * The three built-in games as demo modules. Items are beroepen as named in
 * ../shared/data/beroepen-werkomstandigheden.csv, so the player can show their facts and sources.
 */
const DEMO_GAMES: readonly DemoGame[] = [
  {
    slug: 'kans-of-geen-kans',
    title: 'Kans of geen kans? Raad de baankansen',
    description: 'Leerlingen raden per beroep hoe groot de kans op werk is en zien daarna wat de bron erover zegt, met het jaar erbij. Twee punten voor een goede gok, één als je er één stap naast zit.',
    niveaus: ['vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo', 'vwo'],
    leerjaren: [2, 3, 4],
    sectors: ['zorg-welzijn', 'techniek-bouw', 'onderwijs', 'ict', 'economie-handel', 'media-creatief'],
    opleidingen: [],
    beroepen: ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Leraar basisonderwijs', 'Software developer', 'Administratief medewerker', 'Grafisch vormgever / mediavormgever'],
    maker: GAME_MAKER,
    source: GAME_SOURCE,
    sourceUrl: GAME_SOURCE_URL,
    quality: gameQuality(null),
    game: {
      kind: 'kans-of-geen-kans',
      items: ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Timmerman', 'Leraar basisonderwijs', 'Software developer', 'Administratief medewerker', 'Grafisch vormgever / mediavormgever', 'Medewerker veehouderij'],
    },
    durationSeconds: 240,
  },
  {
    slug: 'een-dag-als',
    title: 'Een dag als …: loop een werkdag mee',
    description: 'Kies een beroep en maak op drie momenten van de werkdag een keuze. Zo ontdek je werktijden, diensten, lichamelijk werk, salaris en het team, elk met bron. Met een korte quiz aan het eind.',
    niveaus: ['vmbo-b', 'vmbo-k', 'vmbo-gt', 'havo'],
    leerjaren: [2, 3, 4],
    sectors: ['zorg-welzijn', 'techniek-bouw', 'horeca-toerisme', 'veiligheid', 'transport-logistiek'],
    opleidingen: [],
    beroepen: ['Verzorgende IG', 'Timmerman', 'Kok', 'Politieagent', 'Logistiek medewerker'],
    maker: GAME_MAKER,
    source: GAME_SOURCE,
    sourceUrl: GAME_SOURCE_URL,
    quality: gameQuality('Werktijden, onregelmatige diensten en fysieke belasting per beroep.'),
    game: { kind: 'een-dag-als', items: ['Verpleegkundige', 'Verzorgende IG', 'Timmerman', 'Kok', 'Politieagent', 'Logistiek medewerker'] },
    durationSeconds: 300,
  },
  {
    slug: 'match',
    title: 'Match: welke opleiding hoort bij welk beroep?',
    description: 'Koppel in 90 seconden beroepen aan de opleiding die erbij past (of speel zonder tijd) en ontdek per beroep de sector, een feit over het werk en de bron.',
    niveaus: ['vmbo-gt', 'havo', 'vwo'],
    leerjaren: [3, 4],
    sectors: ['zorg-welzijn', 'techniek-bouw', 'onderwijs', 'ict', 'horeca-toerisme', 'agrarisch-voedsel-natuur'],
    opleidingen: [],
    beroepen: ['Onderwijsassistent', 'Kok', 'Medewerker veehouderij'],
    maker: GAME_MAKER,
    source: GAME_SOURCE,
    sourceUrl: GAME_SOURCE_URL,
    quality: gameQuality('Na elke goede match een feit over het werk (werktijden, salaris of vooruitzicht) met bron.'),
    game: {
      kind: 'match',
      items: ['Verpleegkundige', 'Elektromonteur / installatiemonteur', 'Onderwijsassistent', 'Software developer', 'Kok', 'Medewerker veehouderij'],
    },
    durationSeconds: 180,
  },
];

interface StoredDemoFile {
  readonly kind: DemoFileKind;
  readonly mimeType: string;
  readonly storageKey: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly durationSeconds: number | null;
}

/** Copies one shipped file into storage under its content-addressed key, as an upload would. */
async function store(storage: MediaStorage, schoolId: string, kind: DemoFileKind, name: string): Promise<StoredDemoFile> {
  const bytes = readFileSync(path.join(DEMO_MEDIA_DIR, name)); // demo files are under 1 MB each
  const { mimeType, durationSeconds } = await describe(kind, bytes);
  if (!mimeType || (kind === 'video' && !durationSeconds)) throw new Error(`Demo file ${name} is not a usable ${kind}.`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const upload = await storage.createUpload();
  await pipeline(Readable.from([bytes]), upload.stream);
  const storageKey = `${schoolId}/${sha256}.${EXTENSIONS[mimeType]}`;
  await upload.commit(storageKey);
  return { kind, mimeType, storageKey, sha256, bytes: bytes.length, durationSeconds };
}

/** The columns of a published version 1 (demo content is published as shipped). */
function publishedVersion(moduleId: string, schoolId: string, entry: ModuleMetadata & { readonly durationSeconds: number }) {
  return {
    moduleId,
    version: 1,
    schoolId,
    status: 'published' as const,
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
    game: entry.game,
    durationSeconds: Math.round(entry.durationSeconds),
  };
}

async function insertVideo(tx: Tx, schoolId: string, entry: ManifestEntry, files: readonly StoredDemoFile[]): Promise<string> {
  const mediaIds = new Map<string, string>();
  for (const file of files) {
    const [row] = await tx.insert(mediaFiles).values({ schoolId, ...file }).returning({ id: mediaFiles.id });
    mediaIds.set(file.kind, row.id);
  }
  const duration = files.find((file) => file.kind === 'video')?.durationSeconds ?? entry.durationSeconds;
  const [module] = await tx.insert(modules).values({ schoolId, type: 'video', demo: true }).returning({ id: modules.id });
  await tx.insert(moduleVersions).values({
    ...publishedVersion(module.id, schoolId, { ...entry, game: null, durationSeconds: duration }),
    videoId: mediaIds.get('video'),
    captionsId: mediaIds.get('captions'),
    thumbnailId: mediaIds.get('thumbnail'),
  });
  return module.id;
}

async function insertGame(tx: Tx, schoolId: string, game: DemoGame): Promise<string> {
  const [module] = await tx.insert(modules).values({ schoolId, type: 'game', demo: true }).returning({ id: modules.id });
  await tx.insert(moduleVersions).values(publishedVersion(module.id, schoolId, game));
  return module.id;
}

/**
 * Adds the demo videos (files copied into storage first) and the three games as published demo
 * modules of the school, in one transaction. Returns the module ids by slug.
 */
export async function seedDemoModules(db: Db, storage: MediaStorage, schoolId: string): Promise<Map<string, string>> {
  const videos: { entry: ManifestEntry; files: StoredDemoFile[] }[] = [];
  for (const entry of demoManifest()) {
    const files: StoredDemoFile[] = [];
    for (const kind of FILE_KINDS) files.push(await store(storage, schoolId, kind, entry[kind]));
    videos.push({ entry, files });
  }
  return db.transaction(async (tx) => {
    const ids = new Map<string, string>();
    for (const { entry, files } of videos) ids.set(entry.slug, await insertVideo(tx, schoolId, entry, files));
    for (const game of DEMO_GAMES) ids.set(game.slug, await insertGame(tx, schoolId, game));
    return ids;
  });
}
