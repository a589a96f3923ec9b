#!/usr/bin/env node
// `npm run bench:ingest`: how fast the xAPI statement store ingests, through HTTP, on PGlite and on
// PostgreSQL, next to the raw COPY rate of the same engine measured in the same run (the ceiling).
// Prints tables and writes bench-results/ingest-<time>.json. Never fails on timing: exit 0 unless
// the benchmark itself broke.
//
//   npm run bench:ingest                    full run (~4 minutes)
//   npm run bench:ingest -- --quick         smoke run (~1 minute)
//   npm run bench:ingest -- --only=pglite   one database (pglite | postgresql)
//   npm run bench:ingest -- --log-level=warn  server log level (default: the server's own, info)
//   npm run bench:ingest -- --cpu-prof      also write a V8 CPU profile of each measured server to
//                                           bench-results/profiles/ (open in Chrome DevTools)
//
// Per database: start the real server (`node --import tsx server/src/main.ts`, demo mode, as
// `npm run start:api` does without watch) so it seeds the demo school, stop it, read the demo
// students and planned lessons, measure the COPY ceiling with the server down, start the server
// again and drive POST /xapi/statements as the demo tool (HTTP Basic demo-tool/demo-tool-secret).
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort, startThrowawayPostgres } from '../lib/throwaway-postgres.mjs';
import { findPostgresBin } from '../lib/toolchain.mjs';
import { runLoad } from './load.mjs';
import { buildTemplates, StatementSource } from './statements.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
const flagValue = (name) => flag(name)?.split('=')[1];
const quick = Boolean(flag('quick'));
const only = flagValue('only');
const logLevel = flagValue('log-level');
const cpuProfile = Boolean(flag('cpu-prof'));

const PLAN = quick
  ? { warmupMs: 1000, throughputMs: 3000, latencyMs: 3000, copyRows: 10_000, copyRuns: 1 }
  : { warmupMs: 3000, throughputMs: 15_000, latencyMs: 15_000, copyRows: 50_000, copyRuns: 3 };
const THROUGHPUT_CONCURRENCY = 20;
const BATCH_SIZES = [1, 10, 100];
const LATENCY_CONCURRENCY = [50, 200];
const LATENCY_BATCH = 10;
/** Requested every 100 ms during the latency phases: no database (event loop) and `select 1` (pool). */
const PROBES = ['/xapi/about', '/api/health'];
const TARGETS = {
  copyShare: 0.5,
  p99At50: { postgresql: 100, pglite: 500 },
};
const AUTHORIZATION = `Basic ${Buffer.from('demo-tool:demo-tool-secret').toString('base64')}`;

// ------------------------------------------------------------------ clean-up, whatever happens

const scratch = mkdtempSync(path.join(os.tmpdir(), 'koers-bench-'));
const children = new Set();
let cluster = null;
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (cluster) stopCluster();
  rmSync(scratch, { recursive: true, force: true });
}

/**
 * Stops the throwaway cluster. Its `stop()` signals `runuser`, which (as root) does not pass
 * SIGINT on to PostgreSQL, so the postmaster would linger until it notices its data dir is gone:
 * ask the postmaster itself for a fast shutdown first.
 */
function stopCluster() {
  const current = cluster;
  cluster = null;
  if (!current) return;
  const postmaster = postmasterOn(current.port);
  if (postmaster) {
    try {
      process.kill(postmaster, 'SIGINT');
    } catch {
      // already gone
    }
  }
  try {
    current.stop();
  } catch {
    // already gone
  }
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping servers and removing temp dirs`);
    cleanUp();
    process.exit(130);
  });
}

// ------------------------------------------------------------------ helpers

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => new Date().toISOString().slice(11, 19);
const log = (message) => console.log(`[${now()}] ${message}`);

/** VmHWM and VmRSS of a process in MB, or null when it is gone. */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { hwmMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) of a process, with those of its reaped children when asked. */
function cpuSecondsOf(pid, withReaped = false) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime = 14, stime = 15, cutime = 16, cstime = 17, ppid = 4.
    const ticks = Number(fields[11]) + Number(fields[12]) + (withReaped ? Number(fields[13]) + Number(fields[14]) : 0);
    return { seconds: ticks / CLOCK_TICKS, ppid: Number(fields[1]) };
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

/** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineCpuSeconds() {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const ticks = values.map(Number);
    const idle = ticks[3] + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((sum, value) => sum + value, 0);
    return { busy: (total - idle) / CLOCK_TICKS, total: total / CLOCK_TICKS };
  } catch {
    return null;
  }
}

/** The postmaster listening on `port` (a throwaway cluster), found by its command line. */
function postmasterOn(port) {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv[0]?.endsWith('/postgres') && argv.includes('-p') && argv[argv.indexOf('-p') + 1] === String(port)) return Number(entry);
    } catch {
      // gone
    }
  }
  return null;
}

/** CPU seconds of a PostgreSQL cluster: postmaster (with reaped backends) and its live children. */
function clusterCpuSeconds(postmaster) {
  if (!postmaster) return null;
  let total = cpuSecondsOf(postmaster, true)?.seconds ?? 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cpu = cpuSecondsOf(Number(entry));
    if (cpu && cpu.ppid === postmaster) total += cpu.seconds;
  }
  return total;
}

class MemorySampler {
  constructor(pid) {
    this.pid = pid;
    this.peakRssMb = 0;
    this.hwmMb = 0;
    this.timer = setInterval(() => this.sample(), 250);
  }

  sample() {
    const memory = memoryOf(this.pid);
    if (!memory) return;
    this.peakRssMb = Math.max(this.peakRssMb, memory.rssMb);
    this.hwmMb = Math.max(this.hwmMb, memory.hwmMb);
  }

  stop() {
    this.sample();
    clearInterval(this.timer);
    return { vmHwmMb: round(this.hwmMb), sampledPeakRssMb: round(this.peakRssMb) };
  }
}

const round = (value, digits = 1) => (value === null || value === undefined ? null : Math.round(value * 10 ** digits) / 10 ** digits);

function dbTask(task, options) {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(here, 'db-tasks.mjs'), task, JSON.stringify(options)], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      children.delete(child);
      if (error) reject(new Error(`db-tasks ${task} failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
    children.add(child);
  });
}

function getHealth(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/api/health', timeout: 2000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode === 200));
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

/** Starts the API like `npm run start:api` (without watch); resolves once /api/health answers. */
async function startServer(name, env, { profile = false } = {}) {
  const port = await freePort();
  const logFile = path.join(scratch, `${name}-server.log`);
  const fd = openSync(logFile, 'a');
  const serverEnv = { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', KOERS_DEMO: '1', NODE_ENV: 'development' };
  if (!env.DATABASE_URL) delete serverEnv.DATABASE_URL;
  if (logLevel) serverEnv.KOERS_LOG_LEVEL = logLevel;
  // One profile per thread (main, PGlite worker, tsx loader) in a directory per server.
  const profileArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench-results', 'profiles', `${name}-${new Date().toISOString().replace(/[-:]/g, '').slice(0, 15)}`)}`] : [];
  const child = spawn(process.execPath, [...profileArgs, '--import', 'tsx', 'server/src/main.ts'], { cwd: root, env: serverEnv, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  children.add(child);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The ${name} server stopped while starting (exit ${child.exitCode ?? child.signalCode}). Log:\n${tail(logFile)}`);
    }
    if (await getHealth(port)) break;
    if (Date.now() - started > 180_000) throw new Error(`The ${name} server did not answer /api/health within 180 s. Log:\n${tail(logFile)}`);
    await sleep(200);
  }
  return {
    port,
    pid: child.pid,
    logFile,
    startSeconds: (Date.now() - started) / 1000,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(timer);
      }
      children.delete(child);
    },
    alive: () => child.exitCode === null && child.signalCode === null,
    /** How it ended, with the server's own shutdown line (which names the signal) when it logged one. */
    death: () => {
      const shutdown = tail(logFile, 100_000).split('\n').find((line) => line.includes('shutting down'));
      return `exit ${child.exitCode ?? child.signalCode}${shutdown ? `; it logged: ${shutdown}` : ''}`;
    },
  };
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ------------------------------------------------------------------ one database

async function benchDatabase(kind) {
  const label = kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const dataDir = mkdtempSync(path.join(scratch, `${kind}-data-`));
  const env = { KOERS_DATA_DIR: dataDir };
  let engine;
  if (kind === 'postgresql') {
    const bin = findPostgresBin();
    if (!bin) return { kind, skipped: 'no PostgreSQL server binaries found (install postgresql, e.g. apt-get install postgresql)' };
    log(`${label}: starting a throwaway cluster (${bin})`);
    cluster = await startThrowawayPostgres(bin);
    env.DATABASE_URL = cluster.url;
    const [{ version }] = await queryPostgres(cluster.url, 'select version()');
    engine = version.split(' on ')[0];
  } else {
    const pkg = JSON.parse(readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'));
    engine = `PGlite ${pkg.version} (data dir on disk, in a worker behind pglite-socket)`;
  }
  const where = kind === 'pglite' ? { pglite: path.join(dataDir, 'pglite') } : { url: env.DATABASE_URL };

  log(`${label}: first start (migrations + demo seed)`);
  let server = await startServer(`${kind}-seed`, env);
  const firstStartSeconds = server.startSeconds;
  await server.stop();

  const discovery = await dbTask('discover', where);
  const discoveryFile = path.join(scratch, `${kind}-discovery.json`);
  writeFileSync(discoveryFile, JSON.stringify(discovery));
  const source = new StatementSource(buildTemplates(discovery));
  log(`${label}: ${discovery.students.length} demo students, ${discovery.schedules.length} planned lessons, ${source.templates.length} statement templates of ~${source.averageBytes()} bytes`);

  log(`${label}: COPY ceiling, ${PLAN.copyRuns} × ${PLAN.copyRows} rows (server stopped)`);
  const copyWhere = kind === 'pglite' ? { pglite: path.join(scratch, 'pglite-copy') } : { url: env.DATABASE_URL };
  const copy = await dbTask('copy', { ...copyWhere, rows: PLAN.copyRows, runs: PLAN.copyRuns, discovery: discoveryFile });
  rmSync(path.join(scratch, 'pglite-copy'), { recursive: true, force: true });
  log(`${label}: COPY ${Math.round(copy.medianRowsPerSecond)} rows/s (median of ${copy.runs.map((run) => Math.round(run.rowsPerSecond)).join(', ')})`);

  const measuredSource = sourceVersion();
  server = await startServer(kind, env, { profile: cpuProfile });
  log(`${label}: server up on port ${server.port} in ${server.startSeconds.toFixed(1)} s (pid ${server.pid}; xapi sources ${measuredSource.xapiSourceSha256})`);
  const sampler = new MemorySampler(server.pid);
  const target = { host: '127.0.0.1', port: server.port, authorization: AUTHORIZATION };
  let acknowledged = 0;
  const postmaster = kind === 'postgresql' ? postmasterOn(cluster.port) : null;
  const phase = async (batchSize, concurrency, durationMs, probes = []) => {
    const before = { wall: performance.now(), server: cpuSecondsOf(server.pid)?.seconds, db: clusterCpuSeconds(postmaster), bench: process.cpuUsage(), machine: machineCpuSeconds() };
    const loadAverage = os.loadavg()[0];
    const result = await runLoad({ target, source, batchSize, concurrency, warmupMs: PLAN.warmupMs, durationMs, probes });
    const wall = (performance.now() - before.wall) / 1000;
    const benchCpu = process.cpuUsage(before.bench);
    const dbAfter = clusterCpuSeconds(postmaster);
    const machineAfter = machineCpuSeconds();
    // Average CPU over the phase (warm-up included), in % of one core; the machine has os.cpus().length cores.
    result.cpuPercent = {
      server: round(((cpuSecondsOf(server.pid)?.seconds - before.server) / wall) * 100, 0),
      postgres: postmaster ? round(((dbAfter - before.db) / wall) * 100, 0) : null,
      bench: round(((benchCpu.user + benchCpu.system) / 1e6 / wall) * 100, 0),
      machine: machineAfter && before.machine ? round(((machineAfter.busy - before.machine.busy) / wall) * 100, 0) : null,
    };
    // What other processes on the machine used meanwhile (they disturb the figures).
    result.cpuPercent.other =
      result.cpuPercent.machine === null ? null : Math.max(0, result.cpuPercent.machine - result.cpuPercent.server - (result.cpuPercent.postgres ?? 0) - result.cpuPercent.bench);
    result.loadAverageBefore = round(loadAverage, 2);
    acknowledged += result.statementsAcknowledged;
    if (!server.alive()) {
      throw new Error(`The ${label} server stopped during the benchmark (${server.death()}). Last log lines:\n${tail(server.logFile, 5)}`);
    }
    return result;
  };

  // A first warm-up (JIT, connection pool, caches), not reported.
  await phase(10, THROUGHPUT_CONCURRENCY, PLAN.warmupMs);

  const throughput = [];
  for (const batchSize of BATCH_SIZES) {
    const result = await phase(batchSize, THROUGHPUT_CONCURRENCY, PLAN.throughputMs);
    result.copyShare = result.statementsPerSecond / copy.medianRowsPerSecond;
    throughput.push(result);
    log(
      `${label}: batches of ${String(batchSize).padStart(3)} × ${THROUGHPUT_CONCURRENCY} connections: ${Math.round(result.statementsPerSecond)} statements/s` +
        ` (${(result.copyShare * 100).toFixed(0)} % of COPY), p99 ${result.latencyMs.p99?.toFixed(0)} ms` +
        (result.non2xx + result.timeouts + result.errors > 0 ? `, ${result.non2xx} non-2xx, ${result.timeouts} timeouts, ${result.errors} errors` : '') +
        `; CPU ${cpuText(result)}`,
    );
    if (result.sampleProblem) log(`  first non-2xx answer: ${result.sampleProblem}`);
  }
  const latency = [];
  for (const concurrency of LATENCY_CONCURRENCY) {
    const result = await phase(LATENCY_BATCH, concurrency, PLAN.latencyMs, PROBES);
    latency.push(result);
    log(
      `${label}: ${LATENCY_BATCH}-statement batches × ${concurrency} clients: p50 ${result.latencyMs.p50?.toFixed(0)} ms, p99 ${result.latencyMs.p99?.toFixed(0)} ms,` +
        ` ${Math.round(result.statementsPerSecond)} statements/s, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${result.errors} errors; CPU ${cpuText(result)};` +
        ` probes p99 ${probeText(result)}`,
    );
    if (result.sampleProblem) log(`  first non-2xx answer: ${result.sampleProblem}`);
  }
  const serverMemory = sampler.stop();
  await server.stop();
  const after = await dbTask('discover', where);
  if (kind === 'postgresql') stopCluster();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    kind,
    label,
    engine,
    source: measuredSource,
    firstStartSeconds,
    startSeconds: server.startSeconds,
    demo: { students: discovery.students.length, schedules: discovery.schedules.length, statementTemplates: source.templates.length, averageStatementBytes: source.averageBytes() },
    copy,
    throughput,
    latency,
    serverMemory,
    stored: { acknowledged, rowsAfterRun: after.statementCount, rowsBeforeRun: discovery.statementCount },
  };
}

async function queryPostgres(url, sql) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

// ------------------------------------------------------------------ report

/** `server/postgres/bench/other processes` CPU in % of one core. */
const cpuText = (result) => [result.cpuPercent.server, result.cpuPercent.postgres ?? '–', result.cpuPercent.bench, result.cpuPercent.other ?? '–'].join('/');

/** p99 of the probes, `about/health` in ms. */
const probeText = (result) => PROBES.map((probe) => fmt(result.probeLatencyMs?.[probe]?.p99)).join('/');

const mark = (ok) => (ok ? '✓' : '✗');
const fmt = (value, digits = 0) => (value === null || value === undefined ? '–' : value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function table(headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => `| ${cells.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
  return [line(headers), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function evaluate(result) {
  const batched = result.throughput.find((entry) => entry.batchSize === 100);
  const at50 = result.latency.find((entry) => entry.concurrency === 50);
  const at200 = result.latency.find((entry) => entry.concurrency === 200);
  const p99Target = TARGETS.p99At50[result.kind];
  return {
    batchedShareOfCopy: { target: `≥ ${TARGETS.copyShare * 100} %`, value: batched.copyShare, ok: batched.copyShare >= TARGETS.copyShare },
    p99At50Ms: { target: `< ${p99Target} ms`, value: at50.latencyMs.p99, ok: at50.latencyMs.p99 !== null && at50.latencyMs.p99 < p99Target && at50.timeouts === 0 },
    timeoutsAt200: { target: '0', value: at200.timeouts, ok: at200.timeouts === 0 },
  };
}

function report(results, benchMemory, meta) {
  const ran = results.filter((result) => !result.skipped && !result.failed);
  console.log(`\n== Statement ingestion — ${meta.date}, ${meta.cpus} × ${meta.cpuModel}, Node ${process.versions.node}${quick ? ' (--quick)' : ''}`);
  console.log(`commit ${meta.commit ?? '?'} + xapi sources ${meta.xapiSourceSha256 ?? '?'}, server log level ${meta.serverLogLevel}, load average at start ${meta.loadAverageAtStart}`);
  for (const result of results) if (result.skipped) console.log(`\n${result.kind}: skipped — ${result.skipped}`);
  for (const result of results) if (result.failed) console.log(`\n${result.kind}: FAILED — ${result.failed.split('\n')[0]}`);
  if (ran.length === 0) return;
  console.log(`Statements: ~${ran[0].demo.averageStatementBytes} bytes each (video + game statements of ${ran[0].demo.students} demo students), sent as the demo tool.`);

  console.log(`\nThroughput: POST /xapi/statements, ${THROUGHPUT_CONCURRENCY} connections, ${PLAN.throughputMs / 1000} s per row after ${PLAN.warmupMs / 1000} s warm-up`);
  const throughputRows = [];
  for (const result of ran) {
    throughputRows.push([result.label, 'COPY ceiling (lean table)', fmt(result.copy.medianRowsPerSecond), '100 %', '–', '–', '–', '–']);
    for (const entry of result.throughput) {
      const target = entry.batchSize === 100 ? ` ${mark(entry.copyShare >= TARGETS.copyShare)} (≥ 50 %)` : '';
      throughputRows.push([
        result.label,
        `HTTP, batches of ${entry.batchSize}`,
        fmt(entry.statementsPerSecond),
        `${fmt(entry.copyShare * 100)} %${target}`,
        fmt(entry.latencyMs.p50),
        fmt(entry.latencyMs.p99),
        `${entry.non2xx}/${entry.timeouts}/${entry.errors}`,
        cpuText(entry),
      ]);
    }
  }
  console.log(table(['database', 'what', 'statements/s', 'of COPY', 'p50 ms', 'p99 ms', 'non-2xx/timeouts/errors', 'CPU % server/pg/bench/other'], throughputRows));

  console.log(`\nLatency: ${LATENCY_BATCH}-statement batches, closed loop, ${PLAN.latencyMs / 1000} s after ${PLAN.warmupMs / 1000} s warm-up, timeout 10 s`);
  const latencyRows = [];
  for (const result of ran) {
    for (const entry of result.latency) {
      const p99Target = TARGETS.p99At50[result.kind];
      const verdict = entry.concurrency === 50 ? ` ${mark(entry.latencyMs.p99 < p99Target)} (< ${p99Target})` : '';
      const timeoutVerdict = entry.concurrency === 200 ? ` ${mark(entry.timeouts === 0)} (0)` : '';
      latencyRows.push([
        result.label,
        entry.concurrency,
        fmt(entry.latencyMs.p50),
        `${fmt(entry.latencyMs.p99)}${verdict}`,
        fmt(entry.latencyMs.max),
        fmt(entry.statementsPerSecond),
        `${entry.timeouts}${timeoutVerdict}`,
        entry.non2xx,
        entry.errors,
        cpuText(entry),
        probeText(entry),
      ]);
    }
  }
  console.log(table(['database', 'clients', 'p50 ms', 'p99 ms', 'max ms', 'statements/s', 'timeouts', 'non-2xx', 'errors', 'CPU % server/pg/bench/other', 'probe p99 ms about/health'], latencyRows));
  console.log(`CPU: average over the phase in % of one core (the machine has ${os.cpus().length}, so 100 % per core); server includes the PGlite worker thread; other = the rest of the machine.`);
  console.log('Probes: GET /xapi/about (no database) and GET /api/health (one `select 1` through the pool) every 100 ms during the phase.');

  console.log('\nMemory and bookkeeping');
  const memoryRows = ran.map((result) => [
    result.label,
    fmt(result.serverMemory.vmHwmMb),
    fmt(result.serverMemory.sampledPeakRssMb),
    fmt(result.stored.acknowledged),
    fmt(result.stored.rowsAfterRun - result.stored.rowsBeforeRun),
    `${fmt(result.firstStartSeconds, 1)} / ${fmt(result.startSeconds, 1)}`,
  ]);
  console.log(table(['database', 'server VmHWM MB', 'server peak RSS MB (sampled)', 'statements acknowledged', 'rows stored', 'start s (new / existing)'], memoryRows));
  console.log(`Benchmark process (load generator): VmHWM ${fmt(benchMemory.vmHwmMb)} MB`);

  console.log('\nTargets (issue 5)');
  const targetRows = [];
  for (const result of ran) {
    const verdicts = evaluate(result);
    targetRows.push([result.label, 'batches of 100 as share of COPY', verdicts.batchedShareOfCopy.target, `${fmt(verdicts.batchedShareOfCopy.value * 100)} %`, mark(verdicts.batchedShareOfCopy.ok)]);
    targetRows.push([result.label, 'p99, 10-statement batches, 50 clients', verdicts.p99At50Ms.target, `${fmt(verdicts.p99At50Ms.value)} ms`, mark(verdicts.p99At50Ms.ok)]);
    targetRows.push([result.label, 'timeouts at 200 clients', verdicts.timeoutsAt200.target, String(verdicts.timeoutsAt200.value), mark(verdicts.timeoutsAt200.ok)]);
  }
  console.log(table(['database', 'target', 'wanted', 'measured', ''], targetRows));
}

// ------------------------------------------------------------------ main

/** Which code was measured: the commit and a hash of the statement store's sources as they are on disk. */
function sourceVersion() {
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // not a git checkout
  }
  const dir = path.join(root, 'server/src/modules/xapi');
  const hash = createHash('sha256');
  try {
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(path.join(dir, name)));
  } catch {
    return { commit, xapiSourceSha256: null };
  }
  return { commit, xapiSourceSha256: hash.digest('hex').slice(0, 12) };
}

async function main() {
  const kinds = only ? [only] : ['pglite', 'postgresql'];
  if (kinds.some((kind) => !['pglite', 'postgresql'].includes(kind))) throw new Error(`--only must be pglite or postgresql, not ${only}`);
  const started = Date.now();
  const meta = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
    node: process.versions.node,
    quick,
    plan: PLAN,
    serverLogLevel: logLevel ?? 'server default (info)',
    loadAverageAtStart: round(os.loadavg()[0], 2),
    ...sourceVersion(),
  };
  if (meta.loadAverageAtStart > meta.cpus) log(`note: load average ${meta.loadAverageAtStart} on ${meta.cpus} cores — other work on this machine will disturb the figures (see the 'other' CPU column)`);
  log(`bench:ingest${quick ? ' --quick' : ''}: ${kinds.join(' and ')}; temp dir ${scratch}`);
  const results = [];
  for (const kind of kinds) {
    try {
      results.push(await benchDatabase(kind));
    } catch (error) {
      // Keep going with the other database; the run then ends with exit code 1.
      console.error(`\n${kind} failed: ${error instanceof Error ? error.message : error}\n`);
      results.push({ kind, failed: error instanceof Error ? error.message : String(error) });
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      stopCluster();
    }
  }
  const benchMemory = { vmHwmMb: round(memoryOf(process.pid)?.hwmMb ?? null) };
  for (const result of results) if (!result.skipped && !result.failed) result.targets = evaluate(result);
  report(results, benchMemory, meta);
  const outDir = path.join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `ingest-${meta.date.replace(/[-:]/g, '').replace(/\..*$/, '')}${quick ? '-quick' : ''}.json`);
  writeFileSync(file, `${JSON.stringify({ meta: { ...meta, seconds: (Date.now() - started) / 1000 }, benchMemory, results }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  return results.some((result) => result.failed) ? 1 : 0;
}

main().then(
  (code) => {
    cleanUp();
    process.exit(code);
  },
  (error) => {
    console.error(`\nbench:ingest crashed: ${error instanceof Error ? error.stack : error}`);
    cleanUp();
    process.exit(1);
  },
);
