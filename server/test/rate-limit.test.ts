import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_RATE_LIMITS } from '../src/config';
import { demoPlan } from '../src/db/seed/demo';
import { Client, problemOf, startTestApp, type TestApp } from './helpers';

const window = 5 * 60 * 1000;

describe('rate limiting of sign-in', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({
      rateLimit: {
        staffSignIn: { max: 3, windowMs: window },
        studentSignIn: { max: 4, windowMs: window },
        signInPerIp: DEFAULT_RATE_LIMITS.signInPerIp,
      },
    });
  });
  after(() => t.close());

  it('answers 429 with Retry-After and a Dutch message once the attempts are used up', async () => {
    const client = new Client(t.app);
    for (let attempt = 1; attempt <= 3; attempt++) {
      assert.equal((await client.signIn('decaan@demo.koers.nl', 'wrong')).statusCode, 401, `attempt ${attempt}`);
    }
    const blocked = await client.signIn('decaan@demo.koers.nl', 'koers-demo');
    assert.equal(blocked.statusCode, 429);
    const problem = problemOf(blocked);
    assert.equal(problem.code, 'rate_limited');
    assert.equal(problem.detail, 'Te veel inlogpogingen. Probeer het over 5 minuten opnieuw.');
    const retryAfter = Number(blocked.headers['retry-after']);
    assert.ok(retryAfter > 240 && retryAfter <= 300, `Retry-After ${retryAfter}`);
  });

  it('limits per e-mail address, so another account can still sign in', async () => {
    const client = new Client(t.app);
    assert.equal((await client.signIn('beheer@demo.koers.nl')).statusCode, 200);
  });

  it('limits student attempts per class code', async () => {
    const classCode = demoPlan().classes[1]!.classCode;
    const client = new Client(t.app);
    for (let attempt = 1; attempt <= 4; attempt++) {
      assert.equal((await client.signInStudent(classCode, '????')).statusCode, 401, `attempt ${attempt}`);
    }
    const blocked = await client.signInStudent(classCode, '????');
    assert.equal(blocked.statusCode, 429);
    assert.ok(Number(blocked.headers['retry-after']) > 0);
  });
});

describe('rate limiting per client IP', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({
      rateLimit: { ...DEFAULT_RATE_LIMITS, signInPerIp: { max: 2, windowMs: window } },
    });
  });
  after(() => t.close());

  it('counts every sign-in route of one IP together', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    assert.equal((await client.post('/api/auth/student/class', { classCode: 'AAAAAA' })).statusCode, 404);
    assert.equal((await client.post('/api/auth/login', { email: 'x@example.org', password: 'x' })).statusCode, 401);
    const blocked = await client.post('/api/auth/login', { email: 'y@example.org', password: 'y' });
    assert.equal(blocked.statusCode, 429);
  });
});
