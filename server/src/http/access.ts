import type { FastifyRequest } from 'fastify';
import type { Role } from '@koers/contracts';
import { ProblemError } from './problem';

/**
 * onRequest hook, after the session is loaded: the one place that decides whether a route may
 * be called at all. Which rows a caller may see (own school, own classes) is decided in each
 * module's queries; a row of another school is answered as not found.
 */
export async function accessHook(request: FastifyRequest): Promise<void> {
  if (request.is404) return;
  const access = request.routeOptions.config.access;
  if (access === 'public') return;
  if (access === undefined) {
    request.log.error({ route: request.routeOptions.url }, 'route declares no access; refused');
    throw new ProblemError(403, 'forbidden');
  }
  if (!request.auth) throw new ProblemError(401, 'unauthenticated');
  const roles = request.auth.user.roles as readonly Role[];
  if (!access.some((role) => roles.includes(role))) throw new ProblemError(403, 'forbidden');
}
