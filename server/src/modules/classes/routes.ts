import type { FastifyInstance } from 'fastify';
import type { ClassDetail, ClassSummary, Role } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf, type Auth } from '../../http/context';
import { ProblemError } from '../../http/problem';
import { stringArray, uuidParams } from '../../http/schemas';
import { findClass, isMentorOf, listClasses } from './service';

const classSummaryProperties = {
  id: { type: 'string' },
  name: { type: 'string' },
  niveau: { type: 'string' },
  leerjaar: { type: 'integer' },
  studentCount: { type: 'integer' },
  mentors: stringArray,
} as const;
const classSummaryRequired = ['id', 'name', 'niveau', 'leerjaar', 'studentCount', 'mentors'] as const;

const classSummary = { type: 'object', required: classSummaryRequired, properties: classSummaryProperties } as const;

const classDetail = {
  type: 'object',
  required: [...classSummaryRequired, 'classCode', 'students'],
  properties: {
    ...classSummaryProperties,
    classCode: { type: 'string' },
    students: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'displayName', 'personalCode'],
        properties: { id: { type: 'string' }, displayName: { type: 'string' }, personalCode: { type: 'string' } },
      },
    },
  },
} as const;

/** Roles that see every class of their school; a mentor without one of them sees only their own. */
const SCHOOL_WIDE: readonly Role[] = ['decaan', 'beheerder', 'schoolleiding'];
/** Roles that may open any class with its students and codes. Schoolleiding sees aggregates only. */
const ANY_CLASS_DETAIL: readonly Role[] = ['decaan', 'beheerder'];

function hasAnyRole(auth: Auth, roles: readonly Role[]): boolean {
  return roles.some((role) => (auth.user.roles as readonly Role[]).includes(role));
}

export async function classRoutes(app: FastifyInstance, options: { readonly db: Db }): Promise<void> {
  const { db } = options;

  app.get<{ Reply: ClassSummary[] }>(
    '/api/classes',
    {
      config: { access: ['decaan', 'beheerder', 'schoolleiding', 'mentor'] },
      schema: { response: { 200: { type: 'array', items: classSummary } } },
    },
    async (request) => {
      const auth = authOf(request);
      return listClasses(db, auth.schoolId, hasAnyRole(auth, SCHOOL_WIDE) ? null : auth.user.id);
    },
  );

  app.get<{ Params: { id: string }; Reply: ClassDetail }>(
    '/api/classes/:id',
    {
      config: { access: ['decaan', 'beheerder', 'mentor'] },
      schema: { params: uuidParams, response: { 200: classDetail } },
    },
    async (request) => {
      const auth = authOf(request);
      const found = await findClass(db, auth.schoolId, request.params.id);
      if (!found) throw new ProblemError(404, 'not_found');
      if (!hasAnyRole(auth, ANY_CLASS_DETAIL) && !(await isMentorOf(db, auth.user.id, found.id))) {
        throw new ProblemError(403, 'forbidden');
      }
      return found;
    },
  );
}
