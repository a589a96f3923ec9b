import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

// Playwright's error messages carry terminal colour codes; the summary line is plain text.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Writes `{"passed":N,"failed":N,"skipped":N,"failures":[…]}` so scripts/test.mjs can sum every suite and name what failed. */
export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, { status: TestResult['status']; title: string; reason: string }>();

  constructor(private readonly options: { outputFile: string }) {}

  onTestEnd(test: TestCase, result: TestResult): void {
    const reason = (result.error?.message ?? '').replace(ANSI_COLOUR, '').split('\n')[0] ?? '';
    this.outcomes.set(test.id, { status: result.status, title: test.titlePath().filter(Boolean).join(' › '), reason });
  }

  onEnd(result: FullResult): void {
    const outcomes = [...this.outcomes.values()];
    const failedOutcomes = outcomes.filter(({ status }) => status === 'failed' || status === 'timedOut' || status === 'interrupted');
    const counts = {
      passed: outcomes.filter(({ status }) => status === 'passed').length,
      failed: failedOutcomes.length,
      skipped: outcomes.filter(({ status }) => status === 'skipped').length,
      failures: failedOutcomes.map(({ title, reason }) => `${title}: ${reason}`.slice(0, 400)),
    };
    // A run that broke before any test (e.g. the web server did not start) is a failure too.
    if (result.status !== 'passed' && counts.failed === 0) counts.failed = 1;
    const file = path.resolve(this.options.outputFile);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(counts)}\n`);
  }
}
