#!/usr/bin/env node
// `npm test`: every check Koers has, in one run, ending with one line `N passed, N failed`.
// Steps: lint, type check, Karma unit tests, server tests on PGlite and on a real PostgreSQL
// (a throwaway cluster unless DATABASE_URL is set), production build, Playwright journeys.
// Run a subset while developing: `npm test -- lint unit server-pglite` (names as in STEPS).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureToolchain, findChrome, findPostgresBin } from './lib/toolchain.mjs';
import { startThrowawayPostgres } from './lib/throwaway-postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const bin = (tool) => path.join(root, 'node_modules', '.bin', tool);

/** Node 20's test runner does not expand globs: list `<dir>/*.test.ts` ourselves. */
const testFiles = (dir) =>
  readdirSync(path.join(root, dir))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(dir, name));

const nodeTestArgs = (dir, countFile) => [
  '--import', 'tsx', '--test', '--test-timeout=180000',
  '--test-reporter=spec', '--test-reporter-destination=stdout',
  `--test-reporter=./scripts/node-test-count-reporter.mjs`, `--test-reporter-destination=${countFile}`,
  ...testFiles(dir),
];

const TYPECHECK_PROJECTS = ['tsconfig.app.json', 'tsconfig.spec.json', 'server/tsconfig.json', 'contracts/tsconfig.json', 'contracts/test/tsconfig.json', 'e2e/tsconfig.json'];

const STEPS = [
  { name: 'lint', run: () => [[bin('eslint'), ['.', '--max-warnings=0']]] },
  { name: 'typecheck', run: () => TYPECHECK_PROJECTS.map((project) => [bin('tsc'), ['-p', project, '--noEmit']]) },
  { name: 'unit', counts: 'karma.json', run: () => [[bin('ng'), ['test', '--watch=false', '--progress=false']]] },
  { name: 'contracts', counts: 'contracts.json', run: () => [[process.execPath, nodeTestArgs('contracts/test', 'test-results/contracts.json')]] },
  { name: 'server-pglite', counts: 'server-pglite.json', run: () => [[process.execPath, nodeTestArgs('server/test', 'test-results/server-pglite.json')]] },
  {
    name: 'server-postgresql',
    counts: 'server-postgresql.json',
    env: (ctx) => ({ KOERS_TEST_DATABASE_URL: ctx.postgresUrl }),
    run: () => [[process.execPath, nodeTestArgs('server/test', 'test-results/server-postgresql.json')]],
  },
  { name: 'build', run: () => [[bin('ng'), ['build', '--progress=false']]] },
  { name: 'e2e', counts: 'playwright.json', needs: 'build', run: () => [[bin('playwright'), ['test', '-c', 'e2e/playwright.config.ts']]] },
];

function exec(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

function readCounts(file) {
  const full = path.join(results, file);
  if (!existsSync(full)) return null;
  try {
    const parsed = JSON.parse(readFileSync(full, 'utf8').trim().split('\n').pop());
    const failures = Array.isArray(parsed.failures) ? parsed.failures.map(String) : [];
    return { passed: Number(parsed.passed) || 0, failed: Number(parsed.failed) || 0, failures };
  } catch {
    return null;
  }
}

async function main() {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length) {
    console.error(`Unknown step(s): ${unknown.join(', ')}. Steps: ${STEPS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const steps = wanted.length ? STEPS.filter((step) => wanted.includes(step.name)) : STEPS;
  const needsPostgres = steps.some((step) => step.name === 'server-postgresql') && !process.env.DATABASE_URL;
  ensureToolchain({ needPostgres: needsPostgres });
  process.env.CHROME_BIN = findChrome();

  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });

  const ctx = { postgresUrl: process.env.DATABASE_URL };
  let cluster = null;
  if (needsPostgres) {
    cluster = await startThrowawayPostgres(findPostgresBin());
    ctx.postgresUrl = cluster.url;
    console.log(`== throwaway PostgreSQL on port ${cluster.port}`);
  }
  const cleanUp = () => cluster?.stop();
  process.on('SIGINT', () => (cleanUp(), process.exit(130)));
  process.on('SIGTERM', () => (cleanUp(), process.exit(143)));

  const summary = [];
  const failedSteps = new Set();
  try {
    for (const step of steps) {
      if (step.needs && failedSteps.has(step.needs)) {
        summary.push({ name: step.name, status: 'skipped', detail: `${step.needs} failed` });
        failedSteps.add(step.name);
        continue;
      }
      console.log(`\n== ${step.name}`);
      const started = Date.now();
      let code = 0;
      for (const [command, args] of step.run()) {
        code = await exec(command, args, step.env?.(ctx));
        if (code !== 0) break;
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const counts = step.counts ? readCounts(step.counts) : null;
      if (code !== 0) failedSteps.add(step.name);
      summary.push({ name: step.name, code, seconds, counts });
    }
  } finally {
    cleanUp();
  }

  let passed = 0;
  let failed = 0;
  console.log('\n== summary');
  for (const entry of summary) {
    if (entry.status === 'skipped') {
      failed += 1;
      console.log(`  ${entry.name.padEnd(18)} not run (${entry.detail})`);
      continue;
    }
    const counts = entry.counts ?? { passed: 0, failed: 0 };
    // A failing step whose report shows no failed test (crash, lint, type error) counts as one failure.
    const stepFailed = entry.code !== 0 && counts.failed === 0 ? 1 : 0;
    passed += counts.passed;
    failed += counts.failed + stepFailed;
    const what = entry.counts ? `${counts.passed} passed, ${counts.failed} failed` : entry.code === 0 ? 'ok' : 'FAILED';
    console.log(`  ${entry.name.padEnd(18)} ${what.padEnd(24)} ${entry.seconds}s${entry.code !== 0 ? `  (exit ${entry.code})` : ''}`);
    // CI shows only the tail of the log: name what failed here, not only far above.
    for (const failure of (counts.failures ?? []).slice(0, 10)) console.log(`      ✗ ${failure}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failedSteps.size > 0 || failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
