/**
 * The dashboard of one planned lesson (issue 7): reach, per video watch-through, audience retention
 * and ratings, per game scores, and — for the class's own mentor only — who may need a conversation.
 * Everything is read from the derived tables the statement store keeps up to date at ingestion.
 */
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import {
  ATTENTION_MAX_CERTAINTY,
  type AttentionReason,
  type AttentionStudent,
  type PlanningStudent,
  type GameEngagement,
  type Keuzemeting,
  type LessonStep,
  type PlanningDashboard,
  type VideoEngagement,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { keuzemetingen, lessonVersions, moduleRatings, moduleVersions, scheduleStudents, schedules, students, studentStepProgress, videoSecondViews } from '../../db/schema';
import { isMentorOf } from '../classes/service';
import { getSchedule, type ScheduleScope } from '../schedules/service';

/** Median of a list of numbers; null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Share of viewers still watching at each second: viewers of second s / students who started the video. */
export function retentionCurve(views: readonly { second: number; viewers: number }[], viewers: number, durationSeconds: number): number[] {
  if (viewers === 0) return [];
  const length = Math.max(durationSeconds, ...views.map((view) => view.second + 1), 0);
  const curve = new Array<number>(length).fill(0);
  for (const view of views) if (view.second >= 0 && view.second < length) curve[view.second] = Math.min(1, view.viewers / viewers);
  return curve;
}

export async function planningDashboard(db: Db, scope: ScheduleScope & { userId: string }, scheduleId: string): Promise<PlanningDashboard> {
  const planning = await getSchedule(db, scope, scheduleId);
  const [version] = await db
    .select({ steps: lessonVersions.steps })
    .from(schedules)
    .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)))
    .where(eq(schedules.id, scheduleId));
  const steps: readonly LessonStep[] = version?.steps ?? [];

  const moduleSteps = steps.filter((step): step is Extract<LessonStep, { moduleId: string }> => 'moduleId' in step);

  // Independent reads, sent together: on PostgreSQL they run side by side on the pool's connections.
  const [roster, reached, progress, ratings, views, moduleRows, isOwnMentor] = await Promise.all([
    db
      .select({ id: students.id, displayName: students.displayName })
      .from(students)
      .where(and(eq(students.classId, planning.classId), isNull(students.archivedAt)))
      .orderBy(asc(students.displayName)),
    db
      .select({ studentId: scheduleStudents.studentId, completedAt: scheduleStudents.completedAt })
      .from(scheduleStudents)
      .where(eq(scheduleStudents.scheduleId, scheduleId)),
    db
      .select({
        studentId: studentStepProgress.studentId,
        stepId: studentStepProgress.stepId,
        completedAt: studentStepProgress.completedAt,
        progress: studentStepProgress.progress,
        scoreScaled: studentStepProgress.scoreScaled,
        success: studentStepProgress.success,
      })
      .from(studentStepProgress)
      .where(eq(studentStepProgress.scheduleId, scheduleId)),
    db
      .select({ stepId: moduleRatings.stepId, realism: moduleRatings.realism, learned: moduleRatings.learned, comment: moduleRatings.comment, ratedAt: moduleRatings.ratedAt })
      .from(moduleRatings)
      .where(eq(moduleRatings.scheduleId, scheduleId)),
    db
      .select({ moduleId: videoSecondViews.moduleId, moduleVersion: videoSecondViews.moduleVersion, second: videoSecondViews.second, viewers: videoSecondViews.viewers })
      .from(videoSecondViews)
      .where(eq(videoSecondViews.scheduleId, scheduleId)),
    // One round trip for every module version of the lesson.
    moduleSteps.length
      ? db
          .select({ moduleId: moduleVersions.moduleId, version: moduleVersions.version, title: moduleVersions.title, durationSeconds: moduleVersions.durationSeconds })
          .from(moduleVersions)
          .where(or(...moduleSteps.map((step) => and(eq(moduleVersions.moduleId, step.moduleId), eq(moduleVersions.version, step.moduleVersion)))))
      : Promise.resolve([]),
    isMentorOf(db, scope.userId, planning.classId),
  ]);
  const modules = new Map(moduleRows.map((row) => [`${row.moduleId}@${row.version}`, { title: row.title, durationSeconds: row.durationSeconds }]));

  const videos: VideoEngagement[] = [];
  const games: GameEngagement[] = [];
  for (const step of moduleSteps) {
    const module = modules.get(`${step.moduleId}@${step.moduleVersion}`) ?? { title: '—', durationSeconds: 0 };
    const rows = progress.filter((row) => row.stepId === step.id);
    const done = rows.filter((row) => row.completedAt !== null);
    if (step.type === 'video') {
      const stepRatings = ratings.filter((rating) => rating.stepId === step.id);
      const realism: [number, number, number, number, number] = [0, 0, 0, 0, 0];
      for (const rating of stepRatings) if (rating.realism !== null && rating.realism >= 1 && rating.realism <= 5) realism[rating.realism - 1] += 1;
      const learned = { ja: 0, 'een-beetje': 0, nee: 0 };
      for (const rating of stepRatings) if (rating.learned === 'ja' || rating.learned === 'een-beetje' || rating.learned === 'nee') learned[rating.learned] += 1;
      videos.push({
        stepId: step.id,
        moduleId: step.moduleId,
        moduleVersion: step.moduleVersion,
        title: module.title,
        durationSeconds: module.durationSeconds,
        viewers: rows.length,
        completed: done.length,
        medianWatchThrough: median(rows.map((row) => row.progress)),
        retention: retentionCurve(
          views.filter((view) => view.moduleId === step.moduleId && view.moduleVersion === step.moduleVersion),
          rows.length,
          module.durationSeconds,
        ),
        realism,
        learned,
        comments: stepRatings
          .filter((rating) => rating.comment && rating.comment.trim())
          .sort((x, y) => y.ratedAt.getTime() - x.ratedAt.getTime())
          .map((rating) => rating.comment!.trim()),
      });
    } else if (step.type === 'game') {
      games.push({
        stepId: step.id,
        moduleId: step.moduleId,
        moduleVersion: step.moduleVersion,
        title: module.title,
        players: rows.length,
        completed: done.length,
        medianScore: median(done.map((row) => row.scoreScaled).filter((score): score is number => score !== null)),
        successes: done.filter((row) => row.success === true).length,
      });
    }
  }

  const inClass = new Set(roster.map((student) => student.id));
  const reachedInClass = reached.filter((row) => inClass.has(row.studentId));
  return {
    planning,
    classSize: roster.length,
    started: reachedInClass.length,
    finished: reachedInClass.filter((row) => row.completedAt !== null).length,
    videos,
    games,
    attention: isOwnMentor ? await attentionList(db, scheduleId, planning.status, roster, reachedInClass) : null,
    students: isOwnMentor ? studentProgress(roster, reachedInClass) : null,
  };
}

/** Each student of the class with started / finished, so the mentor can see who is behind the counts. */
function studentProgress(roster: readonly { id: string; displayName: string }[], reached: readonly { studentId: string; completedAt: Date | null }[]): PlanningStudent[] {
  const progress = new Map(reached.map((row) => [row.studentId, row]));
  return roster.map((student) => {
    const row = progress.get(student.id);
    return { studentId: student.id, displayName: student.displayName, started: row !== undefined, finished: row !== undefined && row.completedAt !== null };
  });
}

async function attentionList(
  db: Db,
  scheduleId: string,
  status: PlanningDashboard['planning']['status'],
  roster: readonly { id: string; displayName: string }[],
  reached: readonly { studentId: string; completedAt: Date | null }[],
): Promise<AttentionStudent[]> {
  // Before the lesson opens nobody is expected to have started.
  if (status === 'upcoming') return [];
  const after = await db
    .select({ studentId: keuzemetingen.studentId, choices: keuzemetingen.choices, certainty: keuzemetingen.certainty, measuredAt: keuzemetingen.measuredAt })
    .from(keuzemetingen)
    .where(and(eq(keuzemetingen.scheduleId, scheduleId), eq(keuzemetingen.moment, 'na')))
    .orderBy(sql`${keuzemetingen.measuredAt} desc`);
  const lastAfter = new Map<string, { choices: Keuzemeting['choices']; certainty: number }>();
  for (const row of after) if (!lastAfter.has(row.studentId)) lastAfter.set(row.studentId, { choices: row.choices as Keuzemeting['choices'], certainty: row.certainty });
  const progress = new Map(reached.map((row) => [row.studentId, row]));
  return roster.flatMap((student) => {
    const reasons: AttentionReason[] = [];
    const started = progress.get(student.id);
    if (!started) reasons.push('niet-gestart');
    else if (started.completedAt === null) reasons.push('niet-afgerond');
    const measured = lastAfter.get(student.id);
    if (measured?.choices[0]?.kind === 'weet-niet') reasons.push('weet-het-nog-niet');
    if (measured && measured.certainty <= ATTENTION_MAX_CERTAINTY) reasons.push('onzeker');
    return reasons.length ? [{ studentId: student.id, displayName: student.displayName, reasons, certaintyAfter: measured?.certainty ?? null }] : [];
  });
}
