/**
 * The xAPI 1.0.3 Statement API (`/xapi`): POST, PUT and GET /xapi/statements and GET /xapi/about.
 *
 * Who may call: a student's app session (role leerling; cookie + CSRF like every app request) or
 * an external tool with HTTP Basic credentials (no session cookie, so no CSRF). The routes are
 * declared `public` to the app-wide access hook because tools have no app role; `xapiAuthHook`
 * below is the access check of this module and refuses everyone else (401 with WWW-Authenticate,
 * staff sessions 403).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { XAPI_CONSISTENT_THROUGH_HEADER, XAPI_VERSION, XAPI_VERSION_HEADER } from '@koers/contracts';
import type { XapiConfig } from '../../config';
import { ProblemError } from '../../http/problem';
import { noContent, stringArray } from '../../http/schemas';
import { isBasicAuthorization, XapiClientCache } from './clients';
import type { GroupCommitter } from './ingest';
import { queryStatements, type StatementQuery } from './query';
import { prepareBatch, type Caller } from './statements';

declare module 'fastify' {
  interface FastifyRequest {
    xapiCaller: Caller | undefined;
  }
}

const VERSION_PATTERN = /^1\.0(\.\d+)?$/;
const REALM = 'Basic realm="Koers xAPI", charset="UTF-8"';

export interface XapiRouteOptions {
  readonly config: XapiConfig;
  readonly committer: GroupCommitter;
}

export async function xapiRoutes(app: FastifyInstance, options: XapiRouteOptions): Promise<void> {
  const { config, committer } = options;
  const { pool, db } = app.database;
  const clients = new XapiClientCache(db);
  app.decorateRequest('xapiCaller', undefined);
  app.addHook('preClose', () => committer.close());

  // Every answer of this module carries the version and how far reads are consistent, errors too.
  app.addHook('onSend', async (_request, reply) => {
    reply.header(XAPI_VERSION_HEADER, XAPI_VERSION);
    reply.header(XAPI_CONSISTENT_THROUGH_HEADER, committer.consistentThrough().toISOString());
  });

  /** The module's access check (see the file comment); /xapi/about needs neither version nor credentials. */
  const xapiAuthHook = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const version = request.headers[XAPI_VERSION_HEADER.toLowerCase()];
    if (typeof version !== 'string' || !VERSION_PATTERN.test(version.trim())) {
      throw new ProblemError(400, 'validation', {
        errors: [
          {
            field: XAPI_VERSION_HEADER,
            message: { nl: 'deze header is verplicht en moet 1.0.x zijn (bijvoorbeeld 1.0.3)', en: 'this header is required and must be 1.0.x (e.g. 1.0.3)' },
          },
        ],
      });
    }
    if (request.auth) {
      const { user } = request.auth;
      if (user.kind !== 'student') throw new ProblemError(403, 'forbidden');
      request.xapiCaller = { kind: 'student', schoolId: request.auth.schoolId, studentId: user.id, classId: user.classId };
      return;
    }
    const authorization = request.headers.authorization;
    const client = isBasicAuthorization(authorization) ? await clients.authenticate(authorization!) : null;
    // TODO(issue 8): rate-limit failed Basic attempts per IP like the sign-in routes do.
    if (!client) {
      reply.header('www-authenticate', REALM);
      throw new ProblemError(401, 'unauthenticated');
    }
    request.xapiCaller = { kind: 'tool', schoolId: client.schoolId, clientId: client.id, clientKey: client.key, clientName: client.name };
  };

  /** Statements come as JSON; Fastify would also parse text/plain, which xAPI does not allow. */
  const jsonOnly = async (request: FastifyRequest): Promise<void> => {
    const type = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') throw new ProblemError(415, 'unsupported_media_type');
  };

  const callerOf = (request: FastifyRequest): Caller => {
    if (!request.xapiCaller) throw new ProblemError(401, 'unauthenticated');
    return request.xapiCaller;
  };

  /** Validates a request's statements and waits for the commit that stores them. */
  const store = async (caller: Caller, body: unknown, single: boolean): Promise<string[]> => {
    const bodies = single ? [body] : (body as unknown[]);
    if (bodies.length > config.maxBatch) {
      throw new ProblemError(400, 'validation', {
        errors: [{ field: '', message: { nl: `hoogstens ${config.maxBatch} statements per verzoek`, en: `at most ${config.maxBatch} statements per request` } }],
      });
    }
    const prepared = prepareBatch(bodies, caller, { single, newId: randomUUID });
    if ('problems' in prepared) throw new ProblemError(400, 'validation', { errors: prepared.problems });
    if (prepared.statements.length === 0) return [];
    return committer.submit({ caller, statements: prepared.statements });
  };

  const routeConfig = { access: 'public' as const };
  const bodyLimit = config.maxBodyBytes;

  app.post<{ Body: unknown; Reply: string[] }>(
    '/xapi/statements',
    {
      config: routeConfig,
      // The hot path: two info lines per request cost ~8 % of the main thread under load
      // (bench:ingest); server errors are still logged.
      logLevel: 'warn',
      bodyLimit,
      onRequest: xapiAuthHook,
      preValidation: jsonOnly,
      // The body is checked by the xAPI validator (statementProblems), which names every field.
      schema: { response: { 200: stringArray } },
    },
    async (request) => store(callerOf(request), request.body, !Array.isArray(request.body)),
  );

  app.put<{ Body: unknown; Querystring: { statementId?: string } }>(
    '/xapi/statements',
    {
      config: routeConfig,
      bodyLimit,
      onRequest: xapiAuthHook,
      preValidation: jsonOnly,
      schema: {
        querystring: { type: 'object', required: ['statementId'], properties: { statementId: { type: 'string', format: 'uuid' } } },
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const statementId = request.query.statementId!.toLowerCase();
      const body = request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new ProblemError(400, 'validation', { errors: [{ field: '', message: { nl: 'moet één statement zijn', en: 'must be a single statement' } }] });
      }
      const sentId = (body as Record<string, unknown>)['id'];
      if (sentId !== undefined && (typeof sentId !== 'string' || sentId.toLowerCase() !== statementId)) {
        throw new ProblemError(400, 'validation', {
          errors: [{ field: '/id', message: { nl: 'verschilt van statementId in de URL', en: 'differs from statementId in the URL' } }],
        });
      }
      await store(caller, { ...body, id: statementId }, true);
      return reply.code(204).send();
    },
  );

  // The query is parsed by queryStatements (xAPI parameters such as `agent` are JSON); statements are
  // answered as stored, so there is no response schema that would drop their properties.
  app.get<{ Querystring: StatementQuery }>(
    '/xapi/statements',
    { config: routeConfig, onRequest: xapiAuthHook },
    async (request) => queryStatements(pool, callerOf(request), request.query),
  );

  app.get(
    '/xapi/about',
    { config: routeConfig, schema: { response: { 200: { type: 'object', required: ['version'], properties: { version: stringArray } } } } },
    async () => ({ version: [XAPI_VERSION] }),
  );
}
