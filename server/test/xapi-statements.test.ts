/** The xAPI 1.0.3 Statement API rules of /xapi/statements (issue 5). */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { KOERS_ACCOUNT_HOMEPAGE, KOERS_EXT, VERBS, type XapiStatementResult } from '@koers/contracts';
import { configFromEnv } from '../src/config';
import { schools } from '../src/db/schema';
import { createXapiClient } from '../src/modules/xapi/clients';
import { problemOf, seedOtherSchool, signedIn, startTestApp, type TestApp } from './helpers';
import { basic, plannedLessons, signedInStudent, simpleStatement, stepStatement, studentIdOf, Tool, VERSION, type PlannedLesson, type Student } from './xapi-support';

type Statement = Record<string, unknown> & { id: string };

describe('xAPI statement API', () => {
  let t: TestApp;
  let tool: Tool;
  let lessons: PlannedLesson[];
  let student: Student;

  const count = async () => Number((await t.app.database.pool.query<{ n: string }>('select count(*) as n from xapi_statements')).rows[0]!.n);
  const fetchOne = async (id: string) => (await tool.get(`?statementId=${id}`)).json<Statement>();
  const list = async (query: string) => {
    const response = await tool.get(query);
    assert.equal(response.statusCode, 200, response.body);
    return response.json<XapiStatementResult>();
  };

  before(async () => {
    t = await startTestApp();
    tool = new Tool(t.app);
    lessons = await plannedLessons(t.app);
    student = await signedInStudent(t.app);
  });
  after(() => t.close());

  describe('headers and access', () => {
    it('answers /xapi/about without version header or credentials', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/xapi/about' });
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { version: ['1.0.3'] });
      assert.equal(response.headers['x-experience-api-version'], '1.0.3');
    });

    it('refuses a request without X-Experience-API-Version with a 400 naming the header, and still sends the headers', async () => {
      for (const headers of [{}, { 'x-experience-api-version': '2.0.0' }]) {
        const response = await t.app.inject({ method: 'GET', url: '/xapi/statements', headers: { authorization: basic(), ...headers } });
        assert.equal(response.statusCode, 400);
        assert.equal(problemOf(response).errors?.[0]?.field, 'X-Experience-API-Version');
        assert.equal(response.headers['x-experience-api-version'], '1.0.3');
        assert.ok(response.headers['x-experience-api-consistent-through']);
      }
    });

    it('answers in English on request', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/xapi/statements', headers: { authorization: basic(), 'accept-language': 'en' } });
      assert.match(problemOf(response).errors![0]!.message, /required/);
    });

    it('refuses missing and wrong credentials with 401 and WWW-Authenticate Basic, storing nothing', async () => {
      const before = await count();
      for (const authorization of [undefined, basic('demo-tool', 'wrong'), basic('nobody', 'demo-tool-secret'), 'Basic !!!']) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/xapi/statements',
          payload: simpleStatement(),
          headers: { ...VERSION, ...(authorization ? { authorization } : {}) },
        });
        assert.equal(response.statusCode, 401, String(authorization));
        assert.match(String(response.headers['www-authenticate']), /^Basic realm=/);
        assert.equal(response.headers['x-experience-api-version'], '1.0.3');
      }
      assert.equal(await count(), before);
    });

    it('refuses staff sessions (403): the store is for students and tools', async () => {
      const decaan = await signedIn(t.app, 'decaan@demo.koers.nl');
      const response = await decaan.get('/xapi/statements', VERSION);
      assert.equal(response.statusCode, 403);
    });

    it('needs the CSRF header from a student session', async () => {
      const response = await student.client.request({ method: 'POST', url: '/xapi/statements', payload: simpleStatement(), headers: VERSION }, false);
      assert.equal(response.statusCode, 403);
      assert.equal(problemOf(response).code, 'csrf');
    });

    it('sends X-Experience-API-Consistent-Through with lists', async () => {
      const response = await tool.get('?limit=1');
      const through = Date.parse(String(response.headers['x-experience-api-consistent-through']));
      assert.ok(Math.abs(through - Date.now()) < 60_000);
    });
  });

  describe('storing', () => {
    it('assigns an id when missing and answers the ids in order', async () => {
      const withId = simpleStatement();
      const withoutId: Record<string, unknown> = simpleStatement();
      delete withoutId['id'];
      const response = await tool.post([withId, withoutId]);
      assert.equal(response.statusCode, 200, response.body);
      const ids = response.json<string[]>();
      assert.equal(ids.length, 2);
      assert.equal(ids[0], withId['id']);
      assert.match(ids[1]!, /^[0-9a-f-]{36}$/);
      const stored = await fetchOne(ids[1]!);
      assert.equal(stored.id, ids[1]);
      assert.equal(stored['version'], '1.0.3');
      assert.ok(stored['stored'] && stored['timestamp']);
      assert.deepEqual((stored['authority'] as { account: { name: string } }).account.name, 'demo-tool');
    });

    it('accepts a single statement and answers an array with its id', async () => {
      const statement = simpleStatement();
      const response = await tool.post(statement);
      assert.deepEqual(response.json(), [statement['id']]);
    });

    it('treats the same statement again as a no-op, ignoring key order, stored, authority and version', async () => {
      const statement = simpleStatement({ timestamp: '2026-11-25T09:00:00Z' });
      assert.equal((await tool.post(statement)).statusCode, 200);
      const before = await count();
      const reordered = Object.fromEntries(Object.entries(statement).reverse());
      const again = await tool.post({ ...reordered, version: '1.0.0', timestamp: '2026-11-25T10:00:00+01:00' });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(await count(), before);
    });

    it('answers 409 for the same id with a different statement and stores nothing of that batch', async () => {
      const statement = simpleStatement();
      await tool.post(statement);
      const before = await count();
      const fresh = simpleStatement();
      const response = await tool.post([fresh, { ...statement, verb: { id: VERBS.completed } }]);
      assert.equal(response.statusCode, 409);
      assert.equal(problemOf(response).errors?.[0]?.field, '/1/id');
      assert.equal(await count(), before);
      assert.equal((await tool.get(`?statementId=${fresh.id}`)).statusCode, 404);
    });

    it('refuses duplicate ids within one batch (400)', async () => {
      const statement = simpleStatement();
      const response = await tool.post([statement, { ...statement }]);
      assert.equal(response.statusCode, 400);
      assert.equal(problemOf(response).errors?.[0]?.field, '/1/id');
    });

    it('names the statement index and field of an invalid statement and stores nothing', async () => {
      const before = await count();
      const response = await tool.post([simpleStatement(), simpleStatement(), simpleStatement({ actor: { mbox: 'not-an-address' } })]);
      assert.equal(response.statusCode, 400);
      const problem = problemOf(response);
      assert.deepEqual(problem.errors?.map((error) => error.field), ['/2/actor/mbox']);
      assert.equal(await count(), before);
    });

    it('refuses attachments and sub-statements with a clear 400', async () => {
      const attachments = await tool.post(simpleStatement({ attachments: [{ usageType: 'http://example.org/x' }] }));
      assert.equal(attachments.statusCode, 400);
      assert.equal(problemOf(attachments).errors?.[0]?.field, '/attachments');
      assert.match(problemOf(attachments).errors![0]!.message, /niet ondersteund/);
      const sub = await tool.post(simpleStatement({ object: { objectType: 'SubStatement' } }));
      assert.equal(problemOf(sub).errors?.[0]?.field, '/object/objectType');
    });

    it('refuses malformed JSON (400), other content types (415) and bodies over the limit (413), storing nothing', async () => {
      const before = await count();
      const headers = { ...VERSION, authorization: basic(), 'content-type': 'application/json' };
      const malformed = await t.app.inject({ method: 'POST', url: '/xapi/statements', payload: '[{"id": ', headers });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.headers['x-experience-api-version'], '1.0.3');
      const text = await t.app.inject({ method: 'POST', url: '/xapi/statements', payload: 'hello', headers: { ...headers, 'content-type': 'text/plain' } });
      assert.equal(text.statusCode, 415);
      const big = Array.from({ length: 400 }, () => simpleStatement({ result: { response: 'x'.repeat(3000) } }));
      const tooLarge = await tool.post(big);
      assert.equal(tooLarge.statusCode, 413);
      assert.equal(problemOf(tooLarge).code, 'payload_too_large');
      assert.equal(await count(), before);
    });

    it('stores odd but valid statements, and refuses text PostgreSQL cannot keep with a 400 (never a 500)', async () => {
      const odd = [
        simpleStatement({ timestamp: '2026-11-25T10:00:00.123456789+01' }),
        simpleStatement({ timestamp: '2024-02-29T23:59:59.999+14:00' }),
        simpleStatement({ result: { score: { raw: 1e308, min: -1e308, max: 1.7e308 }, response: 'emoji 🎬 en ë' } }),
        simpleStatement({ context: { extensions: { 'https://example.org/ext': { deep: [[[{ a: null }]]] } } } }),
      ];
      const response = await tool.post(odd);
      assert.equal(response.statusCode, 200, response.body);
      // JSON escapes in the request text: valid JSON, but not storable in jsonb.
      for (const text of ['nul \\u0000 byte', 'lone \\ud800 surrogate']) {
        const bad = await t.app.inject({
          method: 'POST',
          url: '/xapi/statements',
          payload: `[${JSON.stringify(simpleStatement())}, ${JSON.stringify(simpleStatement()).replace('"Tool User"', `"${text}"`)}]`,
          headers: { ...VERSION, authorization: basic(), 'content-type': 'application/json' },
        });
        assert.equal(bad.statusCode, 400, bad.body);
        assert.equal(problemOf(bad).errors?.[0]?.field, '/1/actor/name');
      }
    });

    it('reads its body limit from KOERS_XAPI_MAX_BODY_KB', () => {
      assert.equal(configFromEnv({ KOERS_XAPI_MAX_BODY_KB: '16' }).xapi?.maxBodyBytes, 16 * 1024);
      assert.equal(configFromEnv({}).xapi?.maxBodyBytes, 1024 * 1024);
      assert.throws(() => configFromEnv({ KOERS_XAPI_MAX_BODY_KB: 'lots' }), /KOERS_XAPI_MAX_BODY_KB/);
    });

    it('refuses more statements than the batch limit', async () => {
      const response = await tool.post(Array.from({ length: 501 }, () => simpleStatement()));
      assert.equal(response.statusCode, 400);
    });

    it('stores with PUT (204), refuses a differing id (400) and conflicts (409)', async () => {
      const statement = simpleStatement();
      const { id, ...body } = statement;
      assert.equal((await tool.put(id, body)).statusCode, 204);
      assert.equal((await tool.put(id, statement)).statusCode, 204);
      assert.equal((await tool.put(id, { ...body, verb: { id: VERBS.completed } })).statusCode, 409);
      assert.equal((await tool.put(randomUUID(), statement)).statusCode, 400);
      const missing = await t.app.inject({ method: 'PUT', url: '/xapi/statements', payload: body, headers: { ...VERSION, authorization: basic() } });
      assert.equal(missing.statusCode, 400);
      assert.equal((await fetchOne(id)).id, id);
    });
  });

  describe('voiding', () => {
    it('hides a voided statement from lists and statementId, but serves it by voidedStatementId', async () => {
      const target = simpleStatement({ object: { id: 'https://example.org/activities/voiding-1' } });
      await tool.post(target);
      const voiding = simpleStatement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: target.id } });
      assert.equal((await tool.post(voiding)).statusCode, 200);
      assert.equal((await tool.get(`?statementId=${target.id}`)).statusCode, 404);
      assert.equal((await fetchVoided(target.id as string)).id, target.id);
      assert.equal((await tool.get(`?voidedStatementId=${voiding.id}`)).statusCode, 404);
      const listed = await list(`?activity=${encodeURIComponent('https://example.org/activities/voiding-1')}`);
      assert.deepEqual(listed.statements, []);
      // The voiding statement itself is an ordinary statement.
      assert.equal((await fetchOne(voiding.id as string)).id, voiding.id);
    });

    it('refuses to void a statement that does not exist or is itself voiding (400)', async () => {
      const first = simpleStatement();
      await tool.post(first);
      const voiding = simpleStatement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: first.id } });
      await tool.post(voiding);
      for (const targetId of [randomUUID(), voiding.id]) {
        const response = await tool.post(simpleStatement({ verb: { id: VERBS.voided }, object: { objectType: 'StatementRef', id: targetId } }));
        assert.equal(response.statusCode, 400);
        assert.equal(problemOf(response).errors?.[0]?.field, '/object/id');
      }
    });

    async function fetchVoided(id: string): Promise<Statement> {
      const response = await tool.get(`?voidedStatementId=${id}`);
      assert.equal(response.statusCode, 200);
      return response.json<Statement>();
    }
  });

  describe('queries', () => {
    const activity = 'https://example.org/activities/paging';
    let posted: Statement[];

    before(async () => {
      posted = Array.from({ length: 5 }, (_, index) =>
        simpleStatement({ object: { id: activity }, timestamp: `2026-11-2${index}T10:00:00Z` }),
      ) as Statement[];
      // One request per statement, so each has its own `stored`.
      for (const statement of posted) assert.equal((await tool.post(statement)).statusCode, 200);
    });

    it('pages with an opaque `more` link until it is empty', async () => {
      const seen: (string | undefined)[] = [];
      let page = await list(`?activity=${encodeURIComponent(activity)}&limit=2&ascending=true`);
      for (let guard = 0; guard < 10; guard += 1) {
        seen.push(...page.statements.map((statement) => statement.id));
        if (!page.more) break;
        assert.match(page.more, /^\/xapi\/statements\?cursor=/);
        page = await list(page.more.slice('/xapi/statements'.length));
      }
      assert.deepEqual(seen, posted.map((statement) => statement.id));
    });

    it('lists newest first by default', async () => {
      const page = await list(`?activity=${encodeURIComponent(activity)}`);
      assert.deepEqual(page.statements.map((statement) => statement.id), posted.map((statement) => statement.id).reverse());
      assert.equal(page.more, '');
    });

    it('filters by agent, verb, activity, registration, since and until', async () => {
      const registration = randomUUID();
      const agent = { mbox: `mailto:${randomUUID()}@example.org` };
      const verb = 'https://example.org/verbs/juggled';
      const mine = simpleStatement({ actor: agent, verb: { id: verb }, context: { registration } });
      const first = await tool.post(mine);
      assert.equal(first.statusCode, 200);
      const stored = Date.parse((await fetchOne(mine.id as string))['stored'] as string);
      const ids = (result: XapiStatementResult) => result.statements.map((statement) => statement.id);
      assert.deepEqual(ids(await list(`?agent=${encodeURIComponent(JSON.stringify(agent))}`)), [mine.id]);
      assert.deepEqual(ids(await list(`?verb=${encodeURIComponent(verb)}`)), [mine.id]);
      assert.deepEqual(ids(await list(`?registration=${registration}`)), [mine.id]);
      assert.deepEqual(ids(await list(`?verb=${encodeURIComponent(verb)}&since=${new Date(stored - 1).toISOString()}`)), [mine.id]);
      assert.deepEqual(ids(await list(`?verb=${encodeURIComponent(verb)}&since=${new Date(stored).toISOString()}`)), []);
      assert.deepEqual(ids(await list(`?verb=${encodeURIComponent(verb)}&until=${new Date(stored).toISOString()}`)), [mine.id]);
      assert.deepEqual(ids(await list(`?verb=${encodeURIComponent(verb)}&until=${new Date(stored - 1).toISOString()}`)), []);
    });

    it('widens activity and agent filters with related_activities and related_agents', async () => {
      const parent = `https://example.org/courses/${randomUUID()}`;
      const instructor = { mbox: `mailto:${randomUUID()}@example.org` };
      const statement = simpleStatement({ context: { instructor, contextActivities: { parent: { id: parent } } } });
      await tool.post(statement);
      const ids = (result: XapiStatementResult) => result.statements.map((entry) => entry.id);
      assert.deepEqual(ids(await list(`?activity=${encodeURIComponent(parent)}`)), []);
      assert.deepEqual(ids(await list(`?activity=${encodeURIComponent(parent)}&related_activities=true`)), [statement.id]);
      const agent = encodeURIComponent(JSON.stringify(instructor));
      assert.deepEqual(ids(await list(`?agent=${agent}`)), []);
      assert.deepEqual(ids(await list(`?agent=${agent}&related_agents=true`)), [statement.id]);
      // Single context activities are stored as arrays, as the spec requires.
      const stored = await fetchOne(statement.id as string);
      assert.ok(Array.isArray((stored['context'] as { contextActivities: { parent: unknown } }).contextActivities.parent));
    });

    it('answers format=ids with identifiers only', async () => {
      const page = await list(`?activity=${encodeURIComponent(activity)}&format=ids&limit=1`);
      const statement = page.statements[0] as unknown as Statement;
      assert.deepEqual(statement['actor'], { objectType: 'Agent', mbox: 'mailto:tool-user@example.org' });
      assert.deepEqual(statement['verb'], { id: VERBS.attempted });
    });

    it('refuses bad query parameters with 400', async () => {
      for (const query of ['?agent=nope', '?verb=juggled', '?since=yesterday', '?limit=-1', '?statementId=1', '?statementId=' + randomUUID() + '&verb=urn:x', '?cursor=abc', '?format=full']) {
        assert.equal((await tool.get(query)).statusCode, 400, query);
      }
    });

    it("keeps a tool to its own school's statements", async () => {
      await seedOtherSchool(t);
      const [other] = await t.app.database.db.select().from(schools).where(eq(schools.name, 'Andere School'));
      const credentials = await createXapiClient(t.app.database.db, other!.id, 'Andere tool');
      const otherTool = new Tool(t.app, basic(credentials.key, credentials.secret));
      const statement = simpleStatement();
      await tool.post(statement);
      assert.equal((await otherTool.get(`?statementId=${statement.id}`)).statusCode, 404);
      const theirs = await otherTool.get('');
      assert.deepEqual(theirs.json<XapiStatementResult>().statements, []);
      // Their id space is not ours: the same id is a conflict, not a silent no-op or a leak.
      assert.equal((await otherTool.post(statement)).statusCode, 409);
    });
  });

  describe('students', () => {
    it("replaces the actor with the student's pseudonymous account", async () => {
      const statement = simpleStatement({ actor: { mbox: 'mailto:someone-else@example.org' } });
      const response = await student.post(statement);
      assert.equal(response.statusCode, 200, response.body);
      const stored = await fetchOne(statement.id as string);
      assert.deepEqual(stored['actor'], { objectType: 'Agent', account: { homePage: KOERS_ACCOUNT_HOMEPAGE, name: await studentIdOf(t.app) } });
    });

    it('accepts a statement without any actor from a student', async () => {
      const statement: Record<string, unknown> = simpleStatement();
      delete statement['actor'];
      assert.equal((await student.post(statement)).statusCode, 200);
    });

    it("shows a student only their own statements", async () => {
      const other = await signedInStudent(t.app, 0, 1);
      const mine = simpleStatement();
      await student.post(mine);
      const theirs = simpleStatement();
      await other.post(theirs);
      assert.equal((await student.get(`?statementId=${theirs.id}`)).statusCode, 404);
      assert.equal((await student.get(`?statementId=${mine.id}`)).statusCode, 200);
      const listed = (await student.get('?limit=0')).json<XapiStatementResult>();
      const me = await studentIdOf(t.app);
      assert.ok(listed.statements.length > 0);
      assert.ok(listed.statements.every((statement) => (statement.actor as { account?: { name: string } }).account?.name === me));
    });

    it("refuses (403) a statement about a schedule of another class, storing nothing of the batch", async () => {
      const own = lessons.find((lesson) => lesson.className === 'G3A')!;
      const foreign = lessons.find((lesson) => lesson.className === 'H3A')!;
      const before = await count();
      const response = await student.post([
        stepStatement(own.scheduleId, own.steps[1]!, VERBS.initialized),
        stepStatement(foreign.scheduleId, foreign.steps[1]!, VERBS.initialized),
      ]);
      assert.equal(response.statusCode, 403);
      assert.equal(problemOf(response).errors?.[0]?.field, `/1/context/extensions/${KOERS_EXT.schedule.replace(/\//g, '~1')}`);
      assert.equal(await count(), before);
    });

    it('lets the demo tool report for a Koers student of its school', async () => {
      const own = lessons.find((lesson) => lesson.className === 'G3A')!;
      const studentId = await studentIdOf(t.app);
      const statement = { ...stepStatement(own.scheduleId, own.steps[3]!, VERBS.attempted), actor: { account: { homePage: KOERS_ACCOUNT_HOMEPAGE, name: studentId } } };
      assert.equal((await tool.post(statement)).statusCode, 200);
      const { rows } = await t.app.database.pool.query('select student_id, client_id from xapi_statements where id = $1', [statement.id]);
      assert.equal(rows[0].student_id, studentId);
      assert.ok(rows[0].client_id);
      // …but not for a schedule of another class than that student's.
      const foreign = lessons.find((lesson) => lesson.className === 'H3A')!;
      const wrong = { ...stepStatement(foreign.scheduleId, foreign.steps[3]!, VERBS.attempted), actor: statement.actor };
      assert.equal((await tool.post(wrong)).statusCode, 403);
    });
  });
});
