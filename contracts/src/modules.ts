import type { Niveau } from './domain';

/**
 * Module library (issue 4). A module is a short video or a labour-market game. Its content is
 * versioned: editing a published module creates a new version; lessons point at a version.
 */

export type ModuleType = 'video' | 'game';
export type ModuleStatus = 'draft' | 'published';

/** The twelve broad sectors students recognise (DESIGN.md, issue 6), as stable keys. */
export const SECTORS = [
  'techniek-bouw',
  'zorg-welzijn',
  'ict',
  'onderwijs',
  'economie-handel',
  'horeca-toerisme',
  'agrarisch-voedsel-natuur',
  'transport-logistiek',
  'media-creatief',
  'veiligheid',
  'recht-bestuur',
  'wetenschap-onderzoek',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The five qualities every module is judged on (SEOR advice, DESIGN.md). */
export const QUALITY_CRITERIA = ['betrouwbaar', 'toegankelijk', 'authentiek', 'speels', 'arbeidsomstandigheden'] as const;
export type QualityCriterion = (typeof QUALITY_CRITERIA)[number];

export interface QualityCheck {
  readonly met: boolean;
  /** Short note: why it is met or what is missing (max 500 characters). */
  readonly note: string;
}
export type QualityChecklist = Readonly<Record<QualityCriterion, QualityCheck>>;

/** Built-in labour-market games (implemented by the player, issue 5). */
export const GAME_KINDS = ['kans-of-geen-kans', 'een-dag-als', 'match'] as const;
export type GameKind = (typeof GAME_KINDS)[number];

export interface GameSettings {
  readonly kind: GameKind;
  /** Opleidingen / beroepen the game uses (free labels until the catalogue of issue 6 links ids). */
  readonly items: readonly string[];
}

/** Editable metadata of a module version (what the decaan fills in). */
export interface ModuleMetadata {
  readonly title: string; // 3..120
  readonly description: string; // 0..2000
  readonly niveaus: readonly Niveau[]; // ≥ 1
  readonly leerjaren: readonly number[]; // ≥ 1, each 1..6
  readonly sectors: readonly Sector[]; // ≥ 1
  /** Opleidingen and beroepen the module is about (free labels, ≤ 20, each ≤ 120 chars). */
  readonly opleidingen: readonly string[];
  readonly beroepen: readonly string[];
  /** Maker (person or organisation) and source, for "betrouwbaar". */
  readonly maker: string; // 0..200
  readonly source: string; // 0..300
  readonly sourceUrl: string | null; // http(s) URL or null
  readonly quality: QualityChecklist;
  /** Games only: which game and which items. */
  readonly game: GameSettings | null;
}

/** Media attached to a video module version. */
export interface ModuleMedia {
  /** URL of the video file (served with HTTP range requests), or null until uploaded. */
  readonly videoUrl: string | null;
  readonly videoMimeType: 'video/mp4' | 'video/webm' | null;
  readonly videoBytes: number | null;
  readonly captionsUrl: string | null; // WebVTT, language nl
  readonly thumbnailUrl: string | null;
}

export interface ModuleVersionSummary {
  readonly version: number;
  readonly status: ModuleStatus;
  readonly createdAt: string; // ISO 8601
  readonly publishedAt: string | null;
}

/** One module as the library shows it: its latest version. */
export interface ModuleSummary extends ModuleMetadata, ModuleMedia {
  readonly id: string;
  readonly type: ModuleType;
  readonly version: number;
  readonly status: ModuleStatus;
  /** Seconds; for videos read from the file on upload, for games set by the decaan. */
  readonly durationSeconds: number;
  /** Shipped demo material (clearly marked as such in the UI). */
  readonly demo: boolean;
  /** All five quality checks met. */
  readonly qualityComplete: boolean;
  readonly updatedAt: string;
}

export interface ModuleDetail extends ModuleSummary {
  readonly versions: readonly ModuleVersionSummary[];
  /** Lessons whose versions use this module. */
  readonly usedIn: readonly { readonly lessonId: string; readonly title: string; readonly version: number }[];
}

/** POST /api/modules — creates a draft (version 1). */
export interface CreateModuleRequest extends ModuleMetadata {
  readonly type: ModuleType;
  /** Games only (videos take it from the file). Seconds, 30..1800. */
  readonly durationSeconds?: number;
}

/** PUT /api/modules/:id — changes metadata. On a published module this creates a new draft version. */
export type UpdateModuleRequest = ModuleMetadata & { readonly durationSeconds?: number };

/**
 * Library filters; every one lives in the URL query of the library page and of
 * GET /api/modules (arrays as repeated or comma-separated params).
 */
export interface ModuleFilters {
  readonly q?: string;
  readonly type?: ModuleType;
  readonly sector?: Sector;
  readonly niveau?: Niveau;
  readonly leerjaar?: number;
  readonly maxMinutes?: number;
  readonly opleiding?: string;
  readonly quality?: 'complete' | 'incomplete';
  readonly status?: ModuleStatus;
}

/**
 * What students said after a video (issue 5): "Hoe echt voelde dit?" (1–5) and "Heb je iets
 * geleerd over het werk zelf?". Counts only, never names; comments are shown without who wrote
 * them. GET /api/modules/:id/ratings (all versions of the module, per version on request).
 */
export interface ModuleRatings {
  readonly count: number;
  /** Mean realism 1..5 with one decimal, null without ratings. */
  readonly realismMean: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  readonly realismCounts: readonly [number, number, number, number, number];
  readonly learned: { readonly ja: number; readonly 'een-beetje': number; readonly nee: number };
  /** The latest comments (at most 20), newest first. */
  readonly comments: readonly { readonly text: string; readonly ratedAt: string; readonly version: number }[];
}

/*
 * Endpoints (decaan and beheerder write; mentors may read the library):
 *   GET    /api/modules?q&type&sector&niveau&leerjaar&maxMinutes&opleiding&quality&status → ModuleSummary[]
 *   GET    /api/modules/:id                           → ModuleDetail
 *   POST   /api/modules                               → 201 ModuleDetail
 *   PUT    /api/modules/:id                           → ModuleDetail
 *   POST   /api/modules/:id/publish                   → ModuleDetail   (422 problem when captions or
 *                                                                     video missing: code 'validation', field '/captions')
 *   PUT    /api/modules/:id/video       body: raw video/mp4 or video/webm (streamed) → ModuleDetail
 *   PUT    /api/modules/:id/captions    body: text/vtt                      → ModuleDetail
 *   PUT    /api/modules/:id/thumbnail   body: image/png or image/jpeg        → ModuleDetail
 *   GET    /api/media/:school/:file     the stored file (URLs come in ModuleMedia); Range requests, ETag, Cache-Control
 * Media uploads are raw request bodies (not multipart) so they stream to disk; the SPA shows
 * progress from HttpClient upload events. Limits: KOERS_MAX_VIDEO_MB (default 200).
 */

/** Rules of a WebVTT file that failed validation, for a message with the line number. */
export interface WebVttError {
  readonly line: number;
  readonly message: string;
}
