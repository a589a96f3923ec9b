import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClassDetail, ClassSummary, SchoolOverview, StaffUserSummary } from '@koers/contracts';
import { demoPlan } from '../src/db/seed/demo';
import { Client, OTHER_SCHOOL_DECAAN, problemOf, seedOtherSchool, signedIn, startTestApp, type TestApp } from './helpers';

const plan = demoPlan();
const classCodeOf = (name: string) => plan.classes.find((planned) => planned.name === name)!.classCode;

describe('authorization', () => {
  let t: TestApp;
  let decaan: Client;
  let mentor: Client;
  let directie: Client;
  let beheer: Client;
  let student: Client;
  let otherSchoolDecaan: Client;
  let classIdByName: Map<string, string>;
  let otherSchoolClassId: string;

  before(async () => {
    t = await startTestApp();
    t.app.get('/api/test/undeclared', async () => ({ secret: 'should never be served' }));
    otherSchoolClassId = await seedOtherSchool(t);
    [decaan, mentor, directie, beheer, otherSchoolDecaan] = await Promise.all(
      ['decaan@demo.koers.nl', 'mentor@demo.koers.nl', 'directie@demo.koers.nl', 'beheer@demo.koers.nl', OTHER_SCHOOL_DECAAN].map(
        (email) => signedIn(t.app, email),
      ),
    );
    student = new Client(t.app);
    const g3a = plan.classes[0]!;
    assert.equal((await student.signInStudent(g3a.classCode, g3a.students[0]!.personalCode)).statusCode, 200);
    const all = (await decaan.get('/api/classes')).json<ClassSummary[]>();
    classIdByName = new Map(all.map((found) => [found.name, found.id]));
  });
  after(() => t.close());

  it('refuses anonymous callers with 401', async () => {
    const response = await new Client(t.app).get('/api/classes');
    assert.equal(response.statusCode, 401);
    assert.equal(problemOf(response).code, 'unauthenticated');
  });

  it('refuses a route that declares no access, even to a signed-in user', async () => {
    const response = await decaan.get('/api/test/undeclared');
    assert.equal(response.statusCode, 403);
    assert.doesNotMatch(response.body, /should never be served/);
  });

  it('shows the decaan every class of the school with mentors and student counts', async () => {
    const list = (await decaan.get('/api/classes')).json<ClassSummary[]>();
    assert.deepEqual(list.map((found) => found.name).sort(), plan.classes.map((planned) => planned.name).sort());
    const g3a = list.find((found) => found.name === 'G3A')!;
    assert.deepEqual(g3a.mentors, ['Joost Bakker']);
    assert.equal(g3a.studentCount, plan.classes[0]!.students.length);
  });

  it('shows a mentor only their own classes', async () => {
    const list = (await mentor.get('/api/classes')).json<ClassSummary[]>();
    assert.deepEqual(list.map((found) => found.name).sort(), ['G3A', 'H3A']);
  });

  it("lets a mentor open their own class with students' personal codes and the class code", async () => {
    const response = await mentor.get(`/api/classes/${classIdByName.get('G3A')}`);
    assert.equal(response.statusCode, 200);
    const detail = response.json<ClassDetail>();
    assert.equal(detail.classCode, classCodeOf('G3A'));
    assert.equal(detail.students.length, plan.classes[0]!.students.length);
    assert.ok(detail.students.every((entry) => /^[A-Z0-9]{4}$/.test(entry.personalCode)));
  });

  it("refuses a mentor another mentor's class (403)", async () => {
    const response = await mentor.get(`/api/classes/${classIdByName.get('V2A')}`);
    assert.equal(response.statusCode, 403);
    assert.equal(problemOf(response).code, 'forbidden');
  });

  it('lets the decaan and the beheerder open any class of the school', async () => {
    for (const client of [decaan, beheer]) {
      assert.equal((await client.get(`/api/classes/${classIdByName.get('V2A')}`)).statusCode, 200);
    }
  });

  it('gives schoolleiding the class list and overview but no class rosters', async () => {
    assert.equal((await directie.get('/api/classes')).statusCode, 200);
    assert.equal((await directie.get(`/api/classes/${classIdByName.get('G3A')}`)).statusCode, 403);
    const overview = (await directie.get('/api/school/overview')).json<SchoolOverview>();
    assert.equal(overview.classCount, plan.classes.length);
    assert.equal(overview.studentCount, plan.classes.reduce((sum, planned) => sum + planned.students.length, 0));
  });

  it('refuses a student every staff route (403)', async () => {
    for (const url of ['/api/classes', `/api/classes/${classIdByName.get('G3A')}`, '/api/school/overview', '/api/admin/staff']) {
      const response = await student.get(url);
      assert.equal(response.statusCode, 403, url);
      assert.equal(problemOf(response).code, 'forbidden');
    }
  });

  it('refuses staff the student-only route', async () => {
    assert.equal((await decaan.get('/api/student/me')).statusCode, 403);
  });

  it('lists staff to the beheerder only', async () => {
    const staff = (await beheer.get('/api/admin/staff')).json<StaffUserSummary[]>();
    const mentorAccount = staff.find((user) => user.email === 'mentor@demo.koers.nl')!;
    assert.deepEqual(mentorAccount.mentorOf, ['G3A', 'H3A']);
    assert.ok(staff.every((user) => !user.email.endsWith('andere-school.nl')));
    assert.equal((await decaan.get('/api/admin/staff')).statusCode, 403);
  });

  it("answers a class of another school with 404, even to that school's decaan role", async () => {
    const response = await decaan.get(`/api/classes/${otherSchoolClassId}`);
    assert.equal(response.statusCode, 404);
    assert.equal(problemOf(response).code, 'not_found');
    const theirs = await otherSchoolDecaan.get(`/api/classes/${classIdByName.get('G3A')}`);
    assert.equal(theirs.statusCode, 404);
  });

  it('keeps class lists and overviews within the school', async () => {
    const list = (await otherSchoolDecaan.get('/api/classes')).json<ClassSummary[]>();
    assert.deepEqual(list.map((found) => found.name), ['X1A']);
    const overview = (await otherSchoolDecaan.get('/api/school/overview')).json<SchoolOverview>();
    assert.equal(overview.school.name, 'Andere School');
    assert.equal(overview.studentCount, 1);
  });

  it('keeps the xAPI statement store to students and Basic tools: anonymous 401, staff 403', async () => {
    const version = { 'x-experience-api-version': '1.0.3' };
    for (const method of ['GET', 'POST', 'PUT'] as const) {
      const anonymous = await new Client(t.app).request({ method, url: '/xapi/statements', headers: version, ...(method === 'GET' ? {} : { payload: {} }) });
      assert.equal(anonymous.statusCode, 401, method);
      assert.match(String(anonymous.headers['www-authenticate']), /^Basic /);
    }
    for (const staff of [decaan, beheer, mentor]) assert.equal((await staff.get('/xapi/statements', version)).statusCode, 403);
    assert.equal((await student.get('/xapi/statements', version)).statusCode, 200);
  });
});
