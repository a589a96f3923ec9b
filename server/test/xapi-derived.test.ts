/** Derived tables written at ingestion, and group commit under concurrent requests (issue 5). */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ACTIVITY_TYPES, activityIds, KOERS_EXT, VERBS, VIDEO_EXT, type LessonStep } from '@koers/contracts';
import { playedSeconds } from '../src/modules/xapi/derive';
import { schoolToday } from '../src/modules/schedules/service';
import { problemOf, signedIn, startTestApp, type TestApp } from './helpers';
import { plannedLessons, signedInStudent, simpleStatement, stepStatement, studentIdOf, Tool, type PlannedLesson, type Student } from './xapi-support';

const video = (segments: string, progress: number) => ({ extensions: { [VIDEO_EXT.playedSegments]: segments, [VIDEO_EXT.progress]: progress } });
const LENGTH = { [VIDEO_EXT.length]: 60 };

describe('playedSeconds', () => {
  it('turns played segments into the whole seconds mostly watched', () => {
    assert.deepEqual(playedSeconds('0[.]5.2'), [0, 1, 2, 3, 4]);
    assert.deepEqual(playedSeconds('0[.]2[,]10[.]12.6[,]1[.]3'), [0, 1, 2, 10, 11, 12]);
  });

  it('skips malformed segments and bounds what one statement can add', () => {
    assert.deepEqual(playedSeconds('5[.]2[,]a[.]b[,]1[.]2[.]3[,]-1[.]1'), []);
    assert.equal(playedSeconds('0[.]1e9', 100).length, 100);
    assert.deepEqual(playedSeconds(42), []);
  });
});

describe('xAPI derived tables', () => {
  let t: TestApp;
  let lesson: PlannedLesson;
  let anna: Student;
  let bram: Student;
  let annaId: string;
  let bramId: string;
  let videoStep: Extract<LessonStep, { moduleId: string }>;
  const step = (id: string) => lesson.steps.find((candidate) => candidate.id === id)!;
  const query = async <T extends object>(sql: string, params: unknown[] = []) => (await t.app.database.pool.query(sql, params)).rows as T[];

  before(async () => {
    t = await startTestApp();
    // A planning of its own for G3A (open today): the demo seed fills the demo planning's derived
    // tables with other students' statements, and these tests count exactly.
    const demo = (await plannedLessons(t.app)).find((planned) => planned.className === 'G3A')!;
    const decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
    const { rows } = await t.app.database.pool.query<{ lesson_id: string; lesson_version: number; class_id: string }>(
      'select lesson_id, lesson_version, class_id from schedules where id = $1',
      [demo.scheduleId],
    );
    const today = schoolToday();
    const planned = await decaan.post('/api/schedules', { lessonId: rows[0]!.lesson_id, lessonVersion: rows[0]!.lesson_version, classIds: [rows[0]!.class_id], startsOn: today, endsOn: today });
    assert.equal(planned.statusCode, 201, planned.body);
    lesson = { ...demo, scheduleId: planned.json<{ id: string }[]>()[0]!.id };
    videoStep = step('video-1') as Extract<LessonStep, { moduleId: string }>;
    anna = await signedInStudent(t.app, 0, 0);
    bram = await signedInStudent(t.app, 0, 1);
    annaId = await studentIdOf(t.app, 0, 0);
    bramId = await studentIdOf(t.app, 0, 1);
  });
  after(() => t.close());

  /** Anna plays the lesson: video watched and completed, rated, keuzemeting, reflection, lesson completed. */
  function annasLesson(): Record<string, unknown>[] {
    const s = lesson.scheduleId;
    return [
      stepStatement(s, videoStep, VERBS.initialized, { contextExtensions: LENGTH, timestamp: '2026-11-25T09:00:00Z' }),
      stepStatement(s, videoStep, VERBS.played, { result: video('0[.]5.2', 0.08), contextExtensions: LENGTH, timestamp: '2026-11-25T09:00:06Z' }),
      stepStatement(s, videoStep, VERBS.paused, { result: video('0[.]5.2[,]10[.]22', 0.28), contextExtensions: LENGTH, timestamp: '2026-11-25T09:00:30Z' }),
      stepStatement(s, videoStep, VERBS.completed, { result: video('0[.]5.2[,]10[.]22[,]5[.]60', 0.95), contextExtensions: LENGTH, timestamp: '2026-11-25T09:01:30Z' }),
      stepStatement(s, videoStep, VERBS.rated, {
        result: { score: { raw: 4, min: 1, max: 5 }, response: 'Voelde echt', extensions: { [KOERS_EXT.learned]: 'een-beetje' } },
        timestamp: '2026-11-25T09:01:40Z',
      }),
      stepStatement(s, step('voor'), VERBS.responded, {
        object: { id: activityIds.lessonStep(s, 'voor'), definition: { type: ACTIVITY_TYPES.keuzemeting } },
        result: {
          extensions: {
            [KOERS_EXT.moment]: 'voor',
            [KOERS_EXT.keuzemeting]: { choices: [{ kind: 'sector', sector: 'zorg-en-welzijn' }], certainty: 3, reason: 'lijkt me leuk' },
          },
        },
        timestamp: '2026-11-25T08:59:00Z',
      }),
      stepStatement(s, step('reflectie'), VERBS.answered, { result: { response: 'Verpleegkundige' }, timestamp: '2026-11-25T09:10:00Z' }),
      // The player sends lesson statements with the step it was on; they complete the lesson, not that step.
      stepStatement(s, step('na'), VERBS.completed, { object: { id: activityIds.lesson(s) }, timestamp: '2026-11-25T09:12:00Z' }),
    ];
  }

  it('fills every derived table from a played / completed / rated / responded sequence', async () => {
    // Module counters add up over every planning of the module, the demo's included: count on top of them.
    const moduleCounted = async () => {
      const [row] = await query<{ students_started: number; students_completed: number }>(
        'select students_started, students_completed from module_counters where module_id = $1 and module_version = $2',
        [videoStep.moduleId, videoStep.moduleVersion],
      );
      return { students_started: row?.students_started ?? 0, students_completed: row?.students_completed ?? 0 };
    };
    const seeded = await moduleCounted();
    const statements = annasLesson();
    const response = await anna.post(statements);
    assert.equal(response.statusCode, 200, response.body);
    const bramPlayed = stepStatement(lesson.scheduleId, videoStep, VERBS.played, { result: video('0[.]10', 0.16), contextExtensions: LENGTH });
    assert.equal((await bram.post(bramPlayed)).statusCode, 200);

    const [progress] = await query<{ completed_at: Date | null; progress: number; watched: number[]; module_id: string; module_version: number }>(
      'select completed_at, progress, watched, module_id, module_version from student_step_progress where schedule_id = $1 and student_id = $2 and step_id = $3',
      [lesson.scheduleId, annaId, 'video-1'],
    );
    assert.ok(progress);
    assert.equal(progress.completed_at?.toISOString(), '2026-11-25T09:01:30.000Z');
    assert.equal(progress.watched.length, 60);
    assert.ok(Math.abs(progress.progress - 1) < 1e-6, String(progress.progress));
    assert.equal(progress.module_id, videoStep.moduleId);
    assert.equal(progress.module_version, videoStep.moduleVersion);

    const views = await query<{ second: number; viewers: number }>(
      'select second, viewers from video_second_views where schedule_id = $1 and module_id = $2 order by second',
      [lesson.scheduleId, videoStep.moduleId],
    );
    assert.equal(views.length, 60);
    assert.equal(views.find((view) => view.second === 0)?.viewers, 2);
    assert.equal(views.find((view) => view.second === 9)?.viewers, 2);
    assert.equal(views.find((view) => view.second === 10)?.viewers, 1);
    assert.equal(views.find((view) => view.second === 59)?.viewers, 1);

    const [counters] = await query<{ students_started: number; students_completed: number }>(
      'select students_started, students_completed from schedule_counters where schedule_id = $1',
      [lesson.scheduleId],
    );
    assert.deepEqual({ ...counters }, { students_started: 2, students_completed: 1 });
    assert.deepEqual(await moduleCounted(), { students_started: seeded.students_started + 2, students_completed: seeded.students_completed + 1 });

    const [rating] = await query<object>('select realism, learned, comment from module_ratings where student_id = $1', [annaId]);
    assert.deepEqual({ ...rating }, { realism: 4, learned: 'een-beetje', comment: 'Voelde echt' });
    const [meting] = await query<{ id: string; moment: string; certainty: number; choices: unknown; step_id: string }>(
      'select id, moment, certainty, choices, step_id from keuzemetingen where student_id = $1',
      [annaId],
    );
    assert.equal(meting?.id, statements[5]!['id']);
    assert.deepEqual({ moment: meting?.moment, certainty: meting?.certainty, step: meting?.step_id }, { moment: 'voor', certainty: 3, step: 'voor' });
    assert.deepEqual(meting?.choices, [{ kind: 'sector', sector: 'zorg-en-welzijn' }]);
    const [reflection] = await query<{ response: string }>('select response from reflection_answers where student_id = $1', [annaId]);
    assert.equal(reflection?.response, 'Verpleegkundige');
    assert.deepEqual(await query('select step_id from student_step_progress where student_id = $1 and step_id = $2', [annaId, 'na']), []);
  });

  it('changes nothing when the same statements arrive again, and counts replayed seconds once', async () => {
    const snapshot = async () =>
      JSON.stringify([
        await query('select * from schedule_counters order by schedule_id'),
        await query('select * from module_counters order by module_id'),
        await query('select schedule_id, second, viewers from video_second_views order by schedule_id, second'),
        await query('select schedule_id, student_id, step_id, progress, watched, completed_at from student_step_progress order by student_id, step_id'),
      ]);
    const before = await snapshot();
    const replay = stepStatement(lesson.scheduleId, videoStep, VERBS.played, { result: video('0[.]30', 0.5), contextExtensions: LENGTH });
    assert.equal((await anna.post(replay)).statusCode, 200);
    assert.equal((await anna.post(replay)).statusCode, 200);
    assert.equal(await snapshot(), before);
  });

  it('keeps the watched seconds when a later statement carries none, and adds only new seconds', async () => {
    const bramsVideo = async () =>
      (
        await query<{ watched: number[]; progress: number }>(
          'select watched, progress from student_step_progress where schedule_id = $1 and student_id = $2 and step_id = $3',
          [lesson.scheduleId, bramId, 'video-1'],
        )
      )[0]!;
    const viewers = async (second: number) =>
      (await query<{ viewers: number }>('select viewers from video_second_views where schedule_id = $1 and module_id = $2 and second = $3', [lesson.scheduleId, videoStep.moduleId, second]))[0]
        ?.viewers ?? 0;
    const before = await bramsVideo();
    assert.equal(before.watched.length, 10);
    const seeked = stepStatement(lesson.scheduleId, videoStep, VERBS.seeked, { result: { extensions: { [VIDEO_EXT.timeFrom]: 10, [VIDEO_EXT.timeTo]: 20 } }, contextExtensions: LENGTH });
    assert.equal((await bram.post(seeked)).statusCode, 200);
    assert.deepEqual(await bramsVideo(), before);
    const [second20, second5] = [await viewers(20), await viewers(5)];
    const paused = stepStatement(lesson.scheduleId, videoStep, VERBS.paused, { result: video('0[.]10[,]20[.]25', 0.25), contextExtensions: LENGTH });
    assert.equal((await bram.post(paused)).statusCode, 200);
    const after = await bramsVideo();
    assert.deepEqual(after.watched, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 21, 22, 23, 24]);
    assert.ok(after.progress >= 0.25 - 1e-6, String(after.progress));
    assert.equal(await viewers(20), second20 + 1);
    assert.equal(await viewers(5), second5, 'seconds already watched are not counted again');
  });

  it('keeps the latest rating', async () => {
    const later = stepStatement(lesson.scheduleId, videoStep, VERBS.rated, {
      result: { score: { raw: 2, min: 1, max: 5 }, extensions: { [KOERS_EXT.learned]: 'nee' } },
      timestamp: '2026-11-25T09:20:00Z',
    });
    const earlier = stepStatement(lesson.scheduleId, videoStep, VERBS.rated, { result: { score: { raw: 5, min: 1, max: 5 } }, timestamp: '2026-11-25T08:00:00Z' });
    assert.equal((await anna.post([later])).statusCode, 200);
    assert.equal((await anna.post([earlier])).statusCode, 200);
    const [rating] = await query<object>('select realism, learned, comment from module_ratings where student_id = $1', [annaId]);
    assert.deepEqual({ ...rating }, { realism: 2, learned: 'nee', comment: null });
  });

  it('refuses an invalid rating or keuzemeting (400) and stores nothing of the batch', async () => {
    const count = async () => (await query<{ n: string }>('select count(*) as n from xapi_statements'))[0]!.n;
    const before = await count();
    const badRating = stepStatement(lesson.scheduleId, videoStep, VERBS.rated, { result: { score: { raw: 7 }, extensions: { [KOERS_EXT.learned]: 'misschien' } } });
    const rated = await anna.post([simpleStatement(), badRating]);
    assert.equal(rated.statusCode, 400);
    assert.deepEqual(
      problemOf(rated).errors?.map((error) => error.field),
      ['/1/result/score/raw', `/1/result/extensions/${KOERS_EXT.learned.replace(/\//g, '~1')}`],
    );
    const badMeting = stepStatement(lesson.scheduleId, step('na'), VERBS.responded, {
      object: { id: activityIds.lessonStep(lesson.scheduleId, 'na'), definition: { type: ACTIVITY_TYPES.keuzemeting } },
      result: { extensions: { [KOERS_EXT.moment]: 'na', [KOERS_EXT.keuzemeting]: { choices: [], certainty: 9, reason: '' } } },
    });
    const responded = await anna.post(badMeting);
    assert.equal(responded.statusCode, 400);
    assert.ok(problemOf(responded).errors!.some((error) => error.field.endsWith('/choices')));
    assert.equal(await count(), before);
  });

  it('coalesces 20 concurrent requests into fewer transactions, answers each, and loses nothing', async () => {
    const tool = new Tool(t.app);
    const commitsBefore = t.app.xapiCommitter.commits;
    const batches = Array.from({ length: 20 }, (_, index) =>
      index % 2 === 0
        ? Array.from({ length: 5 }, () => simpleStatement())
        : [stepStatement(lesson.scheduleId, step('video-2'), VERBS.played, { result: video(`${index * 2}[.]${index * 2 + 2}`, 0.1), contextExtensions: LENGTH })],
    );
    const responses = await Promise.all(batches.map((batch, index) => (index % 2 === 0 ? tool.post(batch) : bram.post(batch))));
    responses.forEach((response, index) => {
      assert.equal(response.statusCode, 200, response.body);
      assert.deepEqual(response.json(), batches[index]!.map((statement) => statement['id']));
    });
    const ids = batches.flat().map((statement) => statement['id']);
    const stored = await query<{ n: string }>('select count(*) as n from xapi_statements where id = any($1::uuid[])', [ids]);
    assert.equal(Number(stored[0]!.n), ids.length);
    const commits = t.app.xapiCommitter.commits - commitsBefore;
    assert.ok(commits < 20, `${commits} commits for 20 requests`);
    // Concurrent updates of one progress row add up: 10 played statements of 2 seconds each.
    const [row] = await query<{ watched: number[] }>('select watched from student_step_progress where student_id = $1 and step_id = $2', [bramId, 'video-2']);
    assert.equal(row?.watched.length, 20);
  });

  it('answers a bad batch with its own error while the concurrent good ones are committed', async () => {
    const tool = new Tool(t.app);
    const existing = simpleStatement();
    await tool.post(existing);
    const good = Array.from({ length: 19 }, () => [simpleStatement(), simpleStatement()]);
    const conflicting = [simpleStatement(), { ...existing, verb: { id: VERBS.completed } }];
    const all = [...good.slice(0, 10), conflicting, ...good.slice(10)];
    const responses = await Promise.all(all.map((batch) => tool.post(batch)));
    assert.deepEqual(
      responses.map((response) => response.statusCode),
      all.map((batch) => (batch === conflicting ? 409 : 200)),
    );
    const goodIds = good.flat().map((statement) => statement['id']);
    const stored = await query<{ n: string }>('select count(*) as n from xapi_statements where id = any($1::uuid[])', [goodIds]);
    assert.equal(Number(stored[0]!.n), goodIds.length);
    assert.equal((await query('select 1 from xapi_statements where id = $1', [conflicting[0]!['id']])).length, 0);
  });

  it('retries the other batches on their own when the database refuses one batch of a group', async () => {
    const tool = new Tool(t.app);
    // A database failure no validation can foresee: a trigger refusing one verb.
    await t.app.database.pool.query(`
      create function refuse_exploding() returns trigger language plpgsql as $$
      begin raise exception 'exploding statement'; end $$;
      create trigger refuse_exploding before insert on xapi_statements
        for each row when (new.verb_id = 'https://example.org/verbs/explode') execute function refuse_exploding();`);
    try {
      const good = Array.from({ length: 9 }, () => [simpleStatement(), simpleStatement()]);
      const exploding = [simpleStatement(), simpleStatement({ verb: { id: 'https://example.org/verbs/explode' } })];
      const all = [...good.slice(0, 4), exploding, ...good.slice(4)];
      const responses = await Promise.all(all.map((batch) => tool.post(batch)));
      assert.deepEqual(
        responses.map((response) => response.statusCode),
        all.map((batch) => (batch === exploding ? 500 : 200)),
      );
      const goodIds = good.flat().map((statement) => statement['id']);
      const stored = await query<{ n: string }>('select count(*) as n from xapi_statements where id = any($1::uuid[])', [goodIds]);
      assert.equal(Number(stored[0]!.n), goodIds.length);
      assert.equal((await query('select 1 from xapi_statements where id = $1', [exploding[0]!['id']])).length, 0);
    } finally {
      await t.app.database.pool.query('drop trigger refuse_exploding on xapi_statements; drop function refuse_exploding();');
    }
  });

  it('never acknowledges a statement whose row was not written (e.g. another process took the id)', async () => {
    const tool = new Tool(t.app);
    // Stands in for a concurrent writer: the row silently does not get inserted.
    await t.app.database.pool.query(`
      create function skip_vanishing() returns trigger language plpgsql as $$ begin return null; end $$;
      create trigger skip_vanishing before insert on xapi_statements
        for each row when (new.verb_id = 'https://example.org/verbs/vanish') execute function skip_vanishing();`);
    try {
      const good = [simpleStatement(), simpleStatement()];
      const vanishing = [simpleStatement(), simpleStatement({ verb: { id: 'https://example.org/verbs/vanish' } })];
      const [ok, lost] = await Promise.all([tool.post(good), tool.post(vanishing)]);
      assert.equal(ok.statusCode, 200);
      assert.equal(lost.statusCode, 500);
      assert.equal((await query('select 1 from xapi_statements where id = any($1::uuid[])', [good.map((statement) => statement.id)])).length, 2);
    } finally {
      await t.app.database.pool.query('drop trigger skip_vanishing on xapi_statements; drop function skip_vanishing();');
    }
  });

  it('leaves derived rows in place when a statement is voided (documented)', async () => {
    const tool = new Tool(t.app);
    const played = stepStatement(lesson.scheduleId, step('video-2'), VERBS.played, { result: video('50[.]52', 0.1), contextExtensions: LENGTH });
    await bram.post(played);
    const voiding = { ...simpleStatement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: played['id'] } }), id: randomUUID() };
    assert.equal((await tool.post(voiding)).statusCode, 200);
    const [row] = await query<{ watched: number[] }>('select watched from student_step_progress where student_id = $1 and step_id = $2', [bramId, 'video-2']);
    assert.ok(row?.watched.includes(50));
  });

  it("erases a student's statements and derived rows with the student (AVG erasure)", async () => {
    const tables = ['xapi_statements', 'student_step_progress', 'schedule_students'];
    for (const table of tables) assert.ok((await query(`select 1 from ${table} where student_id = $1`, [bramId])).length > 0, table);
    await t.app.database.pool.query('delete from students where id = $1', [bramId]);
    for (const table of [...tables, 'module_ratings', 'keuzemetingen', 'reflection_answers']) {
      assert.deepEqual(await query(`select 1 from ${table} where student_id = $1`, [bramId]), [], table);
    }
    assert.ok((await query('select 1 from xapi_statements where student_id = $1', [annaId])).length > 0);
  });
});
