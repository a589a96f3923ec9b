import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { Client, onPostgres, problemOf, startTestApp, type TestApp } from './helpers';

/** The newest migration in the journal: the one a freshly migrated database must report. */
function latestMigrationTag(): string {
  const journal = JSON.parse(readFileSync(new URL('../src/db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? '';
}

describe('API basics', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    t.app.get('/api/test/crash', { config: { access: 'public' } }, async () => {
      throw new Error('secret internal detail');
    });
  });
  after(() => t.close());

  it('reports health with the database kind and the latest migration', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      status: 'ok',
      database: onPostgres ? 'postgresql' : 'pglite',
      migration: latestMigrationTag(),
    });
  });

  it('answers an unknown API route with a Dutch problem+json 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/does-not-exist' });
    assert.equal(response.statusCode, 404);
    const problem = problemOf(response);
    assert.equal(problem.code, 'not_found');
    assert.equal(problem.status, 404);
    assert.equal(problem.detail, 'Dit bestaat niet (meer).');
  });

  it('answers in English when the client prefers English', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/nope', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    assert.equal(problemOf(response).detail, 'This does not exist (any more).');
  });

  it('names the failing field of an invalid body', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    const response = await client.post('/api/auth/login', { email: 'decaan@demo.koers.nl' });
    assert.equal(response.statusCode, 400);
    const problem = problemOf(response);
    assert.equal(problem.code, 'validation');
    assert.deepEqual(problem.errors, [{ field: '/password', message: 'is verplicht' }]);
  });

  it('names the failing path parameter', async () => {
    const client = new Client(t.app);
    await client.signIn('decaan@demo.koers.nl');
    const response = await client.get('/api/classes/not-a-uuid');
    assert.equal(response.statusCode, 400);
    assert.equal(problemOf(response).errors?.[0]?.field, '/id');
  });

  it('answers malformed JSON with a validation problem, not a crash', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    const response = await client.request(
      { method: 'POST', url: '/api/auth/login', payload: '{"email":', headers: { 'content-type': 'application/json' } },
      true,
    );
    assert.equal(response.statusCode, 400);
    assert.equal(problemOf(response).code, 'validation');
  });

  it('answers an unsupported content type with 415', async () => {
    const client = new Client(t.app);
    await client.get('/api/auth/session');
    const response = await client.request(
      { method: 'POST', url: '/api/auth/login', payload: '<email/>', headers: { 'content-type': 'application/xml' } },
      true,
    );
    assert.equal(response.statusCode, 415);
    assert.equal(problemOf(response).code, 'unsupported_media_type');
  });

  it('hides the details of an internal error', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/test/crash' });
    assert.equal(response.statusCode, 500);
    const problem = problemOf(response);
    assert.equal(problem.code, 'internal');
    assert.doesNotMatch(response.body, /secret internal detail|at .*\.ts/);
  });

  it('sends security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.match(String(response.headers['content-security-policy']), /script-src 'self'/);
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
  });
});
