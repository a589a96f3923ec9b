#!/usr/bin/env node
// `npm run bench:dashboards`: how fast the dashboard and report endpoints answer for a school of
// 1,500 students with 2 million statements, on PGlite and on PostgreSQL, next to the same core
// figures aggregated straight from the raw statements table in the same run (the ratio to beat).
// Prints a table per database and writes bench-results/dashboards-<time>.json. Never fails on
// timing: exit 0 unless the benchmark itself broke.
//
//   npm run bench:dashboards                         full run: 2,000,000 statements per database
//   npm run bench:dashboards -- --quick              smoke run: 300 students, 100,000 statements
//   npm run bench:dashboards -- --only=postgresql    one database (pglite | postgresql)
//   npm run bench:dashboards -- --statements=500000  another statement count (both databases)
//   npm run bench:dashboards -- --iterations=50      timed requests per endpoint (after 3 warm-up)
//
// Per database the app is built in a child process (server/bench/dashboards.ts) on a fresh
// database — PGlite in a temp data dir, or a throwaway PostgreSQL cluster — so demo mode seeds the
// demo school; the bench school is then generated in bulk SQL next to it and every endpoint is
// requested through app.inject() with a signed-in session (decaan, own mentor, schoolleiding).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayPostgres } from '../lib/throwaway-postgres.mjs';
import { findPostgresBin } from '../lib/toolchain.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
const flagValue = (name) => flag(name)?.split('=')[1];
const quick = Boolean(flag('quick'));
const only = flagValue('only');

const PLAN = {
  students: quick ? 300 : 1500,
  classes: quick ? 12 : 60,
  planningsPerClass: quick ? 6 : 8,
  statements: Number(flagValue('statements') ?? (quick ? 100_000 : 2_000_000)),
  iterations: Number(flagValue('iterations') ?? (quick ? 10 : 50)),
  warmup: 3,
  rawBudgetSeconds: quick ? 5 : 20,
  endpointBudgetSeconds: quick ? 10 : 40,
};
const TARGET = { p95Ms: 50, ratio: 50 };

const scratch = mkdtempSync(path.join(os.tmpdir(), 'koers-bench-dashboards-'));
const children = new Set();
let cluster = null;
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  stopCluster();
  rmSync(scratch, { recursive: true, force: true });
}
function stopCluster() {
  const current = cluster;
  cluster = null;
  if (!current) return;
  try {
    current.stop();
  } catch {
    // already gone
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping and removing temp dirs`);
    cleanUp();
    process.exit(130);
  });
}

const log = (message) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const fmt = (value, digits = 1) => (value === null || value === undefined || Number.isNaN(value) ? '–' : Number(value).toFixed(digits));

function runChild(options) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'server/bench/dashboards.ts'), JSON.stringify(options)], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    children.add(child);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve(JSON.parse(readFileSync(options.out, 'utf8')));
      else reject(new Error(`server/bench/dashboards.ts (${options.kind}) ended with ${code ?? signal}`));
    });
  });
}

async function benchDatabase(kind) {
  const options = { ...PLAN, kind, databaseUrl: null, pgliteDir: null, scratch: path.join(scratch, kind), out: path.join(scratch, `${kind}.json`) };
  if (kind === 'postgresql') {
    const bin = findPostgresBin();
    if (!bin) return { kind, skipped: 'no PostgreSQL server binaries found (install postgresql, e.g. apt-get install postgresql)' };
    log(`PostgreSQL: starting a throwaway cluster (${bin})`);
    cluster = await startThrowawayPostgres(bin);
    options.databaseUrl = cluster.url;
  } else {
    options.pgliteDir = path.join(scratch, 'pglite', 'data');
  }
  const started = Date.now();
  try {
    const result = await runChild(options);
    return { ...result, seconds: (Date.now() - started) / 1000 };
  } finally {
    if (kind === 'postgresql') stopCluster();
    rmSync(path.join(scratch, 'pglite'), { recursive: true, force: true });
  }
}

function table(headers, rows) {
  const widths = headers.map((header, column) => Math.max(String(header).length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function report(results, meta) {
  console.log(`\n== Dashboards and reports — ${meta.date}, ${meta.cpus} × ${meta.cpuModel}, Node ${process.versions.node}, load average at start ${meta.loadAverage}${quick ? ' (--quick)' : ''}`);
  for (const result of results) {
    if (result.skipped) {
      console.log(`\n${result.kind}: skipped — ${result.skipped}`);
      continue;
    }
    if (result.failed) {
      console.log(`\n${result.kind}: FAILED — ${result.failed}`);
      continue;
    }
    const d = result.data;
    console.log(`\n${result.engine} — ${d.students} students in ${d.classes} classes, ${d.plannings} plannings, ${d.participants} students × plannings, ` +
      `${d.statements.toLocaleString('en')} statements, ${d.keuzemetingen} keuzemetingen, ${d.progressRows} step-progress rows, ${d.secondViewRows} second-view rows, ${d.ratings} ratings; ` +
      `generated in ${fmt(d.seconds, 0)} s, database ${d.databaseMb} MB; rollups recomputed for ${result.rollups.plannings} plannings and ${result.rollups.students} students in ${fmt(result.rollups.seconds)} s`);
    const rows = result.results.map((entry) => {
      const ratio = entry.raw ? entry.raw.p50 / entry.endpoint.p50 : null;
      const met = entry.endpoint.p95 < TARGET.p95Ms && ratio !== null && ratio >= TARGET.ratio;
      return [entry.name, entry.as, fmt(entry.endpoint.p50), fmt(entry.endpoint.p95), entry.raw ? `${fmt(entry.raw.p50)} (${entry.raw.runs}×)` : '–', ratio === null ? '–' : `${fmt(ratio)}×`, met ? 'yes' : 'NO'];
    });
    console.log(table(['endpoint', 'as', 'p50 ms', 'p95 ms', 'raw p50 ms', 'ratio', `target (p95 < ${TARGET.p95Ms} ms, ≥ ${TARGET.ratio}×)`], rows));
  }
  console.log(`\nEndpoints: ${PLAN.iterations} timed requests each (fewer when they take over ${PLAN.endpointBudgetSeconds} s) through app.inject() after ${PLAN.warmup} warm-up. Raw: the same core figures from xapi_statements (JSON of the statement bodies), ` +
    `up to ${PLAN.iterations} runs or ${PLAN.rawBudgetSeconds} s after 1 warm-up; ratio = raw p50 / endpoint p50.`);
}

async function main() {
  const kinds = only ? [only] : ['pglite', 'postgresql'];
  if (kinds.some((kind) => !['pglite', 'postgresql'].includes(kind))) throw new Error(`--only must be pglite or postgresql, not ${only}`);
  const started = Date.now();
  const meta = { date: new Date().toISOString(), cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU', node: process.versions.node, quick, plan: PLAN, loadAverage: os.loadavg()[0].toFixed(2) };
  log(`bench:dashboards${quick ? ' --quick' : ''}: ${kinds.join(' and ')}; ${PLAN.statements.toLocaleString('en')} statements each; temp dir ${scratch}`);
  const results = [];
  for (const kind of kinds) {
    try {
      results.push(await benchDatabase(kind));
    } catch (error) {
      console.error(`\n${kind} failed: ${error instanceof Error ? error.message : error}\n`);
      results.push({ kind, failed: error instanceof Error ? error.message : String(error) });
    }
  }
  report(results, meta);
  const outDir = path.join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `dashboards-${meta.date.replace(/[-:]/g, '').replace(/\..*$/, '')}${only ? `-${only}` : ''}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify({ meta: { ...meta, seconds: (Date.now() - started) / 1000 }, results }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  return results.some((result) => result.failed) ? 1 : 0;
}

main().then(
  (code) => {
    cleanUp();
    process.exit(code);
  },
  (error) => {
    console.error(`\nbench:dashboards crashed: ${error instanceof Error ? error.stack : error}`);
    cleanUp();
    process.exit(1);
  },
);
