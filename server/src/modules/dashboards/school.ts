/**
 * The decaan's school dashboard (issue 7): reach, completion, ratings and choice shift by class,
 * leerjaar and niveau; the module table; the trend per month. Read from the derived tables and the
 * keuzemetingen; every group lists the plannings behind its figures.
 */
import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import {
  MIN_PAIRED_FOR_STATISTICS,
  SMALL_CELL_MAX,
  kansrijkShares,
  type GroupFigures,
  type LessonStep,
  type ModuleFigures,
  type Niveau,
  type SchoolDashboard,
  type ShiftSummary,
  type StudentMeasurements,
  type TrendPoint,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, lessonVersions, moduleRatings, moduleVersions, scheduleStudents, schedules, students, studentStepProgress } from '../../db/schema';
import { scoredStudentsBothWays, type Viewer } from '../choice-shift/service';
import { median } from './planning';

export interface SchoolFilter {
  readonly leerjaar?: number;
  readonly niveau?: Niveau;
  readonly from?: string;
  readonly to?: string;
}

const small = (count: number): number | '<5' => (count >= 1 && count <= SMALL_CELL_MAX ? '<5' : count);

/**
 * The choice shift of a set of pairs in one line; nothing but n under the threshold. The kansrijk
 * figures of buildChoiceShiftReport (kansrijkShares), without the rest of that report (exact tests,
 * transitions, missing-data bounds) that a group line never shows: the school dashboard computes
 * this for every class, leerjaar, niveau and module.
 */
export function shiftSummary(pairs: readonly StudentMeasurements[]): ShiftSummary {
  const paired = pairs.flatMap((pair) => (pair.before && pair.after ? [{ before: pair.before.kansrijk, after: pair.after.kansrijk }] : []));
  const nPaired = paired.length;
  if (nPaired < MIN_PAIRED_FOR_STATISTICS) return { nPaired, before: null, after: null, difference: null, differenceCi: null, suppressed: true };
  const { before, after, difference, differenceCi } = kansrijkShares(paired);
  return { nPaired, before, after, difference, differenceCi, suppressed: false };
}

/** Made once: constructing an Intl.DateTimeFormat costs more than formatting thousands of dates with it. */
const schoolMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });
const monthOf = (date: Date) => schoolMonth.format(date).slice(0, 7);

/** Rows in lists by key, in their order. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export async function schoolDashboard(db: Db, viewer: Viewer, filter: SchoolFilter): Promise<SchoolDashboard> {
  const classConditions: SQL[] = [eq(classes.schoolId, viewer.schoolId)];
  if (filter.leerjaar !== undefined) classConditions.push(eq(classes.leerjaar, filter.leerjaar));
  if (filter.niveau) classConditions.push(eq(classes.niveau, filter.niveau));
  const classRows = await db.select({ id: classes.id, name: classes.name, leerjaar: classes.leerjaar, niveau: classes.niveau }).from(classes).where(and(...classConditions));
  const classIds = classRows.map((row) => row.id);
  const sizes = new Map<string, number>();
  if (classIds.length) {
    const counted = await db
      .select({ classId: students.classId, n: sql<number>`count(*)::int` })
      .from(students)
      .where(and(inArray(students.classId, classIds), isNull(students.archivedAt)))
      .groupBy(students.classId);
    for (const row of counted) sizes.set(row.classId, Number(row.n));
  }

  const scheduleConditions: SQL[] = [eq(schedules.schoolId, viewer.schoolId), classIds.length ? inArray(schedules.classId, classIds) : sql`false`];
  if (filter.from) scheduleConditions.push(gte(schedules.endsOn, filter.from));
  if (filter.to) scheduleConditions.push(lte(schedules.startsOn, filter.to));
  const plannings = await db
    .select({ id: schedules.id, classId: schedules.classId, steps: lessonVersions.steps })
    .from(schedules)
    .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)))
    .where(and(...scheduleConditions));
  const scheduleIds = plannings.map((planning) => planning.id);
  const classOfSchedule = new Map(plannings.map((planning) => [planning.id, planning.classId]));

  // One pair per student for groups of students; one pair per student and planning for modules.
  const scope = { leerjaar: filter.leerjaar, niveau: filter.niveau, from: filter.from, to: filter.to };
  // Independent reads, sent together: on PostgreSQL they run side by side on the pool's connections.
  const [reached, ratings, progress, { perStudent: pairs, perPlanning: pairsPerPlanning }] = await Promise.all([
    scheduleIds.length
      ? db
          .select({ scheduleId: scheduleStudents.scheduleId, studentId: scheduleStudents.studentId, startedAt: scheduleStudents.startedAt, completedAt: scheduleStudents.completedAt })
          .from(scheduleStudents)
          .where(inArray(scheduleStudents.scheduleId, scheduleIds))
      : Promise.resolve([]),
    scheduleIds.length
      ? db
          .select({ scheduleId: moduleRatings.scheduleId, moduleId: moduleRatings.moduleId, moduleVersion: moduleRatings.moduleVersion, realism: moduleRatings.realism, learned: moduleRatings.learned })
          .from(moduleRatings)
          .where(inArray(moduleRatings.scheduleId, scheduleIds))
      : Promise.resolve([]),
    scheduleIds.length
      ? db
          .select({ scheduleId: studentStepProgress.scheduleId, moduleId: studentStepProgress.moduleId, moduleVersion: studentStepProgress.moduleVersion, completedAt: studentStepProgress.completedAt, progress: studentStepProgress.progress })
          .from(studentStepProgress)
          .where(and(inArray(studentStepProgress.scheduleId, scheduleIds), sql`${studentStepProgress.moduleId} is not null`))
      : Promise.resolve([]),
    scoredStudentsBothWays(db, viewer, scope),
  ]);

  // Rows by planning (and by module version), so each group and module reads only its own rows.
  const reachedBySchedule = groupBy(reached, (row) => row.scheduleId);
  const ratedBySchedule = groupBy(ratings.filter((row) => row.realism !== null), (row) => row.scheduleId);
  const group = (key: string, label: GroupFigures['label'], memberClasses: readonly string[]): GroupFigures => {
    const inGroup = new Set(memberClasses);
    const groupSchedules = plannings.filter((planning) => inGroup.has(planning.classId)).map((planning) => planning.id);
    const groupReached = groupSchedules.flatMap((id) => reachedBySchedule.get(id) ?? []);
    const groupRatings = groupSchedules.flatMap((id) => ratedBySchedule.get(id) ?? []);
    return {
      key,
      label,
      students: memberClasses.reduce((sum, id) => sum + (sizes.get(id) ?? 0), 0),
      scheduleIds: groupSchedules,
      reached: small(new Set(groupReached.map((row) => row.studentId)).size),
      completed: small(new Set(groupReached.filter((row) => row.completedAt !== null).map((row) => row.studentId)).size),
      ratings: groupRatings.length,
      realismMean: groupRatings.length ? groupRatings.reduce((sum, row) => sum + (row.realism as number), 0) / groupRatings.length : null,
      shift: shiftSummary(pairs.filter((pair) => inGroup.has(pair.classId)).map((pair) => pair.measurements)),
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
  for (const planning of plannings) {
    for (const step of planning.steps as LessonStep[]) {
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
        .where(or(...entries.map((entry) => and(eq(moduleVersions.moduleId, entry.moduleId), eq(moduleVersions.version, entry.moduleVersion)))))
    : [];
  const titles = new Map(titleRows.map((row) => [`${row.moduleId}@${row.version}`, row.title]));
  const moduleKey = (row: { moduleId: string | null; moduleVersion: number | null }) => `${row.moduleId}@${row.moduleVersion}`;
  const progressByModule = groupBy(progress, moduleKey);
  const ratingsByModule = groupBy(ratings, moduleKey);
  const modules: ModuleFigures[] = [...moduleSchedules.entries()].map(([key, entry]) => {
    const rows = (progressByModule.get(key) ?? []).filter((row) => entry.scheduleIds.has(row.scheduleId));
    const moduleRatingRows = (ratingsByModule.get(key) ?? []).filter((row) => entry.scheduleIds.has(row.scheduleId));
    const realism = moduleRatingRows.filter((row) => row.realism !== null).map((row) => row.realism as number);
    const learned = moduleRatingRows.filter((row) => row.learned !== null);
    return {
      moduleId: entry.moduleId,
      moduleVersion: entry.moduleVersion,
      title: titles.get(key) ?? '—',
      type: entry.type,
      scheduleIds: [...entry.scheduleIds],
      started: rows.length,
      completed: rows.filter((row) => row.completedAt !== null).length,
      medianWatchThrough: entry.type === 'video' ? median(rows.map((row) => row.progress)) : null,
      ratings: moduleRatingRows.length,
      realismMean: realism.length ? realism.reduce((sum, value) => sum + value, 0) / realism.length : null,
      learnedYesShare: learned.length ? learned.filter((row) => row.learned === 'ja').length / learned.length : null,
      shift: shiftSummary(pairsPerPlanning.filter((pair) => pair.scheduleId !== null && entry.scheduleIds.has(pair.scheduleId)).map((pair) => pair.measurements)),
    };
  });
  modules.sort((x, y) => y.started - x.started || x.title.localeCompare(y.title));

  // Trend: students starting / completing a planned lesson, and pairs, per school month.
  const months = new Map<string, { started: number; completed: number; paired: number }>();
  const bump = (month: string, field: 'started' | 'completed' | 'paired') => {
    const entry = months.get(month) ?? { started: 0, completed: 0, paired: 0 };
    entry[field] += 1;
    months.set(month, entry);
  };
  for (const row of reached) {
    if (!classOfSchedule.has(row.scheduleId)) continue;
    bump(monthOf(row.startedAt), 'started');
    if (row.completedAt) bump(monthOf(row.completedAt), 'completed');
  }
  const pairMonths = await pairStartMonths(db, viewer.schoolId, pairsPerPlanning.filter((pair) => pair.measurements.before && pair.measurements.after).map((pair) => pair.scheduleId));
  for (const month of pairMonths) bump(month, 'paired');
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

/** The month of each paired planning's start (a pair counts in the month its lesson began). */
async function pairStartMonths(db: Db, schoolId: string, scheduleIds: readonly (string | null)[]): Promise<string[]> {
  const ids = [...new Set(scheduleIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return [];
  const rows = await db.select({ id: schedules.id, startsOn: schedules.startsOn }).from(schedules).where(and(eq(schedules.schoolId, schoolId), inArray(schedules.id, ids)));
  const startOf = new Map(rows.map((row) => [row.id, row.startsOn.slice(0, 7)]));
  return scheduleIds.flatMap((id) => (id && startOf.has(id) ? [startOf.get(id) as string] : []));
}
