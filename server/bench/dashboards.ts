/**
 * One database of `npm run bench:dashboards` (started by scripts/bench/dashboards.mjs): builds the
 * real app on the given database (demo mode seeds the demo school), generates the bench school
 * (./dashboard-data.ts), then times each dashboard and report endpoint through `app.inject()` with
 * a signed-in session, and the same core figures computed straight from the raw statements table.
 * Writes its results as JSON to the file named in the options; prints progress only.
 *
 *   node --import tsx server/bench/dashboards.ts '<options json>'
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { KOERS_EXT, VERBS, VIDEO_EXT } from '@koers/contracts';
import type pg from 'pg';
import { buildApp } from '../src/app';
import { MEMORY_PGLITE } from '../src/config';
import { refreshRollups } from '../src/modules/dashboards/rollups';
import { schoolYearOf } from '../src/modules/reports/school-year';
import { signedIn, testConfig, type Client } from '../test/helpers';
import { generateSchool, type DataPlan } from './dashboard-data';

interface Options extends DataPlan {
  readonly kind: 'pglite' | 'postgresql';
  readonly databaseUrl: string | null;
  readonly pgliteDir: string | null;
  readonly scratch: string;
  readonly out: string;
  readonly iterations: number;
  readonly warmup: number;
  /** Raw queries stop after this many seconds (at least 3 timed runs). */
  readonly rawBudgetSeconds: number;
  /** Endpoints stop after this many seconds (at least 3 timed runs), so a slow one cannot stall the run. */
  readonly endpointBudgetSeconds: number;
}

export interface Timing {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export interface EndpointResult {
  readonly name: string;
  readonly request: string;
  readonly as: string;
  readonly endpoint: Timing;
  readonly raw: Timing | null;
  readonly rawWhat: string;
  readonly bytes: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as Options;
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${options.kind}: ${message}`);

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index]!;
}

async function time(action: () => Promise<unknown>, { warmup, iterations, budgetSeconds }: { warmup: number; iterations: number; budgetSeconds?: number }): Promise<Timing> {
  for (let run = 0; run < warmup; run += 1) await action();
  const samples: number[] = [];
  const started = performance.now();
  for (let run = 0; run < iterations; run += 1) {
    const at = performance.now();
    await action();
    samples.push(performance.now() - at);
    if (budgetSeconds !== undefined && run >= 2 && performance.now() - started > budgetSeconds * 1000) break;
  }
  samples.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { runs: samples.length, p50: round(percentile(samples, 0.5)), p95: round(percentile(samples, 0.95)), max: round(samples[samples.length - 1]!) };
}

// ------------------------------------------------------------------ raw aggregations (the ratio to beat)

/** Reach, completion and per step: viewers, completed, median progress and score, mean rating, retention — from the statements. */
const RAW_PLANNING = `
  with s as (
    select student_id, step_id, verb_id, statement from xapi_statements where schedule_id = $1 and not voided
  ), per_student as (
    select step_id, student_id,
           bool_or(verb_id = $2) as completed,
           max((statement -> 'result' -> 'extensions' ->> $3)::real) as progress,
           max(nullif(split_part(statement -> 'result' -> 'extensions' ->> $4, '[.]', 2), '')::real) as watched_to,
           max((statement -> 'result' -> 'score' ->> 'scaled')::real) as score,
           max((statement -> 'result' -> 'score' ->> 'raw')::int) filter (where verb_id = $5) as realism,
           max(statement -> 'result' -> 'extensions' ->> $6) filter (where verb_id = $5) as learned
      from s where step_id is not null group by step_id, student_id
  ), per_step as (
    select step_id, count(*) as viewers, count(*) filter (where completed) as completed,
           percentile_cont(0.5) within group (order by progress) as median_progress,
           percentile_cont(0.5) within group (order by score) as median_score,
           avg(realism) as realism, count(*) filter (where learned = 'ja') as learned_yes
      from per_student group by step_id
  ), retention as (
    select p.step_id, sec, count(*) as viewers
      from per_student p cross join lateral generate_series(0, ceil(p.watched_to)::int - 1) as sec
     where p.watched_to > 0 group by p.step_id, sec
  )
  select (select count(distinct student_id) from s) as started,
         (select count(distinct student_id) from s where verb_id = $2 and step_id is null) as finished,
         (select jsonb_agg(per_step) from per_step) as steps,
         (select jsonb_agg(jsonb_build_array(step_id, sec, viewers)) from retention) as retention`;

/** Per class: students reached and finished, ratings and their mean, keuzemeting pairs — from the statements. */
const RAW_SCHOOL = `
  with per_student as (
    select st.class_id, x.student_id,
           bool_or(x.verb_id = $2 and x.step_id is null) as finished,
           count(*) filter (where x.verb_id = $3) as ratings,
           sum((x.statement -> 'result' -> 'score' ->> 'raw')::int) filter (where x.verb_id = $3) as realism_sum,
           bool_or(x.verb_id = $4 and x.statement -> 'result' -> 'extensions' ->> $5 = 'voor') as pre,
           bool_or(x.verb_id = $4 and x.statement -> 'result' -> 'extensions' ->> $5 = 'na') as post
      from xapi_statements x join students st on st.id = x.student_id
     where x.school_id = $1 and x.schedule_id is not null and not x.voided
       and ($6::timestamptz is null or x.timestamp >= $6::timestamptz) and ($7::timestamptz is null or x.timestamp < $7::timestamptz)
     group by st.class_id, x.student_id
  )
  select class_id, count(*) as reached, count(*) filter (where finished) as finished, sum(ratings) as ratings,
         sum(realism_sum)::real / nullif(sum(ratings), 0) as realism, count(*) filter (where pre and post) as paired
    from per_student group by class_id`;

/** The choice shift's core figures from the responded statements: pairs, first choices before and after, certainty. */
const RAW_SHIFT = `
  with m as (
    select x.student_id, x.timestamp, x.statement -> 'result' -> 'extensions' ->> $2 as moment,
           x.statement -> 'result' -> 'extensions' -> $3 as meting
      from xapi_statements x join students st on st.id = x.student_id
     where x.school_id = $1 and x.verb_id = $4 and not x.voided
       and ($5::uuid is null or x.schedule_id = $5::uuid) and ($6::uuid is null or st.class_id = $6::uuid)
  ), pairs as (
    select student_id,
           (array_agg(meting order by timestamp) filter (where moment = 'voor'))[1] as before,
           (array_agg(meting order by timestamp desc) filter (where moment = 'na'))[1] as after
      from m group by student_id
  )
  select count(*) filter (where before is not null and after is not null) as paired,
         count(*) filter (where before -> 'choices' -> 0 ->> 'kind' = 'weet-niet') as unsure_before,
         count(*) filter (where after -> 'choices' -> 0 ->> 'kind' = 'weet-niet') as unsure_after,
         avg((before ->> 'certainty')::int) as certainty_before, avg((after ->> 'certainty')::int) as certainty_after,
         jsonb_object_agg(coalesce(before -> 'choices' -> 0 ->> 'sector', before -> 'choices' -> 0 ->> 'kind', '?') || ' → ' || coalesce(after -> 'choices' -> 0 ->> 'sector', after -> 'choices' -> 0 ->> 'kind', '?'), 1) as flows
    from pairs`;

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  mkdirSync(options.scratch, { recursive: true });
  const database = { settings: { databaseUrl: options.databaseUrl, pgliteDir: options.pgliteDir ?? MEMORY_PGLITE }, drop: async () => undefined };
  const config = testConfig(database, {
    logLevel: 'silent',
    mediaDir: path.join(options.scratch, `${options.kind}-media`),
    rateLimit: { staffSignIn: { max: 1000, windowMs: 60_000 }, studentSignIn: { max: 1000, windowMs: 60_000 }, signInPerIp: { max: 1000, windowMs: 60_000 } },
  });
  log('building the app (migrations + demo seed)');
  const app = await buildApp(config);
  const pool: pg.Pool = app.database.pool;
  try {
    log(`generating ${options.students} students in ${options.classes} classes, ${options.planningsPerClass} plannings per new class, ${options.statements} statements`);
    const data = await generateSchool(pool, options, log);
    log(`data ready in ${data.seconds.toFixed(0)} s: ${data.statements} statements, ${data.keuzemetingen} keuzemetingen, ${data.progressRows} progress rows, ${data.secondViewRows} second views`);
    // The first dashboard read would recompute the rollups of everything just generated: do it here, timed, so it is not in a warm-up.
    const refreshStarted = performance.now();
    const refreshed = await refreshRollups(app.database.db, data.schoolId);
    const rollups = { ...refreshed, seconds: Math.round(performance.now() - refreshStarted) / 1000 };
    log(`rollups recomputed for ${rollups.plannings} plannings and ${rollups.students} students in ${rollups.seconds.toFixed(1)} s`);

    // The planning measured: a bench planning with the most students, its class mentored by the demo mentor.
    const { rows: picked } = await pool.query<{ id: string; class_id: string; starts_on: string }>(
      `select s.id, s.class_id, s.starts_on::text from schedules s join schedule_counters c on c.schedule_id = s.id
        where s.code like 'BX%' and s.starts_on < current_date - 7 order by c.students_started desc, s.starts_on desc limit 1`,
    );
    const planning = picked[0]!;
    const { rows: mentor } = await pool.query<{ id: string }>(`select id from staff_users where email = 'mentor@demo.koers.nl'`);
    await pool.query(`insert into mentor_assignments (staff_user_id, class_id, school_id) values ($1, $2, $3) on conflict do nothing`, [mentor[0]!.id, planning.class_id, data.schoolId]);
    const year = schoolYearOf(new Date());
    const [startYear] = year.split('-').map(Number) as [number];
    const previousStart = `${startYear - 1}-08-01`;
    const yearStart = `${startYear}-08-01`;
    const yearEnd = `${startYear + 1}-08-01`;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

    const sessions = new Map<string, Client>();
    const as = async (email: string) => {
      let client = sessions.get(email);
      if (!client) {
        client = await signedIn(app, email);
        sessions.set(email, client);
      }
      return client;
    };
    const raw = (sql: string, params: unknown[]) => () => pool.query(sql, params);
    const planningParams = [planning.id, VERBS.completed, VIDEO_EXT.progress, VIDEO_EXT.playedSegments, VERBS.rated, KOERS_EXT.learned];
    const schoolParams = (from: string | null, to: string | null) => [data.schoolId, VERBS.completed, VERBS.rated, VERBS.responded, KOERS_EXT.moment, from, to];
    const shiftParams = (scheduleId: string | null, classId: string | null) => [data.schoolId, KOERS_EXT.moment, KOERS_EXT.keuzemeting, VERBS.responded, scheduleId, classId];
    const cases: { name: string; email: string; url: string; rawWhat: string; raw: (() => Promise<unknown>)[] }[] = [
      {
        name: 'planning dashboard (decaan)',
        email: 'decaan@demo.koers.nl',
        url: `/api/dashboards/plannings/${planning.id}`,
        rawWhat: 'reach, completion, per step viewers/completed/median progress/score, ratings, retention',
        raw: [raw(RAW_PLANNING, planningParams)],
      },
      {
        name: 'planning dashboard (own mentor)',
        email: 'mentor@demo.koers.nl',
        url: `/api/dashboards/plannings/${planning.id}`,
        rawWhat: 'as above',
        raw: [raw(RAW_PLANNING, planningParams)],
      },
      {
        name: 'school dashboard',
        email: 'decaan@demo.koers.nl',
        url: '/api/dashboards/school',
        rawWhat: 'per class reach, completion, ratings, mean realism, pairs',
        raw: [raw(RAW_SCHOOL, schoolParams(null, null))],
      },
      {
        name: 'school dashboard, leerjaar 3',
        email: 'decaan@demo.koers.nl',
        url: '/api/dashboards/school?leerjaar=3',
        rawWhat: 'as above, whole school',
        raw: [raw(RAW_SCHOOL, schoolParams(null, null))],
      },
      {
        name: 'school dashboard, custom dates: this school year to date',
        email: 'decaan@demo.koers.nl',
        url: `/api/dashboards/school?from=${yearStart}&to=${today}`,
        rawWhat: 'as above, from the start of this school year',
        raw: [raw(RAW_SCHOOL, schoolParams(yearStart, null))],
      },
      {
        name: `school-year report ${year}`,
        email: 'directie@demo.koers.nl',
        url: `/api/reports/school-year?year=${year}`,
        rawWhat: 'per class figures for this and last school year',
        raw: [raw(RAW_SCHOOL, schoolParams(yearStart, yearEnd)), raw(RAW_SCHOOL, schoolParams(previousStart, yearStart))],
      },
      {
        name: 'choice shift, planning',
        email: 'decaan@demo.koers.nl',
        url: `/api/choice-shift?scheduleId=${planning.id}`,
        rawWhat: 'pairs per student, first choices and certainty before/after',
        raw: [raw(RAW_SHIFT, shiftParams(planning.id, null))],
      },
      {
        name: 'choice shift, class',
        email: 'decaan@demo.koers.nl',
        url: `/api/choice-shift?classId=${planning.class_id}`,
        rawWhat: 'as above, for the class',
        raw: [raw(RAW_SHIFT, shiftParams(null, planning.class_id))],
      },
    ];

    const results: EndpointResult[] = [];
    for (const entry of cases) {
      const client = await as(entry.email);
      const first = await client.get(entry.url);
      if (first.statusCode !== 200) throw new Error(`${entry.url} as ${entry.email}: ${first.statusCode} ${first.body.slice(0, 300)}`);
      const endpoint = await time(
        async () => {
          const response = await client.get(entry.url);
          if (response.statusCode !== 200) throw new Error(`${entry.url}: ${response.statusCode}`);
        },
        { warmup: options.warmup, iterations: options.iterations, budgetSeconds: options.endpointBudgetSeconds },
      );
      log(`${entry.name}: p50 ${endpoint.p50} ms, p95 ${endpoint.p95} ms (${endpoint.runs} runs, ${first.body.length} bytes)`);
      const rawTiming = await time(
        async () => {
          for (const query of entry.raw) await query();
        },
        { warmup: 1, iterations: options.iterations, budgetSeconds: options.rawBudgetSeconds },
      );
      log(`${entry.name}: raw p50 ${rawTiming.p50} ms (${rawTiming.runs} runs)`);
      results.push({ name: entry.name, request: `GET ${entry.url.replace(planning.id, ':planning').replace(planning.class_id, ':class')}`, as: entry.email.split('@')[0]!, endpoint, raw: rawTiming, rawWhat: entry.rawWhat, bytes: first.body.length });
    }

    const { rows: size } = await pool.query<{ bytes: string }>(`select pg_database_size(current_database())::text as bytes`);
    const { rows: version } = await pool.query<{ version: string }>(`select version()`);
    writeFileSync(
      options.out,
      JSON.stringify({ kind: options.kind, engine: version[0]!.version.split(' on ')[0], data: { ...data, databaseMb: Math.round(Number(size[0]!.bytes) / 1048576) }, rollups, planning, year, results }, null, 2),
    );
  } finally {
    await app.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
