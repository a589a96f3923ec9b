import { defineConfig, devices } from '@playwright/test';

/** Port of the production server the journeys run against (SPA + API from one process). */
const port = Number(process.env['KOERS_E2E_PORT'] ?? 4310);
const dataDir = 'e2e/.output/data';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '.output/artifacts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./count-reporter.ts', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'nl-NL',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'desktop', dependencies: ['setup'], use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    // The production build served by the production server, on a fresh demo database.
    command: `rm -rf ${dataDir} && node --import tsx server/src/main.ts`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      KOERS_COOKIE_SECURE: '0',
      KOERS_DATA_DIR: dataDir,
      KOERS_STATIC_DIR: 'dist/koers/browser',
      KOERS_DEMO: '1',
      KOERS_LOG_LEVEL: 'warn',
    },
  },
});
