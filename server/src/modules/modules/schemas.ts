import { GAME_KINDS, NIVEAUS, QUALITY_CRITERIA, SECTORS } from '@koers/contracts';
import { stringArray } from '../../http/schemas';

/** JSON schemas mirroring contracts/src/modules.ts (limits as documented there). */

const label = { type: 'string', minLength: 1, maxLength: 120 } as const;

const qualityCheck = {
  type: 'object',
  required: ['met', 'note'],
  additionalProperties: false,
  properties: { met: { type: 'boolean' }, note: { type: 'string', maxLength: 500 } },
} as const;

export const moduleMetadataProperties = {
  title: { type: 'string', minLength: 3, maxLength: 120, pattern: '\\S' },
  description: { type: 'string', maxLength: 2000 },
  niveaus: { type: 'array', minItems: 1, maxItems: NIVEAUS.length, uniqueItems: true, items: { type: 'string', enum: NIVEAUS } },
  leerjaren: { type: 'array', minItems: 1, maxItems: 6, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 6 } },
  sectors: { type: 'array', minItems: 1, maxItems: SECTORS.length, uniqueItems: true, items: { type: 'string', enum: SECTORS } },
  opleidingen: { type: 'array', maxItems: 20, items: label },
  beroepen: { type: 'array', maxItems: 20, items: label },
  maker: { type: 'string', maxLength: 200 },
  source: { type: 'string', maxLength: 300 },
  sourceUrl: { anyOf: [{ type: 'string', maxLength: 500, pattern: '^https?://[^\\s]+$' }, { type: 'null' }] },
  quality: {
    type: 'object',
    required: QUALITY_CRITERIA,
    additionalProperties: false,
    properties: Object.fromEntries(QUALITY_CRITERIA.map((criterion) => [criterion, qualityCheck])),
  },
  game: {
    anyOf: [
      {
        type: 'object',
        required: ['kind', 'items'],
        additionalProperties: false,
        properties: { kind: { type: 'string', enum: GAME_KINDS }, items: { type: 'array', minItems: 1, maxItems: 30, items: label } },
      },
      { type: 'null' },
    ],
  },
  durationSeconds: { type: 'integer', minimum: 30, maximum: 1800 },
} as const;

const metadataRequired = ['title', 'description', 'niveaus', 'leerjaren', 'sectors', 'opleidingen', 'beroepen', 'maker', 'source', 'sourceUrl', 'quality', 'game'] as const;

export const createModuleBody = {
  type: 'object',
  required: ['type', ...metadataRequired],
  additionalProperties: false,
  properties: { type: { type: 'string', enum: ['video', 'game'] }, ...moduleMetadataProperties },
} as const;

export const updateModuleBody = {
  type: 'object',
  required: metadataRequired,
  additionalProperties: false,
  properties: moduleMetadataProperties,
} as const;

export const moduleFiltersQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 100 },
    type: { type: 'string', enum: ['video', 'game'] },
    sector: { type: 'string', enum: SECTORS },
    niveau: { type: 'string', enum: NIVEAUS },
    leerjaar: { type: 'integer', minimum: 1, maximum: 6 },
    maxMinutes: { type: 'integer', minimum: 1, maximum: 120 },
    opleiding: { type: 'string', maxLength: 120 },
    quality: { type: 'string', enum: ['complete', 'incomplete'] },
    status: { type: 'string', enum: ['draft', 'published'] },
  },
} as const;

const summaryProperties = {
  id: { type: 'string' },
  type: { type: 'string' },
  demo: { type: 'boolean' },
  version: { type: 'integer' },
  status: { type: 'string' },
  title: { type: 'string' },
  description: { type: 'string' },
  niveaus: stringArray,
  leerjaren: { type: 'array', items: { type: 'integer' } },
  sectors: stringArray,
  opleidingen: stringArray,
  beroepen: stringArray,
  maker: { type: 'string' },
  source: { type: 'string' },
  sourceUrl: { type: ['string', 'null'] },
  quality: { type: 'object', additionalProperties: qualityCheck },
  game: {
    anyOf: [{ type: 'object', properties: { kind: { type: 'string' }, items: stringArray } }, { type: 'null' }],
  },
  durationSeconds: { type: 'integer' },
  qualityComplete: { type: 'boolean' },
  videoUrl: { type: ['string', 'null'] },
  videoMimeType: { type: ['string', 'null'] },
  videoBytes: { type: ['integer', 'null'] },
  captionsUrl: { type: ['string', 'null'] },
  thumbnailUrl: { type: ['string', 'null'] },
  updatedAt: { type: 'string' },
} as const;

export const moduleSummary = { type: 'object', required: Object.keys(summaryProperties), properties: summaryProperties } as const;

export const moduleDetail = {
  type: 'object',
  required: [...Object.keys(summaryProperties), 'versions', 'usedIn'],
  properties: {
    ...summaryProperties,
    versions: {
      type: 'array',
      items: {
        type: 'object',
        properties: { version: { type: 'integer' }, status: { type: 'string' }, createdAt: { type: 'string' }, publishedAt: { type: ['string', 'null'] } },
      },
    },
    usedIn: {
      type: 'array',
      items: { type: 'object', properties: { lessonId: { type: 'string' }, title: { type: 'string' }, version: { type: 'integer' } } },
    },
  },
} as const;
