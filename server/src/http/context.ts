import type { Role, SessionUser } from '@koers/contracts';
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/index';
import { ProblemError } from './problem';

/** Who is making the request, loaded from the session cookie for every /api request. */
export interface Auth {
  /** The session's id (SHA-256 of the cookie token); CSRF tokens are bound to it. */
  readonly sessionId: string;
  readonly schoolId: string;
  readonly user: SessionUser;
}

/**
 * Every route declares who may call it: `'public'`, or the roles allowed (any one suffices).
 * A route without a declaration is refused (deny by default).
 */
export type Access = 'public' | readonly [Role, ...Role[]];

declare module 'fastify' {
  interface FastifyRequest {
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    database: Database;
  }
}

/** True for paths the API answers (not the SPA's static files). */
export function isApiPath(url: string): boolean {
  return /^\/(api|xapi)(\/|\?|$)/.test(url);
}

/** `request.auth` in a route that the access hook has already limited to signed-in roles. */
export function authOf(request: FastifyRequest): Auth {
  if (!request.auth) throw new ProblemError(401, 'unauthenticated');
  return request.auth;
}
