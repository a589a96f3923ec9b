import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  buildGameContent,
  type Keuzemeting,
  type LessonLength,
  type LessonStep,
  type PlayableLesson,
  type PlayableStep,
  type StepProgress,
  type StudentLessonSummary,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { lessonVersions, mediaFiles, moduleVersions, modules, schedules } from '../../db/schema';
import { ProblemError } from '../../http/problem';
import { moduleInfo, stepView } from '../lessons/service';
import { mediaUrl } from '../modules/service';
import { scheduleStatus, schoolToday } from '../schedules/service';

type LessonVersionRow = typeof lessonVersions.$inferSelect;

const STATUS_ORDER = { open: 0, upcoming: 1, past: 2 } as const;

/** Completed steps per schedule for one student, from the derived progress table (never from JSON). */
async function completedCounts(db: Db, studentId: string, scheduleIds: readonly string[]): Promise<Map<string, number>> {
  if (scheduleIds.length === 0) return new Map();
  const result = await db.execute<{ schedule_id: string; completed: number }>(sql`
    select schedule_id, count(*)::int as completed
      from student_step_progress
     where student_id = ${studentId} and completed_at is not null
       and schedule_id in (${sql.join(scheduleIds.map((id) => sql`${id}::uuid`), sql`, `)})
     group by schedule_id`);
  return new Map(result.rows.map((row) => [row.schedule_id, row.completed]));
}

/** The lessons planned for the student's class: open first, then upcoming, then past. */
export async function studentLessons(db: Db, student: { schoolId: string; classId: string; studentId: string }): Promise<StudentLessonSummary[]> {
  const rows = await db
    .select({ schedule: schedules, version: lessonVersions })
    .from(schedules)
    .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)))
    .where(and(eq(schedules.schoolId, student.schoolId), eq(schedules.classId, student.classId)))
    .orderBy(asc(schedules.startsOn));
  const today = schoolToday();
  // Minutes exactly as the lesson builder counts them (module durations rounded up per step).
  const info = await moduleInfo(db, student.schoolId, rows.flatMap((row) => row.version.steps));
  const completed = await completedCounts(db, student.studentId, rows.map((row) => row.schedule.id));
  return rows
    .map(({ schedule, version }) => {
      const stepIds = new Set(version.steps.map((step) => step.id));
      return {
        scheduleId: schedule.id,
        code: schedule.code,
        title: version.title,
        startsOn: schedule.startsOn,
        endsOn: schedule.endsOn,
        status: scheduleStatus(schedule.startsOn, schedule.endsOn, today),
        stepCount: stepIds.size,
        completedSteps: Math.min(stepIds.size, completed.get(schedule.id) ?? 0),
        totalMinutes: version.steps.reduce((sum, step) => sum + stepView(step, info).minutes, 0),
      };
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.status === 'past' ? b.startsOn.localeCompare(a.startsOn) : 0));
}

/** Steps with everything the player needs: media URLs of the exact module versions, game content. */
async function playableSteps(db: Db, schoolId: string, steps: readonly LessonStep[]): Promise<PlayableStep[]> {
  const ids = [...new Set(steps.flatMap((step) => ('moduleId' in step ? [step.moduleId] : [])))];
  const versions = ids.length
    ? await db
        .select({ version: moduleVersions, demo: modules.demo })
        .from(moduleVersions)
        .innerJoin(modules, eq(modules.id, moduleVersions.moduleId))
        .where(and(eq(moduleVersions.schoolId, schoolId), inArray(moduleVersions.moduleId, ids)))
    : [];
  const byKey = new Map(versions.map((row) => [`${row.version.moduleId}@${row.version.version}`, row]));
  const mediaIds = versions.flatMap(({ version }) => [version.videoId, version.captionsId, version.thumbnailId]).filter((id): id is string => id !== null);
  const media = mediaIds.length ? await db.select().from(mediaFiles).where(and(eq(mediaFiles.schoolId, schoolId), inArray(mediaFiles.id, mediaIds))) : [];
  const mediaOf = new Map(media.map((file) => [file.id, file]));
  const url = (id: string | null) => {
    const file = id ? mediaOf.get(id) : undefined;
    return file ? mediaUrl(file.storageKey) : null;
  };

  return steps.map((step): PlayableStep => {
    if (!('moduleId' in step)) {
      return step.type === 'reflectie' ? { id: step.id, type: 'reflectie', question: step.question, options: step.options } : { id: step.id, type: step.type };
    }
    const row = byKey.get(`${step.moduleId}@${step.moduleVersion}`);
    // A lesson only refers to published versions of its own school (checked when it is saved).
    if (!row) throw new ProblemError(409, 'lesson_module_missing');
    const { version, demo } = row;
    const base = { moduleId: version.moduleId, moduleVersion: version.version, title: version.title, description: version.description, demo };
    if (step.type === 'game') {
      return {
        id: step.id,
        type: 'game',
        game: { ...base, durationSeconds: version.durationSeconds, game: buildGameContent(version.game ?? { kind: 'kans-of-geen-kans', items: [] }) },
      };
    }
    const videoUrl = url(version.videoId);
    const captionsUrl = url(version.captionsId);
    const videoFile = version.videoId ? mediaOf.get(version.videoId) : undefined;
    if (!videoUrl || !captionsUrl || !videoFile) throw new ProblemError(409, 'lesson_module_missing');
    return {
      id: step.id,
      type: 'video',
      video: {
        ...base,
        videoUrl,
        videoMimeType: videoFile.mimeType as 'video/mp4' | 'video/webm',
        captionsUrl,
        thumbnailUrl: url(version.thumbnailId),
        durationSeconds: version.durationSeconds,
        maker: version.maker,
        source: version.source,
      },
    };
  });
}

async function progressOf(db: Db, studentId: string, scheduleId: string): Promise<StepProgress[]> {
  const result = await db.execute<{ step_id: string; completed: boolean; progress: number; score_scaled: number | null }>(sql`
    select step_id, completed_at is not null as completed, coalesce(progress, 0)::float8 as progress, score_scaled::float8 as score_scaled
      from student_step_progress
     where student_id = ${studentId} and schedule_id = ${scheduleId}::uuid`);
  return result.rows.map((row) => ({
    stepId: row.step_id,
    completed: row.completed,
    progress: Math.max(0, Math.min(1, Number(row.progress))),
    scoreScaled: row.score_scaled === null ? null : Number(row.score_scaled),
  }));
}

/** The latest keuzemeting before and after of this student in this planning. */
async function keuzemetingenOf(db: Db, studentId: string, scheduleId: string): Promise<PlayableLesson['keuzemetingen']> {
  const result = await db.execute<{ moment: 'voor' | 'na'; choices: Keuzemeting['choices']; certainty: Keuzemeting['certainty']; reason: string }>(sql`
    select distinct on (moment) moment, choices, certainty, reason
      from keuzemetingen
     where student_id = ${studentId} and schedule_id = ${scheduleId}::uuid
     order by moment, measured_at desc`);
  const of = (moment: 'voor' | 'na'): Keuzemeting | null => {
    const row = result.rows.find((entry) => entry.moment === moment);
    return row ? { choices: row.choices, certainty: row.certainty, reason: row.reason } : null;
  };
  return { voor: of('voor'), na: of('na') };
}

function playable(version: LessonVersionRow, steps: PlayableStep[], extra: Pick<PlayableLesson, 'scheduleId' | 'code' | 'status' | 'progress' | 'keuzemetingen'>): PlayableLesson {
  return {
    ...extra,
    lessonId: version.lessonId,
    lessonVersion: version.version,
    title: version.title,
    description: version.description,
    lengthMinutes: version.lengthMinutes as LessonLength,
    steps,
  };
}

/**
 * One planned lesson to play, by its code. Students of another class get 403; before the window
 * opens 409 `lesson_not_open` (the student sees when it opens). After it closes it stays playable,
 * so a student who was ill can still catch up.
 */
export async function playableLesson(db: Db, student: { schoolId: string; classId: string; studentId: string }, code: string): Promise<PlayableLesson> {
  const [row] = await db
    .select({ schedule: schedules, version: lessonVersions })
    .from(schedules)
    .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)))
    .where(and(eq(schedules.code, code.toUpperCase()), eq(schedules.schoolId, student.schoolId)));
  if (!row) throw new ProblemError(404, 'not_found');
  if (row.schedule.classId !== student.classId) throw new ProblemError(403, 'lesson_other_class');
  const status = scheduleStatus(row.schedule.startsOn, row.schedule.endsOn, schoolToday());
  if (status === 'upcoming') throw new ProblemError(409, 'lesson_not_open');
  const steps = await playableSteps(db, student.schoolId, row.version.steps);
  return playable(row.version, steps, {
    scheduleId: row.schedule.id,
    code: row.schedule.code,
    status,
    progress: await progressOf(db, student.studentId, row.schedule.id),
    keuzemetingen: await keuzemetingenOf(db, student.studentId, row.schedule.id),
  });
}

/** Staff preview: the lesson exactly as students get it, without a planning and without progress. */
export async function lessonPreview(db: Db, schoolId: string, lessonId: string, version?: number): Promise<PlayableLesson> {
  const rows = await db
    .select()
    .from(lessonVersions)
    .where(and(eq(lessonVersions.lessonId, lessonId), eq(lessonVersions.schoolId, schoolId)))
    .orderBy(sql`${lessonVersions.version} desc`);
  const chosen = version === undefined ? rows[0] : rows.find((row) => row.version === version);
  if (!chosen) throw new ProblemError(404, 'not_found');
  return playable(chosen, await playableSteps(db, schoolId, chosen.steps), { scheduleId: '', code: '', status: 'open', progress: [], keuzemetingen: { voor: null, na: null } });
}
