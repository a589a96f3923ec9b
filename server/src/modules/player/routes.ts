import type { FastifyInstance } from 'fastify';
import type { PlayableLesson, StudentLessonSummary } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { ProblemError } from '../../http/problem';
import { uuidParams } from '../../http/schemas';
import { lessonPreview, playableLesson, studentLessons } from './service';

/** The signed-in student's school, class and pseudonymous id (403 for staff sessions). */
function studentOf(request: Parameters<typeof authOf>[0]) {
  const { user, schoolId } = authOf(request);
  if (user.kind !== 'student') throw new ProblemError(403, 'forbidden');
  return { schoolId, classId: user.classId, studentId: user.id };
}

const codeParams = {
  type: 'object',
  required: ['code'],
  additionalProperties: false,
  properties: { code: { type: 'string', pattern: '^[A-Za-z0-9]{6}$' } },
} as const;

/** Student lesson list and player payload; the staff preview of a lesson as students see it. */
export async function playerRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const { db } = options;

  app.get<{ Reply: StudentLessonSummary[] }>('/api/student/lessons', { config: { access: ['leerling'] } }, async (request) =>
    studentLessons(db, studentOf(request)),
  );

  app.get<{ Params: { code: string }; Reply: PlayableLesson }>(
    '/api/student/lessons/:code',
    { config: { access: ['leerling'] }, schema: { params: codeParams } },
    async (request) => playableLesson(db, studentOf(request), request.params.code),
  );

  app.get<{ Params: { id: string }; Querystring: { version?: number }; Reply: PlayableLesson }>(
    '/api/lessons/:id/preview',
    {
      config: { access: ['decaan', 'beheerder', 'mentor'] },
      schema: {
        params: uuidParams,
        querystring: { type: 'object', additionalProperties: false, properties: { version: { type: 'integer', minimum: 1 } } },
      },
    },
    async (request) => lessonPreview(db, authOf(request).schoolId, request.params.id, request.query.version),
  );
}
