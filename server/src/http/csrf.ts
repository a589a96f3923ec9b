import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CSRF_COOKIE, CSRF_HEADER } from '@koers/contracts';
import { isApiPath } from './context';
import { ProblemError } from './problem';

/**
 * Double-submit CSRF protection with signed tokens (OWASP "signed double-submit cookie"). The
 * cookie `XSRF-TOKEN` is readable by the SPA, which echoes it in `X-XSRF-TOKEN` (Angular's
 * HttpClient does that on its own). A token is `<nonce>.<HMAC(secret, binding, nonce)>` where the
 * binding is the session id, or `anonymous` before sign-in: a token planted or stolen for one
 * session is worthless for another, and every sign-in and sign-out mints a new one.
 */
export const ANONYMOUS_BINDING = 'anonymous';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  readonly secret: string;
  readonly secureCookie: boolean;
}

export function csrfBinding(request: FastifyRequest): string {
  return request.auth?.sessionId ?? ANONYMOUS_BINDING;
}

export function issueCsrfToken(reply: FastifyReply, options: CsrfOptions, binding: string): void {
  const nonce = randomBytes(18).toString('base64url');
  reply.setCookie(CSRF_COOKIE, `${nonce}.${sign(options.secret, binding, nonce)}`, {
    httpOnly: false,
    sameSite: 'lax',
    path: '/',
    secure: options.secureCookie,
  });
}

/**
 * onRequest hook (runs after the session is loaded): makes sure the client holds a valid token
 * for its current session, and refuses state-changing API requests whose header does not match it.
 */
export function csrfHook(options: CsrfOptions) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (request.is404 || !isApiPath(request.url)) return;
    const binding = csrfBinding(request);
    const cookie = request.cookies[CSRF_COOKIE];
    const cookieValid = cookie !== undefined && isValid(options.secret, binding, cookie);
    if (!cookieValid) issueCsrfToken(reply, options, binding);
    if (SAFE_METHODS.has(request.method)) return;
    const header = request.headers[CSRF_HEADER];
    if (!cookieValid || typeof header !== 'string' || !equal(header, cookie)) {
      throw new ProblemError(403, 'csrf');
    }
  };
}

function sign(secret: string, binding: string, nonce: string): string {
  return createHmac('sha256', secret).update(`csrf\0${binding}\0${nonce}`).digest('base64url');
}

function isValid(secret: string, binding: string, token: string): boolean {
  const [nonce, signature, ...rest] = token.split('.');
  if (!nonce || !signature || rest.length > 0) return false;
  return equal(signature, sign(secret, binding, nonce));
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
