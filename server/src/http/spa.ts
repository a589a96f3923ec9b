import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { isApiPath } from './context';

/**
 * Serves the built SPA. Its files are public by nature, so the routes @fastify/static adds are
 * declared public here, in the one plugin that owns them.
 */
export async function registerSpa(app: FastifyInstance, staticDir: string): Promise<void> {
  await app.register(async (spa) => {
    spa.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    await spa.register(fastifyStatic, { root: staticDir, wildcard: true });
  });
}

/** Deep links (`/klassen/123`) load index.html; the SPA's router takes it from there. */
export function wantsSpaPage(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !isApiPath(request.url) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}
