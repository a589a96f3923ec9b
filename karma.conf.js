// Karma for `ng test` (@angular/build:unit-test, runner "karma"): headless system Chromium,
// and a small reporter that writes test-results/karma.json ({ passed, failed, skipped, failures }) for `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.dirname(fileURLToPath(import.meta.url));
process.env.CHROME_BIN ||= '/usr/bin/chromium';

function CountReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped || result.disabled) counts.skipped += 1;
    else if (result.success) counts.passed += 1;
    else {
      counts.failed += 1;
      const reason = String(result.log?.[0] ?? '').split('\n')[0];
      counts.failures.push(`${result.suite.join(' › ')} › ${result.description}: ${reason}`.slice(0, 400));
    }
  };
  this.onRunComplete = (_browsers, results) => {
    // A run that errors before any spec (compile error, browser crash) counts as one failure.
    if (results.error && counts.failed === 0) counts.failed += 1;
    const dir = path.join(root, 'test-results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'karma.json'), `${JSON.stringify(counts)}\n`);
    this.write(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  };
}
CountReporter.$inject = ['baseReporterDecorator'];

// Self-hosted fonts are referenced as /base/media/...; the test page does not need them.
function silenceFontRequests() {
  return (request, response, next) => {
    if (request.url.startsWith('/base/media/')) {
      response.writeHead(204);
      response.end();
      return;
    }
    next();
  };
}

export default function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
      { 'reporter:count': ['type', CountReporter] },
      { 'middleware:silence-fonts': ['factory', silenceFontRequests] },
    ],
    beforeMiddleware: ['silence-fonts'],
    client: { jasmine: { random: true }, clearContext: false },
    jasmineHtmlReporter: { suppressAll: true },
    reporters: ['dots', 'count'],
    customLaunchers: {
      ChromeHeadlessNoSandbox: {
        base: 'ChromeHeadless',
        flags: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      },
    },
    browsers: ['ChromeHeadlessNoSandbox'],
    singleRun: true,
    restartOnFileChange: false,
  });
}
