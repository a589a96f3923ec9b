// node:test reporter that writes `{"passed":N,"failed":N,"skipped":N}` for the leaf tests of a run,
// so scripts/test.mjs can add the server suites to the one summary line CI reads.
export default async function* countReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details } = event.data;
    // Suites report as tests too; count only the leaves. A failing file without tests counts once.
    if (details?.type === 'suite') {
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') counts.failed += 1;
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped += 1;
    else if (event.type === 'test:pass') counts.passed += 1;
    else counts.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
