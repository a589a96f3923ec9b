import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Writes `{"passed":N,"failed":N,"skipped":N}` so scripts/test.mjs can sum every suite. */
export default class CountReporter implements Reporter {
  private readonly outcomes = new Map<string, TestResult['status']>();

  constructor(private readonly options: { outputFile: string }) {}

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult): void {
    const statuses = [...this.outcomes.values()];
    const counts = {
      passed: statuses.filter((status) => status === 'passed').length,
      failed: statuses.filter((status) => status === 'failed' || status === 'timedOut' || status === 'interrupted').length,
      skipped: statuses.filter((status) => status === 'skipped').length,
    };
    // A run that broke before any test (e.g. the web server did not start) is a failure too.
    if (result.status !== 'passed' && counts.failed === 0) counts.failed = 1;
    const file = path.resolve(this.options.outputFile);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(counts)}\n`);
  }
}
