import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { STEP_MINUTES, type LessonDetail, type LessonStep, type LessonStepView, type LessonSummary, type SaveLessonRequest } from '@koers/contracts';
import type { Db } from '../../db/index';
import { lessonVersions, lessons, moduleVersions, modules, schedules } from '../../db/schema';
import { fieldProblem, ProblemError } from '../../http/problem';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type VersionRow = typeof lessonVersions.$inferSelect;

const STEP_TITLES = { 'keuzemeting-voor': 'Keuzemeting vooraf', 'keuzemeting-na': 'Keuzemeting achteraf' } as const;

interface ModuleInfo {
  readonly type: 'video' | 'game';
  readonly title: string;
  readonly durationSeconds: number;
  readonly status: 'draft' | 'published';
}

/** Title, type and duration of every module version the steps refer to (of this school only). */
export async function moduleInfo(db: Db | Tx, schoolId: string, steps: readonly LessonStep[]): Promise<Map<string, ModuleInfo>> {
  const ids = [...new Set(steps.flatMap((step) => ('moduleId' in step ? [step.moduleId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: moduleVersions.moduleId, version: moduleVersions.version, type: modules.type, title: moduleVersions.title, durationSeconds: moduleVersions.durationSeconds, status: moduleVersions.status })
    .from(moduleVersions)
    .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
    .where(and(eq(moduleVersions.schoolId, schoolId), inArray(moduleVersions.moduleId, ids)));
  return new Map(rows.map((row) => [`${row.id}@${row.version}`, row]));
}

export function stepView(step: LessonStep, info: ReadonlyMap<string, ModuleInfo>): LessonStepView {
  switch (step.type) {
    case 'keuzemeting-voor':
    case 'keuzemeting-na':
      return { ...step, title: STEP_TITLES[step.type], minutes: STEP_MINUTES[step.type] };
    case 'reflectie':
      return { ...step, title: step.question, minutes: STEP_MINUTES.reflectie };
    default: {
      const module = info.get(`${step.moduleId}@${step.moduleVersion}`);
      return { ...step, title: module?.title ?? '', minutes: Math.ceil((module?.durationSeconds ?? 0) / 60) };
    }
  }
}

/** Rules the JSON schema cannot express: a module step, unique ids, published modules of this school. */
async function checkSteps(db: Db | Tx, schoolId: string, steps: readonly LessonStep[]): Promise<void> {
  if (!steps.some((step) => step.type === 'video' || step.type === 'game')) {
    throw fieldProblem('/steps', { nl: 'Een les heeft minstens één video of game nodig.', en: 'A lesson needs at least one video or game.' });
  }
  const ids = steps.map((step) => step.id);
  if (new Set(ids).size !== ids.length) throw fieldProblem('/steps', { nl: 'Twee stappen hebben hetzelfde id.', en: 'Two steps have the same id.' });
  const info = await moduleInfo(db, schoolId, steps);
  steps.forEach((step, index) => {
    if (step.type !== 'video' && step.type !== 'game') return;
    const module = info.get(`${step.moduleId}@${step.moduleVersion}`);
    if (!module || module.type !== step.type) throw fieldProblem(`/steps/${index}/moduleId`, { nl: 'Deze module (of versie) bestaat niet.', en: 'No such module version.' });
    if (module.status !== 'published') {
      throw fieldProblem(`/steps/${index}/moduleVersion`, { nl: 'Alleen gepubliceerde modules kunnen in een les.', en: 'Only published modules can be used in a lesson.' });
    }
  });
}

async function scheduledVersions(db: Db | Tx, lessonIds: readonly string[]) {
  if (lessonIds.length === 0) return [];
  return db
    .selectDistinct({ lessonId: schedules.lessonId, version: schedules.lessonVersion })
    .from(schedules)
    .where(inArray(schedules.lessonId, [...lessonIds]));
}

function summary(version: VersionRow, views: readonly LessonStepView[], scheduleCount: number): LessonSummary {
  return {
    id: version.lessonId,
    title: version.title,
    version: version.version,
    lengthMinutes: version.lengthMinutes as LessonSummary['lengthMinutes'],
    totalMinutes: views.reduce((total, step) => total + step.minutes, 0),
    stepCount: views.length,
    scheduleCount,
    updatedAt: version.createdAt.toISOString(),
  };
}

export async function listLessons(db: Db, schoolId: string): Promise<LessonSummary[]> {
  const rows = await db.select().from(lessonVersions).where(eq(lessonVersions.schoolId, schoolId)).orderBy(lessonVersions.lessonId, desc(lessonVersions.version));
  const latest = rows.filter((row, index) => index === 0 || rows[index - 1].lessonId !== row.lessonId);
  const info = await moduleInfo(db, schoolId, latest.flatMap((row) => row.steps));
  const counts = await db
    .select({ lessonId: schedules.lessonId, count: sql<number>`count(*)::int` })
    .from(schedules)
    .where(eq(schedules.schoolId, schoolId))
    .groupBy(schedules.lessonId);
  const countOf = new Map(counts.map((row) => [row.lessonId, row.count]));
  return latest
    .map((row) => summary(row, row.steps.map((step) => stepView(step, info)), countOf.get(row.lessonId) ?? 0))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

export async function getLesson(db: Db | Tx, schoolId: string, lessonId: string, version?: number): Promise<LessonDetail> {
  const versions = await db
    .select()
    .from(lessonVersions)
    .where(and(eq(lessonVersions.lessonId, lessonId), eq(lessonVersions.schoolId, schoolId)))
    .orderBy(desc(lessonVersions.version));
  const chosen = version === undefined ? versions[0] : versions.find((row) => row.version === version);
  if (!chosen) throw new ProblemError(404, 'not_found');
  const scheduled = new Set((await scheduledVersions(db, [lessonId])).map((row) => row.version));
  const [{ count }] = await db.select({ count: sql<number>`count(*)::int` }).from(schedules).where(eq(schedules.lessonId, lessonId));
  const info = await moduleInfo(db, schoolId, chosen.steps);
  const views = chosen.steps.map((step) => stepView(step, info));
  return {
    ...summary(chosen, views, count),
    description: chosen.description,
    steps: views,
    locked: scheduled.has(chosen.version),
    versions: versions.map((row) => ({ version: row.version, createdAt: row.createdAt.toISOString(), scheduled: scheduled.has(row.version) })),
  };
}

/** A step with exactly its own fields (the request may carry others; they are not stored). */
function cleanStep(step: LessonStep): LessonStep {
  switch (step.type) {
    case 'keuzemeting-voor':
    case 'keuzemeting-na':
      return { id: step.id, type: step.type };
    case 'reflectie':
      return { id: step.id, type: step.type, question: step.question.trim(), options: step.options.map((option) => option.trim()) };
    default:
      return { id: step.id, type: step.type, moduleId: step.moduleId, moduleVersion: step.moduleVersion };
  }
}

function versionColumns(request: SaveLessonRequest) {
  return { title: request.title.trim(), description: request.description.trim(), lengthMinutes: request.lengthMinutes, steps: request.steps.map(cleanStep) };
}

export async function createLesson(db: Db, schoolId: string, request: SaveLessonRequest): Promise<string> {
  return db.transaction(async (tx) => {
    await checkSteps(tx, schoolId, request.steps);
    const [lesson] = await tx.insert(lessons).values({ schoolId }).returning({ id: lessons.id });
    await tx.insert(lessonVersions).values({ lessonId: lesson.id, version: 1, schoolId, ...versionColumns(request) });
    return lesson.id;
  });
}

/**
 * Saves the lesson: in place while its latest version is not scheduled; otherwise as version + 1,
 * so classes that were planned keep the version they got. Answers the saved version.
 */
export async function saveLesson(db: Db, schoolId: string, lessonId: string, request: SaveLessonRequest): Promise<number> {
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select()
      .from(lessonVersions)
      .where(and(eq(lessonVersions.lessonId, lessonId), eq(lessonVersions.schoolId, schoolId)))
      .orderBy(desc(lessonVersions.version))
      .limit(1)
      .for('update');
    if (!latest) throw new ProblemError(404, 'not_found');
    await checkSteps(tx, schoolId, request.steps);
    const scheduled = (await scheduledVersions(tx, [lessonId])).some((row) => row.version === latest.version);
    if (!scheduled) {
      await tx
        .update(lessonVersions)
        .set({ ...versionColumns(request), createdAt: new Date() })
        .where(and(eq(lessonVersions.lessonId, lessonId), eq(lessonVersions.version, latest.version)));
      return latest.version;
    }
    await tx.insert(lessonVersions).values({ lessonId, version: latest.version + 1, schoolId, ...versionColumns(request) });
    return latest.version + 1;
  });
}

export async function duplicateLesson(db: Db, schoolId: string, lessonId: string): Promise<string> {
  const [source] = await db
    .select()
    .from(lessonVersions)
    .where(and(eq(lessonVersions.lessonId, lessonId), eq(lessonVersions.schoolId, schoolId)))
    .orderBy(desc(lessonVersions.version))
    .limit(1);
  if (!source) throw new ProblemError(404, 'not_found');
  return createLesson(db, schoolId, {
    title: `${source.title} (kopie)`.slice(0, 120),
    description: source.description,
    lengthMinutes: source.lengthMinutes as SaveLessonRequest['lengthMinutes'],
    steps: source.steps,
  });
}

/** Lessons whose latest version (or any scheduled one) plays the module; for "gebruikt in". */
export async function lessonsUsingModule(db: Db | Tx, schoolId: string, moduleId: string) {
  const rows = await db
    .select({ lessonId: lessonVersions.lessonId, title: lessonVersions.title, version: lessonVersions.version })
    .from(lessonVersions)
    .where(and(eq(lessonVersions.schoolId, schoolId), sql`${lessonVersions.steps} @> ${JSON.stringify([{ moduleId }])}::jsonb`))
    .orderBy(lessonVersions.lessonId, desc(lessonVersions.version));
  return rows.filter((row, index) => index === 0 || rows[index - 1].lessonId !== row.lessonId);
}
