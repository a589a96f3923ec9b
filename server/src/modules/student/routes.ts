import type { FastifyInstance } from 'fastify';
import type { StudentProfile } from '@koers/contracts';
import { authOf } from '../../http/context';
import { ProblemError } from '../../http/problem';

export async function studentRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Reply: StudentProfile }>(
    '/api/student/me',
    {
      config: { access: ['leerling'] },
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['displayName', 'className', 'schoolName'],
            properties: { displayName: { type: 'string' }, className: { type: 'string' }, schoolName: { type: 'string' } },
          },
        },
      },
    },
    // The session already carries everything the student may see about themselves.
    async (request) => {
      const { user } = authOf(request);
      if (user.kind !== 'student') throw new ProblemError(403, 'forbidden');
      return { displayName: user.displayName, className: user.className, schoolName: user.school.name };
    },
  );
}
