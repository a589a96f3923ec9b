import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClassSummary, LessonDetail, LessonStep, LessonSummary, ModuleDetail, ModuleSummary, SaveLessonRequest, ScheduleSummary } from '@koers/contracts';
import { newScheduleCode, scheduleStatus, SCHEDULE_CODE_ALPHABET } from '../src/modules/schedules/service';
import { Client, OTHER_SCHOOL_DECAAN, problemOf, seedOtherSchool, signedIn, startTestApp, type TestApp } from './helpers';

describe('lessons and schedules', () => {
  let t: TestApp;
  let decaan: Client;
  let videos: ModuleSummary[];
  let classes: ClassSummary[];
  let otherSchool: Client;
  let otherSchoolClassId: string;
  before(async () => {
    t = await startTestApp();
    otherSchoolClassId = await seedOtherSchool(t);
    [decaan, otherSchool] = await Promise.all([signedIn(t.app, 'decaan@demo.koers.nl'), signedIn(t.app, OTHER_SCHOOL_DECAAN)]);
    videos = (await decaan.get('/api/modules?type=video&status=published')).json<ModuleSummary[]>();
    classes = (await decaan.get('/api/classes')).json<ClassSummary[]>();
  });
  after(() => t.close());

  const lesson = (overrides: Partial<SaveLessonRequest> = {}): SaveLessonRequest => ({
    title: 'Beroepen in de zorg',
    description: '',
    lengthMinutes: 45,
    steps: [
      { id: 'a', type: 'keuzemeting-voor' },
      { id: 'b', type: 'video', moduleId: videos[0].id, moduleVersion: videos[0].version },
      { id: 'c', type: 'reflectie', question: 'Wat viel je op?', options: [] },
      { id: 'd', type: 'keuzemeting-na' },
    ],
    ...overrides,
  });
  const put = (url: string, payload: object) => decaan.request({ method: 'PUT', url, payload }, true);
  const classId = (name: string) => classes.find((c) => c.name === name)?.id ?? '';

  it('seeds two demo lessons, planned for G3A (open), H3A (upcoming) and G4B (past)', async () => {
    const lessons = (await decaan.get('/api/lessons')).json<LessonSummary[]>();
    assert.equal(lessons.length, 2);
    const plannings = (await decaan.get('/api/schedules')).json<ScheduleSummary[]>();
    assert.deepEqual(
      plannings.map((s) => [s.className, s.status]).sort(),
      [['G3A', 'open'], ['G4B', 'past'], ['H3A', 'upcoming']],
    );
    for (const planning of plannings) assert.match(planning.code, /^[A-HJKMNP-Z2-9]{6}$/);
  });

  it('seeds "Kansrijk kiezen" with two videos and a game between the keuzemetingen', async () => {
    const summary = (await decaan.get('/api/lessons')).json<LessonSummary[]>().find((l) => l.title.startsWith('Kansrijk kiezen'));
    assert.ok(summary);
    const detail = (await decaan.get(`/api/lessons/${summary.id}`)).json<LessonDetail>();
    assert.deepEqual(detail.steps.map((step) => step.type), ['keuzemeting-voor', 'video', 'video', 'game', 'reflectie', 'keuzemeting-na']);
    assert.equal(detail.lengthMinutes, 50);
    const moduleMinutes = detail.steps.filter((step) => step.type === 'video' || step.type === 'game').map((step) => step.minutes);
    assert.equal(moduleMinutes[2], 4, 'the game takes 240 s');
    assert.equal(detail.totalMinutes, 2 + moduleMinutes.reduce((sum, minutes) => sum + minutes, 0) + 5 + 2);
    assert.equal(detail.locked, true, 'it is planned, so saving makes a new version');
  });

  it('creates a lesson and adds up its minutes: the video rounded up to whole minutes, keuzemetingen 2 + 2, reflectie 5', async () => {
    const response = await decaan.post('/api/lessons', lesson());
    assert.equal(response.statusCode, 201, response.body);
    const detail = response.json<LessonDetail>();
    assert.equal(detail.version, 1);
    assert.equal(detail.totalMinutes, Math.ceil(videos[0].durationSeconds / 60) + 2 + 2 + 5);
    assert.equal(detail.steps[1].title, videos[0].title);
    assert.equal(detail.locked, false);
    const module = (await decaan.get(`/api/modules/${videos[0].id}`)).json<{ usedIn: { lessonId: string }[] }>();
    assert.ok(module.usedIn.some((use) => use.lessonId === detail.id), 'the module shows where it is used');
  });

  it('refuses a lesson without any video or game, and an empty lesson, naming the field', async () => {
    const noModule = await decaan.post('/api/lessons', lesson({ steps: [{ id: 'a', type: 'keuzemeting-voor' }] }));
    assert.equal(noModule.statusCode, 400);
    assert.equal(problemOf(noModule).errors?.[0]?.field, '/steps');
    const empty = await decaan.post('/api/lessons', lesson({ steps: [] }));
    assert.equal(empty.statusCode, 400);
    assert.equal(problemOf(empty).errors?.[0]?.field, '/steps');
    const unknown = await decaan.post('/api/lessons', lesson({ steps: [{ id: 'x', type: 'video', moduleId: '00000000-0000-4000-8000-000000000000', moduleVersion: 1 }] }));
    assert.equal(problemOf(unknown).errors?.[0]?.field, '/steps/0/moduleId');
    assert.equal(problemOf(unknown).errors?.[0]?.message, 'Deze module (of versie) bestaat niet.');
  });

  it('refuses bad steps: duplicate ids, one answer option, more than 30 steps, a draft or mistyped module', async () => {
    const video: LessonStep = { id: 'v', type: 'video', moduleId: videos[0].id, moduleVersion: videos[0].version };
    const fieldOf = async (steps: LessonStep[]) => {
      const response = await decaan.post('/api/lessons', lesson({ steps }));
      assert.equal(response.statusCode, 400, response.body);
      return problemOf(response).errors?.[0]?.field;
    };
    assert.equal(await fieldOf([video, { ...video }]), '/steps');
    assert.match((await fieldOf([video, { id: 'r', type: 'reflectie', question: 'Wat kies je?', options: ['Alleen dit'] }])) ?? '', /^\/steps\/1/);
    assert.match((await fieldOf(Array.from({ length: 31 }, (_, i) => ({ ...video, id: `v${i}` })))) ?? '', /^\/steps/);
    assert.equal(await fieldOf([{ ...video, type: 'game' }]), '/steps/0/moduleId');

    const created = await decaan.post('/api/modules', {
      type: 'video', title: 'Nog niet gepubliceerd', description: '', niveaus: ['havo'], leerjaren: [3], sectors: ['ict'], opleidingen: [], beroepen: [],
      maker: '', source: '', sourceUrl: null, quality: videos[0].quality, game: null,
    });
    const module = created.json<ModuleDetail>();
    assert.equal(await fieldOf([{ ...video, moduleId: module.id, moduleVersion: 1 }]), '/steps/0/moduleVersion');
  });

  it('accepts a multiple-choice reflection with two to six options', async () => {
    const steps: LessonStep[] = [
      { id: 'v', type: 'video', moduleId: videos[0].id, moduleVersion: videos[0].version },
      { id: 'r', type: 'reflectie', question: 'Wat past bij jou?', options: ['Zorg', 'Techniek'] },
    ];
    assert.equal((await decaan.post('/api/lessons', lesson({ steps }))).statusCode, 201);
  });

  it('edits an unscheduled lesson in place, and makes a new version of a scheduled one; the planning keeps its version', async () => {
    const created = (await decaan.post('/api/lessons', lesson())).json<LessonDetail>();
    const edited = (await put(`/api/lessons/${created.id}`, lesson({ title: 'Beroepen in de zorg (2)' }))).json<LessonDetail>();
    assert.equal(edited.version, 1);

    const planned = await decaan.post('/api/schedules', { lessonId: created.id, lessonVersion: 1, classIds: [classId('V2A')], startsOn: '2027-01-10', endsOn: '2027-01-20' });
    assert.equal(planned.statusCode, 201, planned.body);
    assert.equal((await decaan.get(`/api/lessons/${created.id}`)).json<LessonDetail>().locked, true);

    const next = await put(`/api/lessons/${created.id}`, lesson({ title: 'Beroepen in de zorg (3)', lengthMinutes: 50 }));
    assert.equal(next.statusCode, 200, next.body);
    const v2 = next.json<LessonDetail>();
    assert.equal(v2.version, 2);
    assert.equal(v2.locked, false);
    assert.deepEqual(v2.versions.map((v) => [v.version, v.scheduled]), [[2, false], [1, true]]);
    const planning = planned.json<ScheduleSummary[]>()[0];
    const after = (await decaan.get(`/api/schedules/${planning.id}`)).json<ScheduleSummary>();
    assert.equal(after.lessonVersion, 1);
    assert.equal(after.lessonTitle, 'Beroepen in de zorg (2)');
  });

  it('duplicates a lesson as version 1 of a new lesson', async () => {
    const created = (await decaan.post('/api/lessons', lesson())).json<LessonDetail>();
    const copy = await decaan.post(`/api/lessons/${created.id}/duplicate`);
    assert.equal(copy.statusCode, 201);
    assert.equal(copy.json<LessonDetail>().title, 'Beroepen in de zorg (kopie)');
    assert.notEqual(copy.json<LessonDetail>().id, created.id);
  });

  it('plans for several classes at once, or for none when one class is wrong', async () => {
    const created = (await decaan.post('/api/lessons', lesson())).json<LessonDetail>();
    const before = (await decaan.get('/api/schedules')).json<ScheduleSummary[]>().length;
    const bad = await decaan.post('/api/schedules', {
      lessonId: created.id,
      lessonVersion: 1,
      classIds: [classId('V2A'), '00000000-0000-4000-8000-000000000000'],
      startsOn: '2027-02-01',
      endsOn: '2027-02-05',
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(problemOf(bad).errors?.[0]?.field, '/classIds');
    assert.equal((await decaan.get('/api/schedules')).json<ScheduleSummary[]>().length, before);

    const otherSchoolsClass = await decaan.post('/api/schedules', { lessonId: created.id, lessonVersion: 1, classIds: [classId('V2A'), otherSchoolClassId], startsOn: '2027-02-01', endsOn: '2027-02-05' });
    assert.equal(problemOf(otherSchoolsClass).errors?.[0]?.field, '/classIds');
    assert.equal((await decaan.get('/api/schedules')).json<ScheduleSummary[]>().length, before);

    const reversed = await decaan.post('/api/schedules', { lessonId: created.id, lessonVersion: 1, classIds: [classId('V2A')], startsOn: '2027-02-05', endsOn: '2027-02-01' });
    assert.equal(problemOf(reversed).errors?.[0]?.field, '/endsOn');
    const tooLong = await decaan.post('/api/schedules', { lessonId: created.id, lessonVersion: 1, classIds: [classId('V2A')], startsOn: '2027-02-01', endsOn: '2028-02-03' });
    assert.equal(problemOf(tooLong).errors?.[0]?.field, '/endsOn');
    const noVersion = await decaan.post('/api/schedules', { lessonId: created.id, lessonVersion: 2, classIds: [classId('V2A')], startsOn: '2027-02-01', endsOn: '2027-02-05' });
    assert.equal(problemOf(noVersion).errors?.[0]?.field, '/lessonVersion');
    const badDate = await decaan.post('/api/schedules', { lessonId: created.id, lessonVersion: 1, classIds: [classId('V2A')], startsOn: '2027-02-30', endsOn: '2027-03-05' });
    assert.equal(problemOf(badDate).errors?.[0]?.field, '/startsOn');

    const good = await decaan.post('/api/schedules', { lessonId: created.id, lessonVersion: 1, classIds: [classId('V2A'), classId('V3B')], startsOn: '2027-02-01', endsOn: '2027-02-05' });
    assert.equal(good.statusCode, 201);
    const codes = good.json<ScheduleSummary[]>().map((s) => s.code);
    assert.equal(new Set(codes).size, 2);
    assert.equal((await decaan.get('/api/schedules')).json<ScheduleSummary[]>().length, before + 2);
  });

  it('deletes a planning only before it opens', async () => {
    const plannings = (await decaan.get('/api/schedules')).json<ScheduleSummary[]>();
    const open = plannings.find((s) => s.status === 'open');
    const upcoming = plannings.find((s) => s.status === 'upcoming');
    assert.ok(open && upcoming);
    const refused = await decaan.request({ method: 'DELETE', url: `/api/schedules/${open.id}` }, true);
    assert.equal(refused.statusCode, 409);
    const removed = await decaan.request({ method: 'DELETE', url: `/api/schedules/${upcoming.id}` }, true);
    assert.equal(removed.statusCode, 204);
  });

  it('filters plannings on upcoming (not yet ended) and past', async () => {
    const upcoming = (await decaan.get('/api/schedules?when=upcoming')).json<ScheduleSummary[]>();
    const past = (await decaan.get('/api/schedules?when=past')).json<ScheduleSummary[]>();
    assert.ok(upcoming.length > 0 && past.length > 0);
    assert.ok(upcoming.every((s) => s.status !== 'past'));
    assert.ok(past.every((s) => s.status === 'past'));
    assert.equal((await decaan.get('/api/schedules?when=soon')).statusCode, 400);
  });

  it('lets the beheerder build and plan lessons too', async () => {
    const beheer = await signedIn(t.app, 'beheer@demo.koers.nl');
    const created = await beheer.post('/api/lessons', lesson({ title: 'Les van de beheerder' }));
    assert.equal(created.statusCode, 201);
    const planned = await beheer.post('/api/schedules', { lessonId: created.json<LessonDetail>().id, lessonVersion: 1, classIds: [classId('H4A')], startsOn: '2027-04-01', endsOn: '2027-04-02' });
    assert.equal(planned.statusCode, 201);
  });

  it("answers another school's lessons and plannings with 404", async () => {
    const ours = (await decaan.get('/api/lessons')).json<LessonSummary[]>()[0];
    const planning = (await decaan.get('/api/schedules')).json<ScheduleSummary[]>()[0];
    assert.deepEqual((await otherSchool.get('/api/lessons')).json<LessonSummary[]>(), []);
    assert.deepEqual((await otherSchool.get('/api/schedules')).json<ScheduleSummary[]>(), []);
    assert.equal((await otherSchool.get(`/api/lessons/${ours.id}`)).statusCode, 404);
    assert.equal((await otherSchool.request({ method: 'PUT', url: `/api/lessons/${ours.id}`, payload: lesson() }, true)).statusCode, 404);
    assert.equal((await otherSchool.post(`/api/lessons/${ours.id}/duplicate`)).statusCode, 404);
    assert.equal((await otherSchool.get(`/api/schedules/${planning.id}`)).statusCode, 404);
    assert.equal((await otherSchool.request({ method: 'DELETE', url: `/api/schedules/${planning.id}` }, true)).statusCode, 404);
    const theirLesson = await otherSchool.post('/api/lessons', lesson());
    assert.equal(problemOf(theirLesson).errors?.[0]?.field, '/steps/1/moduleId', "our school's video is not theirs to use");
  });

  it('shows a mentor only the plannings of their own classes and refuses the others', async () => {
    const mentor = await signedIn(t.app, 'mentor@demo.koers.nl');
    const own = (await mentor.get('/api/schedules')).json<ScheduleSummary[]>();
    assert.ok(own.length > 0);
    assert.ok(own.every((s) => s.className === 'G3A' || s.className === 'H3A'));
    const other = (await decaan.get('/api/schedules')).json<ScheduleSummary[]>().find((s) => s.className === 'G4B');
    assert.ok(other);
    assert.equal((await mentor.get(`/api/schedules/${other.id}`)).statusCode, 403);
    assert.equal((await mentor.get(`/api/schedules?classId=${classId('G4B')}`)).statusCode, 403);
    assert.equal((await mentor.post('/api/lessons', lesson())).statusCode, 403);
    assert.equal((await mentor.post('/api/schedules', { lessonId: own[0].lessonId, lessonVersion: 1, classIds: [classId('G3A')], startsOn: '2027-03-01', endsOn: '2027-03-02' })).statusCode, 403);
  });

  it('refuses students and anonymous visitors', async () => {
    const klas = (await decaan.get(`/api/classes/${classId('G3A')}`)).json<{ classCode: string; students: { personalCode: string }[] }>();
    const student = new Client(t.app);
    await student.signInStudent(klas.classCode, klas.students[0].personalCode);
    assert.equal((await student.get('/api/lessons')).statusCode, 403);
    assert.equal((await student.get('/api/schedules')).statusCode, 403);
    assert.equal((await new Client(t.app).get('/api/lessons')).statusCode, 401);
  });
});

describe('schedule codes and status', () => {
  it('makes six-character codes from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newScheduleCode();
      assert.equal(code.length, 6);
      assert.ok([...code].every((char) => SCHEDULE_CODE_ALPHABET.includes(char)));
    }
  });

  it('calls a window upcoming, open (both ends inclusive) or past', () => {
    assert.equal(scheduleStatus('2026-12-01', '2026-12-05', '2026-11-30'), 'upcoming');
    assert.equal(scheduleStatus('2026-12-01', '2026-12-05', '2026-12-01'), 'open');
    assert.equal(scheduleStatus('2026-12-01', '2026-12-05', '2026-12-05'), 'open');
    assert.equal(scheduleStatus('2026-12-01', '2026-12-05', '2026-12-06'), 'past');
  });
});
