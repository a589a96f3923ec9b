import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';
import type { Db } from './index';

const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

interface JournalEntry {
  readonly when: number;
  readonly tag: string;
}

/** Applies pending migrations and returns the tag of the latest applied one (e.g. `0000_foundation`). */
export async function applyMigrations(db: Db, pool: pg.Pool): Promise<string> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return latestAppliedTag(pool);
}

/**
 * Drizzle records each applied migration with its journal timestamp, not its name: map the
 * newest recorded timestamp back to the tag. A database migrated by a newer Koers than this one
 * reports that timestamp instead of pretending to be at our latest tag.
 */
async function latestAppliedTag(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ created_at: string }>(
    'select created_at::text as created_at from drizzle.__drizzle_migrations order by created_at desc limit 1',
  );
  const newest = Number(rows[0]?.created_at);
  const entry = readJournal().find((candidate) => candidate.when === newest);
  return entry?.tag ?? `unknown (${newest})`;
}

function readJournal(): readonly JournalEntry[] {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}
