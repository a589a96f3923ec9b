import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CSRF_COOKIE, SESSION_COOKIE, type LoginResponse, type SessionResponse } from '@koers/contracts';
import { demoPlan } from '../src/db/seed/demo';
import { Client, problemOf, startTestApp, type TestApp } from './helpers';

const plan = demoPlan();
const g3a = plan.classes[0]!;
const firstStudent = g3a.students[0]!;

describe('staff sign-in', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('signs in with e-mail and password and returns the user with roles and school', async () => {
    const client = new Client(t.app);
    const response = await client.signIn('  Decaan@Demo.Koers.nl ');
    assert.equal(response.statusCode, 200);
    const { user } = response.json<LoginResponse>();
    assert.equal(user.kind, 'staff');
    assert.equal(user.displayName, 'Marieke de Vries');
    assert.deepEqual(user.roles, ['decaan']);
    assert.equal(user.school.name, 'Demo College');
    const session = await client.get('/api/auth/session');
    assert.equal(session.json<SessionResponse>().user?.id, user.id);
  });

  it('sets an httpOnly, SameSite=Lax session cookie', async () => {
    const client = new Client(t.app);
    const response = await client.signIn('decaan@demo.koers.nl');
    const cookie = String(([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${SESSION_COOKIE}=`)));
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\//);
  });

  it('refuses a wrong password with a clear Dutch message', async () => {
    const client = new Client(t.app);
    const response = await client.signIn('decaan@demo.koers.nl', 'wrong-password');
    assert.equal(response.statusCode, 401);
    const problem = problemOf(response);
    assert.equal(problem.code, 'invalid_credentials');
    assert.equal(problem.detail, 'E-mailadres of wachtwoord klopt niet.');
    assert.equal(client.cookies.has(SESSION_COOKIE), false);
  });

  it('answers an unknown e-mail address exactly like a wrong password', async () => {
    const client = new Client(t.app);
    const response = await client.signIn('nobody@demo.koers.nl', 'koers-demo');
    assert.equal(response.statusCode, 401);
    assert.equal(problemOf(response).code, 'invalid_credentials');
  });

  it('starts a new session and CSRF token at every sign-in (no session fixation)', async () => {
    const client = new Client(t.app);
    await client.signIn('decaan@demo.koers.nl');
    const firstSession = client.cookies.get(SESSION_COOKIE);
    const firstToken = client.cookies.get(CSRF_COOKIE);
    await client.post('/api/auth/login', { email: 'beheer@demo.koers.nl', password: 'koers-demo' });
    assert.notEqual(client.cookies.get(SESSION_COOKIE), firstSession);
    assert.notEqual(client.cookies.get(CSRF_COOKIE), firstToken);

    const stale = new Client(t.app);
    stale.cookies.set(SESSION_COOKIE, firstSession!);
    const response = await stale.get('/api/auth/session');
    assert.equal(response.json<SessionResponse>().user, null);
  });

  it('signs out: the session is gone and its cookie no longer works', async () => {
    const client = new Client(t.app);
    await client.signIn('decaan@demo.koers.nl');
    const token = client.cookies.get(SESSION_COOKIE)!;
    const response = await client.post('/api/auth/logout');
    assert.equal(response.statusCode, 204);
    assert.equal(client.cookies.has(SESSION_COOKIE), false);
    assert.equal((await client.get('/api/auth/session')).json<SessionResponse>().user, null);

    const replay = new Client(t.app);
    replay.cookies.set(SESSION_COOKIE, token);
    assert.equal((await replay.get('/api/classes')).statusCode, 401);
  });
});

describe('CSRF protection', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('hands out a readable XSRF-TOKEN cookie with the session answer', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${CSRF_COOKIE}=`));
    assert.ok(cookie);
    assert.doesNotMatch(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
  });

  it('refuses a sign-in without the header, and signs nobody in', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    const response = await client.post('/api/auth/login', { email: 'decaan@demo.koers.nl', password: 'koers-demo' }, { csrf: false });
    assert.equal(response.statusCode, 403);
    assert.equal(problemOf(response).code, 'csrf');
    assert.equal(client.cookies.has(SESSION_COOKIE), false);
  });

  it('refuses a header that does not match the cookie', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    const response = await client.post('/api/auth/login', { email: 'decaan@demo.koers.nl', password: 'koers-demo' }, { csrf: 'forged.value' });
    assert.equal(response.statusCode, 403);
    assert.equal(problemOf(response).code, 'csrf');
  });

  it('refuses sign-out without the header and keeps the session', async () => {
    const client = new Client(t.app);
    await client.signIn('decaan@demo.koers.nl');
    const response = await client.post('/api/auth/logout', undefined, { csrf: false });
    assert.equal(response.statusCode, 403);
    assert.equal((await client.get('/api/auth/session')).json<SessionResponse>().user?.displayName, 'Marieke de Vries');
  });

  it("refuses another session's token even when cookie and header match", async () => {
    const victim = await signedInClient(t, 'decaan@demo.koers.nl');
    const attacker = await signedInClient(t, 'beheer@demo.koers.nl');
    const foreignToken = attacker.cookies.get(CSRF_COOKIE)!;
    victim.cookies.set(CSRF_COOKIE, foreignToken);
    const response = await victim.post('/api/auth/logout', undefined, { csrf: foreignToken });
    assert.equal(response.statusCode, 403);
    assert.equal((await victim.get('/api/auth/session')).json<SessionResponse>().user?.displayName, 'Marieke de Vries');
  });

  it('replaces an invalid token cookie so the next attempt can succeed', async () => {
    const client = new Client(t.app);
    client.cookies.set(CSRF_COOKIE, 'stale.token');
    const refused = await client.post('/api/auth/login', { email: 'decaan@demo.koers.nl', password: 'koers-demo' });
    assert.equal(refused.statusCode, 403);
    assert.notEqual(client.cookies.get(CSRF_COOKIE), 'stale.token');
    const retried = await client.post('/api/auth/login', { email: 'decaan@demo.koers.nl', password: 'koers-demo' });
    assert.equal(retried.statusCode, 200);
  });
});

describe('student sign-in', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('recognises a class code, ignoring case and spaces', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    const response = await client.post('/api/auth/student/class', { classCode: ` ${g3a.classCode.toLowerCase()} ` });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), { classCode: g3a.classCode, className: 'G3A', schoolName: 'Demo College' });
  });

  it('answers an unknown class code with 404 unknown_class_code', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    const response = await client.post('/api/auth/student/class', { classCode: 'ZZZZZZ' });
    assert.equal(response.statusCode, 404);
    assert.equal(problemOf(response).code, 'unknown_class_code');
  });

  it('signs a student in with class code and personal code', async () => {
    const client = new Client(t.app);
    const response = await client.signInStudent(g3a.classCode, firstStudent.personalCode.toLowerCase());
    assert.equal(response.statusCode, 200);
    const { user } = response.json<LoginResponse>();
    assert.equal(user.kind, 'student');
    assert.deepEqual(user.roles, ['leerling']);
    assert.equal(user.displayName, firstStudent.displayName);
    assert.equal(user.kind === 'student' && user.className, 'G3A');
    const me = await client.get('/api/student/me');
    assert.deepEqual(me.json(), { displayName: firstStudent.displayName, className: 'G3A', schoolName: 'Demo College' });
  });

  it('refuses a personal code of another class', async () => {
    const otherClassStudent = plan.classes[1]!.students.find(
      (student) => !g3a.students.some((own) => own.personalCode === student.personalCode),
    )!;
    const client = new Client(t.app);
    const response = await client.signInStudent(g3a.classCode, otherClassStudent.personalCode);
    assert.equal(response.statusCode, 401);
    assert.equal(problemOf(response).code, 'unknown_personal_code');
    assert.equal(client.cookies.has(SESSION_COOKIE), false);
  });

  it('refuses a student sign-in with an unknown class code', async () => {
    const client = new Client(t.app);
    const response = await client.signInStudent('ZZZZZZ', firstStudent.personalCode);
    assert.equal(response.statusCode, 404);
    assert.equal(problemOf(response).code, 'unknown_class_code');
  });
});

async function signedInClient(t: TestApp, email: string): Promise<Client> {
  const client = new Client(t.app);
  const response = await client.signIn(email);
  assert.equal(response.statusCode, 200);
  return client;
}
