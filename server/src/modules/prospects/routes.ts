import type { FastifyInstance } from 'fastify';
import {
  INDICATOR_LEVELS,
  PROSPECT_FORMATS,
  PROSPECT_STATUSES,
  SECTORS,
  type KansrijkRuleChange,
  type KansrijkRuleState,
  type ProspectImportReport,
  type ProspectImportRequest,
  type ProspectIndicator,
  type ProspectIndicatorInput,
  type ProspectIndicatorList,
  type ProspectImportSummary,
} from '@koers/contracts';
import type { Db } from '../../db/index';
import { authOf } from '../../http/context';
import { uuidParams } from '../../http/schemas';
import { MAX_IMPORT_BYTES, runProspectImport } from './import';
import { addIndicator, changeRule, listImports, listIndicators, ruleState, withdrawIndicator } from './service';
import type { Role } from '@koers/contracts';

const READ: readonly [Role, ...Role[]] = ['decaan', 'beheerder', 'mentor', 'schoolleiding'];
const WRITE: readonly [Role, ...Role[]] = ['decaan', 'beheerder'];

const text = (minLength: number, maxLength: number) => ({ type: 'string', minLength, maxLength }) as const;
const nullableText = (maxLength: number) => ({ type: ['string', 'null'], maxLength }) as const;
const score = { type: 'integer', minimum: 1, maximum: 5 } as const;

const indicatorInput = {
  type: 'object',
  additionalProperties: false,
  required: ['scope', 'opleidingId', 'sector', 'level', 'value', 'score', 'source', 'sourceUrl', 'year', 'period', 'region', 'note'],
  properties: {
    scope: { enum: ['opleiding', 'sector'] },
    opleidingId: { type: ['string', 'null'], format: 'uuid' },
    sector: { enum: [...SECTORS, null] },
    level: { enum: INDICATOR_LEVELS },
    value: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    score,
    source: { type: 'string', minLength: 2, maxLength: 300, pattern: '\\S' },
    sourceUrl: nullableText(500),
    year: { type: 'integer' },
    period: nullableText(60),
    region: { type: 'string', minLength: 2, maxLength: 80, pattern: '\\S' },
    note: text(0, 1000),
  },
} as const;

const importRequest = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'source', 'sourceUrl', 'year', 'period', 'region', 'status', 'scale', 'fileBase64', 'fileName', 'dryRun', 'onlyValidRows'],
  properties: {
    format: { enum: PROSPECT_FORMATS },
    source: { type: 'string', minLength: 2, maxLength: 300, pattern: '\\S' },
    sourceUrl: nullableText(500),
    year: { type: 'integer' },
    period: nullableText(60),
    region: { type: 'string', minLength: 2, maxLength: 80, pattern: '\\S' },
    status: { enum: ['geimporteerd', 'illustratief'] },
    scale: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          additionalProperties: false,
          required: ['min', 'max', 'higherIsBetter'],
          properties: { min: { type: 'number' }, max: { type: 'number' }, higherIsBetter: { type: 'boolean' } },
        },
      ],
    },
    fileBase64: { type: 'string', maxLength: Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8, pattern: '^[A-Za-z0-9+/]*={0,2}$' },
    fileName: text(1, 200),
    dryRun: { type: 'boolean' },
    onlyValidRows: { type: 'boolean' },
  },
} as const;

const ruleChange = {
  type: 'object',
  additionalProperties: false,
  required: ['minScore', 'note'],
  properties: { minScore: score, note: { type: 'string', minLength: 3, maxLength: 500, pattern: '\\S' } },
} as const;

const indicatorQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { scope: { enum: ['opleiding', 'sector'] }, sector: { enum: SECTORS }, status: { enum: PROSPECT_STATUSES } },
} as const;

/** Prospect indicators, their CSV import and the kansrijk rule (issue 6). */
export async function prospectRoutes(app: FastifyInstance, options: { db: Db }): Promise<void> {
  const { db } = options;
  const actorOf = (request: Parameters<typeof authOf>[0]) => {
    const auth = authOf(request);
    return { schoolId: auth.schoolId, userId: auth.user.id };
  };

  app.get<{ Querystring: { scope?: 'opleiding' | 'sector'; sector?: (typeof SECTORS)[number]; status?: (typeof PROSPECT_STATUSES)[number] }; Reply: ProspectIndicatorList }>(
    '/api/prospects/indicators',
    { config: { access: READ }, schema: { querystring: indicatorQuery } },
    async (request) => ({ items: await listIndicators(db, authOf(request).schoolId, request.query) }),
  );

  app.post<{ Body: ProspectIndicatorInput; Reply: ProspectIndicator }>(
    '/api/prospects/indicators',
    { config: { access: WRITE }, schema: { body: indicatorInput } },
    async (request, reply) => reply.code(201).send(await addIndicator(db, actorOf(request), request.body)),
  );

  app.delete<{ Params: { id: string } }>('/api/prospects/indicators/:id', { config: { access: WRITE }, schema: { params: uuidParams } }, async (request, reply) => {
    await withdrawIndicator(db, authOf(request).schoolId, request.params.id);
    return reply.code(204).send();
  });

  app.get<{ Reply: { items: ProspectImportSummary[] } }>('/api/prospects/imports', { config: { access: WRITE } }, async (request) => ({
    items: await listImports(db, authOf(request).schoolId),
  }));

  app.post<{ Body: ProspectImportRequest; Reply: ProspectImportReport }>(
    '/api/prospects/imports',
    { config: { access: WRITE }, bodyLimit: Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024, schema: { body: importRequest } },
    async (request) => runProspectImport(db, actorOf(request), request.body),
  );

  app.get<{ Reply: KansrijkRuleState }>('/api/prospects/rule', { config: { access: READ } }, async (request) => ruleState(db, authOf(request).schoolId));

  app.put<{ Body: KansrijkRuleChange; Reply: KansrijkRuleState }>(
    '/api/prospects/rule',
    { config: { access: ['decaan'] }, schema: { body: ruleChange } },
    async (request) => changeRule(db, actorOf(request), request.body),
  );
}
