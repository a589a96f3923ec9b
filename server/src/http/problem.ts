import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError, Problem, ProblemCode } from '@koers/contracts';
import { fieldMessage, formatWait, languageOf, PROBLEM_TEXTS, type Language } from './messages';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A message in every language the API speaks; the one the client asked for is sent. */
export type LocalText = Readonly<Record<Language, string>>;

/** A field error whose message is picked per request language when the problem is sent. */
export interface LocalFieldError {
  readonly field: string;
  readonly message: string | LocalText;
}

/** Thrown anywhere in a request to answer with that problem (translated when sent). */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly options: { readonly errors?: readonly LocalFieldError[]; readonly retryAfterSeconds?: number; readonly report?: unknown } = {},
  ) {
    super(code);
    this.name = 'ProblemError';
  }
}

/** A 400 validation problem for one field (JSON pointer, e.g. `/steps/2/moduleId`). */
export function fieldProblem(field: string, message: LocalText): ProblemError {
  return new ProblemError(400, 'validation', { errors: [{ field, message }] });
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemError): FastifyReply {
  const language = languageOf(request.headers['accept-language']);
  if (problem.options.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.options.retryAfterSeconds));
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(toProblem(problem, language));
}

function toProblem(problem: ProblemError, language: Language): Problem {
  const text = PROBLEM_TEXTS[problem.code][language];
  const retry = problem.options.retryAfterSeconds;
  return {
    type: `urn:koers:problem:${problem.code}`,
    title: text.title,
    status: problem.status,
    detail: retry === undefined ? text.detail : text.detail.replace('{retry}', formatWait(retry, language)),
    code: problem.code,
    ...(problem.options.errors ? { errors: problem.options.errors.map((error) => localise(error, language)) } : {}),
    ...(problem.options.report === undefined ? {} : { report: problem.options.report }),
  };
}

function localise(error: LocalFieldError, language: Language): FieldError {
  return { field: error.field, message: typeof error.message === 'string' ? error.message : error.message[language] };
}

/** Fastify's own errors (body parsing, schema validation, ...) by status, as problem codes. */
const CLIENT_ERROR_CODES: Readonly<Record<number, ProblemCode>> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

/** The app's error handler: every error becomes problem+json; details of 5xx stay in the log. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ProblemError) return sendProblem(request, reply, error);
  const language = languageOf(request.headers['accept-language']);
  if (error.validation) {
    return sendProblem(request, reply, new ProblemError(400, 'validation', { errors: validationErrors(error, language) }));
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    request.log.info({ code: error.code, status }, 'client error');
    const code = CLIENT_ERROR_CODES[status] ?? 'validation';
    const errors = code === 'validation' ? [{ field: '', message: fieldMessage('', {}, language) }] : undefined;
    return sendProblem(request, reply, new ProblemError(status, code, { errors }));
  }
  request.log.error({ err: error }, 'request failed');
  return sendProblem(request, reply, new ProblemError(500, 'internal'));
}

function validationErrors(error: FastifyError, language: Language): FieldError[] {
  return (error.validation ?? []).map((failure) => {
    const params = failure.params as Record<string, unknown>;
    const property = params['missingProperty'] ?? params['additionalProperty'];
    const field = typeof property === 'string' ? `${failure.instancePath}/${property}` : failure.instancePath;
    return { field, message: fieldMessage(failure.keyword, params, language) };
  });
}
