import type { FastifyInstance } from 'fastify';
import { NIVEAUS, type Niveau, type PlanningDashboard, type SchoolDashboard } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { uuidParams } from '../../http/schemas';
import { scopeOf } from '../schedules/routes';
import { fieldProblem } from '../../http/problem';
import { planningDashboard } from './planning';
import { schoolDashboard } from './school';

const isoDate = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' } as const;
const schoolQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { leerjaar: { type: 'integer', minimum: 1, maximum: 6 }, niveau: { enum: NIVEAUS }, from: isoDate, to: isoDate },
} as const;

/** Dashboards (issue 7). */
export async function dashboardRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  app.get<{ Params: { id: string }; Reply: PlanningDashboard }>(
    '/api/dashboards/plannings/:id',
    { config: { access: ['decaan', 'beheerder', 'mentor'] }, schema: { params: uuidParams } },
    async (request) => {
      const auth = authOf(request);
      return planningDashboard(options.db, { ...scopeOf(auth), userId: auth.user.id }, request.params.id);
    },
  );

  app.get<{ Querystring: { leerjaar?: number; niveau?: Niveau; from?: string; to?: string }; Reply: SchoolDashboard }>(
    '/api/dashboards/school',
    { config: { access: ['decaan', 'beheerder'] }, schema: { querystring: schoolQuery } },
    async (request) => {
      const { from, to } = request.query;
      if (from && to && from > to) throw fieldProblem('/to', { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' });
      const auth = authOf(request);
      return schoolDashboard(options.db, { schoolId: auth.schoolId, userId: auth.user.id, schoolWide: true }, request.query);
    },
  );
}
