import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Config } from '../config';
import { applyMigrations } from './migrate';
import { SOCKET_PORT, startPgliteWorker } from './pglite';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  readonly kind: 'pglite' | 'postgresql';
  readonly pool: pg.Pool;
  readonly db: Db;
  /** Tag of the latest applied migration. */
  readonly migration: string;
  /** Ends the pool and, for PGlite, shuts the database down cleanly. Safe to call twice. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /**
   * Called when the database fails outside any request: the PGlite worker died or an idle
   * connection broke. Queries after that reject (they never hang); the caller decides whether
   * to stop the process.
   */
  readonly onFailure?: (error: Error) => void;
}

/**
 * Opens PostgreSQL (`databaseUrl`) or embedded PGlite (`pgliteDir`) behind the same `pg` pool
 * and Drizzle instance, and applies pending migrations.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'pgliteDir'>,
  options: OpenDatabaseOptions = {},
): Promise<Database> {
  const onFailure = options.onFailure ?? (() => undefined);
  const connection = config.databaseUrl
    ? { kind: 'postgresql' as const, pool: new pg.Pool({ connectionString: config.databaseUrl, max: 10 }), stop: async () => undefined }
    : await connectPglite(config.pgliteDir, onFailure);
  connection.pool.on('error', onFailure);
  const db = drizzle(connection.pool, { schema });
  const shutdown = once(async () => {
    await connection.pool.end();
    await connection.stop();
  });
  try {
    const migration = await applyMigrations(db, connection.pool);
    return { kind: connection.kind, pool: connection.pool, db, migration, close: shutdown };
  } catch (error) {
    await shutdown();
    throw error;
  }
}

async function connectPglite(pgliteDir: string, onFailure: (error: Error) => void) {
  const worker = await startPgliteWorker(pgliteDir, onFailure);
  const pool = new pg.Pool({
    host: worker.socketDir,
    port: SOCKET_PORT,
    user: 'postgres',
    database: 'postgres',
    // PGlite has one session: one connection, kept open (no idle timeout) for the app's lifetime.
    max: 1,
    idleTimeoutMillis: 0,
  });
  return { kind: 'pglite' as const, pool, stop: () => worker.close() };
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= action());
}
