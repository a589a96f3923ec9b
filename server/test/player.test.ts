import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClassDetail, ClassSummary, LessonSummary, PlayableLesson, ScheduleSummary, StudentLessonSummary } from '@koers/contracts';
import { Client, problemOf, signedIn, startTestApp, type TestApp } from './helpers';

describe('student lesson player API', () => {
  let t: TestApp;
  let decaan: Client;
  let student: Client;
  let schedules: ScheduleSummary[];
  const scheduleOf = (className: string) => schedules.find((s) => s.className === className)!;

  before(async () => {
    t = await startTestApp();
    decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
    schedules = (await decaan.get('/api/schedules?when=all')).json<ScheduleSummary[]>();
    const classes = (await decaan.get('/api/classes')).json<ClassSummary[]>();
    const g3a = (await decaan.get(`/api/classes/${classes.find((c) => c.name === 'G3A')!.id}`)).json<ClassDetail & { classCode: string }>();
    student = new Client(t.app);
    await student.signInStudent(g3a.classCode, g3a.students[0].personalCode);
  });
  after(() => t.close());

  it('lists the lessons planned for the student’s own class, open first', async () => {
    const response = await student.get('/api/student/lessons');
    assert.equal(response.statusCode, 200);
    const lessons = response.json<StudentLessonSummary[]>();
    assert.ok(lessons.length >= 1);
    assert.equal(lessons[0].status, 'open');
    assert.equal(lessons[0].code, scheduleOf('G3A').code);
    assert.equal(lessons[0].completedSteps, 0);
    assert.ok(lessons[0].stepCount >= 3);
    assert.ok(lessons[0].totalMinutes > 0);
    assert.ok(lessons.every((lesson) => schedules.some((s) => s.id === lesson.scheduleId && s.className === 'G3A')));
  });

  it('answers a playable lesson with the exact module versions, media URLs and game content', async () => {
    const response = await student.get(`/api/student/lessons/${scheduleOf('G3A').code.toLowerCase()}`);
    assert.equal(response.statusCode, 200);
    const lesson = response.json<PlayableLesson>();
    assert.equal(lesson.scheduleId, scheduleOf('G3A').id);
    assert.equal(lesson.lessonVersion, scheduleOf('G3A').lessonVersion);
    const video = lesson.steps.find((step) => step.type === 'video');
    assert.ok(video && video.type === 'video');
    assert.match(video.video.videoUrl, /^\/api\/media\//);
    assert.match(video.video.captionsUrl, /^\/api\/media\//);
    assert.ok(video.video.durationSeconds > 0);
    const media = await student.get(video.video.videoUrl);
    assert.equal(media.statusCode, 200, 'the student may load the video itself');
    assert.deepEqual(lesson.progress, []);
  });

  it('refuses another class’s lesson, a lesson that has not opened, and unknown codes', async () => {
    assert.equal(problemOf(await student.get(`/api/student/lessons/${scheduleOf('H3A').code}`)).code, 'lesson_other_class');
    assert.equal((await student.get('/api/student/lessons/ZZZZZZ')).statusCode, 404);
    const g3a = scheduleOf('G3A');
    const later = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const created = await decaan.request(
      { method: 'POST', url: '/api/schedules', payload: { lessonId: g3a.lessonId, lessonVersion: g3a.lessonVersion, classIds: [g3a.classId], startsOn: later, endsOn: later } },
      true,
    );
    assert.equal(created.statusCode, 201);
    const [upcoming] = created.json<ScheduleSummary[]>();
    const notOpen = await student.get(`/api/student/lessons/${upcoming.code}`);
    assert.equal(notOpen.statusCode, 409);
    assert.equal(problemOf(notOpen).code, 'lesson_not_open');
    const listed = (await student.get('/api/student/lessons')).json<StudentLessonSummary[]>();
    assert.equal(listed.find((lesson) => lesson.code === upcoming.code)?.status, 'upcoming');
    assert.equal((await student.get('/api/student/lessons/abc')).statusCode, 400);
  });

  it('is for students only; staff preview a lesson as students get it', async () => {
    assert.equal((await decaan.get('/api/student/lessons')).statusCode, 403);
    assert.equal((await new Client(t.app).get('/api/student/lessons')).statusCode, 401);
    const lessons = (await decaan.get('/api/lessons')).json<LessonSummary[]>();
    const preview = await decaan.get(`/api/lessons/${lessons[0].id}/preview`);
    assert.equal(preview.statusCode, 200);
    const lesson = preview.json<PlayableLesson>();
    assert.equal(lesson.scheduleId, '');
    assert.equal(lesson.steps.length, lessons[0].stepCount);
    assert.equal((await decaan.get(`/api/lessons/${lessons[0].id}/preview?version=99`)).statusCode, 404);
    assert.equal((await student.get(`/api/lessons/${lessons[0].id}/preview`)).statusCode, 403);
  });
});
