import type { FastifyInstance } from 'fastify';
import { LESSON_LENGTHS, type LessonDetail, type LessonSummary, type Role, type SaveLessonRequest } from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { uuidParams } from '../../http/schemas';
import { createLesson, duplicateLesson, getLesson, listLessons, saveLesson } from './service';

const WRITERS: readonly [Role, ...Role[]] = ['decaan', 'beheerder'];
const READERS: readonly [Role, ...Role[]] = ['decaan', 'beheerder', 'mentor'];

const stepId = { type: 'string', minLength: 1, maxLength: 64 } as const;
/**
 * No `additionalProperties: false` inside the branches: Fastify's Ajv removes additional
 * properties while it tries each branch, which would strip `moduleId` before the video branch
 * is reached. The service rebuilds every step from its known fields instead.
 */
const step = {
  oneOf: [
    {
      type: 'object',
      required: ['id', 'type'],
      properties: { id: stepId, type: { type: 'string', enum: ['keuzemeting-voor', 'keuzemeting-na'] } },
    },
    {
      type: 'object',
      required: ['id', 'type', 'moduleId', 'moduleVersion'],
      properties: {
        id: stepId,
        type: { type: 'string', enum: ['video', 'game'] },
        moduleId: { type: 'string', format: 'uuid' },
        moduleVersion: { type: 'integer', minimum: 1 },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'question', 'options'],
      properties: {
        id: stepId,
        type: { type: 'string', const: 'reflectie' },
        question: { type: 'string', minLength: 3, maxLength: 500 },
        // Open question (no options) or multiple choice with 2 to 6 options.
        options: { anyOf: [{ type: 'array', maxItems: 0 }, { type: 'array', minItems: 2, maxItems: 6, items: { type: 'string', minLength: 1, maxLength: 200 } }] },
      },
    },
  ],
} as const;

const saveLessonBody = {
  type: 'object',
  required: ['title', 'description', 'lengthMinutes', 'steps'],
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 3, maxLength: 120, pattern: '\\S' },
    description: { type: 'string', maxLength: 2000 },
    lengthMinutes: { type: 'integer', enum: LESSON_LENGTHS },
    steps: { type: 'array', minItems: 1, maxItems: 30, items: step },
  },
} as const;

const summaryProperties = {
  id: { type: 'string' },
  title: { type: 'string' },
  version: { type: 'integer' },
  lengthMinutes: { type: 'integer' },
  totalMinutes: { type: 'integer' },
  stepCount: { type: 'integer' },
  scheduleCount: { type: 'integer' },
  updatedAt: { type: 'string' },
} as const;
const lessonSummary = { type: 'object', required: Object.keys(summaryProperties), properties: summaryProperties } as const;
const lessonDetail = {
  type: 'object',
  required: [...Object.keys(summaryProperties), 'description', 'steps', 'locked', 'versions'],
  properties: {
    ...summaryProperties,
    description: { type: 'string' },
    // Steps are a union; their shape is checked on the way in, so they are passed through whole.
    steps: { type: 'array', items: { type: 'object', additionalProperties: true } },
    locked: { type: 'boolean' },
    versions: {
      type: 'array',
      items: { type: 'object', properties: { version: { type: 'integer' }, createdAt: { type: 'string' }, scheduled: { type: 'boolean' } } },
    },
  },
} as const;

export async function lessonRoutes(app: FastifyInstance, options: { readonly db: Db }): Promise<void> {
  const { db } = options;

  app.get<{ Reply: LessonSummary[] }>(
    '/api/lessons',
    { config: { access: READERS }, schema: { response: { 200: { type: 'array', items: lessonSummary } } } },
    async (request) => listLessons(db, authOf(request).schoolId),
  );

  app.get<{ Params: { id: string }; Querystring: { version?: number }; Reply: LessonDetail }>(
    '/api/lessons/:id',
    {
      config: { access: READERS },
      schema: {
        params: uuidParams,
        querystring: { type: 'object', additionalProperties: false, properties: { version: { type: 'integer', minimum: 1 } } },
        response: { 200: lessonDetail },
      },
    },
    async (request) => getLesson(db, authOf(request).schoolId, request.params.id, request.query.version),
  );

  app.post<{ Body: SaveLessonRequest; Reply: LessonDetail }>(
    '/api/lessons',
    { config: { access: WRITERS }, schema: { body: saveLessonBody, response: { 201: lessonDetail } } },
    async (request, reply) => {
      const schoolId = authOf(request).schoolId;
      const id = await createLesson(db, schoolId, request.body);
      return reply.code(201).send(await getLesson(db, schoolId, id));
    },
  );

  app.put<{ Params: { id: string }; Body: SaveLessonRequest; Reply: LessonDetail }>(
    '/api/lessons/:id',
    { config: { access: WRITERS }, schema: { params: uuidParams, body: saveLessonBody, response: { 200: lessonDetail } } },
    async (request) => {
      const schoolId = authOf(request).schoolId;
      const version = await saveLesson(db, schoolId, request.params.id, request.body);
      return getLesson(db, schoolId, request.params.id, version);
    },
  );

  app.post<{ Params: { id: string }; Reply: LessonDetail }>(
    '/api/lessons/:id/duplicate',
    { config: { access: WRITERS }, schema: { params: uuidParams, response: { 201: lessonDetail } } },
    async (request, reply) => {
      const schoolId = authOf(request).schoolId;
      const id = await duplicateLesson(db, schoolId, request.params.id);
      return reply.code(201).send(await getLesson(db, schoolId, id));
    },
  );
}
