#!/usr/bin/env node
// Database chores of the ingestion benchmark, run in a child process so the benchmark's own memory
// figure is the load generator's alone (an embedded PGlite weighs ~100 MB):
//
//   node scripts/bench/db-tasks.mjs discover '{"pglite":"<dir>"}' | '{"url":"postgres://…"}'
//     → demo students, planned lessons and the statement count, as JSON on stdout;
//   node scripts/bench/db-tasks.mjs copy '{"pglite":"<new dir>"|"url":…, "rows":N, "runs":R, "discovery":"<file>"}'
//     → the raw COPY rate into a lean statement table (the ceiling), as JSON on stdout.
//
// PGlite: `COPY … FROM '/dev/blob'` with the `blob` query option. PostgreSQL: `COPY … FROM STDIN`
// through `pg` with a small hand-written copy-in query (no pg-copy-streams).
import { Blob } from 'node:buffer';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { buildTemplates, StatementSource, storedRow } from './statements.mjs';

const [task, rawOptions] = process.argv.slice(2);
const options = JSON.parse(rawOptions ?? '{}');

/** A tiny query interface over PGlite or a pg client. */
async function connect() {
  if (options.pglite) {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create(options.pglite);
    return {
      kind: 'pglite',
      query: async (text, params) => (await db.query(text, params)).rows,
      exec: (text) => db.exec(text),
      copy: async (table, text) => {
        await db.query(`copy ${table} from '/dev/blob'`, [], { blob: new Blob([text]) });
      },
      close: () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  return {
    kind: 'postgresql',
    query: async (text, params) => (await client.query(text, params)).rows,
    exec: (text) => client.query(text),
    copy: (table, text) => client.query(new CopyIn(`copy ${table} from stdin`, text)),
    close: () => client.end(),
  };
}

/**
 * A `pg` submittable that runs `COPY … FROM STDIN` and sends `text` (COPY text format) in 256 kB
 * chunks — what pg-copy-streams does, without the dependency.
 */
class CopyIn {
  constructor(sql, text) {
    this.sql = sql;
    this.data = Buffer.from(text, 'utf8');
    this.error = null;
    this.promise = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  submit(connection) {
    connection.query(this.sql);
  }

  handleCopyInResponse(connection) {
    const chunk = 256 * 1024;
    for (let offset = 0; offset < this.data.length; offset += chunk) connection.sendCopyFromChunk(this.data.subarray(offset, offset + chunk));
    connection.endCopyFrom();
  }

  handleError(error) {
    this.error = error;
  }

  handleReadyForQuery() {
    if (this.error) this.reject(this.error);
    else this.resolve();
  }

  handleCommandComplete() {}
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyData() {}

  then(onFulfilled, onRejected) {
    return this.promise.then(onFulfilled, onRejected);
  }
}

/** COPY text format: backslash, tab, newline and carriage return escaped. */
const copyField = (value) => (value === null ? '\\N' : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));

async function discover() {
  const db = await connect();
  try {
    const students = await db.query('select id, class_id from students order by id');
    const schedules = await db.query(
      `select s.id, s.class_id, s.lesson_id, s.lesson_version, v.title, v.steps
         from schedules s join lesson_versions v on v.lesson_id = s.lesson_id and v.version = s.lesson_version
        order by s.id`,
    );
    const [{ school_id: schoolId } = {}] = await db.query('select school_id from xapi_clients where key = $1', ['demo-tool']);
    const [{ count }] = await db.query('select count(*)::int as count from xapi_statements');
    return { schoolId: schoolId ?? null, students, schedules, statementCount: count };
  } finally {
    await db.close();
  }
}

async function copyCeiling() {
  const discovery = JSON.parse(readFileSync(options.discovery, 'utf8'));
  const source = new StatementSource(buildTemplates(discovery, 11));
  const table = 'bench_copy_ceiling';
  const db = await connect();
  try {
    await db.exec(`drop table if exists ${table}`);
    // The lean equivalent of xapi_statements: jsonb plus the columns queries filter on,
    // primary key and one index (the dashboard paging index).
    await db.exec(`create table ${table} (
      id uuid primary key, school_id uuid not null, stored timestamptz not null, "timestamp" timestamptz not null,
      actor_key text not null, verb_id text not null, object_id text not null, statement jsonb not null)`);
    await db.exec(`create index ${table}_school_stored_idx on ${table} (school_id, stored, id)`);
    const runs = [];
    let bytes = 0;
    for (let run = 0; run < options.runs; run += 1) {
      const lines = [];
      for (let i = 0; i < options.rows; i += 1) {
        const row = storedRow(source, discovery.schoolId);
        bytes += Buffer.byteLength(row.statement);
        lines.push([row.id, row.school_id, row.stored, row.timestamp, row.actor_key, row.verb_id, row.object_id, row.statement].map(copyField).join('\t'));
      }
      const text = `${lines.join('\n')}\n`;
      const started = process.hrtime.bigint();
      await db.copy(table, text);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      runs.push({ rows: options.rows, seconds, rowsPerSecond: options.rows / seconds });
    }
    const [{ count }] = await db.query(`select count(*)::int as count from ${table}`);
    if (count !== options.rows * options.runs) throw new Error(`COPY stored ${count} rows, expected ${options.rows * options.runs}`);
    await db.exec(`drop table ${table}`);
    const rates = runs.map((run) => run.rowsPerSecond).sort((a, b) => a - b);
    return { engine: db.kind, runs, medianRowsPerSecond: rates[Math.floor(rates.length / 2)], averageStatementBytes: Math.round(bytes / (options.rows * options.runs)) };
  } finally {
    await db.close();
  }
}

const tasks = { discover, copy: copyCeiling };
if (!tasks[task]) {
  console.error(`Unknown task ${task}; tasks: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
tasks[task]().then(
  (result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  },
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
