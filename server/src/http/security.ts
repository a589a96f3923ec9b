import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';

/**
 * Cookies, security headers and the rate-limit store. Helmet's default Content-Security-Policy
 * stays as it is (no inline scripts, no inline event handlers); the SPA's production build
 * must live with it (STACK.md: `inlineCritical: false`), not the other way round.
 * `https` (secure cookies configured) decides the two HTTPS-only headers: served over plain
 * HTTP on a school's LAN, `upgrade-insecure-requests` would send every script and style request
 * to an https:// address that does not exist.
 */
export async function registerSecurity(app: FastifyInstance, { https }: { https: boolean }): Promise<void> {
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
    strictTransportSecurity: https,
  });
  // Only routes that ask for it are limited (sign-in); see modules/auth/rate-limit.ts.
  await app.register(rateLimit, { global: false });
}
