/**
 * Demo prospect data and keuzemetingen (issue 6), so the choice-shift figures show something true
 * to life. Sector signals come from ../shared/data (scored by hand, status 'handmatig'); programme
 * values are an illustrative import. The measurements are real xAPI statements stored through the
 * statement store, so every figure traces back to the statements that produced it.
 *
 * G4B (past lesson): nearly everybody measured before, most after — some shift toward kansrijke
 * sectors, some stay, some drop to "weet ik nog niet". G3A (lesson open now): part of the class
 * has done the lesson; the first students in name order are left alone for the e2e journeys.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { and, asc, eq } from 'drizzle-orm';
import { ACTIVITY_TYPES, KOERS_EXT, VERBS, activityIds, type Keuzemeting, type KeuzemetingChoice, type Sector } from '@koers/contracts';
import type { Db } from '../index';
import { classes, lessonVersions, opleidingen, prospectIndicators, schedules, staffRoles, students } from '../schema';
import { runProspectImport } from '../../modules/prospects/import';
import { storeGroup } from '../../modules/xapi/ingest';
import { prepareBatch, type Caller } from '../../modules/xapi/statements';
import { DEMO_ILLUSTRATIVE_CSV, DEMO_SECTOR_INDICATORS } from './demo-catalogue';
import { Prng } from './prng';

/** Students (in name order, as the class page lists them) the seed leaves without measurements in the open lesson. */
export const UNTOUCHED_OPEN_LESSON_STUDENTS = 8;
const DAY = 86_400_000;

/** Sectors students name before a lesson (weighted: the familiar, less kansrijke choices are common). */
const BEFORE: readonly (Sector | 'weet-niet')[] = [
  'media-creatief', 'media-creatief', 'economie-handel', 'economie-handel', 'horeca-toerisme', 'weet-niet', 'weet-niet', 'weet-niet',
  'zorg-welzijn', 'techniek-bouw', 'ict', 'onderwijs', 'veiligheid', 'recht-bestuur',
];
/** Where a student who changes direction after the lesson goes (the lesson showed zorg, techniek and ICT). */
const TOWARD: readonly Sector[] = ['zorg-welzijn', 'zorg-welzijn', 'techniek-bouw', 'techniek-bouw', 'ict', 'onderwijs', 'agrarisch-voedsel-natuur'];
const AWAY: readonly (Sector | 'weet-niet')[] = ['weet-niet', 'media-creatief', 'economie-handel'];

export async function seedDemoProspects(db: Db, schoolId: string, recordedAt: Date): Promise<void> {
  const [decaan] = await db.select({ id: staffRoles.staffUserId }).from(staffRoles).where(and(eq(staffRoles.schoolId, schoolId), eq(staffRoles.role, 'decaan'))).limit(1);
  await db.insert(prospectIndicators).values(
    DEMO_SECTOR_INDICATORS.map((row) => ({
      schoolId,
      scope: 'sector',
      opleidingId: null,
      sector: row.sector,
      level: row.level,
      format: 'tekst',
      value: row.value,
      score: row.score,
      source: row.source,
      sourceUrl: row.sourceUrl,
      year: row.year,
      period: row.period,
      region: 'landelijk',
      status: 'handmatig',
      note: row.note,
      recordedBy: decaan?.id ?? null,
      recordedAt,
    })),
  );
  await runProspectImport(
    db,
    { schoolId, userId: decaan!.id },
    {
      format: 'sbb-kans-op-werk',
      source: 'Koers demodata (illustratief, geen SBB-cijfers)',
      sourceUrl: null,
      year: recordedAt.getUTCFullYear(),
      period: null,
      region: 'landelijk',
      status: 'illustratief',
      scale: null,
      fileBase64: Buffer.from(DEMO_ILLUSTRATIVE_CSV, 'utf8').toString('base64'),
      fileName: 'illustratieve-kans-op-werk.csv',
      dryRun: false,
      onlyValidRows: false,
    },
    { now: recordedAt },
  );
}

interface Plan {
  readonly className: string;
  /** Share of the (eligible) class with a "voor" measurement, and of those with a "na". */
  readonly preShare: number;
  readonly postShare: number;
  readonly skipFirst: number;
}

const PLANS: readonly Plan[] = [
  { className: 'G4B', preShare: 0.95, postShare: 0.85, skipFirst: 0 },
  { className: 'G3A', preShare: 0.9, postShare: 0.85, skipFirst: UNTOUCHED_OPEN_LESSON_STUDENTS },
];

export async function seedDemoMeasurements(db: Db, pool: pg.Pool, schoolId: string, now = new Date()): Promise<void> {
  const prng = new Prng('demo-keuzemetingen');
  const catalogue = await db.select({ id: opleidingen.id, name: opleidingen.name, sector: opleidingen.sector }).from(opleidingen).orderBy(asc(opleidingen.key));
  const bySector = (sector: Sector) => catalogue.filter((row) => row.sector === sector);
  const choose = (sector: Sector | 'weet-niet'): KeuzemetingChoice[] => {
    if (sector === 'weet-niet') return [{ kind: 'weet-niet' }];
    const options = bySector(sector);
    // Two in three name an opleiding from the search, the others a direction.
    if (options.length > 0 && prng.next() < 0.66) {
      const pick = prng.pick(options);
      return [{ kind: 'opleiding', opleidingId: pick.id, label: pick.name, sector: pick.sector }];
    }
    return [{ kind: 'sector', sector }];
  };

  const batches: { caller: Caller; bodies: Record<string, unknown>[] }[] = [];
  for (const plan of PLANS) {
    const [schedule] = await db
      .select({ id: schedules.id, classId: schedules.classId, startsOn: schedules.startsOn, steps: lessonVersions.steps })
      .from(schedules)
      .innerJoin(classes, eq(classes.id, schedules.classId))
      .innerJoin(lessonVersions, and(eq(lessonVersions.lessonId, schedules.lessonId), eq(lessonVersions.version, schedules.lessonVersion)))
      .where(and(eq(schedules.schoolId, schoolId), eq(classes.name, plan.className)))
      .limit(1);
    if (!schedule) throw new Error(`Demo measurements: no planning for ${plan.className}.`);
    const steps = schedule.steps.map((step) => step.id);
    if (!steps.includes('voor') || !steps.includes('na')) throw new Error('Demo lesson lacks keuzemeting steps.');
    const roster = await db.select({ id: students.id }).from(students).where(eq(students.classId, schedule.classId)).orderBy(asc(students.displayName), asc(students.id));
    // The lesson day: its first day, or yesterday when that is still to come.
    const day = Math.min(Date.parse(`${schedule.startsOn}T08:30:00Z`), now.getTime() - DAY);
    roster.slice(plan.skipFirst).forEach((student, index) => {
      if (prng.next() > plan.preShare) return;
      const start = day + index * 47_000;
      const before = prng.pick(BEFORE);
      const certaintyBefore = prng.int(1, 4);
      const bodies = [statement(schedule.id, 'voor', { choices: choose(before), certainty: certaintyBefore as Keuzemeting['certainty'], reason: '' }, start)];
      if (prng.next() <= plan.postShare) {
        const roll = prng.next();
        const after = roll < 0.35 ? prng.pick(TOWARD) : roll < 0.45 ? prng.pick(AWAY) : before;
        const certaintyAfter = Math.min(5, Math.max(1, certaintyBefore + prng.int(-1, 2))) as Keuzemeting['certainty'];
        bodies.push(statement(schedule.id, 'na', { choices: choose(after), certainty: certaintyAfter, reason: after !== before ? 'Door de les ben ik anders gaan kijken.' : '' }, start + 40 * 60_000));
      }
      batches.push({ caller: { kind: 'student', schoolId, studentId: student.id, classId: schedule.classId }, bodies });
    });
  }
  const prepared = batches.map(({ caller, bodies }) => {
    const result = prepareBatch(bodies, caller, { single: false, newId: randomUUID });
    if ('problems' in result) throw new Error(`Demo measurement statement refused: ${JSON.stringify(result.problems)}`);
    return { caller, statements: result.statements };
  });
  const client = await pool.connect();
  try {
    await client.query('begin');
    const outcomes = await storeGroup(client, prepared, now);
    const refused = outcomes.find((outcome) => !outcome.ok);
    if (refused && !refused.ok) throw refused.error;
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

function statement(scheduleId: string, step: 'voor' | 'na', keuzemeting: Keuzemeting, at: number): Record<string, unknown> {
  return {
    id: randomUUID(),
    verb: { id: VERBS.responded },
    object: { objectType: 'Activity', id: activityIds.lessonStep(scheduleId, step), definition: { type: ACTIVITY_TYPES.keuzemeting } },
    result: { extensions: { [KOERS_EXT.moment]: step, [KOERS_EXT.keuzemeting]: keuzemeting } },
    context: { extensions: { [KOERS_EXT.schedule]: scheduleId, [KOERS_EXT.step]: step } },
    timestamp: new Date(at).toISOString(),
  };
}
