/** Starts Koers: configuration from the environment, then listen. All wiring is in app.ts. */
import { buildApp } from './app';
import { configFromEnv } from './config';
import { hasDemoSchool, formatDemoListing } from './db/seed/demo';
import { formatDemoToolListing } from './modules/xapi/clients';

async function main(): Promise<void> {
  const config = configFromEnv();
  const app = await buildApp(config, {
    // Without its database the API can only fail (buildApp has logged why): exit, so a
    // supervisor (or the developer) restarts it rather than serving errors.
    onDatabaseFailure: () => process.exit(1),
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.pgliteDir}`;
  console.log(`\nKoers API on http://${config.host}:${config.port} — database: ${where}, migration ${app.database.migration}`);
  if (config.staticDir) console.log(`Serving the app from ${config.staticDir}`);
  // The demo accounts and codes are made up, not personal data: printing them is the point.
  if (config.demo && (await hasDemoSchool(app.database.db))) console.log(`\n${formatDemoListing()}\n${formatDemoToolListing()}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
