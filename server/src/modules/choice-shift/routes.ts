import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NIVEAUS, type ChoiceShiftReport, type ChoiceShiftScope, type MeasurementPairing, type MeasurementPairingInput, type Role } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { fieldProblem } from '../../http/problem';
import { uuidParams } from '../../http/schemas';
import { choiceShift, createPairing, deletePairing, listPairings, type Viewer } from './service';

const SCHOOL_WIDE: readonly Role[] = ['decaan', 'beheerder', 'schoolleiding'];
const READ: readonly [Role, ...Role[]] = ['decaan', 'beheerder', 'schoolleiding', 'mentor'];

const isoDate = { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$' } as const;
const uuid = { type: 'string', format: 'uuid' } as const;

const scopeQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    classId: uuid,
    leerjaar: { type: 'integer', minimum: 1, maximum: 6 },
    niveau: { enum: NIVEAUS },
    lessonId: uuid,
    scheduleId: uuid,
    pairingId: uuid,
    from: isoDate,
    to: isoDate,
  },
} as const;

const pairingInput = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'preScheduleId', 'postScheduleId'],
  properties: { name: { type: 'string', minLength: 3, maxLength: 120, pattern: '\\S' }, preScheduleId: uuid, postScheduleId: uuid },
} as const;

function viewerOf(request: FastifyRequest): Viewer {
  const auth = authOf(request);
  return { schoolId: auth.schoolId, userId: auth.user.id, schoolWide: SCHOOL_WIDE.some((role) => (auth.user.roles as readonly Role[]).includes(role)) };
}

/** Choice shift per group and the decaan's koppelingen of measurements (issue 6). */
export async function choiceShiftRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const { db } = options;

  app.get<{ Querystring: ChoiceShiftScope; Reply: ChoiceShiftReport }>(
    '/api/choice-shift',
    { config: { access: READ }, schema: { querystring: scopeQuery } },
    async (request) => {
      if (request.query.from && request.query.to && request.query.from > request.query.to) {
        throw fieldProblem('/to', { nl: 'De einddatum ligt vóór de begindatum.', en: 'The end date is before the start date.' });
      }
      return choiceShift(db, viewerOf(request), request.query);
    },
  );

  app.get<{ Reply: { items: MeasurementPairing[] } }>('/api/choice-shift/pairings', { config: { access: READ } }, async (request) => ({
    items: await listPairings(db, viewerOf(request)),
  }));

  app.post<{ Body: MeasurementPairingInput; Reply: MeasurementPairing }>(
    '/api/choice-shift/pairings',
    { config: { access: ['decaan', 'beheerder'] }, schema: { body: pairingInput } },
    async (request, reply) => reply.code(201).send(await createPairing(db, viewerOf(request), request.body)),
  );

  app.delete<{ Params: { id: string } }>('/api/choice-shift/pairings/:id', { config: { access: ['decaan', 'beheerder'] }, schema: { params: uuidParams } }, async (request, reply) => {
    await deletePairing(db, authOf(request).schoolId, request.params.id);
    return reply.code(204).send();
  });
}
