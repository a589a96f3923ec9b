/**
 * GET /xapi/statements (Communication §2.1.3): single lookups by statementId / voidedStatementId,
 * and filtered lists paged by (stored, id) with an opaque `more` cursor. Every query is scoped to
 * the caller's school, and for a student to their own statements.
 */
import type pg from 'pg';
import { isAbsoluteIri, isUuid, isXapiTimestamp, statementProblems, type XapiStatementResult } from '@koers/contracts';
import { ProblemError, type LocalText } from '../../http/problem';
import { actorKey, idsFormat, type Caller, type Json } from './statements';

export const DEFAULT_PAGE = 100;
export const MAX_PAGE = 500;

export type Format = 'exact' | 'ids' | 'canonical';

/** The filters of a list, as carried inside a `more` cursor. */
interface Filters {
  readonly agentKey: string | null;
  /** The agent's identifier alone (for containment tests of related_agents). */
  readonly agentIfi: Json | null;
  readonly verb: string | null;
  readonly activity: string | null;
  readonly registration: string | null;
  readonly relatedActivities: boolean;
  readonly relatedAgents: boolean;
  readonly since: string | null;
  readonly until: string | null;
  readonly limit: number;
  readonly ascending: boolean;
  readonly format: Format;
}

interface Cursor {
  readonly f: Filters;
  /** stored (ISO) and id of the last statement of the previous page. */
  readonly s: string;
  readonly i: string;
}

export type StatementQuery = Readonly<Record<string, string | undefined>>;

const bad = (field: string, message: LocalText) => new ProblemError(400, 'validation', { errors: [{ field, message }] });
const INVALID: LocalText = { nl: 'heeft geen geldige waarde', en: 'has an invalid value' };

const SINGLE_ALLOWED = new Set(['statementId', 'voidedStatementId', 'format', 'attachments']);
const KNOWN = new Set([
  ...SINGLE_ALLOWED,
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'ascending',
  'cursor',
]);

/** Answers a GET: one statement, or a page of statements with `more`. */
export async function queryStatements(pool: pg.Pool, caller: Caller, query: StatementQuery): Promise<Json | XapiStatementResult> {
  for (const key of Object.keys(query)) {
    if (!KNOWN.has(key)) throw bad(key, { nl: 'is geen bekende parameter', en: 'is not a known parameter' });
  }
  if (query['attachments'] === 'true') throw bad('attachments', { nl: 'bijlagen worden niet ondersteund', en: 'attachments are not supported' });
  const format = parseFormat(query['format']);
  const single = query['statementId'] ?? query['voidedStatementId'];
  if (single !== undefined) {
    const param = query['statementId'] !== undefined ? 'statementId' : 'voidedStatementId';
    const extra = Object.keys(query).filter((key) => !SINGLE_ALLOWED.has(key));
    if (extra.length > 0 || (query['statementId'] !== undefined && query['voidedStatementId'] !== undefined)) {
      throw bad(extra[0] ?? 'voidedStatementId', { nl: `mag niet samen met ${param}`, en: `cannot be combined with ${param}` });
    }
    if (!isUuid(single)) throw bad(param, { nl: 'moet een UUID zijn', en: 'must be a UUID' });
    return findOne(pool, caller, single.toLowerCase(), param === 'voidedStatementId', format);
  }
  if (query['cursor'] !== undefined) {
    if (Object.keys(query).length > 1) throw bad('cursor', { nl: 'mag niet samen met andere parameters', en: 'cannot be combined with other parameters' });
    const cursor = decodeCursor(query['cursor']);
    return list(pool, caller, cursor.f, cursor);
  }
  return list(pool, caller, parseFilters(query, format), null);
}

async function findOne(pool: pg.Pool, caller: Caller, id: string, voided: boolean, format: Format): Promise<Json> {
  const params: unknown[] = [caller.schoolId, id, voided];
  const own = caller.kind === 'student' ? (params.push(caller.studentId), ' and student_id = $4') : '';
  const { rows } = await pool.query<{ statement: Json }>(
    `select statement from xapi_statements where school_id = $1 and id = $2 and voided = $3${own}`,
    params,
  );
  if (!rows[0]) throw new ProblemError(404, 'not_found');
  return format === 'ids' ? idsFormat(rows[0].statement) : rows[0].statement;
}

async function list(pool: pg.Pool, caller: Caller, filters: Filters, cursor: Cursor | null): Promise<XapiStatementResult> {
  const params: unknown[] = [caller.schoolId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['school_id = $1', 'not voided'];
  if (caller.kind === 'student') where.push(`student_id = ${param(caller.studentId)}`);
  if (filters.agentKey !== null) {
    const key = param(filters.agentKey);
    const alternatives = [`actor_key = ${key}`, `object_id = ${key}`];
    if (filters.relatedAgents && filters.agentIfi) {
      const ifi = `${param(JSON.stringify(filters.agentIfi))}::jsonb`;
      alternatives.push(
        `statement->'authority' @> ${ifi}`,
        `statement->'context'->'instructor' @> ${ifi}`,
        `statement->'context'->'team' @> ${ifi}`,
        `statement->'actor'->'member' @> jsonb_build_array(${ifi})`,
        `statement->'object'->'member' @> jsonb_build_array(${ifi})`,
      );
    }
    where.push(`(${alternatives.join(' or ')})`);
  }
  if (filters.verb !== null) where.push(`verb_id = ${param(filters.verb)}`);
  if (filters.activity !== null) {
    const activity = param(filters.activity);
    where.push(
      filters.relatedActivities
        ? `(object_id = ${activity} or jsonb_path_exists(statement, '$.context.contextActivities.*[*] ? (@.id == $id)', jsonb_build_object('id', ${activity}::text)))`
        : `(object_id = ${activity} and coalesce(statement->'object'->>'objectType', 'Activity') = 'Activity')`,
    );
  }
  if (filters.registration !== null) where.push(`registration = ${param(filters.registration)}`);
  if (filters.since !== null) where.push(`stored > ${param(filters.since)}::timestamptz`);
  if (filters.until !== null) where.push(`stored <= ${param(filters.until)}::timestamptz`);
  const direction = filters.ascending ? 'asc' : 'desc';
  if (cursor) where.push(`(stored, id) ${filters.ascending ? '>' : '<'} (${param(cursor.s)}::timestamptz, ${param(cursor.i)}::uuid)`);
  const limit = filters.limit;
  const { rows } = await pool.query<{ id: string; stored: Date; statement: Json }>(
    `select id, stored, statement from xapi_statements
      where ${where.join(' and ')}
      order by stored ${direction}, id ${direction}
      limit ${param(limit + 1)}`,
    params,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const more = rows.length > limit && last ? `/xapi/statements?cursor=${encodeCursor({ f: filters, s: last.stored.toISOString(), i: last.id })}` : '';
  return { statements: page.map((row) => (filters.format === 'ids' ? idsFormat(row.statement) : row.statement)) as never, more };
}

function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'exact';
  if (value === 'exact' || value === 'ids' || value === 'canonical') return value;
  throw bad('format', { nl: 'moet ids, exact of canonical zijn', en: 'must be ids, exact or canonical' });
}

function parseBoolean(name: string, value: string | undefined): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw bad(name, { nl: 'moet true of false zijn', en: 'must be true or false' });
}

function parseFilters(query: StatementQuery, format: Format): Filters {
  let agentKey: string | null = null;
  let agentIfi: Json | null = null;
  if (query['agent'] !== undefined) {
    let agent: unknown;
    try {
      agent = JSON.parse(query['agent']);
    } catch {
      throw bad('agent', { nl: 'moet een Agent of Group in JSON zijn', en: 'must be an Agent or Group as JSON' });
    }
    // Reuse the statement validator on a minimal statement to check the agent's identifier rules.
    const problems = statementProblems({ actor: agent, verb: { id: 'urn:x' }, object: { id: 'urn:x' } }).filter((problem) => problem.field.startsWith('/actor'));
    if (problems.length > 0) throw bad('agent', { nl: 'is geen geldige Agent of Group', en: 'is not a valid Agent or Group' });
    agentKey = actorKey(agent as Json);
    agentIfi = Object.fromEntries(Object.entries(agent as Json).filter(([key]) => ['mbox', 'mbox_sha1sum', 'openid', 'account'].includes(key)));
    if (Object.keys(agentIfi).length === 0) agentIfi = null;
  }
  const iri = (name: string): string | null => {
    const value = query[name];
    if (value === undefined) return null;
    if (!isAbsoluteIri(value)) throw bad(name, { nl: 'moet een absolute IRI zijn', en: 'must be an absolute IRI' });
    return value;
  };
  const time = (name: string): string | null => {
    const value = query[name];
    if (value === undefined) return null;
    if (!isXapiTimestamp(value)) throw bad(name, { nl: 'moet een ISO 8601-tijdstip met tijdzone zijn', en: 'must be an ISO 8601 timestamp with a time zone' });
    return value;
  };
  const registration = query['registration'];
  if (registration !== undefined && !isUuid(registration)) throw bad('registration', { nl: 'moet een UUID zijn', en: 'must be a UUID' });
  let limit = DEFAULT_PAGE;
  if (query['limit'] !== undefined) {
    const parsed = Number(query['limit']);
    if (!/^\d+$/.test(query['limit']) || !Number.isSafeInteger(parsed)) throw bad('limit', INVALID);
    limit = parsed === 0 ? MAX_PAGE : Math.min(parsed, MAX_PAGE);
  }
  return {
    agentKey,
    agentIfi,
    verb: iri('verb'),
    activity: iri('activity'),
    registration: registration?.toLowerCase() ?? null,
    relatedActivities: parseBoolean('related_activities', query['related_activities']),
    relatedAgents: parseBoolean('related_agents', query['related_agents']),
    since: time('since'),
    until: time('until'),
    limit,
    ascending: parseBoolean('ascending', query['ascending']),
    format,
  };
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(token: string): Cursor {
  try {
    const cursor = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Cursor;
    if (typeof cursor.s !== 'string' || !isUuid(cursor.i) || typeof cursor.f !== 'object' || cursor.f === null) throw new Error('shape');
    const f = cursor.f;
    if (!Number.isInteger(f.limit) || f.limit < 1 || f.limit > MAX_PAGE || Number.isNaN(Date.parse(cursor.s))) throw new Error('values');
    return cursor;
  } catch {
    throw bad('cursor', { nl: 'is geen geldige vervolgpagina', en: 'is not a valid continuation' });
  }
}
