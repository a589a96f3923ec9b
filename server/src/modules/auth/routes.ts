import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {
  ClassCodeRequest,
  ClassCodeResponse,
  LoginResponse,
  SessionResponse,
  SessionUser,
  StaffLoginRequest,
  StudentLoginRequest,
} from '@koers/contracts';
import type { RateLimitConfig } from '../../config';
import type { Db } from '../../db/index';
import { ANONYMOUS_BINDING, issueCsrfToken, type CsrfOptions } from '../../http/csrf';
import { ProblemError } from '../../http/problem';
import { noContent, sessionUser } from '../../http/schemas';
import { SignInLimits } from './rate-limit';
import { authenticateStaff, findClassByCode, findStudentByCode, normalizeCode, normalizeEmail } from './service';
import {
  clearSessionCookie,
  createSession,
  deleteSession,
  loadStaffUser,
  loadStudentUser,
  setSessionCookie,
  type SessionSubject,
} from './sessions';

export interface AuthRoutesOptions {
  readonly db: Db;
  readonly csrf: CsrfOptions;
  readonly rateLimit: RateLimitConfig;
}

const code = { type: 'string', minLength: 1, maxLength: 32 } as const;
const loginResponse = { 200: { type: 'object', required: ['user'], properties: { user: sessionUser } } } as const;

export async function authRoutes(app: FastifyInstance, options: AuthRoutesOptions): Promise<void> {
  const { db, csrf } = options;
  const limits = new SignInLimits(app, options.rateLimit.signInPerIp);
  const cookies = { secureCookie: csrf.secureCookie };

  /** Sign-in always starts a new session (no fixation) with a new CSRF token. */
  async function startSession(request: FastifyRequest, reply: FastifyReply, schoolId: string, subject: SessionSubject) {
    if (request.auth) await deleteSession(db, request.auth.sessionId);
    const session = await createSession(db, schoolId, subject);
    setSessionCookie(reply, session.token, cookies);
    issueCsrfToken(reply, csrf, session.id);
  }

  app.get<{ Reply: SessionResponse }>(
    '/api/auth/session',
    {
      config: { access: 'public' },
      schema: { response: { 200: { type: 'object', required: ['user'], properties: { user: { ...sessionUser, type: ['object', 'null'] } } } } },
    },
    // The CSRF hook has already made sure the client holds a valid token for this session.
    async (request) => ({ user: request.auth?.user ?? null }),
  );

  app.post<{ Body: StaffLoginRequest; Reply: LoginResponse }>(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        body: {
          type: 'object',
          required: ['email', 'password'],
          additionalProperties: false,
          properties: { email: { type: 'string', minLength: 1, maxLength: 254 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
        },
        response: loginResponse,
      },
      preHandler: limits.guard('staff', options.rateLimit.staffSignIn, (request) => normalizeEmail((request.body as StaffLoginRequest).email)),
    },
    async (request, reply) => {
      const staff = await authenticateStaff(db, request.body.email, request.body.password);
      if (!staff) throw new ProblemError(401, 'invalid_credentials');
      await startSession(request, reply, staff.schoolId, { staffUserId: staff.id });
      return { user: await required(loadStaffUser(db, staff.id, staff.schoolId)) };
    },
  );

  app.post<{ Body: ClassCodeRequest; Reply: ClassCodeResponse }>(
    '/api/auth/student/class',
    {
      config: { access: 'public' },
      schema: {
        body: { type: 'object', required: ['classCode'], additionalProperties: false, properties: { classCode: code } },
        response: {
          200: {
            type: 'object',
            required: ['classCode', 'className', 'schoolName'],
            properties: { classCode: { type: 'string' }, className: { type: 'string' }, schoolName: { type: 'string' } },
          },
        },
      },
      preHandler: limits.guard('class', options.rateLimit.studentSignIn, (request) => normalizeCode((request.body as ClassCodeRequest).classCode)),
    },
    async (request) => {
      const found = await findClassByCode(db, request.body.classCode);
      if (!found) throw new ProblemError(404, 'unknown_class_code');
      return { classCode: found.classCode, className: found.className, schoolName: found.schoolName };
    },
  );

  app.post<{ Body: StudentLoginRequest; Reply: LoginResponse }>(
    '/api/auth/student/login',
    {
      config: { access: 'public' },
      schema: {
        body: {
          type: 'object',
          required: ['classCode', 'personalCode'],
          additionalProperties: false,
          properties: { classCode: code, personalCode: code },
        },
        response: loginResponse,
      },
      preHandler: limits.guard('student', options.rateLimit.studentSignIn, (request) =>
        normalizeCode((request.body as StudentLoginRequest).classCode),
      ),
    },
    async (request, reply) => {
      const found = await findClassByCode(db, request.body.classCode);
      if (!found) throw new ProblemError(404, 'unknown_class_code');
      const student = await findStudentByCode(db, found.id, request.body.personalCode);
      if (!student) throw new ProblemError(401, 'unknown_personal_code');
      await startSession(request, reply, found.schoolId, { studentId: student.id });
      return { user: await required(loadStudentUser(db, student.id, found.schoolId)) };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { response: { 204: noContent } } },
    async (request, reply) => {
      if (request.auth) await deleteSession(db, request.auth.sessionId);
      clearSessionCookie(reply, cookies);
      issueCsrfToken(reply, csrf, ANONYMOUS_BINDING);
      return reply.code(204).send();
    },
  );
}

/** The user was found a moment ago; vanishing in between is a server-side inconsistency. */
async function required(user: Promise<SessionUser | null>): Promise<SessionUser> {
  const loaded = await user;
  if (!loaded) throw new Error('Signed-in user disappeared while creating the session.');
  return loaded;
}
