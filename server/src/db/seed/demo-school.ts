/**
 * The whole demo school in order: accounts and classes, modules and lessons, the demo xAPI tool,
 * prospect data and keuzemetingen. Used at first start (empty database) and by `npm run seed:reset`.
 */
import type { Database } from '../index';
import type { MediaStorage } from '../../modules/media/storage';
import { ensureCatalogue } from '../../modules/catalogue/service';
import { seedDemoXapiClient } from '../../modules/xapi/clients';
import { seedDemo } from './demo';
import { seedDemoLessons } from './demo-lessons';
import { seedDemoMeasurements, seedDemoProspects } from './demo-measurements';
import { seedDemoModules } from './demo-modules';

/** Demo prospect values were "recorded" this long ago, before every demo measurement. */
const DEMO_DATA_AGE_MS = 120 * 86_400_000;

export async function seedDemoSchool(database: Pick<Database, 'db' | 'pool'>, storage: MediaStorage): Promise<string> {
  await ensureCatalogue(database.db);
  const schoolId = await seedDemo(database.db);
  await seedDemoLessons(database.db, schoolId, await seedDemoModules(database.db, storage, schoolId));
  await seedDemoXapiClient(database.db, schoolId);
  await seedDemoProspects(database.db, schoolId, new Date(Date.now() - DEMO_DATA_AGE_MS));
  await seedDemoMeasurements(database.db, database.pool, schoolId);
  return schoolId;
}
