/**
 * Demo prospect data and keuzemetingen (issue 6), so the choice-shift figures show something true
 * to life. Sector signals come from ../shared/data (scored by hand, status 'handmatig'); programme
 * values are an illustrative import. The measurements are real xAPI statements stored through the
 * statement store, so every figure traces back to the statements that produced it.
 *
 * G4B (past lesson): nearly everybody measured before, most after — some shift toward kansrijke
 * sectors, some stay, some drop to "weet ik nog niet". G3A (lesson open now): part of the class
 * has done the lesson; the first students in name order are left alone for the e2e journeys.
 * Between the two measurements students watch the videos (more drop off toward the end), rate them,
 * play the game, and — when they reach the "na" step — complete the lesson.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { and, asc, eq } from 'drizzle-orm';
import { ACTIVITY_TYPES, KOERS_EXT, VERBS, VIDEO_EXT, activityIds, type Keuzemeting, type KeuzemetingChoice, type LessonStep, type Sector } from '@koers/contracts';
import type { Db } from '../index';
import { classes, lessonVersions, moduleVersions, opleidingen, prospectIndicators, schedules, staffRoles, students } from '../schema';
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
    const moduleSteps = schedule.steps.filter((step): step is Extract<LessonStep, { moduleId: string }> => 'moduleId' in step);
    const lengths = new Map<string, number>();
    for (const step of moduleSteps) {
      const [row] = await db.select({ seconds: moduleVersions.durationSeconds }).from(moduleVersions).where(and(eq(moduleVersions.moduleId, step.moduleId), eq(moduleVersions.version, step.moduleVersion)));
      lengths.set(step.id, Math.max(1, row?.seconds ?? 40));
    }
    const roster = await db.select({ id: students.id }).from(students).where(eq(students.classId, schedule.classId)).orderBy(asc(students.displayName), asc(students.id));
    // The lesson day: its first day, or yesterday when that is still to come.
    const day = Math.min(Date.parse(`${schedule.startsOn}T08:30:00Z`), now.getTime() - DAY);
    roster.slice(plan.skipFirst).forEach((student, index) => {
      if (prng.next() > plan.preShare) return;
      const start = day + index * 47_000;
      const before = prng.pick(BEFORE);
      const certaintyBefore = prng.int(1, 4);
      const bodies = [statement(schedule.id, 'voor', { choices: choose(before), certainty: certaintyBefore as Keuzemeting['certainty'], reason: '' }, start)];
      const finishes = prng.next() <= plan.postShare;
      let at = start + 60_000;
      for (const step of moduleSteps) {
        // Not everyone who drops out later plays every part; those who finish do.
        if (!finishes && prng.next() < 0.3) break;
        const activity = engagement(schedule.id, step, at, prng, lengths.get(step.id) ?? 40);
        bodies.push(...activity.bodies);
        at = activity.end + 30_000;
      }
      if (finishes) {
        const roll = prng.next();
        const after = roll < 0.35 ? prng.pick(TOWARD) : roll < 0.45 ? prng.pick(AWAY) : before;
        const certaintyAfter = Math.min(5, Math.max(1, certaintyBefore + prng.int(-1, 2))) as Keuzemeting['certainty'];
        bodies.push(statement(schedule.id, 'na', { choices: choose(after), certainty: certaintyAfter, reason: after !== before ? 'Door de les ben ik anders gaan kijken.' : '' }, start + 40 * 60_000));
        bodies.push(lessonCompleted(schedule.id, start + 41 * 60_000));
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

const COMMENTS = [
  'Ik wist niet dat je ook in het weekend moet werken.',
  'Leuk dat je echte mensen ziet werken.',
  'Beetje kort, ik had meer willen zien.',
  'Nu snap ik wat je verdient als je begint.',
  'Het leek me zwaarder werk dan ik dacht.',
];

/** A student's statements for one module step: watching a video (and rating it) or playing a game. */
function engagement(scheduleId: string, step: Extract<LessonStep, { moduleId: string }>, at: number, prng: Prng, length: number): { bodies: Record<string, unknown>[]; end: number } {
  const context = { [KOERS_EXT.schedule]: scheduleId, [KOERS_EXT.step]: step.id, [KOERS_EXT.module]: step.moduleId, [KOERS_EXT.moduleVersion]: step.moduleVersion };
  const object = (type: string) => ({ objectType: 'Activity', id: activityIds.module(step.moduleId), definition: { type } });
  const body = (verb: string, type: string, time: number, result?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    verb: { id: verb },
    object: object(type),
    ...(result ? { result } : {}),
    context: { extensions: { ...context, ...extra } },
    timestamp: new Date(time).toISOString(),
  });
  if (step.type === 'game') {
    const max = 8;
    const raw = Math.min(max, Math.max(1, Math.round(max * (0.45 + 0.5 * prng.next()))));
    const end = at + prng.int(120, 240) * 1000;
    return {
      bodies: [
        body(VERBS.attempted, ACTIVITY_TYPES.game, at),
        body(VERBS.completed, ACTIVITY_TYPES.game, end, { score: { raw, min: 0, max, scaled: Math.round((raw / max) * 1000) / 1000 }, success: raw >= max / 2, completion: true }),
      ],
      end,
    };
  }
  // Audience retention: most watch on, some stop part-way (later more often than early).
  const share = prng.next() < 0.65 ? 1 : 0.2 + 0.7 * prng.next();
  const watched = Math.max(1, Math.round(length * share));
  const segments = `0[.]${watched}`;
  const video = { [VIDEO_EXT.length]: length };
  const state = (progress: number) => ({ extensions: { [VIDEO_EXT.playedSegments]: segments, [VIDEO_EXT.progress]: Math.round(progress * 1000) / 1000, [VIDEO_EXT.time]: watched } });
  const end = at + (watched + 2) * 1000;
  const progress = watched / length;
  const bodies = [
    body(VERBS.initialized, ACTIVITY_TYPES.video, at, undefined, video),
    body(VERBS.played, ACTIVITY_TYPES.video, at + 1000, { extensions: { [VIDEO_EXT.time]: 0 } }, video),
    progress >= 0.9 ? body(VERBS.completed, ACTIVITY_TYPES.video, end, { ...state(progress), completion: true }, video) : body(VERBS.paused, ACTIVITY_TYPES.video, end, state(progress), video),
  ];
  if (progress >= 0.5 && prng.next() < 0.85) {
    const realism = Math.min(5, Math.max(1, Math.round(2.5 + 2.5 * prng.next())));
    const learned = prng.pick(['ja', 'ja', 'een-beetje', 'een-beetje', 'nee'] as const);
    const comment = prng.next() < 0.25 ? prng.pick(COMMENTS) : '';
    bodies.push(body(VERBS.rated, ACTIVITY_TYPES.video, end + 15_000, { score: { raw: realism, min: 1, max: 5 }, ...(comment ? { response: comment } : {}), extensions: { [KOERS_EXT.learned]: learned } }));
  }
  return { bodies, end: end + 20_000 };
}

function lessonCompleted(scheduleId: string, at: number): Record<string, unknown> {
  return {
    id: randomUUID(),
    verb: { id: VERBS.completed },
    object: { objectType: 'Activity', id: activityIds.lesson(scheduleId), definition: { type: ACTIVITY_TYPES.lesson } },
    result: { completion: true },
    context: { extensions: { [KOERS_EXT.schedule]: scheduleId, [KOERS_EXT.step]: 'na' } },
    timestamp: new Date(at).toISOString(),
  };
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
