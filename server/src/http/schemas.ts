/** JSON schemas shared by several routes' declarations (mirroring @koers/contracts types). */

export const uuidParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

export const schoolSummary = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
} as const;

/** `SessionUser`: staff users have `email`, students `classId` and `className`. */
export const sessionUser = {
  type: 'object',
  required: ['kind', 'id', 'displayName', 'roles', 'school'],
  properties: {
    kind: { type: 'string', enum: ['staff', 'student'] },
    id: { type: 'string' },
    displayName: { type: 'string' },
    email: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
    school: schoolSummary,
    classId: { type: 'string' },
    className: { type: 'string' },
  },
} as const;

export const stringArray = { type: 'array', items: { type: 'string' } } as const;

/** For routes that answer 204 No Content. */
export const noContent = { type: 'null' } as const;
