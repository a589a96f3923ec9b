import { randomInt } from 'node:crypto';
import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { CreateSchedulesRequest, ScheduleSummary } from '@koers/contracts';
import type { Db } from '../../db/index';
import { classes, lessonVersions, mentorAssignments, schedules } from '../../db/schema';
import { fieldProblem, ProblemError } from '../../http/problem';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Codes avoid look-alikes (0/O, 1/I/L): students type them from the board. */
export const SCHEDULE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;

export function newScheduleCode(random: (max: number) => number = randomInt): string {
  return Array.from({ length: CODE_LENGTH }, () => SCHEDULE_CODE_ALPHABET[random(SCHEDULE_CODE_ALPHABET.length)]).join('');
}

/** Today's date at the school (Europe/Amsterdam), as yyyy-mm-dd. */
export function schoolToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function scheduleStatus(startsOn: string, endsOn: string, today: string): ScheduleSummary['status'] {
  if (today < startsOn) return 'upcoming';
  return today > endsOn ? 'past' : 'open';
}

export interface ScheduleScope {
  readonly schoolId: string;
  /** A mentor's own classes only; null for roles that see the whole school. */
  readonly mentorId: string | null;
}

export type When = 'upcoming' | 'past' | 'all';

function select(db: Db) {
  return db
    .select({
      id: schedules.id,
      lessonId: schedules.lessonId,
      lessonTitle: lessonVersions.title,
      lessonVersion: schedules.lessonVersion,
      classId: schedules.classId,
      className: classes.name,
      startsOn: schedules.startsOn,
      endsOn: schedules.endsOn,
      code: schedules.code,
    })
    .from(schedules)
    .innerJoin(classes, eq(classes.id, schedules.classId))
    .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)));
}

type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

function toSummary(row: Row, today: string): ScheduleSummary {
  return { ...row, studentPath: `/leerling/les/${row.code}`, status: scheduleStatus(row.startsOn, row.endsOn, today) };
}

async function ownClassIds(db: Db, mentorId: string): Promise<string[]> {
  const rows = await db.select({ classId: mentorAssignments.classId }).from(mentorAssignments).where(eq(mentorAssignments.staffUserId, mentorId));
  return rows.map((row) => row.classId);
}

export async function listSchedules(db: Db, scope: ScheduleScope, options: { when: When; classId?: string }): Promise<ScheduleSummary[]> {
  const today = schoolToday();
  const conditions: SQL[] = [eq(schedules.schoolId, scope.schoolId)];
  if (scope.mentorId) {
    const own = await ownClassIds(db, scope.mentorId);
    if (options.classId && !own.includes(options.classId)) throw new ProblemError(403, 'forbidden');
    if (own.length === 0) return [];
    conditions.push(inArray(schedules.classId, own));
  }
  if (options.classId) conditions.push(eq(schedules.classId, options.classId));
  if (options.when === 'upcoming') conditions.push(gte(schedules.endsOn, today));
  if (options.when === 'past') conditions.push(lt(schedules.endsOn, today));
  const rows = await select(db).where(and(...conditions)).orderBy(asc(schedules.startsOn), asc(classes.name));
  return rows.map((row) => toSummary(row, today));
}

export async function getSchedule(db: Db, scope: ScheduleScope, id: string): Promise<ScheduleSummary> {
  const [row] = await select(db).where(and(eq(schedules.id, id), eq(schedules.schoolId, scope.schoolId)));
  if (!row) throw new ProblemError(404, 'not_found');
  if (scope.mentorId && !(await ownClassIds(db, scope.mentorId)).includes(row.classId)) throw new ProblemError(403, 'forbidden');
  return toSummary(row, schoolToday());
}

const MAX_WINDOW_DAYS = 366;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** Plans the lesson version for every class in one transaction: all classes or none. */
export async function createSchedules(db: Db, schoolId: string, createdBy: string, request: CreateSchedulesRequest): Promise<string[]> {
  if (request.endsOn < request.startsOn) throw fieldProblem('/endsOn', { nl: 'De einddatum ligt voor de begindatum.', en: 'The end date lies before the start date.' });
  if (days(request.startsOn, request.endsOn) > MAX_WINDOW_DAYS) throw fieldProblem('/endsOn', { nl: 'Een planning duurt hoogstens een jaar.', en: 'A planning window is at most a year.' });
  const classIds = [...new Set(request.classIds)];
  return db.transaction(async (tx) => {
    const [version] = await tx
      .select({ version: lessonVersions.version })
      .from(lessonVersions)
      .where(and(eq(lessonVersions.lessonId, request.lessonId), eq(lessonVersions.version, request.lessonVersion), eq(lessonVersions.schoolId, schoolId)));
    if (!version) throw fieldProblem('/lessonVersion', { nl: 'Deze versie van de les bestaat niet.', en: 'No such lesson version.' });
    const found = await tx.select({ id: classes.id }).from(classes).where(and(eq(classes.schoolId, schoolId), inArray(classes.id, classIds)));
    if (found.length !== classIds.length) throw fieldProblem('/classIds', { nl: 'Een van de klassen bestaat niet.', en: 'One of the classes does not exist.' });
    const codes = await freshCodes(tx, classIds.length);
    const rows = await tx
      .insert(schedules)
      .values(classIds.map((classId, index) => ({ schoolId, lessonId: request.lessonId, lessonVersion: request.lessonVersion, classId, startsOn: request.startsOn, endsOn: request.endsOn, code: codes[index], createdBy })))
      .returning({ id: schedules.id });
    return rows.map((row) => row.id);
  });
}

/** Codes that no planning has yet (the unique index still guards against a race). */
async function freshCodes(db: Db | Tx, count: number): Promise<string[]> {
  const codes = new Set<string>();
  for (let attempt = 0; codes.size < count && attempt < 100; attempt++) {
    const candidates = Array.from({ length: count - codes.size }, () => newScheduleCode()).filter((code) => !codes.has(code));
    const taken = new Set((await db.select({ code: schedules.code }).from(schedules).where(inArray(schedules.code, candidates))).map((row) => row.code));
    for (const code of candidates) if (!taken.has(code)) codes.add(code);
  }
  if (codes.size < count) throw new ProblemError(409, 'conflict');
  return [...codes];
}

/** Only a planning that has not opened yet may be removed: results may already point at it. */
export async function deleteSchedule(db: Db, schoolId: string, id: string): Promise<void> {
  const [row] = await db.select().from(schedules).where(and(eq(schedules.id, id), eq(schedules.schoolId, schoolId)));
  if (!row) throw new ProblemError(404, 'not_found');
  if (scheduleStatus(row.startsOn, row.endsOn, schoolToday()) !== 'upcoming') throw new ProblemError(409, 'conflict');
  await db.delete(schedules).where(eq(schedules.id, id));
}
