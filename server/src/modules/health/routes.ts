import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '@koers/contracts';
import type { Database } from '../../db/index';

export async function healthRoutes(app: FastifyInstance, options: { readonly database: Database }): Promise<void> {
  const { database } = options;
  app.get<{ Reply: HealthResponse }>(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['status', 'database', 'migration'],
            properties: { status: { type: 'string' }, database: { type: 'string' }, migration: { type: 'string' } },
          },
        },
      },
    },
    // Answers only after a round trip, so a dead database shows up as a failing health check.
    async () => {
      await database.pool.query('select 1');
      return { status: 'ok', database: database.kind, migration: database.migration };
    },
  );
}
