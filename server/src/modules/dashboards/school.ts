/**
 * The decaan's school dashboard (issue 7): reach, completion, ratings and choice shift by class,
 * leerjaar and niveau; the module table; the trend per month. Read from the rollups (./rollups.ts):
 * per planning, per planning × module and per class; a custom date range computes the same facts
 * from the derived tables at request time. Every group lists the plannings behind its figures.
 */
import { and, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import {
  MIN_PAIRED_FOR_STATISTICS,
  SMALL_CELL_MAX,
  kansrijkShares,
  schoolYearRange,
  type GroupFigures,
  type LessonStep,
  type ModuleFigures,
  type Niveau,
  type SchoolDashboard,
  type ShiftSummary,
  type TrendPoint,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, lessonVersions, moduleVersions, schedules, students } from '../../db/schema';
import type { Viewer } from '../choice-shift/service';
import {
  ALL_TIME,
  addPairTables,
  classFactsLive,
  histogramMedian,
  readClassFacts,
  readModuleTotals,
  readPlanningFacts,
  refreshRollups,
  type ClassFacts,
  type ModuleFacts,
  type PairTable,
  type PlanningFacts,
} from './rollups';

export interface SchoolFilter {
  readonly leerjaar?: number;
  readonly niveau?: Niveau;
  /** Plannings overlapping these school dates (inclusive); keuzemetingen measured between them. Computed at request time. */
  readonly from?: string;
  readonly to?: string;
  /** Plannings starting in this school year ("2026-2027") and keuzemetingen measured in it: read from the rollups (the year report). */
  readonly schoolYear?: string;
}

const small = (count: number): number | '<5' => (count >= 1 && count <= SMALL_CELL_MAX ? '<5' : count);

/**
 * The choice shift of a group's paired students in one line; nothing but n under the threshold. The
 * kansrijk figures of buildChoiceShiftReport (kansrijkShares), without the rest of that report
 * (exact tests, transitions, missing-data bounds) that a group line never shows.
 */
export function shiftSummary(pairs: PairTable): ShiftSummary {
  const [a, b, c, d] = pairs;
  const nPaired = a + b + c + d;
  if (nPaired < MIN_PAIRED_FOR_STATISTICS) return { nPaired, before: null, after: null, difference: null, differenceCi: null, suppressed: true };
  const { before, after, difference, differenceCi } = kansrijkShares({ a, b, c, d });
  return { nPaired, before, after, difference, differenceCi, suppressed: false };
}

/**
 * `parts: 'groups'` leaves out the module table and the trend (the year report shows neither):
 * `modules` and `trend` are then empty.
 */
export async function schoolDashboard(db: Db, viewer: Viewer, filter: SchoolFilter, parts: 'all' | 'groups' = 'all'): Promise<SchoolDashboard> {
  // A custom date range: the students' reach and pairs are computed at request time (no rollup per range).
  const live = filter.from !== undefined || filter.to !== undefined;
  // Before reading anything: recompute what ingestion marked stale since the last read.
  await refreshRollups(db, viewer.schoolId);

  const classConditions: SQL[] = [eq(classes.schoolId, viewer.schoolId)];
  if (filter.leerjaar !== undefined) classConditions.push(eq(classes.leerjaar, filter.leerjaar));
  if (filter.niveau) classConditions.push(eq(classes.niveau, filter.niveau));
  const classRows = await db.select({ id: classes.id, name: classes.name, leerjaar: classes.leerjaar, niveau: classes.niveau }).from(classes).where(and(...classConditions));
  const classIds = classRows.map((row) => row.id);

  const scheduleConditions: SQL[] = [eq(schedules.schoolId, viewer.schoolId), classIds.length ? inArray(schedules.classId, classIds) : sql`false`];
  if (filter.from) scheduleConditions.push(gte(schedules.endsOn, filter.from));
  if (filter.to) scheduleConditions.push(lte(schedules.startsOn, filter.to));
  const year = filter.schoolYear ? schoolYearRange(filter.schoolYear) : null;
  if (filter.schoolYear && !year) throw new RangeError(`not a school year: ${filter.schoolYear}`);
  if (year) scheduleConditions.push(gte(schedules.startsOn, year.from), lte(schedules.startsOn, year.to));

  // Independent reads, sent together: on PostgreSQL they run side by side on the pool's connections.
  const [sizeRows, plannings] = await Promise.all([
    classIds.length
      ? db
          .select({ classId: students.classId, n: sql<number>`count(*)::int` })
          .from(students)
          .where(and(inArray(students.classId, classIds), isNull(students.archivedAt)))
          .groupBy(students.classId)
      : Promise.resolve([]),
    db
      .select({ id: schedules.id, classId: schedules.classId, startsOn: schedules.startsOn, lessonId: schedules.lessonId, lessonVersion: schedules.lessonVersion })
      .from(schedules)
      .where(and(...scheduleConditions)),
  ]);
  const sizes = new Map(sizeRows.map((row) => [row.classId, Number(row.n)]));
  const scheduleIds = plannings.map((planning) => planning.id);
  // Many plannings share a lesson version: its steps are read once.
  const withModules = parts === 'all';
  const lessonIds = withModules ? [...new Set(plannings.map((planning) => planning.lessonId))] : [];
  const [facts, perClass, versions, moduleTotals] = await Promise.all([
    readPlanningFacts(db, scheduleIds),
    live ? classFactsLive(db, viewer.schoolId, classIds, scheduleIds, filter) : readClassFacts(db, viewer.schoolId, filter.schoolYear ?? ALL_TIME, classIds),
    lessonIds.length
      ? db.select({ lessonId: lessonVersions.lessonId, version: lessonVersions.version, steps: lessonVersions.steps }).from(lessonVersions).where(inArray(lessonVersions.lessonId, lessonIds))
      : Promise.resolve([]),
    withModules
      ? readModuleTotals(db, viewer.schoolId, filter.leerjaar === undefined && !filter.niveau && !live ? { period: filter.schoolYear ?? ALL_TIME } : { scheduleIds })
      : Promise.resolve(new Map<string, ModuleFacts>()),
  ]);
  const stepsOf = new Map(versions.map((row) => [`${row.lessonId}@${row.version}`, row.steps as LessonStep[]]));
  const factsOf = new Map<string, PlanningFacts>(facts.map((fact) => [fact.scheduleId, fact]));
  const classFacts = new Map<string, ClassFacts>(perClass.map((fact) => [fact.classId, fact]));

  const group = (key: string, label: GroupFigures['label'], memberClasses: readonly string[]): GroupFigures => {
    const inGroup = new Set(memberClasses);
    const groupSchedules = plannings.filter((planning) => inGroup.has(planning.classId)).map((planning) => planning.id);
    const groupFacts = groupSchedules.flatMap((id) => factsOf.get(id) ?? []);
    const members = memberClasses.flatMap((id) => classFacts.get(id) ?? []);
    const ratings = groupFacts.reduce((sum, fact) => sum + fact.ratings, 0);
    return {
      key,
      label,
      students: memberClasses.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0),
      scheduleIds: groupSchedules,
      reached: small(members.reduce((sum, fact) => sum + fact.reached, 0)),
      completed: small(members.reduce((sum, fact) => sum + fact.completed, 0)),
      ratings,
      realismMean: ratings ? groupFacts.reduce((sum, fact) => sum + fact.realismSum, 0) / ratings : null,
      shift: shiftSummary(addPairTables(members.map((fact) => fact.pairs))),
    };
  };

  const distinct = <T>(values: readonly T[]) => [...new Set(values)];
  const byClass = [...classRows].sort((x, y) => x.leerjaar - y.leerjaar || x.name.localeCompare(y.name)).map((row) => group(row.id, { nl: row.name, en: row.name }, [row.id]));
  const byLeerjaar = distinct(classRows.map((row) => row.leerjaar))
    .sort((x, y) => x - y)
    .map((leerjaar) => group(`leerjaar-${leerjaar}`, { nl: `leerjaar ${leerjaar}`, en: `year ${leerjaar}` }, classRows.filter((row) => row.leerjaar === leerjaar).map((row) => row.id)));
  const byNiveau = distinct(classRows.map((row) => row.niveau))
    .sort()
    .map((niveau) => group(`niveau-${niveau}`, { nl: niveau, en: niveau }, classRows.filter((row) => row.niveau === niveau).map((row) => row.id)));

  // Modules: every module version in the plannings' lessons.
  const moduleSchedules = new Map<string, { moduleId: string; moduleVersion: number; type: 'video' | 'game'; scheduleIds: Set<string> }>();
  for (const planning of withModules ? plannings : []) {
    for (const step of stepsOf.get(`${planning.lessonId}@${planning.lessonVersion}`) ?? []) {
      if (!('moduleId' in step) || (step.type !== 'video' && step.type !== 'game')) continue;
      const key = `${step.moduleId}@${step.moduleVersion}`;
      const entry = moduleSchedules.get(key) ?? { moduleId: step.moduleId, moduleVersion: step.moduleVersion, type: step.type, scheduleIds: new Set<string>() };
      entry.scheduleIds.add(planning.id);
      moduleSchedules.set(key, entry);
    }
  }
  // One round trip for every module version in the plannings.
  const entries = [...moduleSchedules.values()];
  const titleRows = entries.length
    ? await db
        .select({ moduleId: moduleVersions.moduleId, version: moduleVersions.version, title: moduleVersions.title })
        .from(moduleVersions)
        .where(inArray(moduleVersions.moduleId, [...new Set(entries.map((entry) => entry.moduleId))]))
    : [];
  const titles = new Map(titleRows.map((row) => [`${row.moduleId}@${row.version}`, row.title]));
  const modules: ModuleFigures[] = [...moduleSchedules.entries()].map(([key, entry]) => {
    const inPlannings = [...entry.scheduleIds].flatMap((id) => factsOf.get(id) ?? []);
    const totals = moduleTotals.get(key);
    const sum = (field: 'started' | 'completed' | 'ratings' | 'realismCount' | 'realismSum' | 'learnedCount' | 'learnedYes') => totals?.[field] ?? 0;
    return {
      moduleId: entry.moduleId,
      moduleVersion: entry.moduleVersion,
      title: titles.get(key) ?? '—',
      type: entry.type,
      scheduleIds: [...entry.scheduleIds],
      started: sum('started'),
      completed: sum('completed'),
      medianWatchThrough: entry.type === 'video' && totals ? histogramMedian(totals.watchThrough) : null,
      ratings: sum('ratings'),
      realismMean: sum('realismCount') ? sum('realismSum') / sum('realismCount') : null,
      learnedYesShare: sum('learnedCount') ? sum('learnedYes') / sum('learnedCount') : null,
      shift: shiftSummary(addPairTables(inPlannings.map((fact) => fact.pairs))),
    };
  });
  modules.sort((x, y) => y.started - x.started || x.title.localeCompare(y.title));

  // Trend: students starting / completing a planned lesson per school month, and pairs in the month their lesson began.
  const months = new Map<string, { started: number; completed: number; paired: number }>();
  const at = (month: string) => {
    let entry = months.get(month);
    if (!entry) months.set(month, (entry = { started: 0, completed: 0, paired: 0 }));
    return entry;
  };
  for (const planning of withModules ? plannings : []) {
    const fact = factsOf.get(planning.id);
    if (!fact) continue;
    for (const [month, [started, completed]] of Object.entries(fact.months)) {
      at(month).started += started;
      at(month).completed += completed;
    }
    const paired = fact.pairs.reduce((sum, count) => sum + count, 0);
    if (paired > 0) at(planning.startsOn.slice(0, 7)).paired += paired;
  }
  const trend: TrendPoint[] = [...months.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([month, counts]) => ({ month, ...counts }));

  return {
    school: group('school', { nl: 'hele school', en: 'whole school' }, classRows.map((row) => row.id)),
    byClass,
    byLeerjaar,
    byNiveau,
    modules,
    trend,
  };
}
