/**
 * Prospect indicators as the decaan sees them, values entered by hand, and the versioned kansrijk
 * rule. Nothing is edited in place: withdrawing or replacing a value sets `superseded_at`, and a rule
 * change adds a version — so every earlier pre/post pair keeps being scored as it was.
 */
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  DEFAULT_KANSRIJK_RULE,
  LANDELIJK,
  type KansrijkRuleState,
  type KansrijkRuleVersion,
  type ProspectImportSummary,
  type ProspectIndicator,
  type ProspectIndicatorInput,
  type ProspectScore,
  type ProspectStatus,
  type Sector,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { kansrijkRules, opleidingen, prospectImports, prospectIndicators, schools, staffUsers } from '../../db/schema';
import { ProblemError } from '../../http/problem';
import { isOutdated, type IndicatorFact, type RuleFact } from './scoring';

type IndicatorRow = typeof prospectIndicators.$inferSelect;

function toIndicator(row: IndicatorRow, opleiding: { id: string; name: string; code: string | null; type: string } | null, now: Date): ProspectIndicator {
  return {
    id: row.id,
    scope: row.scope as ProspectIndicator['scope'],
    opleiding: opleiding ? { id: opleiding.id, name: opleiding.name, code: opleiding.code, type: opleiding.type as 'mbo' | 'hbo' | 'wo' } : null,
    sector: row.sector,
    level: row.level as ProspectIndicator['level'],
    format: row.format as ProspectIndicator['format'],
    value: row.value,
    score: row.score as ProspectScore,
    source: row.source,
    sourceUrl: row.sourceUrl,
    year: row.year,
    period: row.period,
    region: row.region,
    status: row.status as ProspectStatus,
    note: row.note,
    outdated: isOutdated(row.period, now),
    importId: row.importId,
    recordedAt: row.recordedAt.toISOString(),
  };
}

export interface IndicatorFilter {
  readonly scope?: 'opleiding' | 'sector';
  readonly sector?: Sector;
  readonly status?: ProspectStatus;
}

/** Current (not withdrawn) indicators of the school, sectors first, then opleidingen by name. */
export async function listIndicators(db: Db, schoolId: string, filter: IndicatorFilter): Promise<ProspectIndicator[]> {
  const conditions: SQL[] = [eq(prospectIndicators.schoolId, schoolId), isNull(prospectIndicators.supersededAt)];
  if (filter.scope) conditions.push(eq(prospectIndicators.scope, filter.scope));
  if (filter.sector) conditions.push(eq(prospectIndicators.sector, filter.sector));
  if (filter.status) conditions.push(eq(prospectIndicators.status, filter.status));
  const rows = await db
    .select({ indicator: prospectIndicators, opleiding: { id: opleidingen.id, name: opleidingen.name, code: opleidingen.code, type: opleidingen.type } })
    .from(prospectIndicators)
    .leftJoin(opleidingen, eq(opleidingen.id, prospectIndicators.opleidingId))
    .where(and(...conditions))
    .orderBy(desc(prospectIndicators.scope), asc(prospectIndicators.sector), asc(opleidingen.name), desc(prospectIndicators.year));
  const now = new Date();
  return rows.map((row) => toIndicator(row.indicator, row.opleiding, now));
}

/** A value entered by hand (status 'handmatig'); replaces an earlier hand value for the same target, source and year. */
export async function addIndicator(db: Db, actor: { schoolId: string; userId: string }, input: ProspectIndicatorInput): Promise<ProspectIndicator> {
  const errors: { field: string; message: { nl: string; en: string } }[] = [];
  const maxYear = new Date().getUTCFullYear() + 1;
  if (input.year < 1990 || input.year > maxYear) errors.push({ field: '/year', message: { nl: `Kies een jaar tussen 1990 en ${maxYear}.`, en: `Choose a year between 1990 and ${maxYear}.` } });
  if (input.sourceUrl !== null && !/^https?:\/\/\S+$/.test(input.sourceUrl)) errors.push({ field: '/sourceUrl', message: { nl: 'Een webadres begint met http:// of https://.', en: 'A web address starts with http:// or https://.' } });
  if (input.scope === 'opleiding' && !input.opleidingId) errors.push({ field: '/opleidingId', message: { nl: 'Kies een opleiding.', en: 'Choose an opleiding.' } });
  if (input.scope === 'sector' && !input.sector) errors.push({ field: '/sector', message: { nl: 'Kies een sector.', en: 'Choose a sector.' } });
  if (errors.length) throw new ProblemError(400, 'validation', { errors });

  let sector = input.sector as Sector;
  let level = input.level;
  let opleiding: { id: string; name: string; code: string | null; type: string } | null = null;
  if (input.scope === 'opleiding') {
    const [found] = await db.select({ id: opleidingen.id, name: opleidingen.name, code: opleidingen.code, type: opleidingen.type, sector: opleidingen.sector }).from(opleidingen).where(eq(opleidingen.id, input.opleidingId as string));
    if (!found) throw new ProblemError(400, 'validation', { errors: [{ field: '/opleidingId', message: { nl: 'Deze opleiding staat niet in de catalogus.', en: 'This opleiding is not in the catalogue.' } }] });
    opleiding = found;
    sector = found.sector;
    level = found.type as 'mbo' | 'hbo' | 'wo';
  }
  return db.transaction(async (tx) => {
    const now = new Date();
    const sameTarget = and(
      eq(prospectIndicators.schoolId, actor.schoolId),
      eq(prospectIndicators.status, 'handmatig'),
      eq(prospectIndicators.source, input.source.trim()),
      eq(prospectIndicators.year, input.year),
      eq(prospectIndicators.region, input.region.trim()),
      eq(prospectIndicators.scope, input.scope),
      input.scope === 'opleiding' ? eq(prospectIndicators.opleidingId, opleiding!.id) : and(eq(prospectIndicators.sector, sector), eq(prospectIndicators.level, level)),
      isNull(prospectIndicators.supersededAt),
    );
    await tx.update(prospectIndicators).set({ supersededAt: now }).where(sameTarget);
    const [row] = await tx
      .insert(prospectIndicators)
      .values({
        schoolId: actor.schoolId,
        scope: input.scope,
        opleidingId: opleiding?.id ?? null,
        sector,
        level,
        format: 'tekst',
        value: input.value.trim(),
        score: input.score,
        source: input.source.trim(),
        sourceUrl: input.sourceUrl,
        year: input.year,
        period: input.period?.trim() || null,
        region: input.region.trim() || LANDELIJK,
        status: 'handmatig',
        note: input.note.trim(),
        recordedBy: actor.userId,
        recordedAt: now,
      })
      .returning();
    return toIndicator(row!, opleiding, now);
  });
}

/** Withdraws a value (kept for the history, no longer current). 404 when it is not a current value of this school. */
export async function withdrawIndicator(db: Db, schoolId: string, id: string): Promise<void> {
  const updated = await db
    .update(prospectIndicators)
    .set({ supersededAt: new Date() })
    .where(and(eq(prospectIndicators.id, id), eq(prospectIndicators.schoolId, schoolId), isNull(prospectIndicators.supersededAt)))
    .returning({ id: prospectIndicators.id });
  if (updated.length === 0) throw new ProblemError(404, 'not_found');
}

export async function listImports(db: Db, schoolId: string): Promise<ProspectImportSummary[]> {
  const rows = await db
    .select({ row: prospectImports, by: staffUsers.displayName })
    .from(prospectImports)
    .leftJoin(staffUsers, eq(staffUsers.id, prospectImports.importedBy))
    .where(eq(prospectImports.schoolId, schoolId))
    .orderBy(desc(prospectImports.importedAt))
    .limit(100);
  return rows.map(({ row, by }) => ({
    id: row.id,
    source: row.source,
    year: row.year,
    region: row.region,
    format: row.format as ProspectImportSummary['format'],
    status: row.status as ProspectImportSummary['status'],
    fileName: row.fileName,
    rows: row.rows,
    counts: row.counts,
    importedBy: by ?? '—',
    importedAt: row.importedAt.toISOString(),
  }));
}

const BUILT_IN_RULE: Omit<KansrijkRuleVersion, 'changedAt'> = {
  version: DEFAULT_KANSRIJK_RULE.version,
  minScore: DEFAULT_KANSRIJK_RULE.minScore,
  note: 'Standaardregel van Koers: een Koers-score van 4 of 5 telt als kansrijk.',
  changedBy: 'Koers',
};

export async function ruleState(db: Db, schoolId: string): Promise<KansrijkRuleState> {
  const [school] = await db.select({ createdAt: schools.createdAt }).from(schools).where(eq(schools.id, schoolId));
  const rows = await db
    .select({ rule: kansrijkRules, by: staffUsers.displayName })
    .from(kansrijkRules)
    .leftJoin(staffUsers, eq(staffUsers.id, kansrijkRules.changedBy))
    .where(eq(kansrijkRules.schoolId, schoolId))
    .orderBy(desc(kansrijkRules.version));
  const history: KansrijkRuleVersion[] = [
    ...rows.map(({ rule, by }) => ({ version: rule.version, minScore: rule.minScore as ProspectScore, note: rule.note, changedBy: by ?? '—', changedAt: rule.changedAt.toISOString() })),
    { ...BUILT_IN_RULE, changedAt: (school?.createdAt ?? new Date(0)).toISOString() },
  ];
  return { current: history[0]!, history };
}

/** A new rule version (the next number); takes effect now, never for measurements already taken. */
export async function changeRule(db: Db, actor: { schoolId: string; userId: string }, change: { minScore: ProspectScore; note: string }): Promise<KansrijkRuleState> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kansrijk-rule:${actor.schoolId}`}))`);
    const [latest] = await tx.select({ version: sql<number>`coalesce(max(${kansrijkRules.version}), 1)` }).from(kansrijkRules).where(eq(kansrijkRules.schoolId, actor.schoolId));
    await tx.insert(kansrijkRules).values({ schoolId: actor.schoolId, version: Number(latest?.version ?? 1) + 1, minScore: change.minScore, note: change.note.trim(), changedBy: actor.userId });
  });
  return ruleState(db, actor.schoolId);
}

/** Every indicator the school ever had (current and withdrawn), for scoring as of any moment. */
export async function indicatorHistory(db: Db, schoolId: string): Promise<IndicatorFact[]> {
  const rows = await db.select().from(prospectIndicators).where(eq(prospectIndicators.schoolId, schoolId));
  return rows.map((row) => ({
    id: row.id,
    scope: row.scope as IndicatorFact['scope'],
    opleidingId: row.opleidingId,
    sector: row.sector,
    level: row.level,
    score: row.score as ProspectScore,
    status: row.status as ProspectStatus,
    year: row.year,
    period: row.period,
    region: row.region,
    recordedAt: row.recordedAt,
    supersededAt: row.supersededAt,
  }));
}

export async function ruleHistory(db: Db, schoolId: string): Promise<RuleFact[]> {
  const rows = await db.select({ version: kansrijkRules.version, minScore: kansrijkRules.minScore, changedAt: kansrijkRules.changedAt }).from(kansrijkRules).where(eq(kansrijkRules.schoolId, schoolId));
  return rows;
}

export async function opleidingFacts(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { id: string; type: 'mbo' | 'hbo' | 'wo'; sector: Sector }>();
  const rows = await db.select({ id: opleidingen.id, type: opleidingen.type, sector: opleidingen.sector }).from(opleidingen).where(inArray(opleidingen.id, [...ids]));
  return new Map(rows.map((row) => [row.id, { ...row, type: row.type as 'mbo' | 'hbo' | 'wo' }]));
}
