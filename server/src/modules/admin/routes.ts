import type { FastifyInstance } from 'fastify';
import type { StaffUserSummary } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { stringArray } from '../../http/schemas';
import { listStaff } from './service';

export async function adminRoutes(app: FastifyInstance, options: { readonly db: Db }): Promise<void> {
  app.get<{ Reply: StaffUserSummary[] }>(
    '/api/admin/staff',
    {
      config: { access: ['beheerder'] },
      schema: {
        response: {
          200: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'displayName', 'email', 'roles', 'active', 'mentorOf'],
              properties: {
                id: { type: 'string' },
                displayName: { type: 'string' },
                email: { type: 'string' },
                roles: stringArray,
                active: { type: 'boolean' },
                mentorOf: stringArray,
              },
            },
          },
        },
      },
    },
    async (request) => listStaff(options.db, authOf(request).schoolId),
  );
}
