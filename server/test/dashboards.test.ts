/**
 * The planning dashboard (issue 7): reach, watch-through, retention, ratings, game scores and the
 * attention list, from statements sent by three students of a planning made for the test; and who
 * may see it (names only for the class's own mentor).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ACTIVITY_TYPES, KOERS_EXT, VERBS, VIDEO_EXT, activityIds, type ChoiceShiftReport, type ClassSummary, type LessonStep, type PlanningDashboard, type ScheduleSummary, type SchoolDashboard } from '@koers/contracts';
import { schoolToday } from '../src/modules/schedules/service';
import { median, retentionCurve } from '../src/modules/dashboards/planning';
import { histogramMedian, planningFacts, readModuleTotals, readPlanningFacts } from '../src/modules/dashboards/rollups';
import { Client, OTHER_SCHOOL_DECAAN, seedOtherSchool, signedIn, startTestApp, type TestApp } from './helpers';
import { signedInStudent, stepStatement, studentIdOf } from './xapi-support';

const V2A = 4; // index of V2A in the demo plan

describe('median and retention', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    assert.equal(median([]), null);
    assert.equal(median([0.3]), 0.3);
    assert.equal(median([1, 0.2, 0.5]), 0.5);
    assert.equal(median([1, 0.5]), 0.75);
  });

  it('takes the median of a whole-percent histogram the same way', () => {
    assert.equal(histogramMedian({}), null);
    assert.equal(histogramMedian({ 30: 1 }), 0.3);
    assert.equal(histogramMedian({ 100: 1, 20: 1, 50: 1 }), 0.5);
    assert.equal(histogramMedian({ 100: 1, 50: 1 }), 0.75);
    assert.equal(histogramMedian({ 10: 2, 90: 2, 40: 0 }), 0.5);
    assert.equal(histogramMedian({ 10: 1, 40: 3, 90: 2 }), 0.4);
  });

  it('divides the viewers of each second by the students who started the video', () => {
    assert.deepEqual(retentionCurve([], 0, 10), []);
    assert.deepEqual(retentionCurve([{ second: 0, viewers: 2 }, { second: 1, viewers: 1 }], 2, 3), [1, 0.5, 0]);
  });
});

describe('planning dashboard', () => {
  let t: TestApp;
  let decaan: Client;
  let scheduleId: string;
  let steps: LessonStep[];
  let video: Extract<LessonStep, { moduleId: string }>;
  let game: Extract<LessonStep, { moduleId: string }>;
  let length: number;

  before(async () => {
    t = await startTestApp();
    await seedOtherSchool(t);
    decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
    const classes = (await decaan.get('/api/classes')).json<ClassSummary[]>();
    const v2a = classes.find((c) => c.name === 'V2A')!;
    const template = (await decaan.get('/api/schedules?when=all')).json<ScheduleSummary[]>().find((s) => s.className === 'G3A')!;
    const today = schoolToday();
    const planned = await decaan.post('/api/schedules', { lessonId: template.lessonId, lessonVersion: template.lessonVersion, classIds: [v2a.id], startsOn: today, endsOn: today });
    assert.equal(planned.statusCode, 201, planned.body);
    scheduleId = planned.json<ScheduleSummary[]>()[0]!.id;
    const { rows } = await t.app.database.pool.query<{ steps: LessonStep[] }>(
      'select v.steps from schedules s join lesson_versions v on v.lesson_id = s.lesson_id and v.version = s.lesson_version where s.id = $1',
      [scheduleId],
    );
    steps = rows[0]!.steps;
    video = steps.find((step) => step.type === 'video') as typeof video;
    game = steps.find((step) => step.type === 'game') as typeof game;
    const { rows: lengthRows } = await t.app.database.pool.query<{ seconds: number }>('select duration_seconds as seconds from module_versions where module_id = $1 and version = $2', [
      video.moduleId,
      video.moduleVersion,
    ]);
    length = lengthRows[0]!.seconds;
    assert.ok(length >= 20, 'demo videos last about 40 s');

    const half = Math.floor(length / 2);
    const context = { [VIDEO_EXT.length]: length };
    const watch = (segments: string, progress: number) => ({ extensions: { [VIDEO_EXT.playedSegments]: segments, [VIDEO_EXT.progress]: progress } });
    const step = (id: string) => steps.find((s) => s.id === id)!;
    const keuzemeting = (moment: 'voor' | 'na', choices: unknown[], certainty: number) =>
      stepStatement(scheduleId, step(moment), VERBS.responded, {
        object: { id: activityIds.lessonStep(scheduleId, moment), definition: { type: ACTIVITY_TYPES.keuzemeting } },
        result: { extensions: { [KOERS_EXT.moment]: moment, [KOERS_EXT.keuzemeting]: { choices, certainty, reason: '' } } },
      });
    // Student 0 watches the whole video, rates it, plays the game (6 of 8), finishes: sure about zorg.
    const anna = await signedInStudent(t.app, V2A, 0);
    const annaPosted = await anna.post([
      keuzemeting('voor', [{ kind: 'weet-niet' }], 2),
      stepStatement(scheduleId, video, VERBS.initialized, { contextExtensions: context }),
      stepStatement(scheduleId, video, VERBS.completed, { result: watch(`0[.]${length}`, 1), contextExtensions: context }),
      stepStatement(scheduleId, video, VERBS.rated, { result: { score: { raw: 4, min: 1, max: 5 }, response: 'Echt goed', extensions: { [KOERS_EXT.learned]: 'ja' } } }),
      stepStatement(scheduleId, game, VERBS.attempted),
      stepStatement(scheduleId, game, VERBS.completed, { result: { score: { raw: 6, min: 0, max: 8, scaled: 0.75 }, success: true, completion: true } }),
      keuzemeting('na', [{ kind: 'sector', sector: 'zorg-welzijn' }], 4),
      stepStatement(scheduleId, step('na'), VERBS.completed, { object: { id: activityIds.lesson(scheduleId) } }),
    ]);
    assert.equal(annaPosted.statusCode, 200, annaPosted.body);
    // Student 1 watches half the video and stops; rates it 2, learned nothing; does not finish.
    const bram = await signedInStudent(t.app, V2A, 1);
    const bramPosted = await bram.post([
      keuzemeting('voor', [{ kind: 'weet-niet' }], 1),
      stepStatement(scheduleId, video, VERBS.initialized, { contextExtensions: context }),
      stepStatement(scheduleId, video, VERBS.paused, { result: watch(`0[.]${half}`, half / length), contextExtensions: context }),
      stepStatement(scheduleId, video, VERBS.rated, { result: { score: { raw: 2, min: 1, max: 5 }, extensions: { [KOERS_EXT.learned]: 'nee' } } }),
    ]);
    assert.equal(bramPosted.statusCode, 200, bramPosted.body);
    // Student 2 finishes but still does not know, and is unsure.
    const cas = await signedInStudent(t.app, V2A, 2);
    const casPosted = await cas.post([
      keuzemeting('voor', [{ kind: 'weet-niet' }], 1),
      keuzemeting('na', [{ kind: 'weet-niet' }], 1),
      stepStatement(scheduleId, step('na'), VERBS.completed, { object: { id: activityIds.lesson(scheduleId) } }),
    ]);
    assert.equal(casPosted.statusCode, 200, casPosted.body);
  });
  after(() => t.close());

  it('counts reach, watch-through, retention, ratings and game scores from the statements', async () => {
    const mentor = await signedIn(t.app, 'mentor3@demo.koers.nl');
    const response = await mentor.get(`/api/dashboards/plannings/${scheduleId}`);
    assert.equal(response.statusCode, 200, response.body);
    const dashboard = response.json<PlanningDashboard>();
    assert.equal(dashboard.planning.className, 'V2A');
    assert.equal(dashboard.started, 3);
    assert.equal(dashboard.finished, 2);
    const first = dashboard.videos.find((v) => v.stepId === video.id)!;
    assert.equal(first.viewers, 2);
    assert.equal(first.completed, 1);
    const half = Math.floor(length / 2);
    assert.ok(Math.abs((first.medianWatchThrough ?? 0) - (1 + half / length) / 2) < 1e-6, String(first.medianWatchThrough));
    assert.equal(first.retention.length, length);
    assert.equal(first.retention[0], 1);
    assert.equal(first.retention[half - 1], 1);
    assert.equal(first.retention[half], 0.5);
    assert.equal(first.retention[length - 1], 0.5);
    assert.deepEqual(first.realism, [0, 1, 0, 1, 0]);
    assert.deepEqual(first.learned, { ja: 1, 'een-beetje': 0, nee: 1 });
    assert.deepEqual(first.comments, ['Echt goed']);
    const second = dashboard.videos.find((v) => v.stepId !== first.stepId)!;
    assert.equal(second.viewers, 0);
    assert.deepEqual(second.retention, []);
    assert.equal(second.medianWatchThrough, null);
    assert.deepEqual(dashboard.games.map((g) => [g.players, g.completed, g.medianScore, g.successes]), [[1, 1, 0.75, 1]]);
  });

  it('lists who may need a conversation, with names, only for the mentor of the class', async () => {
    const mentor = await signedIn(t.app, 'mentor3@demo.koers.nl');
    const dashboard = (await mentor.get(`/api/dashboards/plannings/${scheduleId}`)).json<PlanningDashboard>();
    const ids = { anna: await studentIdOf(t.app, V2A, 0), bram: await studentIdOf(t.app, V2A, 1), cas: await studentIdOf(t.app, V2A, 2) };
    const byId = new Map(dashboard.attention!.map((entry) => [entry.studentId, entry]));
    assert.equal(byId.has(ids.anna), false, 'finished, knows what she wants, certainty 4');
    assert.deepEqual(byId.get(ids.bram)?.reasons, ['niet-afgerond']);
    assert.deepEqual(byId.get(ids.cas)?.reasons, ['weet-het-nog-niet', 'onzeker']);
    assert.equal(byId.get(ids.cas)?.certaintyAfter, 1);
    assert.equal(dashboard.attention!.filter((entry) => entry.reasons.includes('niet-gestart')).length, dashboard.classSize - 3);
    assert.ok(dashboard.attention!.every((entry) => entry.displayName.length > 0));
    // The mentor can trace "started" and "finished" to the students behind them.
    const students = dashboard.students!;
    assert.equal(students.length, dashboard.classSize);
    assert.equal(students.filter((student) => student.started).length, dashboard.started);
    assert.equal(students.filter((student) => student.finished).length, dashboard.finished);
    const progressOf = (id: string) => students.find((student) => student.studentId === id);
    assert.deepEqual([ids.anna, ids.bram].map((id) => [progressOf(id)?.started, progressOf(id)?.finished]), [[true, true], [true, false]]);

    const asDecaan = (await decaan.get(`/api/dashboards/plannings/${scheduleId}`)).json<PlanningDashboard>();
    assert.equal(asDecaan.attention, null, 'the decaan sees the figures, not the names');
    assert.equal(asDecaan.students, null, 'nor the students behind them');
    assert.equal(asDecaan.started, 3);
  });

  it('refuses other mentors, students, visitors and other schools', async () => {
    const otherMentor = await signedIn(t.app, 'mentor@demo.koers.nl');
    assert.equal((await otherMentor.get(`/api/dashboards/plannings/${scheduleId}`)).statusCode, 403);
    const student = await signedInStudent(t.app, V2A, 0);
    assert.equal((await student.client.get(`/api/dashboards/plannings/${scheduleId}`)).statusCode, 403);
    assert.equal((await new Client(t.app).get(`/api/dashboards/plannings/${scheduleId}`)).statusCode, 401);
    const other = await signedIn(t.app, OTHER_SCHOOL_DECAAN);
    assert.equal((await other.get(`/api/dashboards/plannings/${scheduleId}`)).statusCode, 404);
    assert.equal((await decaan.get('/api/dashboards/plannings/not-a-uuid')).statusCode, 400);
  });

  it('shows the demo lessons with something to see', async () => {
    const mentor = await signedIn(t.app, 'mentor@demo.koers.nl');
    const g3a = (await decaan.get('/api/schedules?when=all')).json<ScheduleSummary[]>().find((s) => s.className === 'G3A')!;
    const dashboard = (await mentor.get(`/api/dashboards/plannings/${g3a.id}`)).json<PlanningDashboard>();
    assert.ok(dashboard.started >= 10 && dashboard.finished >= 8, `${dashboard.started} started, ${dashboard.finished} finished`);
    assert.ok(dashboard.videos.every((v) => v.viewers > 0 && v.retention.length > 0));
    assert.ok(dashboard.videos.some((v) => v.realism.reduce((a, b) => a + b, 0) > 0));
    assert.ok(dashboard.games.every((g) => g.completed > 0 && g.medianScore !== null));
  });

  it('keeps the school dashboard in step with ingestion: statements mark the rollups stale, the next read recomputes them', async () => {
    const pool = t.app.database.pool;
    const db = t.app.database.db;
    const marked = await pool.query<{ kind: string; school_id: string }>('select kind, school_id from rollups_stale where id = $1', [scheduleId]);
    assert.equal(marked.rows[0]?.kind, 'planning', 'the statements above marked their planning');
    const schoolId = marked.rows[0]!.school_id;
    const first = (await decaan.get('/api/dashboards/school')).json<SchoolDashboard>();
    assert.equal((await pool.query('select 1 from rollups_stale where school_id = $1', [schoolId])).rowCount, 0, 'the read recomputed every stale rollup');
    const v2a = first.byClass.find((row) => row.label.nl === 'V2A')!;
    assert.deepEqual(v2a.scheduleIds, [scheduleId]);
    assert.equal(v2a.reached, '<5', 'three students: a small cell');
    assert.equal(v2a.ratings, 2);
    assert.equal(v2a.realismMean, 3);

    // What is stored is what the derived rows give now.
    const [stored] = await readPlanningFacts(db, [scheduleId]);
    const [fresh] = await planningFacts(db, schoolId, [scheduleId]);
    assert.deepEqual({ ...stored, modules: [] }, { ...fresh, modules: [] });
    const shift = (await decaan.get(`/api/choice-shift?scheduleId=${scheduleId}`)).json<ChoiceShiftReport>();
    assert.equal(fresh!.pairs.reduce((sum, n) => sum + n, 0), shift.nPaired, 'the pairs of the choice-shift report of this planning');
    const totals = await readModuleTotals(db, schoolId, { scheduleIds: [scheduleId] });
    assert.deepEqual(
      [...totals.values()].sort((x, y) => x.moduleId.localeCompare(y.moduleId) || x.moduleVersion - y.moduleVersion),
      [...fresh!.modules].sort((x, y) => x.moduleId.localeCompare(y.moduleId) || x.moduleVersion - y.moduleVersion),
    );
    const videoTotals = totals.get(`${video.moduleId}@${video.moduleVersion}`)!;
    assert.deepEqual([videoTotals.started, videoTotals.completed, videoTotals.ratings, videoTotals.realismSum, videoTotals.learnedYes], [2, 1, 2, 6, 1]);
    assert.deepEqual(videoTotals.watchThrough, { 100: 1, [String(Math.round((Math.floor(length / 2) / length) * 100))]: 1 });

    // A fourth student rates the video 5 (last in this block: it changes who has not started): the next read counts it.
    const dewi = await signedInStudent(t.app, V2A, 3);
    const posted = await dewi.post([
      stepStatement(scheduleId, video, VERBS.initialized, { contextExtensions: { [VIDEO_EXT.length]: length } }),
      stepStatement(scheduleId, video, VERBS.rated, { result: { score: { raw: 5, min: 1, max: 5 }, extensions: { [KOERS_EXT.learned]: 'ja' } } }),
    ]);
    assert.equal(posted.statusCode, 200, posted.body);
    const next = (await decaan.get('/api/dashboards/school')).json<SchoolDashboard>();
    const v2aNext = next.byClass.find((row) => row.label.nl === 'V2A')!;
    assert.equal(v2aNext.ratings, 3);
    assert.equal(v2aNext.realismMean, 11 / 3);
    const module = next.modules.find((m) => m.moduleId === video.moduleId && m.moduleVersion === video.moduleVersion)!;
    const moduleBefore = first.modules.find((m) => m.moduleId === video.moduleId && m.moduleVersion === video.moduleVersion)!;
    assert.equal(module.started, moduleBefore.started + 1);
    assert.equal(module.ratings, moduleBefore.ratings + 1);
  });
});

describe('school dashboard', () => {
  let t: TestApp;
  let decaan: Client;

  before(async () => {
    t = await startTestApp();
    decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
  });
  after(() => t.close());

  it('gives reach, ratings and choice shift per class, leerjaar and niveau that agree with the choice-shift report', async () => {
    const response = await decaan.get('/api/dashboards/school');
    assert.equal(response.statusCode, 200, response.body);
    const dashboard = response.json<SchoolDashboard>();
    assert.deepEqual(dashboard.byClass.map((row) => row.label.nl), ['V2A', 'G3A', 'H3A', 'V3B', 'G4B', 'H4A']);
    const school = (await decaan.get('/api/choice-shift')).json<ChoiceShiftReport>();
    assert.equal(dashboard.school.shift.nPaired, school.nPaired);
    assert.equal(dashboard.school.shift.difference, school.kansrijk?.difference);
    const classes = (await decaan.get('/api/classes')).json<ClassSummary[]>();
    const g4b = classes.find((c) => c.name === 'G4B')!;
    const g4bRow = dashboard.byClass.find((row) => row.key === g4b.id)!;
    const g4bReport = (await decaan.get(`/api/choice-shift?classId=${g4b.id}`)).json<ChoiceShiftReport>();
    assert.equal(g4bRow.shift.nPaired, g4bReport.nPaired);
    assert.equal(g4bRow.shift.suppressed, false);
    assert.equal(g4bRow.shift.before, g4bReport.kansrijk?.before.share);
    assert.equal(g4bRow.students, g4b.studentCount);
    assert.ok(typeof g4bRow.reached === 'number' && g4bRow.reached > 0);
    assert.ok(g4bRow.scheduleIds.length === 1, 'the planning behind the figures');
    // A class without measurements: no shift figures.
    const v2a = dashboard.byClass.find((row) => row.label.nl === 'V2A')!;
    assert.deepEqual(v2a.shift, { nPaired: 0, before: null, after: null, difference: null, differenceCi: null, suppressed: true });
    assert.equal(v2a.reached, 0);
    // Leerjaar 3 = G3A + H3A + V3B; niveau vmbo-gt = G3A + G4B.
    const leerjaar3 = dashboard.byLeerjaar.find((row) => row.key === 'leerjaar-3')!;
    assert.equal(leerjaar3.students, ['G3A', 'H3A', 'V3B'].reduce((sum, name) => sum + classes.find((c) => c.name === name)!.studentCount, 0));
    const gt = dashboard.byNiveau.find((row) => row.key === 'niveau-vmbo-gt')!;
    assert.equal(gt.shift.nPaired, dashboard.byClass.filter((row) => ['G3A', 'G4B'].includes(row.label.nl)).reduce((sum, row) => sum + row.shift.nPaired, 0));
  });

  it('lists every module of the planned lessons with reach, watch-through, ratings and the shift around it', async () => {
    const dashboard = (await decaan.get('/api/dashboards/school')).json<SchoolDashboard>();
    const videos = dashboard.modules.filter((m) => m.type === 'video');
    const games = dashboard.modules.filter((m) => m.type === 'game');
    assert.ok(videos.length >= 5 && games.length >= 1);
    const watched = videos.filter((m) => m.started > 0);
    assert.ok(watched.length >= 2);
    for (const module of watched) {
      assert.ok(module.medianWatchThrough !== null && module.medianWatchThrough > 0 && module.medianWatchThrough <= 1);
      assert.ok(module.completed <= module.started);
    }
    assert.ok(games.every((m) => m.medianWatchThrough === null));
    assert.ok(dashboard.trend.length >= 1 && dashboard.trend.every((point) => /^\d{4}-\d{2}$/.test(point.month)));
    assert.equal(
      dashboard.trend.reduce((sum, point) => sum + point.started, 0),
      dashboard.byClass.reduce((sum, row) => sum + (typeof row.reached === 'number' ? row.reached : 0), 0),
      'every student starts one demo lesson',
    );
  });

  it('gives the same figures from the rollups as computed at request time for a date range around every lesson', async () => {
    const stored = (await decaan.get('/api/dashboards/school')).json<SchoolDashboard>();
    const computed = (await decaan.get('/api/dashboards/school?from=2000-01-01&to=2100-12-31')).json<SchoolDashboard>();
    assert.deepEqual(computed, stored);
    const storedHavo = (await decaan.get('/api/dashboards/school?niveau=havo')).json<SchoolDashboard>();
    const computedHavo = (await decaan.get('/api/dashboards/school?niveau=havo&from=2000-01-01&to=2100-12-31')).json<SchoolDashboard>();
    assert.deepEqual(computedHavo, storedHavo);
    // A range before every lesson: no plannings, nobody reached, no pairs.
    const empty = (await decaan.get('/api/dashboards/school?from=2000-01-01&to=2000-12-31')).json<SchoolDashboard>();
    assert.deepEqual([empty.school.scheduleIds, empty.school.reached, empty.school.shift.nPaired, empty.modules, empty.trend], [[], 0, 0, [], []]);
  });

  it('filters by leerjaar and niveau, refuses bad filters and roles other than decaan and beheerder', async () => {
    const third = (await decaan.get('/api/dashboards/school?leerjaar=4')).json<SchoolDashboard>();
    assert.deepEqual(third.byClass.map((row) => row.label.nl), ['G4B', 'H4A']);
    const havo = (await decaan.get('/api/dashboards/school?niveau=havo')).json<SchoolDashboard>();
    assert.deepEqual(havo.byClass.map((row) => row.label.nl), ['H3A', 'H4A']);
    assert.equal((await decaan.get('/api/dashboards/school?from=2026-12-01&to=2026-01-01')).statusCode, 400);
    assert.equal((await decaan.get('/api/dashboards/school?niveau=mavo')).statusCode, 400);
    assert.equal((await (await signedIn(t.app, 'mentor@demo.koers.nl')).get('/api/dashboards/school')).statusCode, 403);
    assert.equal((await (await signedIn(t.app, 'beheer@demo.koers.nl')).get('/api/dashboards/school')).statusCode, 200);
  });
});
