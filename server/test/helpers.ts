import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { CSRF_COOKIE, CSRF_HEADER, type Problem } from '@koers/contracts';
import { buildApp } from '../src/app';
import { classes, schools, staffRoles, staffUsers, students } from '../src/db/schema';
import { hashPassword } from '../src/modules/auth/password';
import { DEFAULT_RATE_LIMITS, MEMORY_PGLITE, type Config } from '../src/config';

/**
 * Server tests run on PGlite (in memory, in the worker thread) by default, and on a real
 * PostgreSQL server when KOERS_TEST_DATABASE_URL is set: each test database is then created
 * fresh on that server and dropped afterwards.
 */
const serverUrl = process.env['KOERS_TEST_DATABASE_URL'] ?? null;
export const onPostgres = serverUrl !== null;

export interface TestDatabase {
  /** The database settings for `Config`. */
  readonly settings: Pick<Config, 'databaseUrl' | 'pgliteDir'>;
  drop(): Promise<void>;
}

/** A fresh, empty database; `onDisk` gives PGlite a real data directory (for restart tests). */
export async function createTestDatabase(options: { onDisk?: boolean } = {}): Promise<TestDatabase> {
  if (serverUrl) return createPostgresDatabase(serverUrl);
  if (!options.onDisk) return { settings: { databaseUrl: null, pgliteDir: MEMORY_PGLITE }, drop: async () => undefined };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-test-'));
  return {
    settings: { databaseUrl: null, pgliteDir: path.join(dir, 'pglite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function createPostgresDatabase(url: string): Promise<TestDatabase> {
  const name = `koers_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(url, (admin) => admin.query(`create database ${name}`));
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    settings: { databaseUrl: databaseUrl.toString(), pgliteDir: MEMORY_PGLITE },
    drop: () => withAdmin(url, (admin) => admin.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

async function withAdmin<T>(url: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

export function testConfig(database: TestDatabase, overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: os.tmpdir(),
    ...database.settings,
    demo: true,
    staticDir: null,
    mediaDir: mkdtempSync(path.join(os.tmpdir(), 'koers-media-')),
    maxVideoBytes: 200 * 1024 * 1024,
    cookieSecure: false,
    logLevel: 'silent',
    secret: 'test-secret-not-for-production',
    rateLimit: DEFAULT_RATE_LIMITS,
    trustProxy: false,
    ...overrides,
  };
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  /** Everything the app logged (only with `captureLogs`). */
  readonly logs: string[];
  close(): Promise<void>;
}

/** An app with the demo school on a fresh database. */
export async function startTestApp(
  overrides: Partial<Config> = {},
  options: { captureLogs?: boolean; database?: TestDatabase } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const config = testConfig(database, { ...(options.captureLogs ? { logLevel: 'trace' } : {}), ...overrides });
  const app = await buildApp(config, { logStream });
  return {
    app,
    database,
    logs,
    async close() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}

export const DEMO_PASSWORD = 'koers-demo';

/**
 * A browser stand-in over `app.inject()`: keeps cookies and, like Angular's HttpClient, copies
 * the XSRF-TOKEN cookie into the X-XSRF-TOKEN header of state-changing requests.
 */
export class Client {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: FastifyInstance) {}

  get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url, headers });
  }

  post(url: string, body?: object, options: { csrf?: boolean | string } = {}): Promise<LightMyRequestResponse> {
    return this.request({ method: 'POST', url, ...(body ? { payload: body } : {}) }, options.csrf ?? true);
  }

  async request(options: InjectOptions, csrf: boolean | string = false): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    const token = typeof csrf === 'string' ? csrf : csrf ? this.cookies.get(CSRF_COOKIE) : undefined;
    if (token) headers[CSRF_HEADER] = token;
    if (this.cookies.size > 0) {
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    const response = await this.app.inject({ ...options, headers });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() <= Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** Fetches the session (which hands out the CSRF cookie), then signs in as staff. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
    await this.get('/api/auth/session');
    return this.post('/api/auth/login', { email, password });
  }

  async signInStudent(classCode: string, personalCode: string): Promise<LightMyRequestResponse> {
    await this.get('/api/auth/session');
    return this.post('/api/auth/student/login', { classCode, personalCode });
  }
}

/** Signs in and fails loudly when that does not work, so tests of other things stay readable. */
export async function signedIn(app: FastifyInstance, email: string): Promise<Client> {
  const client = new Client(app);
  const response = await client.signIn(email);
  if (response.statusCode !== 200) throw new Error(`Sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  return client;
}

export function problemOf(response: LightMyRequestResponse): Problem {
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`Expected problem+json, got ${response.headers['content-type']}: ${response.body}`);
  }
  return response.json<Problem>();
}

export const OTHER_SCHOOL_DECAAN = 'decaan@andere-school.nl';

/** A second school with one class, one student and a decaan; returns the class id. */
export async function seedOtherSchool(t: TestApp): Promise<string> {
  const { db } = t.app.database;
  // A cheap hash keeps the test fast; verification reads the cost from the hash itself.
  const passwordHash = await hashPassword('koers-demo', { logN: 10, r: 8, p: 1 });
  const [school] = await db.insert(schools).values({ name: 'Andere School' }).returning();
  const [klas] = await db
    .insert(classes)
    .values({ schoolId: school!.id, name: 'X1A', niveau: 'havo', leerjaar: 1, classCode: 'XOTHER' })
    .returning();
  await db.insert(students).values({ schoolId: school!.id, classId: klas!.id, displayName: 'Kees X.', personalCode: 'KEES' });
  const [user] = await db
    .insert(staffUsers)
    .values({ schoolId: school!.id, email: OTHER_SCHOOL_DECAAN, displayName: 'Andere Decaan', passwordHash })
    .returning();
  await db.insert(staffRoles).values({ staffUserId: user!.id, schoolId: school!.id, role: 'decaan' });
  return klas!.id;
}
