/**
 * `npm run seed:reset`: deletes all data and seeds the demo school again. Refuses to touch a
 * database that is not in demo mode (a PostgreSQL server needs KOERS_DEMO=1) and an embedded
 * database that a running Koers has open.
 */
import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { configFromEnv } from '../../config';
import { openDatabase } from '../index';
import { DatabaseInUseError } from '../pglite';
import { localDiskStorage } from '../../modules/media/storage';
import { formatDemoListing } from './demo';
import { seedDemoSchool } from './demo-school';
import { formatDemoToolListing } from '../../modules/xapi/clients';

// Statement and derived tables reference schools and are emptied by the cascade.
const TABLES = sql`sessions, mentor_assignments, students, staff_roles, staff_users, classes, schedules, lesson_versions, lessons, module_versions, modules, media_files, schools`;

async function main(): Promise<void> {
  const config = configFromEnv();
  if (!config.demo) {
    throw new Error('Demo mode is off for this database (DATABASE_URL is set): set KOERS_DEMO=1 to really wipe it.');
  }
  const database = await openDatabase(config);
  try {
    await database.db.execute(sql`truncate ${TABLES} cascade`);
    // Uploaded files belong to the rows just removed.
    rmSync(config.mediaDir, { recursive: true, force: true });
    await seedDemoSchool(database, localDiskStorage(config.mediaDir));
  } finally {
    await database.close();
  }
  console.log(`Demo data recreated in ${config.databaseUrl ? 'the PostgreSQL database' : config.pgliteDir}.\n`);
  console.log(formatDemoListing());
  console.log(formatDemoToolListing());
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseInUseError) {
    console.error(`${error.message}\nThen run \`npm run seed:reset\` again.`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
