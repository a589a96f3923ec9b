/**
 * The derived tables dashboards read, updated at ingestion in the same transaction as the
 * statements (so they can never disagree with what was acknowledged):
 *
 *  - student_step_progress: per student × planned step: started, completed, progress (monotonic
 *    maximum; for videos the unique watched share), last score and success, the seconds watched;
 *  - video_second_views: per planned video and second, how many students watched it (audience
 *    retention = viewers / students started);
 *  - schedule_students + schedule_counters: students who started / completed each planned lesson;
 *  - module_counters: student × schedule × step rows started / completed per module version;
 *  - module_ratings, keuzemetingen, reflection_answers: the student's answers;
 *  - rollups_stale: the plannings and students whose dashboard rollups must be recomputed.
 *
 * Only statements that are new are applied (a repeated statement is a no-op). Voiding a statement
 * does not roll these back: they describe what a student did, and the player never voids.
 */
import type pg from 'pg';
import { parsePlayedSegments, VERBS, VIDEO_EXT, type LessonStepType } from '@koers/contracts';
import { markStale } from '../dashboards/rollups';
import type { Json, PreparedStatement } from './statements';

/** Longest video (in seconds) whose watched seconds are tracked: bounds what a statement can add. */
export const MAX_TRACKED_SECONDS = 4 * 60 * 60;

/** A newly stored statement about a Koers student in a planned lesson. */
export interface DerivedInput {
  readonly prepared: PreparedStatement;
  readonly studentId: string;
  readonly scheduleId: string;
  readonly stepId: string | null;
  /** The step's type in the planned lesson version, when the step exists there. */
  readonly stepType: LessonStepType | null;
  readonly moduleId: string | null;
  readonly moduleVersion: number | null;
  /** The statement's timestamp (or `stored`). */
  readonly at: Date;
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The whole seconds covered by the video profile's played segments (`"0[.]5.2[,]10[.]22"`):
 * second s counts when [s, s + 1) is mostly inside a segment. Malformed segments are skipped.
 */
export function playedSeconds(value: unknown, limit = MAX_TRACKED_SECONDS): number[] {
  const seconds = new Set<number>();
  for (const { start, end } of parsePlayedSegments(value)) {
    const last = Math.min(Math.round(end), limit);
    for (let second = Math.round(start); second < last; second += 1) seconds.add(second);
  }
  return [...seconds].sort((a, b) => a - b);
}

interface ProgressRow {
  scheduleId: string;
  studentId: string;
  stepId: string;
  moduleId: string | null;
  moduleVersion: number | null;
  startedAt: Date;
  completedAt: Date | null;
  progress: number;
  scoreScaled: number | null;
  success: boolean | null;
  watched: Set<number>;
  /** False when this group did not read the stored seconds back (it adds none). */
  watchedLoaded: boolean;
  isNew: boolean;
  wasCompleted: boolean;
}

const keyOf = (...parts: readonly (string | number | null)[]) => parts.join('\u0000');

/** Applies newly stored statements to every derived table (one round trip per table). */
export async function applyDerived(client: pg.PoolClient, schoolId: string, inputs: readonly DerivedInput[], now: Date): Promise<void> {
  if (inputs.length === 0) return;
  const ordered = [...inputs].sort((a, b) => a.at.getTime() - b.at.getTime());
  const startedDelta = new Map<string, number>();
  const completedDelta = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  // Students who started / completed each planned lesson.
  const starts = new Map<string, { schedule_id: string; student_id: string; started_at: Date }>();
  const lessonCompletions = new Map<string, { schedule_id: string; student_id: string; at: Date }>();
  for (const input of ordered) {
    const key = keyOf(input.scheduleId, input.studentId);
    if (!starts.has(key)) starts.set(key, { schedule_id: input.scheduleId, student_id: input.studentId, started_at: input.at });
    if (input.prepared.verbId === VERBS.completed && input.prepared.lessonActivity && !lessonCompletions.has(key)) {
      lessonCompletions.set(key, { schedule_id: input.scheduleId, student_id: input.studentId, at: input.at });
    }
  }
  const started = await client.query<{ schedule_id: string; student_id: string }>(
    `insert into schedule_students (schedule_id, student_id, school_id, started_at)
     select r.schedule_id, r.student_id, $1, r.started_at
       from jsonb_to_recordset($2::jsonb) as r(schedule_id uuid, student_id uuid, started_at timestamptz)
     on conflict do nothing
     returning schedule_id, student_id`,
    [schoolId, JSON.stringify([...starts.values()])],
  );
  // Students whose rollups (started, completed, keuzemeting pair) this group changes.
  const studentsChanged = new Set(ordered.filter((input) => input.prepared.keuzemeting).map((input) => input.studentId));
  for (const row of started.rows) {
    bump(startedDelta, row.schedule_id);
    studentsChanged.add(row.student_id);
  }
  if (lessonCompletions.size > 0) {
    const completed = await client.query<{ schedule_id: string; student_id: string }>(
      `update schedule_students s set completed_at = r.at
         from jsonb_to_recordset($1::jsonb) as r(schedule_id uuid, student_id uuid, at timestamptz)
        where s.schedule_id = r.schedule_id and s.student_id = r.student_id and s.completed_at is null
       returning s.schedule_id, s.student_id`,
      [JSON.stringify([...lessonCompletions.values()])],
    );
    for (const row of completed.rows) {
      bump(completedDelta, row.schedule_id);
      studentsChanged.add(row.student_id);
    }
  }
  const scheduleIds = new Set([...startedDelta.keys(), ...completedDelta.keys()]);
  if (scheduleIds.size > 0) {
    await client.query(
      `insert into schedule_counters (schedule_id, school_id, students_started, students_completed)
       select r.schedule_id, $1, r.started, r.completed
         from jsonb_to_recordset($2::jsonb) as r(schedule_id uuid, started int, completed int)
       on conflict (schedule_id) do update
         set students_started = schedule_counters.students_started + excluded.students_started,
             students_completed = schedule_counters.students_completed + excluded.students_completed`,
      [schoolId, JSON.stringify([...scheduleIds].map((id) => ({ schedule_id: id, started: startedDelta.get(id) ?? 0, completed: completedDelta.get(id) ?? 0 })))],
    );
  }

  await applyStepProgress(client, schoolId, ordered, now);
  await applyAnswers(client, schoolId, ordered);
  // The school dashboard's rollups of these plannings and students are recomputed at its next read.
  await markStale(client, schoolId, 'planning', ordered.map((input) => input.scheduleId));
  await markStale(client, schoolId, 'student', [...studentsChanged]);
}

async function applyStepProgress(client: pg.PoolClient, schoolId: string, ordered: readonly DerivedInput[], now: Date): Promise<void> {
  const withStep = ordered.filter((input) => input.stepId !== null);
  if (withStep.length === 0) return;
  // Watched seconds are read back only for the rows this group adds seconds to: most statements
  // (initialized, played, seeked, answers, ratings) carry none, and the arrays are the costly part.
  const segmentsOf = (input: DerivedInput): unknown => {
    const result = input.prepared.statement['result'];
    const extensions = isObject(result) && isObject(result['extensions']) ? result['extensions'] : {};
    return extensions[VIDEO_EXT.playedSegments];
  };
  const keys = new Map<string, { schedule_id: string; student_id: string; step_id: string; need_watched: boolean }>();
  for (const input of withStep) {
    const key = keyOf(input.scheduleId, input.studentId, input.stepId);
    const segments = segmentsOf(input);
    const needWatched = (keys.get(key)?.need_watched ?? false) || (typeof segments === 'string' && segments !== '');
    keys.set(key, { schedule_id: input.scheduleId, student_id: input.studentId, step_id: input.stepId!, need_watched: needWatched });
  }
  // Lock the rows this batch changes; the committer is the only writer, the lock guards against
  // another Koers process on the same PostgreSQL server.
  const existing = await client.query<{
    schedule_id: string;
    student_id: string;
    step_id: string;
    module_id: string | null;
    module_version: number | null;
    started_at: Date;
    completed_at: Date | null;
    progress: number;
    score_scaled: number | null;
    success: boolean | null;
    watched: number[] | null;
  }>(
    `select p.schedule_id, p.student_id, p.step_id, p.module_id, p.module_version, p.started_at, p.completed_at,
            p.progress, p.score_scaled, p.success, case when k.need_watched then p.watched end as watched
       from student_step_progress p
       join jsonb_to_recordset($1::jsonb) as k(schedule_id uuid, student_id uuid, step_id text, need_watched boolean)
         on p.schedule_id = k.schedule_id and p.student_id = k.student_id and p.step_id = k.step_id
        for update of p`,
    [JSON.stringify([...keys.values()])],
  );
  const rows = new Map<string, ProgressRow>();
  for (const row of existing.rows) {
    rows.set(keyOf(row.schedule_id, row.student_id, row.step_id), {
      scheduleId: row.schedule_id,
      studentId: row.student_id,
      stepId: row.step_id,
      moduleId: row.module_id,
      moduleVersion: row.module_version,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      progress: row.progress,
      scoreScaled: row.score_scaled,
      success: row.success,
      watched: new Set(row.watched ?? []),
      watchedLoaded: row.watched !== null,
      isNew: false,
      wasCompleted: row.completed_at !== null,
    });
  }

  const secondViews = new Map<string, { schedule_id: string; module_id: string; module_version: number; second: number; viewers: number }>();
  for (const input of withStep) {
    const key = keyOf(input.scheduleId, input.studentId, input.stepId);
    let row = rows.get(key);
    if (!row) {
      row = {
        scheduleId: input.scheduleId,
        studentId: input.studentId,
        stepId: input.stepId!,
        moduleId: input.moduleId,
        moduleVersion: input.moduleVersion,
        startedAt: input.at,
        completedAt: null,
        progress: 0,
        scoreScaled: null,
        success: null,
        watched: new Set(),
        watchedLoaded: true,
        isNew: true,
        wasCompleted: false,
      };
      rows.set(key, row);
    }
    row.moduleId ??= input.moduleId;
    row.moduleVersion ??= input.moduleVersion;
    const statement = input.prepared.statement;
    const result = isObject(statement['result']) ? statement['result'] : {};
    const resultExt = isObject(result['extensions']) ? result['extensions'] : {};
    const context = isObject(statement['context']) ? statement['context'] : {};
    const contextExt = isObject(context['extensions']) ? context['extensions'] : {};

    const length = contextExt[VIDEO_EXT.length];
    const limit = typeof length === 'number' && length > 0 ? Math.min(Math.ceil(length), MAX_TRACKED_SECONDS) : MAX_TRACKED_SECONDS;
    const seconds = playedSeconds(resultExt[VIDEO_EXT.playedSegments], limit);
    for (const second of seconds) {
      if (row.watched.has(second)) continue;
      row.watched.add(second);
      if (row.moduleId && row.moduleVersion) {
        const viewKey = keyOf(row.scheduleId, row.moduleId, row.moduleVersion, second);
        const entry = secondViews.get(viewKey);
        if (entry) entry.viewers += 1;
        else secondViews.set(viewKey, { schedule_id: row.scheduleId, module_id: row.moduleId, module_version: row.moduleVersion, second, viewers: 1 });
      }
    }
    const reported = resultExt[VIDEO_EXT.progress];
    const hasVideoProgress = typeof reported === 'number' || seconds.length > 0;
    let progress = row.progress;
    if (typeof reported === 'number' && Number.isFinite(reported)) progress = Math.max(progress, reported);
    if (typeof length === 'number' && length > 0 && row.watchedLoaded) progress = Math.max(progress, row.watched.size / Math.ceil(length));
    if (input.prepared.verbId === VERBS.completed) {
      row.completedAt ??= input.at;
      if (!hasVideoProgress) progress = 1;
    }
    row.progress = Math.min(1, Math.max(0, progress));
    const score = isObject(result['score']) ? result['score'] : {};
    if (typeof score['scaled'] === 'number') row.scoreScaled = score['scaled'];
    if (typeof result['success'] === 'boolean') row.success = result['success'];
  }

  const moduleDelta = new Map<string, { module_id: string; module_version: number; started: number; completed: number }>();
  for (const row of rows.values()) {
    if (!row.moduleId || !row.moduleVersion) continue;
    const startedNow = row.isNew ? 1 : 0;
    const completedNow = !row.wasCompleted && row.completedAt ? 1 : 0;
    if (startedNow + completedNow === 0) continue;
    const key = keyOf(row.moduleId, row.moduleVersion);
    const entry = moduleDelta.get(key) ?? { module_id: row.moduleId, module_version: row.moduleVersion, started: 0, completed: 0 };
    entry.started += startedNow;
    entry.completed += completedNow;
    moduleDelta.set(key, entry);
  }

  await client.query(
    `insert into student_step_progress
       (schedule_id, student_id, step_id, school_id, module_id, module_version, started_at, completed_at, progress, score_scaled, success, watched, updated_at)
     select r.schedule_id, r.student_id, r.step_id, $1, r.module_id, r.module_version, r.started_at, r.completed_at, r.progress,
            r.score_scaled, r.success, coalesce((select array_agg(w::int order by w::int) from jsonb_array_elements_text(r.watched) as w), '{}'), $2
       from jsonb_to_recordset($3::jsonb) as r(schedule_id uuid, student_id uuid, step_id text, module_id uuid, module_version int,
            started_at timestamptz, completed_at timestamptz, progress real, score_scaled real, success boolean, watched jsonb)
     on conflict (schedule_id, student_id, step_id) do update
       set module_id = excluded.module_id, module_version = excluded.module_version, completed_at = excluded.completed_at,
           progress = excluded.progress, score_scaled = excluded.score_scaled, success = excluded.success,
           -- watched only grows; an empty array means "not read back, unchanged"
           watched = case when cardinality(excluded.watched) = 0 then student_step_progress.watched else excluded.watched end,
           updated_at = excluded.updated_at`,
    [
      schoolId,
      now,
      JSON.stringify(
        [...rows.values()].map((row) => ({
          schedule_id: row.scheduleId,
          student_id: row.studentId,
          step_id: row.stepId,
          module_id: row.moduleId,
          module_version: row.moduleVersion,
          started_at: row.startedAt,
          completed_at: row.completedAt,
          progress: row.progress,
          score_scaled: row.scoreScaled,
          success: row.success,
          watched: row.watchedLoaded ? [...row.watched] : [],
        })),
      ),
    ],
  );
  if (secondViews.size > 0) {
    await client.query(
      `insert into video_second_views (schedule_id, module_id, module_version, second, school_id, viewers)
       select r.schedule_id, r.module_id, r.module_version, r.second, $1, r.viewers
         from jsonb_to_recordset($2::jsonb) as r(schedule_id uuid, module_id uuid, module_version int, second int, viewers int)
       on conflict (schedule_id, module_id, module_version, second) do update
         set viewers = video_second_views.viewers + excluded.viewers`,
      [schoolId, JSON.stringify([...secondViews.values()])],
    );
  }
  if (moduleDelta.size > 0) {
    await client.query(
      `insert into module_counters (module_id, module_version, school_id, students_started, students_completed)
       select r.module_id, r.module_version, $1, r.started, r.completed
         from jsonb_to_recordset($2::jsonb) as r(module_id uuid, module_version int, started int, completed int)
       on conflict (module_id, module_version) do update
         set students_started = module_counters.students_started + excluded.students_started,
             students_completed = module_counters.students_completed + excluded.students_completed`,
      [schoolId, JSON.stringify([...moduleDelta.values()])],
    );
  }
}

/** Ratings, keuzemetingen and reflection answers (each only in the statements that carry them). */
async function applyAnswers(client: pg.PoolClient, schoolId: string, ordered: readonly DerivedInput[]): Promise<void> {
  const ratings = new Map<string, object>();
  const reflections = new Map<string, object>();
  const metingen: object[] = [];
  for (const input of ordered) {
    const { prepared } = input;
    if (prepared.rating && input.stepId) {
      ratings.set(keyOf(input.scheduleId, input.studentId, input.stepId), {
        schedule_id: input.scheduleId,
        student_id: input.studentId,
        step_id: input.stepId,
        module_id: input.moduleId,
        module_version: input.moduleVersion,
        realism: prepared.rating.realism,
        learned: prepared.rating.learned,
        comment: prepared.rating.comment,
        rated_at: input.at,
      });
    }
    if (prepared.reflection !== null && input.stepId && input.stepType === 'reflectie') {
      reflections.set(keyOf(input.scheduleId, input.studentId, input.stepId), {
        schedule_id: input.scheduleId,
        student_id: input.studentId,
        step_id: input.stepId,
        response: prepared.reflection,
        answered_at: input.at,
      });
    }
    if (prepared.keuzemeting) {
      metingen.push({
        id: prepared.id,
        student_id: input.studentId,
        schedule_id: input.scheduleId,
        step_id: input.stepId,
        moment: prepared.keuzemeting.moment,
        choices: prepared.keuzemeting.choices,
        certainty: prepared.keuzemeting.certainty,
        reason: prepared.keuzemeting.reason,
        measured_at: input.at,
      });
    }
  }
  if (ratings.size > 0) {
    await client.query(
      `insert into module_ratings (schedule_id, student_id, step_id, school_id, module_id, module_version, realism, learned, comment, rated_at)
       select r.schedule_id, r.student_id, r.step_id, $1, r.module_id, r.module_version, r.realism, r.learned, r.comment, r.rated_at
         from jsonb_to_recordset($2::jsonb) as r(schedule_id uuid, student_id uuid, step_id text, module_id uuid, module_version int,
              realism int, learned text, comment text, rated_at timestamptz)
       on conflict (schedule_id, student_id, step_id) do update
         set module_id = excluded.module_id, module_version = excluded.module_version, realism = excluded.realism,
             learned = excluded.learned, comment = excluded.comment, rated_at = excluded.rated_at
       where excluded.rated_at >= module_ratings.rated_at`,
      [schoolId, JSON.stringify([...ratings.values()])],
    );
  }
  if (reflections.size > 0) {
    await client.query(
      `insert into reflection_answers (schedule_id, student_id, step_id, school_id, response, answered_at)
       select r.schedule_id, r.student_id, r.step_id, $1, r.response, r.answered_at
         from jsonb_to_recordset($2::jsonb) as r(schedule_id uuid, student_id uuid, step_id text, response text, answered_at timestamptz)
       on conflict (schedule_id, student_id, step_id) do update
         set response = excluded.response, answered_at = excluded.answered_at
       where excluded.answered_at >= reflection_answers.answered_at`,
      [schoolId, JSON.stringify([...reflections.values()])],
    );
  }
  if (metingen.length > 0) {
    await client.query(
      `insert into keuzemetingen (id, school_id, student_id, schedule_id, step_id, moment, choices, certainty, reason, measured_at)
       select r.id, $1, r.student_id, r.schedule_id, r.step_id, r.moment, r.choices, r.certainty, r.reason, r.measured_at
         from jsonb_to_recordset($2::jsonb) as r(id uuid, student_id uuid, schedule_id uuid, step_id text, moment text,
              choices jsonb, certainty int, reason text, measured_at timestamptz)
       on conflict (id) do nothing`,
      [schoolId, JSON.stringify(metingen)],
    );
  }
}

