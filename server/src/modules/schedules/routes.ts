import type { FastifyInstance } from 'fastify';
import type { CreateSchedulesRequest, Role, ScheduleSummary } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf, type Auth } from '../../http/context';
import { noContent, uuidParams } from '../../http/schemas';
import { createSchedules, deleteSchedule, getSchedule, listSchedules, type ScheduleScope, type When } from './service';

const WRITERS: readonly [Role, ...Role[]] = ['decaan', 'beheerder'];
const READERS: readonly [Role, ...Role[]] = ['decaan', 'beheerder', 'mentor'];

const isoDate = { type: 'string', format: 'date' } as const;

const scheduleProperties = {
  id: { type: 'string' },
  lessonId: { type: 'string' },
  lessonTitle: { type: 'string' },
  lessonVersion: { type: 'integer' },
  classId: { type: 'string' },
  className: { type: 'string' },
  startsOn: { type: 'string' },
  endsOn: { type: 'string' },
  code: { type: 'string' },
  studentPath: { type: 'string' },
  status: { type: 'string' },
} as const;
const scheduleSummary = { type: 'object', required: Object.keys(scheduleProperties), properties: scheduleProperties } as const;

/** The decaan and the beheerder see every class; a mentor only their own. */
export function scopeOf(auth: Auth): ScheduleScope {
  const schoolWide = (auth.user.roles as readonly Role[]).some((role) => role === 'decaan' || role === 'beheerder');
  return { schoolId: auth.schoolId, mentorId: schoolWide ? null : auth.user.id };
}

export async function scheduleRoutes(app: FastifyInstance, options: { readonly db: Db }): Promise<void> {
  const { db } = options;

  app.get<{ Querystring: { when?: When; classId?: string }; Reply: ScheduleSummary[] }>(
    '/api/schedules',
    {
      config: { access: READERS },
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { when: { type: 'string', enum: ['upcoming', 'past', 'all'] }, classId: { type: 'string', format: 'uuid' } },
        },
        response: { 200: { type: 'array', items: scheduleSummary } },
      },
    },
    async (request) =>
      listSchedules(db, scopeOf(authOf(request)), { when: request.query.when ?? 'all', ...(request.query.classId ? { classId: request.query.classId } : {}) }),
  );

  app.get<{ Params: { id: string }; Reply: ScheduleSummary }>(
    '/api/schedules/:id',
    { config: { access: READERS }, schema: { params: uuidParams, response: { 200: scheduleSummary } } },
    async (request) => getSchedule(db, scopeOf(authOf(request)), request.params.id),
  );

  app.post<{ Body: CreateSchedulesRequest; Reply: ScheduleSummary[] }>(
    '/api/schedules',
    {
      config: { access: WRITERS },
      schema: {
        body: {
          type: 'object',
          required: ['lessonId', 'lessonVersion', 'classIds', 'startsOn', 'endsOn'],
          additionalProperties: false,
          properties: {
            lessonId: { type: 'string', format: 'uuid' },
            lessonVersion: { type: 'integer', minimum: 1 },
            classIds: { type: 'array', minItems: 1, maxItems: 50, items: { type: 'string', format: 'uuid' } },
            startsOn: isoDate,
            endsOn: isoDate,
          },
        },
        response: { 201: { type: 'array', items: scheduleSummary } },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const ids = await createSchedules(db, auth.schoolId, auth.user.id, request.body);
      const scope = scopeOf(auth);
      return reply.code(201).send(await Promise.all(ids.map((id) => getSchedule(db, scope, id))));
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/schedules/:id',
    { config: { access: WRITERS }, schema: { params: uuidParams, response: { 204: noContent } } },
    async (request, reply) => {
      await deleteSchedule(db, authOf(request).schoolId, request.params.id);
      return reply.code(204).send();
    },
  );
}
