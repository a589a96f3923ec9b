import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { SESSION_COOKIE } from '@koers/contracts';
import { DEFAULT_XAPI_CONFIG, type Config } from './config';
import { openDatabase, type Database } from './db/index';
import { isDatabaseEmpty } from './db/seed/demo';
import { seedDemoSchool } from './db/seed/demo-school';
import { accessHook } from './http/access';
import { csrfHook, type CsrfOptions } from './http/csrf';
import { handleError, ProblemError, sendProblem } from './http/problem';
import { loadSecret } from './http/secret';
import { registerSecurity } from './http/security';
import { registerSpa, wantsSpaPage } from './http/spa';
import { adminRoutes } from './modules/admin/routes';
import { authRoutes } from './modules/auth/routes';
import { sessionHook } from './modules/auth/sessions';
import { classRoutes } from './modules/classes/routes';
import { healthRoutes } from './modules/health/routes';
import { localDiskStorage } from './modules/media/storage';
import { lessonRoutes } from './modules/lessons/routes';
import { moduleRoutes } from './modules/modules/routes';
import { scheduleRoutes } from './modules/schedules/routes';
import { schoolRoutes } from './modules/school/routes';
import { studentRoutes } from './modules/student/routes';
import { GroupCommitter } from './modules/xapi/ingest';
import { xapiRoutes } from './modules/xapi/routes';
import { playerRoutes } from './modules/player/routes';
import { catalogueRoutes } from './modules/catalogue/routes';
import { ensureCatalogue } from './modules/catalogue/service';
import { prospectRoutes } from './modules/prospects/routes';
import { choiceShiftRoutes } from './modules/choice-shift/routes';
import { dashboardRoutes } from './modules/dashboards/routes';
import { reportRoutes } from './modules/reports/routes';

export interface BuildOptions {
  /** Where log lines go (default stdout); tests capture them here. */
  readonly logStream?: DestinationStream;
  /** Called after the database failed outside a request (e.g. the PGlite worker died). */
  readonly onDatabaseFailure?: (error: Error) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The statement store's group committer (tests read how many transactions it committed). */
    xapiCommitter: GroupCommitter;
  }
}

/**
 * Builds the API (and, with `staticDir`, the SPA host): opens the database, applies migrations,
 * seeds the demo school into an empty database in demo mode. Does not listen; `close()` also
 * closes the database.
 */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
      // No personal data in logs: no cookies or credentials, no bodies (Fastify never logs them),
      // and no client IP addresses.
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], censor: '[redacted]' },
      serializers: {
        req: (request: { method: string; url: string }) => ({ method: request.method, url: request.url }),
      },
    },
    trustProxy: config.trustProxy,
  });
  const database = await openDatabase(config, {
    onFailure: (error) => {
      app.log.fatal({ err: error }, 'database failed');
      options.onDatabaseFailure?.(error);
    },
  });
  app.addHook('onClose', () => database.close());
  try {
    await configure(app, config, database);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}

async function configure(app: FastifyInstance, config: Config, database: Database): Promise<void> {
  const storage = localDiskStorage(config.mediaDir);
  await ensureCatalogue(database.db);
  if (config.demo && (await isDatabaseEmpty(database.db))) {
    await seedDemoSchool(database, storage);
    app.log.info('seeded the demo school into the empty database');
  }
  const csrf: CsrfOptions = { secret: loadSecret(config.secret, config.dataDir), secureCookie: config.cookieSecure };
  app.decorate('database', database);
  app.decorateRequest('auth', null);
  await registerSecurity(app, { https: config.cookieSecure });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    config.staticDir && wantsSpaPage(request)
      ? reply.header('cache-control', 'no-cache').sendFile('index.html')
      : sendProblem(request, reply, new ProblemError(404, 'not_found')),
  );
  // Order matters: who is calling, then is the request genuine, then may they call this route.
  app.addHook('onRequest', sessionHook(database.db, { secureCookie: config.cookieSecure }));
  // An external xAPI tool authenticates with Basic credentials and holds no session cookie: with
  // no ambient credential for a forged cross-site request to ride on, CSRF does not apply (the
  // xAPI module then answers 401 to a request that has no valid credentials either).
  const csrfCheck = csrfHook(csrf);
  app.addHook('onRequest', async (request, reply) => {
    const withoutSession = request.url.startsWith('/xapi/') && !request.cookies[SESSION_COOKIE];
    if (!withoutSession) await csrfCheck(request, reply);
  });
  app.addHook('onRequest', accessHook);

  const db = database.db;
  await app.register(healthRoutes, { database });
  await app.register(authRoutes, { db, csrf, rateLimit: config.rateLimit });
  await app.register(classRoutes, { db });
  await app.register(schoolRoutes, { db });
  await app.register(adminRoutes, { db });
  await app.register(studentRoutes);
  await app.register(moduleRoutes, { db, storage, maxVideoBytes: config.maxVideoBytes });
  await app.register(lessonRoutes, { db });
  await app.register(scheduleRoutes, { db });
  const xapiConfig = config.xapi ?? DEFAULT_XAPI_CONFIG;
  const committer = new GroupCommitter(database.pool, { windowMs: xapiConfig.groupCommitWindowMs, maxStatements: xapiConfig.groupCommitMaxStatements });
  app.decorate('xapiCommitter', committer);
  await app.register(xapiRoutes, { config: xapiConfig, committer });
  await app.register(playerRoutes, { db });
  await app.register(catalogueRoutes, { db });
  await app.register(prospectRoutes, { db });
  await app.register(choiceShiftRoutes, { db });
  await app.register(dashboardRoutes, { db });
  await app.register(reportRoutes, { db });
  if (config.staticDir) await registerSpa(app, config.staticDir);
}
