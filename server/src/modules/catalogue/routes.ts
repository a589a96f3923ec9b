import type { FastifyInstance } from 'fastify';
import { OPLEIDING_TYPES, SECTORS, type OpleidingSearchResult, type OpleidingType, type Sector } from '@koers/contracts';
import type { Db } from '../../db/index';
import { searchOpleidingen } from './service';

const searchQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 100 },
    sector: { enum: SECTORS },
    type: { enum: OPLEIDING_TYPES },
    limit: { type: 'integer', minimum: 1, maximum: 50 },
  },
} as const;

/** `GET /api/opleidingen`: the catalogue search for students (keuzemeting) and staff. */
export async function catalogueRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  app.get<{ Querystring: { q?: string; sector?: Sector; type?: OpleidingType; limit?: number }; Reply: OpleidingSearchResult }>(
    '/api/opleidingen',
    { config: { access: ['leerling', 'decaan', 'beheerder', 'mentor', 'schoolleiding'] }, schema: { querystring: searchQuery } },
    async (request) => searchOpleidingen(options.db, request.query),
  );
}
