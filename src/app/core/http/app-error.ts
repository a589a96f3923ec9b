import { HttpErrorResponse } from '@angular/common/http';
import { type FieldError, type ProblemCode, isProblem } from '@koers/contracts';

/** `unavailable`: network down, timeout or a 5xx; `unknown`: anything we cannot classify. */
export type AppErrorCode = Exclude<ProblemCode, 'internal'> | 'unavailable' | 'unknown';

/** A failed request, reduced to what the UI needs to explain it in the user's language. */
export interface AppError {
  readonly code: AppErrorCode;
  readonly status: number;
  /** From a 429's Retry-After header. */
  readonly retryAfterSeconds: number | null;
  readonly fieldErrors: readonly FieldError[];
}

export function toAppError(error: unknown): AppError {
  if (!(error instanceof HttpErrorResponse)) return appError('unknown', 0);
  const { status } = error;
  if (status === 0 || status >= 500) return appError('unavailable', status);
  const body: unknown = error.error;
  const code: AppErrorCode = isProblem(body) && body.code !== 'internal' ? body.code : codeForStatus(status);
  return {
    ...appError(code, status),
    retryAfterSeconds: status === 429 ? retryAfter(error.headers.get('Retry-After')) : null,
    fieldErrors: isProblem(body) ? (body.errors ?? []) : [],
  };
}

function appError(code: AppErrorCode, status: number): AppError {
  return { code, status, retryAfterSeconds: null, fieldErrors: [] };
}

function codeForStatus(status: number): AppErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate_limited';
    default:
      return 'unknown';
  }
}

/** Retry-After is either delta-seconds or an HTTP date. */
function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
