import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import type { Problem } from '@koers/contracts';
import { toAppError } from './app-error';

function problem(status: number, code: Problem['code']): Problem {
  return { type: 'about:blank', title: 'x', status, detail: 'x', code };
}

describe('toAppError', () => {
  it('calls a network failure (status 0) unavailable', () => {
    expect(toAppError(new HttpErrorResponse({ status: 0 })).code).toBe('unavailable');
  });

  it('calls any 5xx unavailable, even with a problem body', () => {
    expect(toAppError(new HttpErrorResponse({ status: 503 })).code).toBe('unavailable');
    expect(toAppError(new HttpErrorResponse({ status: 500, error: problem(500, 'internal') })).code).toBe('unavailable');
  });

  it('keeps the problem code of a problem+json answer', () => {
    const error = toAppError(new HttpErrorResponse({ status: 401, error: problem(401, 'invalid_credentials') }));
    expect(error).toEqual(jasmine.objectContaining({ code: 'invalid_credentials', status: 401 }));
  });

  it('reads the wait time of a 429 from Retry-After', () => {
    const error = toAppError(
      new HttpErrorResponse({ status: 429, error: problem(429, 'rate_limited'), headers: new HttpHeaders({ 'Retry-After': '42' }) }),
    );
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(42);
  });

  it('derives a code from the status when the body is not a problem', () => {
    expect(toAppError(new HttpErrorResponse({ status: 404, error: 'Not Found' })).code).toBe('not_found');
  });

  it('calls anything that is not an HTTP error unknown', () => {
    expect(toAppError(new Error('boom')).code).toBe('unknown');
  });
});
