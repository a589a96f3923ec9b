import type { ProspectScore } from './games';
import type { Sector } from './modules';
import type { ProspectFormat, ProspectStatus } from './prospects';

/**
 * The opleidingen catalogue and prospect indicators (issue 6). Koers groups every opleiding in one
 * of twelve broad sectors students recognise (SECTORS in modules.ts); docs/catalogue/sectoren.md
 * documents the crosswalk to the mbo-domeinen and the CROHO-sectoren below.
 */

export const OPLEIDING_TYPES = ['mbo', 'hbo', 'wo'] as const;
export type OpleidingType = (typeof OPLEIDING_TYPES)[number];

/**
 * The 16 mbo-opleidingsdomeinen of the kwalificatiestructuur (SBB), as the minister fixed them in the
 * Regeling vaststelling kwalificatiedossiers en opleidingsdomeinen 2012 (art. 2; the list in the
 * 2016 regeling could not be read, see docs/catalogue/sectoren.md). "Specialistisch vakmanschap"
 * and "Creatieve industrie en ICT" are SBB sectorkamers, not domeinen. Entree (niveau 1) belongs to no domein; Koers files an Entree
 * opleiding under the domein of its work field (docs/catalogue/sectoren.md).
 */
export const MBO_DOMEINEN = [
  'Afbouw, hout en onderhoud',
  'Bouw en infra',
  'Media en vormgeving',
  'Informatie en communicatietechnologie',
  'Techniek en procesindustrie',
  'Mobiliteit en voertuigen',
  'Transport, scheepvaart en logistiek',
  'Handel en ondernemerschap',
  'Economie en administratie',
  'Zorg en welzijn',
  'Uiterlijke verzorging',
  'Veiligheid en sport',
  'Horeca en bakkerij',
  'Toerisme en recreatie',
  'Voedsel, natuur en leefomgeving',
  'Ambacht, laboratorium en gezondheidstechniek',
] as const;
export type MboDomein = (typeof MBO_DOMEINEN)[number];

/** The CROHO-onderdelen (sectoren) of hbo and wo programmes (DUO, Centraal Register Opleidingen Hoger Onderwijs). */
export const CROHO_SECTOREN = [
  'Landbouw en natuurlijke omgeving',
  'Natuur',
  'Techniek',
  'Gezondheidszorg',
  'Economie',
  'Recht',
  'Gedrag en maatschappij',
  'Taal en cultuur',
  'Onderwijs',
  'Sectoroverstijgend',
] as const;
export type CrohoSector = (typeof CROHO_SECTOREN)[number];

export interface Opleiding {
  readonly id: string;
  readonly type: OpleidingType;
  readonly name: string;
  /** Crebo (mbo, 5 digits) or CROHO code (hbo/wo, 5 digits); null when unknown. */
  readonly code: string | null;
  /** mbo niveau 1–4; null for hbo/wo. */
  readonly niveau: 1 | 2 | 3 | 4 | null;
  readonly mboDomein: MboDomein | null;
  readonly crohoSector: CrohoSector | null;
  readonly sector: Sector;
  /** Beroepen the opleiding leads to, in plain Dutch. */
  readonly beroepen: readonly string[];
}

/** `GET /api/opleidingen?q=&sector=&type=&limit=` (staff and students). */
export interface OpleidingSearchResult {
  readonly items: readonly Opleiding[];
  readonly total: number;
}

/** Which level of education a sector-level indicator speaks about ('alle' when the source does not split). */
export const INDICATOR_LEVELS = ['alle', 'mbo', 'hbo', 'wo'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const LANDELIJK = 'landelijk';

/** One prospect indicator value with where it came from. Never edited in place: a change supersedes it. */
export interface ProspectIndicator {
  readonly id: string;
  readonly scope: 'opleiding' | 'sector';
  readonly opleiding: { readonly id: string; readonly name: string; readonly code: string | null; readonly type: OpleidingType } | null;
  readonly sector: Sector;
  readonly level: IndicatorLevel;
  readonly format: ProspectFormat | 'tekst';
  /** The value exactly as the source gives it ("goed", "tekorten verwacht", "3,7"). */
  readonly value: string;
  readonly score: ProspectScore;
  readonly source: string;
  readonly sourceUrl: string | null;
  readonly year: number;
  /** Forecast period as the source gives it, e.g. "2025-2030"; null when none. */
  readonly period: string | null;
  readonly region: string;
  readonly status: ProspectStatus;
  readonly note: string;
  /** The forecast period has ended (label "verouderd"; not used for scoring). */
  readonly outdated: boolean;
  readonly importId: string | null;
  readonly recordedAt: string;
}

export interface ProspectIndicatorList {
  readonly items: readonly ProspectIndicator[];
}

/** A value entered by hand, e.g. a score the decaan judges from a source's words. Status 'handmatig'. */
export interface ProspectIndicatorInput {
  readonly scope: 'opleiding' | 'sector';
  readonly opleidingId: string | null;
  readonly sector: Sector | null;
  readonly level: IndicatorLevel;
  readonly value: string; // 1..200, as the source says it
  readonly score: ProspectScore;
  readonly source: string; // 2..300
  readonly sourceUrl: string | null;
  readonly year: number; // 1990..current year + 1
  readonly period: string | null; // "2025-2030", "tot 2030", max 60
  readonly region: string; // 'landelijk' or a region name, 2..80
  readonly note: string; // 0..1000
}

/** The form part of `POST /api/prospects/imports`: one import = one source + year + region (the re-import key). */
export interface ProspectImportRequest {
  readonly format: ProspectFormat;
  readonly source: string;
  readonly sourceUrl: string | null;
  readonly year: number;
  readonly period: string | null;
  readonly region: string;
  /** 'geimporteerd' for a real source file, 'illustratief' for example data. */
  readonly status: 'geimporteerd' | 'illustratief';
  /** Only for format 'numeriek'. */
  readonly scale: { readonly min: number; readonly max: number; readonly higherIsBetter: boolean } | null;
  /** The CSV file, base64 (UTF-8 or Windows-1252; `;`, `,` or tab). Max 2 MB. */
  readonly fileBase64: string;
  readonly fileName: string;
  /** true: check and report only, store nothing. */
  readonly dryRun: boolean;
  /** true: import the valid rows of a file that has errors (otherwise such a file imports nothing). */
  readonly onlyValidRows: boolean;
}

/**
 * CSV columns of a prospect import (header names case-insensitive):
 * - `code` (crebo or CROHO code) or `opleiding` (exact catalogue name) → an opleiding-level value; or
 * - `sector` (key or Dutch name, see SECTORS) with optional `niveau` (alle/mbo/hbo/wo) → a sector-level value;
 * - `waarde` (required): the value in the chosen format;
 * - `toelichting` (optional, max 1000).
 */
export const PROSPECT_IMPORT_COLUMNS = ['code', 'opleiding', 'sector', 'niveau', 'waarde', 'toelichting'] as const;

export interface ImportProblem {
  /** 1-based line in the file; 0 for the file as a whole. */
  readonly line: number;
  /** Column name as in the header; '' for the whole row or file. */
  readonly column: string;
  /** Stable code, translated in the SPA (prospects.problems.<code>). */
  readonly code: string;
  /** Dutch message with the details, for the report and the CSV download. */
  readonly message: string;
}

export interface ImportPreviewRow {
  readonly line: number;
  readonly target: string; // "Verpleegkundige (mbo 4, crebo 25480)" or "Sector Zorg & welzijn (alle niveaus)"
  readonly value: string;
  readonly score: ProspectScore;
  readonly change: 'nieuw' | 'gewijzigd' | 'ongewijzigd';
}

export interface ProspectImportReport {
  readonly dryRun: boolean;
  readonly imported: boolean;
  readonly importId: string | null;
  readonly key: { readonly source: string; readonly year: number; readonly region: string };
  readonly encoding: 'utf-8' | 'windows-1252';
  readonly delimiter: ';' | ',' | '\t';
  readonly rows: number;
  readonly validRows: number;
  readonly problems: readonly ImportProblem[];
  /** Up to 100 rows, in file order. */
  readonly preview: readonly ImportPreviewRow[];
  readonly counts: { readonly added: number; readonly changed: number; readonly unchanged: number; readonly removed: number };
}

/** `GET /api/prospects/imports`: earlier imports, newest first. */
export interface ProspectImportSummary {
  readonly id: string;
  readonly source: string;
  readonly year: number;
  readonly region: string;
  readonly format: ProspectFormat;
  readonly status: 'geimporteerd' | 'illustratief';
  readonly fileName: string;
  readonly rows: number;
  readonly counts: ProspectImportReport['counts'];
  readonly importedBy: string;
  readonly importedAt: string;
}

export interface KansrijkRuleVersion {
  readonly version: number;
  readonly minScore: ProspectScore;
  readonly note: string;
  readonly changedBy: string;
  readonly changedAt: string;
}

/** `GET /api/prospects/rule`; `PUT` with `{ minScore, note }` makes a new version (decaan). */
export interface KansrijkRuleState {
  readonly current: KansrijkRuleVersion;
  /** Newest first, including the current one. */
  readonly history: readonly KansrijkRuleVersion[];
}

export interface KansrijkRuleChange {
  readonly minScore: ProspectScore;
  readonly note: string; // 3..500: why
}

/** Dutch sector names as in ../shared/data and import files (the SPA translates the keys itself). */
export const SECTOR_NAMES_NL: Readonly<Record<Sector, string>> = {
  'techniek-bouw': 'Techniek & bouw',
  'zorg-welzijn': 'Zorg & welzijn',
  ict: 'ICT',
  onderwijs: 'Onderwijs',
  'economie-handel': 'Economie & handel',
  'horeca-toerisme': 'Horeca & toerisme',
  'agrarisch-voedsel-natuur': 'Agrarisch, voedsel & natuur',
  'transport-logistiek': 'Transport & logistiek',
  'media-creatief': 'Media & creatief',
  veiligheid: 'Veiligheid',
  'recht-bestuur': 'Recht & bestuur',
  'wetenschap-onderzoek': 'Wetenschap & onderzoek',
};
