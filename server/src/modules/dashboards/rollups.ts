/**
 * Rollups for the school dashboard and the year report (issue 7, ADR 0009). Reading every
 * schedule_students, student_step_progress, module_ratings and keuzemetingen row of a school per
 * request (~100 000 rows at 1,500 students) took half a second; the rollups hold per planning, per
 * planning × module version and per student × period what those figures need, so a request reads
 * a few thousand small rows.
 *
 * They are recomputed, not incremented: ingestion marks the plannings and students it touched as
 * stale in its own transaction (`markStale`), and the next dashboard read recomputes the stale
 * ones from the derived tables first (`refreshRollups`). A planning is a few dozen rows, so a
 * refresh costs milliseconds per planning, and a rollup can never drift from its sources.
 *
 * A custom date range still reads the planning rollups of the plannings in it; only the students'
 * reach and keuzemeting pairs in that range are computed at request time (classFactsLive).
 */
import { and, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { schoolYearOf } from '@koers/contracts';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { Db } from '../../db/index';
import { keuzemetingen, moduleRatings, moduleRollups, planningModuleRollups, planningRollups, rollupsStale, scheduleStudents, schedules, studentRollups, students, studentStepProgress } from '../../db/schema';
import { scoreMeasurements, scoringContext, type MeasurementRow, type ScoredStudent } from '../choice-shift/service';

/** `column = any('{…}'::uuid[])`: one parameter for hundreds of ids (an IN list of 500 placeholders costs PostgreSQL more to plan than to run). */
export const anyId = (column: AnyPgColumn, ids: readonly string[]) => sql`${column} = any(${`{${ids.join(',')}}`}::uuid[])`;

/** [kansrijk before and after, before only, after only, neither]: a 2×2 table of paired students. */
export type PairTable = [number, number, number, number];

export interface ModuleFacts {
  readonly moduleId: string;
  readonly moduleVersion: number;
  readonly started: number;
  readonly completed: number;
  readonly ratings: number;
  readonly realismCount: number;
  readonly realismSum: number;
  readonly learnedCount: number;
  readonly learnedYes: number;
  /** Students per whole percent of watch-through ("87" → 3). */
  readonly watchThrough: Record<string, number>;
}

export interface PlanningFacts {
  readonly scheduleId: string;
  /** Students starting / completing the lesson per school month. */
  readonly months: Record<string, [number, number]>;
  /** Ratings with a realism answer and their sum. */
  readonly ratings: number;
  readonly realismSum: number;
  /** The per-planning keuzemeting pairs. */
  readonly pairs: PairTable;
  readonly modules: readonly ModuleFacts[];
}

/** A class's students in a period: how many started / completed a planned lesson, and their pairs. */
export interface ClassFacts {
  readonly classId: string;
  readonly reached: number;
  readonly completed: number;
  readonly pairs: PairTable;
}

/** "all", or a school year ("2026-2027"). */
export type Period = string;
export const ALL_TIME: Period = 'all';

/** Made once: constructing an Intl.DateTimeFormat costs more than formatting thousands of dates with it. */
const schoolMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });
export const monthOf = (date: Date): string => schoolMonth.format(date).slice(0, 7);
/** The school year a planning belongs to: the one it starts in. */
export const schoolYearOfDay = (day: string): string => schoolYearOf(new Date(`${day}T12:00:00Z`));

const emptyPairs = (): PairTable => [0, 0, 0, 0];
const pairCell = (before: boolean, after: boolean) => (before ? (after ? 0 : 1) : after ? 2 : 3);

/** Adds a scored student's pair (when it has both measurements) to a 2×2 table. */
function addPair(table: PairTable, student: Pick<ScoredStudent, 'measurements'>): void {
  const { before, after } = student.measurements;
  if (before && after) table[pairCell(before.kansrijk, after.kansrijk)] += 1;
}

export function addPairTables(tables: readonly PairTable[]): PairTable {
  const sum = emptyPairs();
  for (const table of tables) for (let cell = 0; cell < 4; cell += 1) sum[cell]! += table[cell]!;
  return sum;
}

/** The median of a whole-percent histogram, as a share (0–1); the mean of the two middle values for an even count. */
export function histogramMedian(histogram: Record<string, number>): number | null {
  const entries = Object.entries(histogram)
    .map(([percent, count]) => [Number(percent), count] as const)
    .filter(([, count]) => count > 0)
    .sort(([x], [y]) => x - y);
  const n = entries.reduce((sum, [, count]) => sum + count, 0);
  if (n === 0) return null;
  const at = (index: number) => {
    let seen = 0;
    for (const [percent, count] of entries) {
      seen += count;
      if (index < seen) return percent;
    }
    return entries[entries.length - 1]![0];
  };
  const middle = Math.floor(n / 2);
  return (n % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2) / 100;
}


// ------------------------------------------------------------------ facts from the derived tables

const keuzemetingColumns = {
  studentId: keuzemetingen.studentId,
  classId: students.classId,
  scheduleId: keuzemetingen.scheduleId,
  moment: keuzemetingen.moment,
  choices: keuzemetingen.choices,
  certainty: keuzemetingen.certainty,
  measuredAt: keuzemetingen.measuredAt,
};

/** The facts of these plannings, from their derived rows. */
export async function planningFacts(db: Db, schoolId: string, scheduleIds: readonly string[]): Promise<PlanningFacts[]> {
  if (scheduleIds.length === 0) return [];
  const ids = [...scheduleIds];
  // One after the other: inside the refresh transaction they share one connection.
  const reached = await db.select({ scheduleId: scheduleStudents.scheduleId, startedAt: scheduleStudents.startedAt, completedAt: scheduleStudents.completedAt }).from(scheduleStudents).where(inArray(scheduleStudents.scheduleId, ids));
  const progress = await db
      .select({ scheduleId: studentStepProgress.scheduleId, moduleId: studentStepProgress.moduleId, moduleVersion: studentStepProgress.moduleVersion, completedAt: studentStepProgress.completedAt, progress: studentStepProgress.progress })
      .from(studentStepProgress)
      .where(and(inArray(studentStepProgress.scheduleId, ids), isNotNull(studentStepProgress.moduleId)));
  const ratings = await db
      .select({ scheduleId: moduleRatings.scheduleId, moduleId: moduleRatings.moduleId, moduleVersion: moduleRatings.moduleVersion, realism: moduleRatings.realism, learned: moduleRatings.learned })
      .from(moduleRatings)
      .where(inArray(moduleRatings.scheduleId, ids));
  const measurements = await db.select(keuzemetingColumns).from(keuzemetingen).innerJoin(students, eq(students.id, keuzemetingen.studentId)).where(and(eq(keuzemetingen.schoolId, schoolId), inArray(keuzemetingen.scheduleId, ids)));

  const facts = new Map(ids.map((id) => [id, { scheduleId: id, months: {} as Record<string, [number, number]>, ratings: 0, realismSum: 0, pairs: emptyPairs(), modules: new Map<string, ModuleFacts & { [key: string]: unknown }>() }]));
  const moduleOf = (scheduleId: string, moduleId: string, moduleVersion: number) => {
    const planning = facts.get(scheduleId)!;
    const key = `${moduleId}@${moduleVersion}`;
    let entry = planning.modules.get(key);
    if (!entry) {
      entry = { moduleId, moduleVersion, started: 0, completed: 0, ratings: 0, realismCount: 0, realismSum: 0, learnedCount: 0, learnedYes: 0, watchThrough: {} };
      planning.modules.set(key, entry);
    }
    return entry as { -readonly [K in keyof ModuleFacts]: ModuleFacts[K] };
  };
  for (const row of reached) {
    const months = facts.get(row.scheduleId)!.months;
    const bump = (month: string, field: 0 | 1) => ((months[month] ??= [0, 0])[field] += 1);
    bump(monthOf(row.startedAt), 0);
    if (row.completedAt) bump(monthOf(row.completedAt), 1);
  }
  for (const row of progress) {
    const entry = moduleOf(row.scheduleId, row.moduleId!, row.moduleVersion!);
    entry.started += 1;
    if (row.completedAt) entry.completed += 1;
    const percent = String(Math.round(row.progress * 100));
    entry.watchThrough[percent] = (entry.watchThrough[percent] ?? 0) + 1;
  }
  for (const row of ratings) {
    const planning = facts.get(row.scheduleId)!;
    if (row.realism !== null) {
      planning.ratings += 1;
      planning.realismSum += row.realism;
    }
    if (row.moduleId === null || row.moduleVersion === null) continue;
    const entry = moduleOf(row.scheduleId, row.moduleId, row.moduleVersion);
    entry.ratings += 1;
    if (row.realism !== null) {
      entry.realismCount += 1;
      entry.realismSum += row.realism;
    }
    if (row.learned !== null) {
      entry.learnedCount += 1;
      if (row.learned === 'ja') entry.learnedYes += 1;
    }
  }
  if (measurements.length > 0) {
    const scored = scoreMeasurements({ rows: measurements, pairing: null, context: await scoringContext(db, schoolId, measurements) }, true);
    for (const student of scored) if (student.scheduleId) addPair(facts.get(student.scheduleId)!.pairs, student);
  }
  return [...facts.values()].map((planning) => ({ ...planning, modules: [...planning.modules.values()] }));
}

interface StudentPeriodFacts {
  readonly studentId: string;
  readonly classId: string;
  readonly period: Period;
  readonly started: boolean;
  readonly completed: boolean;
  readonly before: boolean | null;
  readonly after: boolean | null;
}

interface StudentRows {
  readonly reached: readonly { studentId: string; classId: string; scheduleId: string; startsOn: string; completedAt: Date | null }[];
  readonly measurements: readonly (MeasurementRow & { classId: string })[];
}

/** Started / completed and the scored pair of each student, within one period of plannings and measurements. */
async function studentPeriodFacts(
  db: Db,
  schoolId: string,
  rows: StudentRows,
  periods: readonly { key: Period; plannings: (row: { scheduleId: string; startsOn: string }) => boolean; measurements: (measuredAt: Date) => boolean }[],
): Promise<StudentPeriodFacts[]> {
  const context = rows.measurements.length > 0 ? await scoringContext(db, schoolId, rows.measurements) : null;
  const facts: StudentPeriodFacts[] = [];
  for (const period of periods) {
    const byStudent = new Map<string, { classId: string; started: boolean; completed: boolean; before: boolean | null; after: boolean | null }>();
    const entry = (studentId: string, classId: string) => {
      let found = byStudent.get(studentId);
      if (!found) byStudent.set(studentId, (found = { classId, started: false, completed: false, before: null, after: null }));
      return found;
    };
    for (const row of rows.reached) {
      if (!period.plannings(row)) continue;
      const found = entry(row.studentId, row.classId);
      found.started = true;
      if (row.completedAt) found.completed = true;
    }
    const inPeriod = rows.measurements.filter((row) => period.measurements(row.measuredAt));
    if (context && inPeriod.length > 0) {
      for (const student of scoreMeasurements({ rows: inPeriod, pairing: null, context }, false)) {
        const found = entry(student.studentId, student.classId);
        found.before = student.measurements.before?.kansrijk ?? null;
        found.after = student.measurements.after?.kansrijk ?? null;
      }
    }
    for (const [studentId, found] of byStudent) facts.push({ studentId, period: period.key, ...found });
  }
  return facts;
}

async function studentRows(db: Db, schoolId: string, studentIds: readonly string[]): Promise<StudentRows> {
  const ids = [...studentIds];
  const reached = await db
      .select({ studentId: scheduleStudents.studentId, classId: students.classId, scheduleId: scheduleStudents.scheduleId, startsOn: schedules.startsOn, completedAt: scheduleStudents.completedAt })
      .from(scheduleStudents)
      .innerJoin(schedules, eq(schedules.id, scheduleStudents.scheduleId))
      .innerJoin(students, eq(students.id, scheduleStudents.studentId))
      .where(and(eq(scheduleStudents.schoolId, schoolId), inArray(scheduleStudents.studentId, ids)));
  const measurements = await db.select(keuzemetingColumns).from(keuzemetingen).innerJoin(students, eq(students.id, keuzemetingen.studentId)).where(and(eq(keuzemetingen.schoolId, schoolId), inArray(keuzemetingen.studentId, ids)));
  return { reached, measurements };
}

/**
 * Per class: the students who started / completed one of these plannings, and the kansrijk pairs of
 * the keuzemetingen measured between from and to (school dates, inclusive) — for a custom date
 * range, which no rollup covers. Reads only the rows in range: a month costs far less than a year.
 */
export async function classFactsLive(db: Db, schoolId: string, classIds: readonly string[], scheduleIds: readonly string[], range: { from?: string; to?: string }): Promise<ClassFacts[]> {
  if (classIds.length === 0) return [];
  const inClasses = inArray(students.classId, [...classIds]);
  const schoolDate = sql`(${keuzemetingen.measuredAt} at time zone 'Europe/Amsterdam')::date`;
  const reached = scheduleIds.length
    ? await db
        .select({ studentId: scheduleStudents.studentId, classId: students.classId, scheduleId: scheduleStudents.scheduleId, startsOn: sql<string>`''`, completedAt: scheduleStudents.completedAt })
        .from(scheduleStudents)
        .innerJoin(students, eq(students.id, scheduleStudents.studentId))
        .where(and(anyId(scheduleStudents.scheduleId, scheduleIds), inClasses))
    : [];
  const measurements = await db
    .select(keuzemetingColumns)
    .from(keuzemetingen)
    .innerJoin(students, eq(students.id, keuzemetingen.studentId))
    .where(and(eq(keuzemetingen.schoolId, schoolId), inClasses, range.from ? sql`${schoolDate} >= ${range.from}::date` : undefined, range.to ? sql`${schoolDate} <= ${range.to}::date` : undefined));
  const facts = await studentPeriodFacts(db, schoolId, { reached, measurements }, [{ key: 'range', plannings: () => true, measurements: () => true }]);
  return classFactsOf(facts);
}

function classFactsOf(facts: readonly Pick<StudentPeriodFacts, 'classId' | 'started' | 'completed' | 'before' | 'after'>[]): ClassFacts[] {
  const byClass = new Map<string, { classId: string; reached: number; completed: number; pairs: PairTable }>();
  for (const fact of facts) {
    let entry = byClass.get(fact.classId);
    if (!entry) byClass.set(fact.classId, (entry = { classId: fact.classId, reached: 0, completed: 0, pairs: emptyPairs() }));
    if (fact.started) entry.reached += 1;
    if (fact.completed) entry.completed += 1;
    if (fact.before !== null && fact.after !== null) entry.pairs[pairCell(fact.before, fact.after)] += 1;
  }
  return [...byClass.values()];
}

// ------------------------------------------------------------------ stale marks and refresh

/** Marks plannings and students whose derived rows changed (call in the transaction that changed them). */
export async function markStale(client: pg.PoolClient | pg.Pool, schoolId: string, kind: 'planning' | 'student', ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query(`insert into rollups_stale (kind, id, school_id) select $1, id, $3 from unnest($2::uuid[]) as id on conflict do nothing`, [kind, [...new Set(ids)], schoolId]);
}

/** Recomputes the stale rollups of a school (nothing to do most of the time). Returns how many plannings and students it recomputed. */
export async function refreshRollups(db: Db, schoolId: string): Promise<{ plannings: number; students: number }> {
  const [waiting] = await db.select({ n: sql<number>`count(*)::int` }).from(rollupsStale).where(eq(rollupsStale.schoolId, schoolId));
  if (!waiting || Number(waiting.n) === 0) return { plannings: 0, students: 0 };
  return db.transaction(async (tx) => {
    // Taking the marks locks them: a concurrent refresh waits here and then finds nothing left, and
    // ingestion marking the same planning again waits until this transaction has read its rows.
    const stale = await tx.delete(rollupsStale).where(eq(rollupsStale.schoolId, schoolId)).returning({ kind: rollupsStale.kind, id: rollupsStale.id });
    const planningIds = stale.filter((mark) => mark.kind === 'planning').map((mark) => mark.id);
    const studentIds = stale.filter((mark) => mark.kind === 'student').map((mark) => mark.id);
    const txDb = tx as unknown as Db;
    for (let start = 0; start < planningIds.length; start += 500) await writePlanningRollups(txDb, schoolId, planningIds.slice(start, start + 500));
    if (planningIds.length > 0) await writeModuleRollups(txDb, schoolId);
    for (let start = 0; start < studentIds.length; start += 2000) await writeStudentRollups(txDb, schoolId, studentIds.slice(start, start + 2000));
    return { plannings: planningIds.length, students: studentIds.length };
  });
}

async function writePlanningRollups(db: Db, schoolId: string, ids: readonly string[]): Promise<void> {
  const existing = await db.select({ id: schedules.id }).from(schedules).where(and(eq(schedules.schoolId, schoolId), inArray(schedules.id, [...ids])));
  const scheduleIds = existing.map((row) => row.id);
  await db.delete(planningModuleRollups).where(inArray(planningModuleRollups.scheduleId, [...ids]));
  await db.delete(planningRollups).where(inArray(planningRollups.scheduleId, [...ids]));
  const facts = await planningFacts(db, schoolId, scheduleIds);
  if (facts.length === 0) return;
  await db.insert(planningRollups).values(facts.map((fact) => ({ scheduleId: fact.scheduleId, schoolId, months: fact.months, ratings: fact.ratings, realismSum: fact.realismSum, pairs: fact.pairs })));
  const modules = facts.flatMap((fact) => fact.modules.map((module) => ({ ...module, scheduleId: fact.scheduleId, schoolId })));
  for (let start = 0; start < modules.length; start += 1000) await db.insert(planningModuleRollups).values(modules.slice(start, start + 1000));
}

async function writeStudentRollups(db: Db, schoolId: string, ids: readonly string[]): Promise<void> {
  await db.delete(studentRollups).where(inArray(studentRollups.studentId, [...ids]));
  const rows = await studentRows(db, schoolId, ids);
  const years = new Set([...rows.reached.map((row) => schoolYearOfDay(row.startsOn)), ...rows.measurements.map((row) => schoolYearOf(row.measuredAt))]);
  const periods = [
    { key: ALL_TIME, plannings: () => true, measurements: () => true },
    ...[...years].map((year) => ({
      key: year,
      plannings: (row: { startsOn: string }) => schoolYearOfDay(row.startsOn) === year,
      measurements: (measuredAt: Date) => schoolYearOf(measuredAt) === year,
    })),
  ];
  const facts = await studentPeriodFacts(db, schoolId, rows, periods);
  const values = facts.map((fact) => ({ studentId: fact.studentId, period: fact.period, schoolId, started: fact.started, completed: fact.completed, beforeKansrijk: fact.before, afterKansrijk: fact.after }));
  for (let start = 0; start < values.length; start += 2000) await db.insert(studentRollups).values(values.slice(start, start + 2000));
}

// ------------------------------------------------------------------ reading

/** The stored facts of these plannings, without their modules (refresh first; modules: readModuleTotals). */
export async function readPlanningFacts(db: Db, scheduleIds: readonly string[]): Promise<PlanningFacts[]> {
  if (scheduleIds.length === 0) return [];
  const rows = await db
    .select({ scheduleId: planningRollups.scheduleId, months: planningRollups.months, ratings: planningRollups.ratings, realismSum: planningRollups.realismSum, pairs: planningRollups.pairs })
    .from(planningRollups)
    .where(anyId(planningRollups.scheduleId, scheduleIds));
  return rows.map((row) => ({ ...row, modules: [] }));
}

interface ModuleSumRow extends Record<string, unknown> {
  readonly module_id: string;
  readonly module_version: number;
  readonly period: string;
  readonly started: number;
  readonly completed: number;
  readonly ratings: number;
  readonly realism_count: number;
  readonly realism_sum: number;
  readonly learned_count: number;
  readonly learned_yes: number;
}

/** The school year a planning starts in, in SQL (1 August–31 July: shifting the date back seven months gives the start year). */
const startYear = sql`extract(year from s.starts_on - interval '7 months')::int`;

/**
 * Module facts summed by the database over the planning × module rollups that match `where`
 * (aliases r = planning_module_rollups, s = schedules), per module version and per period: "all",
 * or with `byYear` the school year each planning starts in. A few dozen rows come back.
 */
async function sumModuleRollups(db: Db, where: SQL, byYear: boolean): Promise<(ModuleFacts & { period: Period })[]> {
  const period = byYear ? sql`${startYear} || '-' || (${startYear} + 1)` : sql`${ALL_TIME}::text`;
  const sums = await db.execute<ModuleSumRow>(sql`
    select r.module_id, r.module_version, ${period} as period, sum(r.started)::int as started, sum(r.completed)::int as completed,
           sum(r.ratings)::int as ratings, sum(r.realism_count)::int as realism_count, sum(r.realism_sum)::int as realism_sum,
           sum(r.learned_count)::int as learned_count, sum(r.learned_yes)::int as learned_yes
      from planning_module_rollups r join schedules s on s.id = r.schedule_id
     where ${where} group by 1, 2, 3`);
  const histograms = await db.execute<{ module_id: string; module_version: number; period: string; percent: string; n: number }>(sql`
    select r.module_id, r.module_version, ${period} as period, h.key as percent, sum(h.value::int)::int as n
      from planning_module_rollups r join schedules s on s.id = r.schedule_id cross join jsonb_each_text(r.watch_through) h
     where ${where} group by 1, 2, 3, 4`);
  const key = (row: { module_id: string; module_version: number; period: string }) => `${row.module_id}@${row.module_version}@${row.period}`;
  const totals = new Map(
    sums.rows.map((row) => [
      key(row),
      {
        moduleId: row.module_id,
        moduleVersion: Number(row.module_version),
        period: row.period,
        started: Number(row.started),
        completed: Number(row.completed),
        ratings: Number(row.ratings),
        realismCount: Number(row.realism_count),
        realismSum: Number(row.realism_sum),
        learnedCount: Number(row.learned_count),
        learnedYes: Number(row.learned_yes),
        watchThrough: {} as Record<string, number>,
      },
    ]),
  );
  for (const row of histograms.rows) {
    const entry = totals.get(key(row));
    if (entry) entry.watchThrough[row.percent] = Number(row.n);
  }
  return [...totals.values()];
}

/** The school-wide module totals per period, from the planning × module rollups (during a refresh). */
async function writeModuleRollups(db: Db, schoolId: string): Promise<void> {
  await db.delete(moduleRollups).where(eq(moduleRollups.schoolId, schoolId));
  const inSchool = sql`r.school_id = ${schoolId}`;
  const rows = [...(await sumModuleRollups(db, inSchool, false)), ...(await sumModuleRollups(db, inSchool, true))];
  if (rows.length > 0) await db.insert(moduleRollups).values(rows.map((row) => ({ ...row, schoolId })));
}

/**
 * Per module version: its facts summed over the plannings in scope (refresh first). The whole
 * school in a period is one stored row per module; a subset of classes is summed from the
 * planning × module rollups of its plannings.
 */
export async function readModuleTotals(db: Db, schoolId: string, scope: { period: Period } | { scheduleIds: readonly string[] }): Promise<Map<string, ModuleFacts>> {
  const rows =
    'period' in scope
      ? await db.select().from(moduleRollups).where(and(eq(moduleRollups.schoolId, schoolId), eq(moduleRollups.period, scope.period)))
      : scope.scheduleIds.length
        ? await sumModuleRollups(db, sql`r.school_id = ${schoolId} and r.schedule_id = any(${`{${scope.scheduleIds.join(',')}}`}::uuid[])`, false)
        : [];
  return new Map(
    rows.map(({ moduleId, moduleVersion, started, completed, ratings, realismCount, realismSum, learnedCount, learnedYes, watchThrough }) => [
      `${moduleId}@${moduleVersion}`,
      { moduleId, moduleVersion, started, completed, ratings, realismCount, realismSum, learnedCount, learnedYes, watchThrough },
    ]),
  );
}

/** Per class (of these): students who started / completed a planned lesson in the period, and the kansrijk pairs (refresh first). */
export async function readClassFacts(db: Db, schoolId: string, period: Period, classIds: readonly string[]): Promise<ClassFacts[]> {
  if (classIds.length === 0) return [];
  const count = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const rows = await db
    .select({
      classId: students.classId,
      reached: count(sql`${studentRollups.started}`),
      completed: count(sql`${studentRollups.completed}`),
      both: count(sql`${studentRollups.beforeKansrijk} and ${studentRollups.afterKansrijk}`),
      beforeOnly: count(sql`${studentRollups.beforeKansrijk} and not ${studentRollups.afterKansrijk}`),
      afterOnly: count(sql`not ${studentRollups.beforeKansrijk} and ${studentRollups.afterKansrijk}`),
      neither: count(sql`not ${studentRollups.beforeKansrijk} and not ${studentRollups.afterKansrijk}`),
    })
    .from(studentRollups)
    .innerJoin(students, eq(students.id, studentRollups.studentId))
    .where(and(eq(studentRollups.schoolId, schoolId), eq(studentRollups.period, period), inArray(students.classId, [...classIds])))
    .groupBy(students.classId);
  return rows.map((row) => ({ classId: row.classId, reached: row.reached, completed: row.completed, pairs: [row.both, row.beforeOnly, row.afterOnly, row.neither] }));
}
