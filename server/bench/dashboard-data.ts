/**
 * Bulk data for `npm run bench:dashboards`: a school of 1,500 students in 60 classes with several
 * plannings per class and about 2 million xAPI statements, written with `INSERT ... SELECT` in the
 * database itself, together with the derived-table rows and keuzemetingen that ingestion
 * (server/src/modules/xapi/derive.ts) would have written for exactly those statements.
 *
 * It builds on the demo school (its 6 classes, staff, modules, lessons and prospect data) and adds
 * classes, students, lessons and plannings until the school has the requested size. Every student
 * in a planning is a "participant": a `voor` keuzemeting (most), the lesson's videos watched with
 * played/paused statements (retention falls off), a rating for most videos watched past halfway,
 * the game with its answers, and — for those who finish — a `na` keuzemeting and the lesson's
 * completion. The number of played/paused statements per video is set so the total comes out at
 * the requested statement count.
 */
import type pg from 'pg';
import { ACTIVITY_TYPES, KOERS_ACCOUNT_HOMEPAGE, KOERS_ACTIVITY_BASE, KOERS_EXT, NIVEAUS, VERBS, VIDEO_EXT, type LessonStep } from '@koers/contracts';

export interface DataPlan {
  readonly students: number;
  readonly classes: number;
  readonly planningsPerClass: number;
  readonly statements: number;
}

export interface DataFacts {
  readonly schoolId: string;
  readonly classes: number;
  readonly students: number;
  readonly plannings: number;
  readonly participants: number;
  readonly statements: number;
  readonly keuzemetingen: number;
  readonly progressRows: number;
  readonly secondViewRows: number;
  readonly ratings: number;
  readonly seconds: number;
  readonly steps: { readonly label: string; readonly seconds: number }[];
}

const MAX_LEERJAAR: Record<(typeof NIVEAUS)[number], number> = { 'vmbo-b': 4, 'vmbo-k': 4, 'vmbo-gt': 4, havo: 5, vwo: 6 };
const GAME_QUESTIONS = 8;
/** Bench plannings fall in the previous and the current school year (the report compares both). */
const FIRST_PLANNING_DAY = '2025-09-08';
const PLANNING_SPREAD_DAYS = 440;

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

export async function generateSchool(pool: pg.Pool, plan: DataPlan, log: (message: string) => void): Promise<DataFacts> {
  const started = Date.now();
  const steps: { label: string; seconds: number }[] = [];
  const client = await pool.connect();
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const at = Date.now();
    const result = await client.query(sql, params);
    const seconds = (Date.now() - at) / 1000;
    steps.push({ label, seconds });
    if (seconds > 2) log(`  ${label}: ${seconds.toFixed(1)} s${result.rowCount ? ` (${result.rowCount} rows)` : ''}`);
    return result;
  };
  try {
    const { rows: schoolRows } = await client.query<{ id: string }>(`select id from schools order by created_at limit 1`);
    const schoolId = schoolRows[0]!.id;
    const { rows: existing } = await client.query<{ classes: number; students: number }>(
      `select (select count(*)::int from classes where school_id = $1) as classes, (select count(*)::int from students where school_id = $1) as students`,
      [schoolId],
    );
    const newClasses = Math.max(1, plan.classes - existing[0]!.classes);
    const newStudents = Math.max(newClasses, plan.students - existing[0]!.students);

    // Classes spread over niveaus and leerjaren, and their students.
    const classSpecs = Array.from({ length: newClasses }, (_, index) => {
      const niveau = NIVEAUS[index % NIVEAUS.length]!;
      const leerjaar = 1 + (Math.floor(index / NIVEAUS.length) % MAX_LEERJAAR[niveau]);
      return { index, niveau, leerjaar, name: `B${leerjaar}-${String(index + 1).padStart(2, '0')}`, code: `BENCH${String(index + 1).padStart(3, '0')}` };
    });
    await step(
      'classes',
      `insert into classes (school_id, name, niveau, leerjaar, class_code)
       select $1, c.name, c.niveau::niveau, c.leerjaar, c.code from jsonb_to_recordset($2::jsonb) as c(name text, niveau text, leerjaar int, code text)`,
      [schoolId, JSON.stringify(classSpecs)],
    );
    await step(
      'students',
      `insert into students (school_id, class_id, display_name, personal_code)
       select $1, c.id, 'Leerling ' || c.name || '-' || lpad(s::text, 3, '0'), 'P' || lpad(s::text, 3, '0')
         from (select id, name, row_number() over (order by name) - 1 as n from classes where school_id = $1 and class_code like 'BENCH%') c
         cross join lateral generate_series(1, ($2::int / $3::int) + case when c.n < $2::int % $3::int then 1 else 0 end) as s`,
      [schoolId, newStudents, newClasses],
    );

    // Lessons: each of the demo's module versions shows up; 4 lessons of voor, 3 videos, a game, reflectie, na.
    const { rows: modules } = await client.query<{ module_id: string; version: number; type: 'video' | 'game'; duration: number }>(
      `select v.module_id, v.version, m.type, greatest(v.duration_seconds, 1) as duration
         from module_versions v join modules m on m.id = v.module_id
        where v.school_id = $1 and v.status = 'published' order by m.type, v.title`,
      [schoolId],
    );
    const videos = modules.filter((row) => row.type === 'video');
    const games = modules.filter((row) => row.type === 'game');
    if (videos.length < 3 || games.length < 1) throw new Error('The demo school lacks published videos or games.');
    const lessonSteps: LessonStep[][] = Array.from({ length: 4 }, (_, lesson) => [
      { id: 'voor', type: 'keuzemeting-voor' },
      ...[0, 1, 2].map((offset): LessonStep => {
        const video = videos[(lesson * 3 + offset) % videos.length]!;
        return { id: `video-${offset + 1}`, type: 'video', moduleId: video.module_id, moduleVersion: video.version };
      }),
      { id: 'game-4', type: 'game', moduleId: games[lesson % games.length]!.module_id, moduleVersion: games[lesson % games.length]!.version },
      { id: 'reflectie', type: 'reflectie', question: 'Wat neem je mee uit deze les?', options: [] },
      { id: 'na', type: 'keuzemeting-na' },
    ]);
    await step(
      'lessons',
      `with made as (
         insert into lessons (school_id) select $1 from generate_series(1, jsonb_array_length($2::jsonb)) returning id
       ), numbered as (select id, row_number() over (order by id) - 1 as n from made)
       insert into lesson_versions (lesson_id, version, school_id, title, description, length_minutes, steps)
       select id, 1, $1, 'Benchles ' || (n + 1), 'Gegenereerd voor bench:dashboards.', 50, $2::jsonb -> n::int from numbered`,
      [schoolId, JSON.stringify(lessonSteps)],
    );
    await step(
      'plannings',
      `insert into schedules (school_id, lesson_id, lesson_version, class_id, starts_on, ends_on, code)
       select $1, l.lesson_id, 1, c.id, d.day, d.day + 6, 'BX' || lpad((c.n * $2::int + p)::text, 6, '0')
         from (select id, row_number() over (order by name) - 1 as n from classes where school_id = $1 and class_code like 'BENCH%') c
         cross join generate_series(0, $2::int - 1) as p
         join (select lesson_id, row_number() over (order by lesson_id) - 1 as k from lesson_versions where school_id = $1 and title like 'Benchles %') l
           on l.k = (c.n + p) % 4
         cross join lateral (select ($3::date + ((p * $4::int / $2::int) + (c.n::int * 7) % 30))::date as day) d`,
      [schoolId, plan.planningsPerClass, FIRST_PLANNING_DAY, PLANNING_SPREAD_DAYS],
    );

    // Participants: ~90 % of each class per planning, with their measurements and choices.
    // As ingestion does: every planning and student it wrote for is marked stale; the app's own
    // refresh (dashboards/rollups.ts) then recomputes their rollups from the rows above.
    await step(
      'derived: rollups marked stale',
      `insert into rollups_stale (kind, id, school_id)
       select 'planning', id, school_id from schedules where school_id = $1
       union all
       select 'student', id, school_id from students where school_id = $1
       on conflict do nothing`,
      [schoolId],
    );
    await client.query(`drop table if exists bench_part, bench_video, bench_video_parts, bench_game, bench_opleiding`);
    await step(
      'catalogue sample',
      `create temp table bench_opleiding as
       select row_number() over (order by key) - 1 as n, id, name, sector from opleidingen`,
    );
    const { rows: catalogue } = await client.query<{ n: number }>(`select count(*)::int as n from bench_opleiding`);
    const opleidingen = Math.max(1, catalogue[0]!.n);
    const choice = (alias: string) => `case
         when ${alias}.r < 0.2 then '[{"kind":"weet-niet"}]'::jsonb
         when ${alias}.r < 0.45 or ${alias}.o is null then jsonb_build_array(jsonb_build_object('kind', 'sector', 'sector', coalesce(${alias}.o_sector, 'zorg-welzijn')))
         else jsonb_build_array(jsonb_build_object('kind', 'opleiding', 'opleidingId', ${alias}.o, 'label', ${alias}.o_name, 'sector', ${alias}.o_sector)) end`;
    await step(
      'participants',
      `create temp table bench_part as
       with base as (
         select row_number() over (order by s.id, st.id) as pid, s.id as schedule_id, st.id as student_id,
                (s.starts_on::timestamp at time zone 'Europe/Amsterdam') + interval '8 hours 30 minutes'
                  + (row_number() over (partition by s.id order by st.id)) * interval '47 seconds'
                  + (floor(random() * 5)) * interval '1 day' as t0,
                random() < 0.92 as pre, random() < 0.85 as finishes, 1 + floor(random() * 4)::int as partial_steps,
                random() as rb, random() as ra, floor(random() * ${opleidingen})::int as ob, floor(random() * ${opleidingen})::int as oa,
                1 + floor(random() * 4)::int as cert_b, floor(random() * 4)::int - 1 as cert_delta
           from schedules s join students st on st.class_id = s.class_id
          where s.school_id = $1 and s.code like 'BX%' and random() < 0.9
       )
       select b.pid, b.schedule_id, b.student_id, b.t0, b.pre, b.finishes,
              jsonb_build_object('objectType', 'Agent', 'account', jsonb_build_object('homePage', ${literal(KOERS_ACCOUNT_HOMEPAGE)}, 'name', b.student_id)) as actor,
              case when b.finishes then 4 else b.partial_steps end as steps_done,
              md5(random()::text || random()::text)::uuid as voor_id, md5(random()::text || random()::text)::uuid as na_id,
              ${choice('cb')} as choice_before,
              case when b.ra < 0.55 then ${choice('cb')} else ${choice('ca')} end as choice_after,
              b.cert_b, least(5, greatest(1, b.cert_b + b.cert_delta)) as cert_a
         from base b
         cross join lateral (select b.rb as r, o.id as o, o.name as o_name, o.sector as o_sector from (select 1) x left join bench_opleiding o on o.n = b.ob) cb
         cross join lateral (select b.ra * 2 - 0.1 as r, o.id as o, o.name as o_name, o.sector as o_sector from (select 1) x left join bench_opleiding o on o.n = b.oa) ca`,
      [schoolId],
    );
    await client.query(`create index on bench_part (pid)`);
    await client.query(`analyze bench_part`);

    // Each participant's videos (the first steps_done module steps; the game is step 4).
    await step(
      'video steps',
      `create temp table bench_video as
       select p.pid, p.schedule_id, p.student_id, p.actor, v.ord, 'video-' || v.ord as step_id, (e ->> 'moduleId')::uuid as module_id,
              (e ->> 'moduleVersion')::int as module_version, greatest(mv.duration_seconds, 1) as length,
              p.t0 + interval '60 seconds' + (v.ord - 1) * interval '10 minutes' as t_init,
              greatest(1, round(greatest(mv.duration_seconds, 1) * case when random() < 0.65 then 1 else 0.2 + 0.7 * random() end))::int as watched,
              random() as rr, 1 + floor(random() * 5)::int as realism, floor(random() * 5)::int as learned_n, random() as rc,
              0 as interactions
         from bench_part p
         join schedules s on s.id = p.schedule_id
         join lesson_versions lv on lv.lesson_id = s.lesson_id and lv.version = s.lesson_version
         cross join lateral generate_series(1, 3) as v(ord)
         cross join lateral (select lv.steps -> v.ord as e) step
         join module_versions mv on mv.module_id = (e ->> 'moduleId')::uuid and mv.version = (e ->> 'moduleVersion')::int
        where v.ord <= p.steps_done`,
    );
    await step(
      'game steps',
      `create temp table bench_game as
       select p.pid, p.schedule_id, p.student_id, p.actor, 'game-4' as step_id, (lv.steps -> 4 ->> 'moduleId')::uuid as module_id,
              (lv.steps -> 4 ->> 'moduleVersion')::int as module_version,
              p.t0 + interval '60 seconds' + 3 * interval '10 minutes' as t_start,
              least(${GAME_QUESTIONS}, greatest(1, round(${GAME_QUESTIONS} * (0.45 + 0.5 * random()))))::int as raw
         from bench_part p
         join schedules s on s.id = p.schedule_id
         join lesson_versions lv on lv.lesson_id = s.lesson_id and lv.version = s.lesson_version
        where p.steps_done >= 4`,
    );

    // How many played/paused statements each video gets so the total is the requested count.
    const { rows: counts } = await client.query<{ parts: number; pre: number; post: number; videos: number; rated: number; games: number }>(
      `select (select count(*)::int from bench_part) as parts,
              (select count(*)::int from bench_part where pre) as pre,
              (select count(*)::int from bench_part where finishes) as post,
              (select count(*)::int from bench_video) as videos,
              (select count(*)::int from bench_video where watched::real / length >= 0.5 and rr < 0.85) as rated,
              (select count(*)::int from bench_game) as games`,
    );
    const c = counts[0]!;
    // voor + (na + lesson completed) + per video: initialized + final + rated + per game: attempted + answers + completed.
    const fixed = c.pre + 2 * c.post + 2 * c.videos + c.rated + (2 + GAME_QUESTIONS) * c.games;
    const interactions = Math.max(0, plan.statements - fixed);
    const perVideo = c.videos ? Math.floor(interactions / c.videos) : 0;
    const extra = c.videos ? interactions % c.videos : 0;
    await step(
      'interaction counts',
      `update bench_video v set interactions = $1::int + case when r.n <= $2::int then 1 else 0 end
         from (select pid, ord, row_number() over (order by pid, ord) as n from bench_video) r
        where r.pid = v.pid and r.ord = v.ord`,
      [perVideo, extra],
    );
    await client.query(`analyze bench_video`);
    await client.query(`analyze bench_game`);
    log(`  ${c.parts} participants in ${newClasses} new classes; ${c.videos} videos watched with ${perVideo}–${perVideo + 1} played/paused statements each; ${c.games} games; ${fixed + interactions} statements planned`);

    // ---------------------------------------------------------------- the statements
    const authority = `'{"name":"Koers","account":{"name":"koers-player","homePage":"https://koers.app"},"objectType":"Agent"}'::jsonb`;
    const moduleObject = (type: string) => `jsonb_build_object('objectType', 'Activity', 'id', ${literal(`${KOERS_ACTIVITY_BASE}/modules/`)} || x.module_id, 'definition', jsonb_build_object('type', ${literal(type)}))`;
    const moduleContext = (withLength: boolean) =>
      `jsonb_build_object('extensions', jsonb_build_object(${literal(KOERS_EXT.schedule)}, x.schedule_id, ${literal(KOERS_EXT.step)}, x.step_id, ${literal(KOERS_EXT.module)}, x.module_id, ${literal(KOERS_EXT.moduleVersion)}, x.module_version${withLength ? `, ${literal(VIDEO_EXT.length)}, x.length` : ''}))`;
    // The per-video parts of the bulk (played/paused) statements, built once per video.
    await step(
      'video statement parts',
      `create temp table bench_video_parts as
       select x.pid, x.ord, ${moduleObject(ACTIVITY_TYPES.video)} as object, ${moduleContext(true)} as context from bench_video x`,
    );
    await client.query(`create index on bench_video_parts (pid, ord)`);
    /**
     * One INSERT of statements from a SELECT producing (id, student_id, actor, schedule_id, step_id, module_id, module_version,
     * verb, object_id, at, object, result, context). `stored` is the statement's own time, as for a tool sending in real time.
     */
    const insertStatements = (label: string, select: string) =>
      step(
        label,
        `insert into xapi_statements (id, school_id, stored, timestamp, actor_key, student_id, verb_id, object_id, schedule_id, step_id, module_id, module_version, statement)
         select q.id, $1, q.at, q.at, ${literal(`account:${KOERS_ACCOUNT_HOMEPAGE}|`)} || q.student_id, q.student_id, q.verb, q.object_id,
                q.schedule_id, q.step_id, q.module_id, q.module_version,
                jsonb_build_object('id', q.id, 'actor', q.actor, 'verb', jsonb_build_object('id', q.verb), 'object', q.object,
                  'result', q.result, 'context', q.context, 'timestamp', t.ts, 'stored', t.ts, 'authority', ${authority}, 'version', '1.0.3')
                  - case when q.result is null then 'result' else '' end
           from (${select}) q cross join lateral (select to_char(q.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ts) t`,
        [schoolId],
      );
    const measurement = (moment: 'voor' | 'na') => {
      const id = moment === 'voor' ? 'p.voor_id' : 'p.na_id';
      const at = moment === 'voor' ? 'p.t0' : `p.t0 + interval '40 minutes'`;
      const payload =
        moment === 'voor'
          ? `jsonb_build_object('choices', p.choice_before, 'certainty', p.cert_b, 'reason', '')`
          : `jsonb_build_object('choices', p.choice_after, 'certainty', p.cert_a, 'reason', case when p.choice_after = p.choice_before then '' else 'Door de les ben ik anders gaan kijken.' end)`;
      return `select ${id} as id, p.student_id, p.actor, p.schedule_id, '${moment}' as step_id, null::uuid as module_id, null::int as module_version,
                     ${literal(VERBS.responded)} as verb, ${literal(`${KOERS_ACTIVITY_BASE}/schedules/`)} || p.schedule_id || '/steps/${moment}' as object_id, ${at} as at,
                     jsonb_build_object('objectType', 'Activity', 'id', ${literal(`${KOERS_ACTIVITY_BASE}/schedules/`)} || p.schedule_id || '/steps/${moment}', 'definition', jsonb_build_object('type', ${literal(ACTIVITY_TYPES.keuzemeting)})) as object,
                     jsonb_build_object('extensions', jsonb_build_object(${literal(KOERS_EXT.moment)}, '${moment}', ${literal(KOERS_EXT.keuzemeting)}, ${payload})) as result,
                     jsonb_build_object('extensions', jsonb_build_object(${literal(KOERS_EXT.step)}, '${moment}', ${literal(KOERS_EXT.schedule)}, p.schedule_id)) as context
                from bench_part p where ${moment === 'voor' ? 'p.pre' : 'p.finishes'}`;
    };
    // Secondary indexes are built once after loading (much faster than row by row), exactly as the migrations define them.
    const { rows: statementIndexes } = await client.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes where tablename = 'xapi_statements' and indexname <> 'xapi_statements_pkey'`,
    );
    for (const index of statementIndexes) await client.query(`drop index ${index.name}`);
    await insertStatements('statements: voor', measurement('voor'));
    await insertStatements('statements: na', measurement('na'));
    await insertStatements(
      'statements: lesson completed',
      `select md5(random()::text || random()::text)::uuid as id, p.student_id, p.actor, p.schedule_id, null::text as step_id, null::uuid as module_id, null::int as module_version,
              ${literal(VERBS.completed)} as verb, ${literal(`${KOERS_ACTIVITY_BASE}/schedules/`)} || p.schedule_id as object_id, p.t0 + interval '41 minutes' as at,
              jsonb_build_object('objectType', 'Activity', 'id', ${literal(`${KOERS_ACTIVITY_BASE}/schedules/`)} || p.schedule_id, 'definition', jsonb_build_object('type', ${literal(ACTIVITY_TYPES.lesson)})) as object,
              '{"completion":true}'::jsonb as result,
              jsonb_build_object('extensions', jsonb_build_object(${literal(KOERS_EXT.step)}, 'na', ${literal(KOERS_EXT.schedule)}, p.schedule_id)) as context
         from bench_part p where p.finishes`,
    );
    const videoRow = (verb: string, at: string, result: string) =>
      `select md5(random()::text || random()::text)::uuid as id, x.student_id, x.actor, x.schedule_id, x.step_id, x.module_id, x.module_version, ${literal(verb)} as verb,
              ${literal(`${KOERS_ACTIVITY_BASE}/modules/`)} || x.module_id as object_id, ${at} as at, ${moduleObject(ACTIVITY_TYPES.video)} as object, ${result} as result, ${moduleContext(true)} as context`;
    const state = (end: string, progress: string) =>
      `jsonb_build_object('extensions', jsonb_build_object(${literal(VIDEO_EXT.playedSegments)}, '0[.]' || ${end}, ${literal(VIDEO_EXT.progress)}, round((${progress})::numeric, 3), ${literal(VIDEO_EXT.time)}, ${end}))`;
    await insertStatements('statements: video initialized', `${videoRow(VERBS.initialized, 'x.t_init', 'null::jsonb')} from bench_video x`);
    // played / paused, in slices so progress shows and no single statement gets huge.
    const { rows: pidRange } = await client.query<{ max: number }>(`select coalesce(max(pid), 0)::int as max from bench_part`);
    const slices = 8;
    const sliceSize = Math.ceil((pidRange[0]!.max + 1) / slices);
    for (let slice = 0; slice < slices; slice += 1) {
      // Interaction k of n: odd k is "played" from the last pause, even k "paused" at floor(watched * k / (n + 1)).
      await insertStatements(
        `statements: video played/paused ${slice + 1}/${slices}`,
        `select md5(random()::text || random()::text)::uuid as id, x.student_id, x.actor, x.schedule_id, x.step_id, x.module_id, x.module_version,
                case when k % 2 = 1 then ${literal(VERBS.played)} else ${literal(VERBS.paused)} end as verb,
                ${literal(`${KOERS_ACTIVITY_BASE}/modules/`)} || x.module_id as object_id,
                x.t_init + interval '1 second' + (x.watched + 1) * (k::real / (x.interactions + 1)) * interval '1 second' as at,
                vp.object,
                case when k % 2 = 1
                     then jsonb_build_object('extensions', jsonb_build_object(${literal(VIDEO_EXT.time)}, floor(x.watched * (k - 1)::real / (x.interactions + 1))::int))
                     else ${state('floor(x.watched * k::real / (x.interactions + 1))::int', 'floor(x.watched * k::real / (x.interactions + 1)) / x.length')} end as result,
                vp.context
           from bench_video x join bench_video_parts vp on vp.pid = x.pid and vp.ord = x.ord
                cross join lateral generate_series(1, x.interactions) as k
          where x.pid >= ${slice * sliceSize} and x.pid < ${(slice + 1) * sliceSize}`,
      );
    }
    await insertStatements(
      'statements: video completed/paused at the end',
      `select md5(random()::text || random()::text)::uuid as id, x.student_id, x.actor, x.schedule_id, x.step_id, x.module_id, x.module_version,
              case when x.watched::real / x.length >= 0.9 then ${literal(VERBS.completed)} else ${literal(VERBS.paused)} end as verb,
              ${literal(`${KOERS_ACTIVITY_BASE}/modules/`)} || x.module_id as object_id, x.t_init + (x.watched + 2) * interval '1 second' as at,
              ${moduleObject(ACTIVITY_TYPES.video)} as object,
              case when x.watched::real / x.length >= 0.9 then ${state('x.watched', 'x.watched::real / x.length')} || '{"completion":true}'::jsonb
                   else ${state('x.watched', 'x.watched::real / x.length')} end as result,
              ${moduleContext(true)} as context
         from bench_video x`,
    );
    await insertStatements(
      'statements: ratings',
      `select md5(random()::text || random()::text)::uuid as id, x.student_id, x.actor, x.schedule_id, x.step_id, x.module_id, x.module_version, ${literal(VERBS.rated)} as verb,
              ${literal(`${KOERS_ACTIVITY_BASE}/modules/`)} || x.module_id as object_id, x.t_init + (x.watched + 17) * interval '1 second' as at,
              ${moduleObject(ACTIVITY_TYPES.video)} as object,
              jsonb_strip_nulls(jsonb_build_object('score', jsonb_build_object('raw', x.realism, 'min', 1, 'max', 5),
                'response', case when x.rc < 0.25 then 'Leuk dat je echte mensen ziet werken.' end,
                'extensions', jsonb_build_object(${literal(KOERS_EXT.learned)}, (array['ja','ja','een-beetje','een-beetje','nee'])[x.learned_n + 1]))) as result,
              ${moduleContext(false)} as context
         from bench_video x where x.watched::real / x.length >= 0.5 and x.rr < 0.85`,
    );
    const gameRow = (verb: string, at: string, result: string, objectId = `${literal(`${KOERS_ACTIVITY_BASE}/modules/`)} || x.module_id`) =>
      `select md5(random()::text || random()::text)::uuid as id, x.student_id, x.actor, x.schedule_id, x.step_id, x.module_id, x.module_version, ${literal(verb)} as verb, ${objectId} as object_id, ${at} as at,
              jsonb_build_object('objectType', 'Activity', 'id', ${objectId}, 'definition', jsonb_build_object('type', ${literal(verb === VERBS.answered ? ACTIVITY_TYPES.question : ACTIVITY_TYPES.game)})) as object,
              ${result} as result, ${moduleContext(false)} as context`;
    await insertStatements('statements: game attempted', `${gameRow(VERBS.attempted, 'x.t_start', 'null::jsonb')} from bench_game x`);
    await insertStatements(
      'statements: game answers',
      `${gameRow(VERBS.answered, `x.t_start + q * interval '15 seconds'`, `jsonb_build_object('success', q <= x.raw, 'response', 'antwoord-' || q)`, `${literal(`${KOERS_ACTIVITY_BASE}/modules/`)} || x.module_id || '/questions/vraag-' || q`)}
         from bench_game x cross join generate_series(1, ${GAME_QUESTIONS}) as q`,
    );
    await insertStatements(
      'statements: game completed',
      `${gameRow(
        VERBS.completed,
        `x.t_start + interval '150 seconds'`,
        `jsonb_build_object('score', jsonb_build_object('raw', x.raw, 'min', 0, 'max', ${GAME_QUESTIONS}, 'scaled', round(x.raw::numeric / ${GAME_QUESTIONS}, 3)), 'success', x.raw >= ${GAME_QUESTIONS / 2}, 'completion', true)`,
      )} from bench_game x`,
    );

    for (const index of statementIndexes) await step(`index ${index.name}`, index.definition);

    // ---------------------------------------------------------------- the derived tables, as ingestion leaves them
    const now = new Date().toISOString();
    await step(
      'derived: schedule_students',
      `insert into schedule_students (schedule_id, student_id, school_id, started_at, completed_at)
       select p.schedule_id, p.student_id, $1, case when p.pre then p.t0 else p.t0 + interval '60 seconds' end,
              case when p.finishes then p.t0 + interval '41 minutes' end
         from bench_part p`,
      [schoolId],
    );
    await step(
      'derived: schedule_counters',
      `insert into schedule_counters (schedule_id, school_id, students_started, students_completed)
       select schedule_id, $1::uuid, count(*), count(completed_at) from schedule_students where school_id = $1 and schedule_id in (select id from schedules where code like 'BX%') group by schedule_id`,
      [schoolId],
    );
    await step(
      'derived: step progress (keuzemetingen)',
      `insert into student_step_progress (schedule_id, student_id, step_id, school_id, started_at, progress, updated_at)
       select p.schedule_id, p.student_id, 'voor', $1::uuid, p.t0, 0, $2::timestamptz from bench_part p where p.pre
       union all
       select p.schedule_id, p.student_id, 'na', $1::uuid, p.t0 + interval '40 minutes', 0, $2::timestamptz from bench_part p where p.finishes`,
      [schoolId, now],
    );
    await step(
      'derived: step progress (videos)',
      `insert into student_step_progress (schedule_id, student_id, step_id, school_id, module_id, module_version, started_at, completed_at, progress, watched, updated_at)
       select x.schedule_id, x.student_id, x.step_id, $1, x.module_id, x.module_version, x.t_init,
              case when x.watched::real / x.length >= 0.9 then x.t_init + (x.watched + 2) * interval '1 second' end,
              least(1, x.watched::real / x.length), (select array_agg(s order by s) from generate_series(0, x.watched - 1) as s), $2::timestamptz
         from bench_video x`,
      [schoolId, now],
    );
    await step(
      'derived: step progress (games)',
      `insert into student_step_progress (schedule_id, student_id, step_id, school_id, module_id, module_version, started_at, completed_at, progress, score_scaled, success, updated_at)
       select x.schedule_id, x.student_id, x.step_id, $1, x.module_id, x.module_version, x.t_start, x.t_start + interval '150 seconds', 1,
              round(x.raw::numeric / ${GAME_QUESTIONS}, 3), x.raw >= ${GAME_QUESTIONS / 2}, $2::timestamptz
         from bench_game x`,
      [schoolId, now],
    );
    await step(
      'derived: video_second_views',
      `insert into video_second_views (schedule_id, module_id, module_version, second, school_id, viewers)
       select x.schedule_id, x.module_id, x.module_version, s, $1::uuid, count(*)
         from bench_video x cross join lateral generate_series(0, x.watched - 1) as s
        group by x.schedule_id, x.module_id, x.module_version, s`,
      [schoolId],
    );
    await step(
      'derived: module_counters',
      `insert into module_counters (module_id, module_version, school_id, students_started, students_completed)
       select module_id, module_version, $1::uuid, count(*), count(completed_at) from student_step_progress
        where school_id = $1 and module_id is not null and schedule_id in (select id from schedules where code like 'BX%')
        group by module_id, module_version
       on conflict (module_id, module_version) do update
         set students_started = module_counters.students_started + excluded.students_started,
             students_completed = module_counters.students_completed + excluded.students_completed`,
      [schoolId],
    );
    await step(
      'derived: module_ratings',
      `insert into module_ratings (schedule_id, student_id, step_id, school_id, module_id, module_version, realism, learned, comment, rated_at)
       select x.schedule_id, x.student_id, x.step_id, $1, x.module_id, x.module_version, x.realism,
              (array['ja','ja','een-beetje','een-beetje','nee'])[x.learned_n + 1], case when x.rc < 0.25 then 'Leuk dat je echte mensen ziet werken.' end,
              x.t_init + (x.watched + 17) * interval '1 second'
         from bench_video x where x.watched::real / x.length >= 0.5 and x.rr < 0.85`,
      [schoolId],
    );
    await step(
      'derived: keuzemetingen',
      `insert into keuzemetingen (id, school_id, student_id, schedule_id, step_id, moment, choices, certainty, reason, measured_at)
       select p.voor_id, $1::uuid, p.student_id, p.schedule_id, 'voor', 'voor', p.choice_before, p.cert_b, '', p.t0 from bench_part p where p.pre
       union all
       select p.na_id, $1::uuid, p.student_id, p.schedule_id, 'na', 'na', p.choice_after, p.cert_a,
              case when p.choice_after = p.choice_before then '' else 'Door de les ben ik anders gaan kijken.' end, p.t0 + interval '40 minutes'
         from bench_part p where p.finishes`,
      [schoolId],
    );
    // As ingestion does: every planning and student it wrote for is marked stale; the app's own
    // refresh (dashboards/rollups.ts) then recomputes their rollups from the rows above.
    await step(
      'derived: rollups marked stale',
      `insert into rollups_stale (kind, id, school_id)
       select 'planning', id, school_id from schedules where school_id = $1
       union all
       select 'student', id, school_id from students where school_id = $1
       on conflict do nothing`,
      [schoolId],
    );
    await client.query(`drop table if exists bench_part, bench_video, bench_video_parts, bench_game, bench_opleiding`);
    await step('analyze', 'analyze');

    const { rows: totals } = await client.query<Omit<DataFacts, 'schoolId' | 'seconds' | 'steps'>>(
      `select (select count(*)::int from classes where school_id = $1) as classes,
              (select count(*)::int from students where school_id = $1) as students,
              (select count(*)::int from schedules where school_id = $1) as plannings,
              (select count(*)::int from schedule_students where school_id = $1) as participants,
              (select count(*)::int from xapi_statements) as statements,
              (select count(*)::int from keuzemetingen) as keuzemetingen,
              (select count(*)::int from student_step_progress) as "progressRows",
              (select count(*)::int from video_second_views) as "secondViewRows",
              (select count(*)::int from module_ratings) as ratings`,
      [schoolId],
    );
    return { schoolId, ...totals[0]!, seconds: (Date.now() - started) / 1000, steps };
  } finally {
    client.release();
  }
}
