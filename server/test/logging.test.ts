import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CSRF_COOKIE, SESSION_COOKIE, type ClassSummary } from '@koers/contracts';
import { demoPlan } from '../src/db/seed/demo';
import { Client, startTestApp, type TestApp } from './helpers';

describe('logs', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({}, { captureLogs: true });
  });
  after(() => t.close());

  it('contain no e-mail addresses, passwords, codes, names or cookies', async () => {
    const plan = demoPlan();
    const g3a = plan.classes[0]!;
    const student = g3a.students[0]!;

    const staff = new Client(t.app);
    await staff.signIn('decaan@demo.koers.nl', 'wrong-password-123');
    await staff.signIn('decaan@demo.koers.nl');
    const [firstClass] = (await staff.get('/api/classes')).json<ClassSummary[]>();
    await staff.get(`/api/classes/${firstClass!.id}`);
    const pupil = new Client(t.app);
    await pupil.signInStudent(g3a.classCode, student.personalCode);
    await pupil.get('/api/student/me');

    const logs = t.logs.join('');
    assert.match(logs, /incoming request/, 'the logs were captured');
    const secrets = [
      'decaan@demo.koers.nl',
      'wrong-password-123',
      'koers-demo',
      g3a.classCode,
      student.personalCode,
      student.displayName,
      'Marieke',
      staff.cookies.get(SESSION_COOKIE)!,
      staff.cookies.get(CSRF_COOKIE)!,
      pupil.cookies.get(SESSION_COOKIE)!,
    ];
    for (const secret of secrets) assert.ok(!logs.includes(secret), `logs contain ${secret}`);
  });
});
