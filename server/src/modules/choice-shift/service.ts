/**
 * Choice shift for a group (class, leerjaar, niveau, lesson, planning, koppeling, date range): read
 * the keuzemetingen in scope, pair them per student, score both with the snapshot of the "voor"
 * moment, and hand them to the pure report builder in contracts.
 */
import { and, asc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import {
  buildChoiceShiftReport,
  type ChoiceShiftReport,
  type ChoiceShiftScope,
  type Keuzemeting,
  type MeasurementPairing,
  type MeasurementPairingInput,
  type Niveau,
  type StudentMeasurements,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, keuzemetingen, lessonVersions, measurementPairings, mentorAssignments, schedules, staffUsers, students } from '../../db/schema';
import { ProblemError } from '../../http/problem';
import { indicatorHistory, opleidingFacts, ruleHistory } from '../prospects/service';
import { ruleAt, scoreFirstChoice, type ScoringContext } from '../prospects/scoring';

export interface Viewer {
  readonly schoolId: string;
  readonly userId: string;
  /** Decaan, beheerder, schoolleiding: the whole school. A mentor: own classes only. */
  readonly schoolWide: boolean;
}

export interface MeasurementRow {
  readonly studentId: string;
  readonly scheduleId: string | null;
  readonly moment: string;
  readonly choices: unknown;
  readonly certainty: number;
  readonly measuredAt: Date;
}

async function ownClassIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ classId: mentorAssignments.classId }).from(mentorAssignments).where(eq(mentorAssignments.staffUserId, userId));
  return rows.map((row) => row.classId);
}

async function findPairing(db: Db, schoolId: string, id: string) {
  const [pairing] = await db.select().from(measurementPairings).where(and(eq(measurementPairings.id, id), eq(measurementPairings.schoolId, schoolId)));
  if (!pairing) throw new ProblemError(404, 'not_found');
  return pairing;
}

/**
 * One "voor" and one "na" per student: the earliest voor, and the latest na after it. With
 * `perPlanning`, one pair per student and planning instead (for figures per lesson or module).
 */
export function pairPerStudent(rows: readonly MeasurementRow[], pairing: { pre: string; post: string } | null, perPlanning = false) {
  const byStudent = new Map<string, { pre: MeasurementRow | null; posts: MeasurementRow[] }>();
  for (const row of rows) {
    const key = perPlanning ? `${row.studentId} ${row.scheduleId}` : row.studentId;
    const entry = byStudent.get(key) ?? { pre: null, posts: [] };
    if (row.moment === 'voor' && (!pairing || row.scheduleId === pairing.pre)) {
      if (!entry.pre || row.measuredAt < entry.pre.measuredAt) entry.pre = row;
    } else if (row.moment === 'na' && (!pairing || row.scheduleId === pairing.post)) {
      entry.posts.push(row);
    }
    byStudent.set(key, entry);
  }
  return [...byStudent.entries()].map(([key, { pre, posts }]) => {
    const studentId = key.split(' ')[0] as string;
    const eligible = pre ? posts.filter((post) => post.measuredAt > pre.measuredAt) : posts;
    const post = eligible.reduce<MeasurementRow | null>((latest, row) => (!latest || row.measuredAt > latest.measuredAt ? row : latest), null);
    return { studentId, pre, post };
  });
}

/** One student of a group with the pair scored against the snapshot of its voor-moment. */
export interface ScoredStudent {
  readonly studentId: string;
  readonly classId: string;
  /** The planning of the pair (its voor, else its na); null for measurements outside a planning. */
  readonly scheduleId: string | null;
  readonly measurements: StudentMeasurements;
}

/**
 * The students in scope with their scored pair: the keuzemetingen are read once, paired per student
 * and scored as of each pair's voor-moment. Groups (class, leerjaar, ...) can then be cut in memory.
 */
export async function scoredStudents(db: Db, viewer: Viewer, scope: ChoiceShiftScope, options: { perPlanning?: boolean } = {}): Promise<ScoredStudent[]> {
  return scoreMeasurements(await readMeasurements(db, viewer, scope), options.perPlanning ?? false);
}

export interface Measurements {
  readonly rows: readonly (MeasurementRow & { readonly classId: string })[];
  readonly pairing: { pre: string; post: string } | null;
  readonly context: ScoringContext;
}

/** The keuzemetingen in scope and what scoring them needs. */
async function readMeasurements(db: Db, viewer: Viewer, scope: ChoiceShiftScope): Promise<Measurements> {
  const conditions: SQL[] = [eq(keuzemetingen.schoolId, viewer.schoolId)];
  if (!viewer.schoolWide) {
    const own = await ownClassIds(db, viewer.userId);
    if (scope.classId && !own.includes(scope.classId)) throw new ProblemError(403, 'forbidden');
    conditions.push(own.length ? inArray(students.classId, own) : sql`false`);
  }
  let pairing: { pre: string; post: string } | null = null;
  if (scope.pairingId) {
    const found = await findPairing(db, viewer.schoolId, scope.pairingId);
    pairing = { pre: found.preScheduleId, post: found.postScheduleId };
    conditions.push(inArray(keuzemetingen.scheduleId, [pairing.pre, pairing.post]));
  }
  if (scope.classId) conditions.push(eq(students.classId, scope.classId));
  if (scope.leerjaar !== undefined) conditions.push(eq(classes.leerjaar, scope.leerjaar));
  if (scope.niveau) conditions.push(eq(classes.niveau, scope.niveau as Niveau));
  if (scope.scheduleId) conditions.push(eq(keuzemetingen.scheduleId, scope.scheduleId));
  if (scope.lessonId) conditions.push(eq(schedules.lessonId, scope.lessonId));
  // Dates are school dates (Europe/Amsterdam), inclusive.
  if (scope.from) conditions.push(gte(sql`(${keuzemetingen.measuredAt} at time zone 'Europe/Amsterdam')::date`, sql`${scope.from}::date`));
  if (scope.to) conditions.push(lte(sql`(${keuzemetingen.measuredAt} at time zone 'Europe/Amsterdam')::date`, sql`${scope.to}::date`));

  const rows = await db
    .select({
      studentId: keuzemetingen.studentId,
      classId: students.classId,
      scheduleId: keuzemetingen.scheduleId,
      moment: keuzemetingen.moment,
      choices: keuzemetingen.choices,
      certainty: keuzemetingen.certainty,
      measuredAt: keuzemetingen.measuredAt,
    })
    .from(keuzemetingen)
    .innerJoin(students, eq(students.id, keuzemetingen.studentId))
    .innerJoin(classes, eq(classes.id, students.classId))
    .leftJoin(schedules, eq(schedules.id, keuzemetingen.scheduleId))
    .where(and(...conditions));

  return { rows, pairing, context: await scoringContext(db, viewer.schoolId, rows) };
}

/** The indicator and rule history of the school and the facts of the opleidingen chosen in these rows. */
export async function scoringContext(db: Db, schoolId: string, rows: readonly MeasurementRow[]): Promise<ScoringContext> {
  const opleidingIds = new Set<string>();
  for (const row of rows) {
    const choice = firstChoice(row);
    if (choice?.kind === 'opleiding' && choice.opleidingId) opleidingIds.add(choice.opleidingId);
  }
  return {
    indicators: await indicatorHistory(db, schoolId),
    rules: await ruleHistory(db, schoolId),
    opleidingen: await opleidingFacts(db, [...opleidingIds]),
    schoolRegion: null,
  };
}

const firstChoice = (row: MeasurementRow) => (row.choices as Keuzemeting['choices'])[0];

/** Pairs the measurements per student (or per student and planning) and scores each pair as of its voor-moment. */
export function scoreMeasurements({ rows, pairing, context }: Measurements, perPlanning: boolean): ScoredStudent[] {
  const classOf = new Map(rows.map((row) => [row.studentId, row.classId]));
  const pairs = pairPerStudent(rows, pairing, perPlanning);
  return pairs.map(({ studentId, pre, post }) => {
    // Both measurements are scored with the snapshot of the "voor" moment (or of the "na" itself when there is none).
    const asOf = pre?.measuredAt ?? post?.measuredAt ?? new Date();
    const rule = ruleAt(context.rules, asOf);
    const score = (row: MeasurementRow | null) => {
      if (!row) return null;
      const scored = scoreFirstChoice(context, firstChoice(row), row.certainty, asOf, rule);
      return { category: scored.category, score: scored.score, kansrijk: scored.kansrijk, certainty: scored.certainty, basis: scored.basis };
    };
    return {
      studentId,
      classId: classOf.get(studentId) ?? '',
      scheduleId: (pre ?? post)?.scheduleId ?? null,
      measurements: { before: score(pre), after: score(post), rule },
    };
  });
}

export async function choiceShift(db: Db, viewer: Viewer, scope: ChoiceShiftScope): Promise<ChoiceShiftReport> {
  const scored = await scoredStudents(db, viewer, scope);
  return buildChoiceShiftReport({
    scope,
    label: await scopeLabel(db, viewer, scope),
    wording: scope.scheduleId || scope.lessonId ? 'les' : 'meting',
    students: scored.map((student) => student.measurements),
  });
}

async function scopeLabel(db: Db, viewer: Viewer, scope: ChoiceShiftScope): Promise<{ nl: string; en: string }> {
  const schoolId = viewer.schoolId;
  const parts: { nl: string; en: string }[] = [];
  if (scope.classId) {
    const [found] = await db.select({ name: classes.name }).from(classes).where(and(eq(classes.id, scope.classId), eq(classes.schoolId, schoolId)));
    if (!found) throw new ProblemError(404, 'not_found');
    parts.push({ nl: `klas ${found.name}`, en: `class ${found.name}` });
  }
  if (scope.leerjaar !== undefined) parts.push({ nl: `leerjaar ${scope.leerjaar}`, en: `year ${scope.leerjaar}` });
  if (scope.niveau) parts.push({ nl: scope.niveau, en: scope.niveau });
  if (scope.scheduleId || scope.lessonId) {
    const [found] = await db
      .select({ title: lessonVersions.title })
      .from(schedules)
      .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)))
      .where(and(eq(schedules.schoolId, schoolId), scope.scheduleId ? eq(schedules.id, scope.scheduleId) : eq(schedules.lessonId, scope.lessonId!)))
      .limit(1);
    if (!found) throw new ProblemError(404, 'not_found');
    parts.push({ nl: `les "${found.title}"`, en: `lesson "${found.title}"` });
  }
  if (scope.pairingId) {
    const pairing = await findPairing(db, schoolId, scope.pairingId);
    parts.push({ nl: `koppeling "${pairing.name}"`, en: `linked measurements "${pairing.name}"` });
  }
  if (scope.from || scope.to) parts.push({ nl: `${scope.from ?? '…'} t/m ${scope.to ?? '…'}`, en: `${scope.from ?? '…'} to ${scope.to ?? '…'}` });
  if (!viewer.schoolWide && !scope.classId) parts.unshift({ nl: 'jouw klassen', en: 'your classes' });
  if (parts.length === 0) return { nl: 'hele school', en: 'whole school' };
  return { nl: parts.map((part) => part.nl).join(', '), en: parts.map((part) => part.en).join(', ') };
}

async function scheduleInfo(db: Db, schoolId: string, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, { scheduleId: string; lessonTitle: string; classNames: string[]; startsOn: string; classId: string }>();
  const rows = await db
    .select({ scheduleId: schedules.id, lessonTitle: lessonVersions.title, className: classes.name, classId: schedules.classId, startsOn: schedules.startsOn })
    .from(schedules)
    .innerJoin(classes, eq(classes.id, schedules.classId))
    .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)))
    .where(and(eq(schedules.schoolId, schoolId), inArray(schedules.id, [...ids])));
  return new Map(rows.map((row) => [row.scheduleId, { scheduleId: row.scheduleId, lessonTitle: row.lessonTitle, classNames: [row.className], startsOn: row.startsOn, classId: row.classId }]));
}

const planningRef = (info: { scheduleId: string; lessonTitle: string; classNames: string[]; startsOn: string }): MeasurementPairing['pre'] => ({
  scheduleId: info.scheduleId,
  lessonTitle: info.lessonTitle,
  classNames: info.classNames,
  startsOn: info.startsOn,
});

export async function listPairings(db: Db, viewer: Viewer): Promise<MeasurementPairing[]> {
  const rows = await db
    .select({ pairing: measurementPairings, by: staffUsers.displayName })
    .from(measurementPairings)
    .leftJoin(staffUsers, eq(staffUsers.id, measurementPairings.createdBy))
    .where(eq(measurementPairings.schoolId, viewer.schoolId))
    .orderBy(asc(measurementPairings.createdAt));
  const info = await scheduleInfo(db, viewer.schoolId, rows.flatMap(({ pairing }) => [pairing.preScheduleId, pairing.postScheduleId]));
  const own = viewer.schoolWide ? null : new Set(await ownClassIds(db, viewer.userId));
  return rows.flatMap(({ pairing, by }) => {
    const pre = info.get(pairing.preScheduleId);
    const post = info.get(pairing.postScheduleId);
    if (!pre || !post || (own && !own.has(pre.classId))) return [];
    return [{ id: pairing.id, name: pairing.name, pre: planningRef(pre), post: planningRef(post), createdBy: by ?? '—', createdAt: pairing.createdAt.toISOString() }];
  });
}

export async function createPairing(db: Db, viewer: Viewer, input: MeasurementPairingInput): Promise<MeasurementPairing> {
  const info = await scheduleInfo(db, viewer.schoolId, [input.preScheduleId, input.postScheduleId]);
  const pre = info.get(input.preScheduleId);
  const post = info.get(input.postScheduleId);
  const fail = (field: string, nl: string, en: string) => new ProblemError(400, 'validation', { errors: [{ field, message: { nl, en } }] });
  if (!pre) throw fail('/preScheduleId', 'Deze planning bestaat niet (meer).', 'This planning does not exist.');
  if (!post) throw fail('/postScheduleId', 'Deze planning bestaat niet (meer).', 'This planning does not exist.');
  if (input.preScheduleId === input.postScheduleId) throw fail('/postScheduleId', 'Kies voor "achteraf" een andere planning dan voor "vooraf".', 'Choose a different planning for "after".');
  if (pre.classId !== post.classId) throw fail('/postScheduleId', 'Beide plannings moeten voor dezelfde klas zijn.', 'Both plannings must be for the same class.');
  if (post.startsOn < pre.startsOn) throw fail('/postScheduleId', 'De planning "achteraf" begint vóór de planning "vooraf".', 'The "after" planning starts before the "before" planning.');
  const [row] = await db
    .insert(measurementPairings)
    .values({ schoolId: viewer.schoolId, name: input.name.trim(), preScheduleId: input.preScheduleId, postScheduleId: input.postScheduleId, createdBy: viewer.userId })
    .returning();
  const [by] = await db.select({ name: staffUsers.displayName }).from(staffUsers).where(eq(staffUsers.id, viewer.userId));
  return { id: row!.id, name: row!.name, pre: planningRef(pre), post: planningRef(post), createdBy: by?.name ?? '—', createdAt: row!.createdAt.toISOString() };
}

export async function deletePairing(db: Db, schoolId: string, id: string): Promise<void> {
  const deleted = await db.delete(measurementPairings).where(and(eq(measurementPairings.id, id), eq(measurementPairings.schoolId, schoolId))).returning({ id: measurementPairings.id });
  if (deleted.length === 0) throw new ProblemError(404, 'not_found');
}
