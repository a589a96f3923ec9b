import path from 'node:path';

// node:test reporter that writes `{"passed":N,"failed":N,"skipped":N}` for the leaf tests of a run,
// plus the names of failed tests, so scripts/test.mjs can add the server suites to the one summary line CI reads.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const fail = (data) => {
    counts.failed += 1;
    const reason = String(data.details?.error?.cause?.message ?? data.details?.error?.message ?? '').split('\n')[0];
    counts.failures.push(`${path.basename(data.file ?? '')} › ${data.name}: ${reason}`.slice(0, 400));
  };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details } = event.data;
    // Suites report as tests too; count only the leaves. A failing file without tests counts once.
    if (details?.type === 'suite') {
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') fail(event.data);
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else fail(event.data);
  }
  yield `${JSON.stringify(counts)}\n`;
}
