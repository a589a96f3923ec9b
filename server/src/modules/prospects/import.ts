/**
 * CSV import of prospect indicators: decode (UTF-8 / Windows-1252), read (`;`, `,`, tab), check
 * every row, compare with the values of the same source + year + region, and — unless it is a dry
 * run or the file has errors the decaan did not choose to skip — apply the difference in one
 * transaction. Re-importing the same file changes nothing.
 */
import { createHash } from 'node:crypto';
import { and, eq, isNull, isNotNull, sql } from 'drizzle-orm';
import {
  INDICATOR_LEVELS,
  SECTORS,
  SECTOR_NAMES_NL,
  prospectScore,
  type ImportPreviewRow,
  type ImportProblem,
  type IndicatorLevel,
  type ProspectImportReport,
  type ProspectImportRequest,
  type ProspectScore,
  type Sector,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { opleidingen, prospectImports, prospectIndicators } from '../../db/schema';
import { readCsvTable } from '../catalogue/csv';
import { ProblemError } from '../../http/problem';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
const PREVIEW_ROWS = 100;
const NOTE_MAX = 1000;

interface ValidRow {
  readonly line: number;
  readonly scope: 'opleiding' | 'sector';
  readonly opleidingId: string | null;
  readonly sector: Sector;
  readonly level: IndicatorLevel;
  readonly value: string;
  readonly score: ProspectScore;
  readonly note: string;
  readonly target: string;
}

const targetKey = (row: { scope: string; opleidingId: string | null; sector: string; level: string }) =>
  row.scope === 'opleiding' ? `o:${row.opleidingId}` : `s:${row.sector}:${row.level}`;

function sectorOf(text: string): Sector | null {
  const wanted = text.trim().toLowerCase();
  return SECTORS.find((key) => key === wanted || SECTOR_NAMES_NL[key].toLowerCase() === wanted) ?? null;
}

const CSV_PROBLEM_TEXT: Readonly<Record<string, string>> = {
  empty_file: 'Het bestand is leeg.',
  unterminated_quote: 'Een aanhalingsteken wordt niet gesloten.',
  missing_column: 'Deze kolom ontbreekt in de kopregel.',
  duplicate_column: 'Deze kolom staat twee keer in de kopregel.',
  cell_count: 'Deze regel heeft een ander aantal kolommen dan de kopregel.',
};

const VALUE_PROBLEM_TEXT: Readonly<Record<string, string>> = {
  unknown_label: 'Onbekende waarde voor dit formaat.',
  not_a_number: 'Geen getal (gebruik bijvoorbeeld 3,7 of 3.7).',
  out_of_range: 'Het getal valt buiten de opgegeven schaal.',
  bad_scale: 'De schaal is ongeldig.',
};

type Catalogue = { byCode: Map<string, { id: string; name: string; sector: Sector; type: string }>; byName: Map<string, { id: string; name: string; sector: Sector; type: string }[]> };

async function loadCatalogue(db: Db): Promise<Catalogue> {
  const rows = await db.select({ id: opleidingen.id, name: opleidingen.name, code: opleidingen.code, sector: opleidingen.sector, type: opleidingen.type }).from(opleidingen);
  const byCode = new Map<string, { id: string; name: string; sector: Sector; type: string }>();
  const byName = new Map<string, { id: string; name: string; sector: Sector; type: string }[]>();
  for (const row of rows) {
    if (row.code) byCode.set(row.code, row);
    const key = row.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), row]);
  }
  return { byCode, byName };
}

/** Checks every row; pure apart from the catalogue lookup. */
export function checkRows(bytes: Uint8Array, request: Pick<ProspectImportRequest, 'format' | 'scale'>, catalogue: Catalogue) {
  const table = readCsvTable(bytes, ['waarde']);
  const problems: ImportProblem[] = table.problems.map((p) => ({
    line: p.line,
    column: p.column ?? '',
    code: p.code,
    message: `${CSV_PROBLEM_TEXT[p.code] ?? p.detail}${p.column ? ` (${p.column})` : ''}`,
  }));
  const header = new Set(table.header.map((name) => name.trim().toLowerCase()));
  if (table.header.length > 0 && !header.has('code') && !header.has('opleiding') && !header.has('sector')) {
    problems.push({ line: 1, column: '', code: 'missing_target_column', message: 'De kopregel moet een kolom "code", "opleiding" of "sector" hebben.' });
  }
  const valid: ValidRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.rows) {
    const rowProblems: ImportProblem[] = [];
    const problem = (column: string, code: string, message: string) => rowProblems.push({ line, column, code, message });
    const cell = (name: string) => (values[name] ?? '').trim();
    if (Object.values(values).some((value) => value.includes('\u0000'))) problem('', 'invalid_characters', 'Deze regel bevat tekens die niet opgeslagen kunnen worden.');
    let target: Pick<ValidRow, 'scope' | 'opleidingId' | 'sector' | 'level' | 'target'> | null = null;
    const code = cell('code');
    const name = cell('opleiding');
    const sectorText = cell('sector');
    if (code) {
      const found = catalogue.byCode.get(code);
      if (found) target = { scope: 'opleiding', opleidingId: found.id, sector: found.sector, level: found.type as IndicatorLevel, target: `${found.name} (${code})` };
      else problem('code', 'unknown_code', `Code ${code} staat niet in de opleidingencatalogus.`);
    } else if (name) {
      const found = catalogue.byName.get(name.toLowerCase()) ?? [];
      if (found.length === 1 && found[0]) target = { scope: 'opleiding', opleidingId: found[0].id, sector: found[0].sector, level: found[0].type as IndicatorLevel, target: found[0].name };
      else if (found.length > 1) problem('opleiding', 'ambiguous_name', `Meer opleidingen heten "${name}"; gebruik de kolom code.`);
      else problem('opleiding', 'unknown_opleiding', `"${name}" staat niet in de opleidingencatalogus.`);
    } else if (sectorText) {
      const sector = sectorOf(sectorText);
      const levelText = cell('niveau').toLowerCase() || 'alle';
      const level = INDICATOR_LEVELS.find((l) => l === levelText);
      if (!sector) problem('sector', 'unknown_sector', `Onbekende sector "${sectorText}".`);
      if (!level) problem('niveau', 'unknown_level', `Onbekend niveau "${cell('niveau')}" (alle, mbo, hbo of wo).`);
      if (sector && level) target = { scope: 'sector', opleidingId: null, sector, level, target: `Sector ${SECTOR_NAMES_NL[sector]} (${level === 'alle' ? 'alle niveaus' : level})` };
    } else {
      problem('', 'missing_target', 'Geen code, opleiding of sector op deze regel.');
    }
    const value = cell('waarde');
    let score: ProspectScore | null = null;
    if (!value) problem('waarde', 'empty_value', 'Geen waarde.');
    else if (value.length > 200) problem('waarde', 'too_long', 'De waarde is langer dan 200 tekens.');
    else {
      const mapped = prospectScore(request.format, value, request.scale ?? undefined);
      if (mapped.ok) score = mapped.score;
      else problem('waarde', mapped.reason, `${VALUE_PROBLEM_TEXT[mapped.reason]} ("${value}")`);
    }
    const note = cell('toelichting');
    if (note.length > NOTE_MAX) problem('toelichting', 'too_long', `De toelichting is langer dan ${NOTE_MAX} tekens.`);
    if (target) {
      const key = targetKey(target);
      const first = seen.get(key);
      if (first !== undefined) problem('', 'duplicate_row', `Dezelfde opleiding of sector staat al op regel ${first}.`);
      else seen.set(key, line);
    }
    if (rowProblems.length === 0 && target && score !== null) valid.push({ ...target, line, value, score, note });
    problems.push(...rowProblems);
  }
  problems.sort((x, y) => x.line - y.line);
  return { table, problems, valid };
}

/** Form fields beyond what the route's JSON schema checks; 400 with the field when wrong. */
function checkRequest(request: ProspectImportRequest): Uint8Array {
  const errors: { field: string; message: { nl: string; en: string } }[] = [];
  const maxYear = new Date().getUTCFullYear() + 1;
  if (request.year < 1990 || request.year > maxYear) errors.push({ field: '/year', message: { nl: `Kies een jaar tussen 1990 en ${maxYear}.`, en: `Choose a year between 1990 and ${maxYear}.` } });
  if (request.sourceUrl !== null && !/^https?:\/\/\S+$/.test(request.sourceUrl)) errors.push({ field: '/sourceUrl', message: { nl: 'Een webadres begint met http:// of https://.', en: 'A web address starts with http:// or https://.' } });
  if (request.format === 'numeriek') {
    const scale = request.scale;
    if (!scale || !Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.max <= scale.min) {
      errors.push({ field: '/scale', message: { nl: 'Geef een schaal met een minimum dat kleiner is dan het maximum.', en: 'Give a scale whose minimum is below its maximum.' } });
    }
  } else if (request.scale !== null) {
    errors.push({ field: '/scale', message: { nl: 'Een schaal hoort alleen bij het formaat numeriek.', en: 'A scale only belongs to the numeric format.' } });
  }
  const bytes = Buffer.from(request.fileBase64, 'base64');
  if (bytes.length === 0) errors.push({ field: '/fileBase64', message: { nl: 'Het bestand is leeg.', en: 'The file is empty.' } });
  if (bytes.length > MAX_IMPORT_BYTES) errors.push({ field: '/fileBase64', message: { nl: 'Het bestand is groter dan 2 MB.', en: 'The file is larger than 2 MB.' } });
  if (errors.length) throw new ProblemError(400, 'validation', { errors });
  return new Uint8Array(bytes);
}

/** Runs an import (or a dry run) for one school; throws 422 with the report when rows are wrong and not skipped. */
export async function runProspectImport(
  db: Db,
  actor: { schoolId: string; userId: string },
  request: ProspectImportRequest,
  options: { readonly now?: Date } = {},
): Promise<ProspectImportReport> {
  const bytes = checkRequest(request);
  const catalogue = await loadCatalogue(db);
  const { table, problems, valid } = checkRows(bytes, request, catalogue);
  const key = { source: request.source.trim(), year: request.year, region: request.region.trim() };
  const blocked = problems.length > 0 && !request.onlyValidRows;
  const apply = !request.dryRun && !blocked && (valid.length > 0 || problems.length === 0);

  return db.transaction(async (tx) => {
    // One import per source + year + region at a time, so two imports of the same key cannot interleave.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`prospects:${actor.schoolId}:${key.source}:${key.year}:${key.region}`}))`);
    const existing = await tx
      .select()
      .from(prospectIndicators)
      .where(
        and(
          eq(prospectIndicators.schoolId, actor.schoolId),
          eq(prospectIndicators.source, key.source),
          eq(prospectIndicators.year, key.year),
          eq(prospectIndicators.region, key.region),
          isNotNull(prospectIndicators.importId),
          isNull(prospectIndicators.supersededAt),
        ),
      );
    const current = new Map(existing.map((row) => [targetKey(row), row]));
    const same = (row: ValidRow, old: (typeof existing)[number]) =>
      old.value === row.value &&
      old.score === row.score &&
      old.note === row.note &&
      old.format === request.format &&
      old.period === request.period &&
      old.sourceUrl === request.sourceUrl &&
      old.status === request.status;
    const changes = valid.map((row) => {
      const old = current.get(targetKey(row));
      return { row, old, change: (!old ? 'nieuw' : same(row, old) ? 'ongewijzigd' : 'gewijzigd') as ImportPreviewRow['change'] };
    });
    const inFile = new Set(valid.map(targetKey));
    // With "only the valid rows", a wrong row must not withdraw the value it meant to update: nothing is removed.
    const removed = problems.length > 0 ? [] : existing.filter((row) => !inFile.has(targetKey(row)));
    const counts = {
      added: changes.filter((c) => c.change === 'nieuw').length,
      changed: changes.filter((c) => c.change === 'gewijzigd').length,
      unchanged: changes.filter((c) => c.change === 'ongewijzigd').length,
      removed: removed.length,
    };
    let importId: string | null = null;
    if (apply) {
      const now = options.now ?? new Date();
      const [created] = await tx
        .insert(prospectImports)
        .values({
          schoolId: actor.schoolId,
          ...key,
          format: request.format,
          status: request.status,
          fileName: request.fileName,
          fileSha256: createHash('sha256').update(bytes).digest('hex'),
          rows: table.rows.length,
          counts,
          importedBy: actor.userId,
          importedAt: now,
        })
        .returning({ id: prospectImports.id });
      importId = created?.id ?? null;
      const superseded = [...changes.filter((c) => c.change === 'gewijzigd').map((c) => c.old!.id), ...removed.map((row) => row.id)];
      for (const id of superseded) await tx.update(prospectIndicators).set({ supersededAt: now }).where(eq(prospectIndicators.id, id));
      const inserts = changes.filter((c) => c.change !== 'ongewijzigd');
      if (inserts.length) {
        await tx.insert(prospectIndicators).values(
          inserts.map(({ row }) => ({
            schoolId: actor.schoolId,
            scope: row.scope,
            opleidingId: row.opleidingId,
            sector: row.sector,
            level: row.level,
            format: request.format,
            value: row.value,
            score: row.score,
            source: key.source,
            sourceUrl: request.sourceUrl,
            year: key.year,
            period: request.period,
            region: key.region,
            status: request.status,
            note: row.note,
            importId,
            recordedBy: actor.userId,
            recordedAt: now,
          })),
        );
      }
    }
    const report: ProspectImportReport = {
      dryRun: request.dryRun,
      imported: apply,
      importId,
      key,
      encoding: table.encoding,
      delimiter: table.delimiter,
      rows: table.rows.length,
      validRows: valid.length,
      problems,
      preview: changes.slice(0, PREVIEW_ROWS).map(({ row, change }) => ({ line: row.line, target: row.target, value: row.value, score: row.score, change })),
      counts,
    };
    if (blocked && !request.dryRun) throw new ProblemError(422, 'import_has_errors', { report });
    return report;
  });
}
