import type { FastifyInstance } from 'fastify';
import type { SchoolOverview } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { ProblemError } from '../../http/problem';
import { schoolSummary } from '../../http/schemas';
import { schoolOverview } from './service';

const count = { type: 'integer' } as const;

export async function schoolRoutes(app: FastifyInstance, options: { readonly db: Db }): Promise<void> {
  app.get<{ Reply: SchoolOverview }>(
    '/api/school/overview',
    {
      config: { access: ['decaan', 'mentor', 'schoolleiding', 'beheerder'] },
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['school', 'classCount', 'studentCount', 'groups'],
            properties: {
              school: schoolSummary,
              classCount: count,
              studentCount: count,
              groups: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['niveau', 'leerjaar', 'classCount', 'studentCount'],
                  properties: { niveau: { type: 'string' }, leerjaar: count, classCount: count, studentCount: count },
                },
              },
            },
          },
        },
      },
    },
    async (request) => {
      const overview = await schoolOverview(options.db, authOf(request).schoolId);
      if (!overview) throw new ProblemError(404, 'not_found');
      return overview;
    },
  );
}
