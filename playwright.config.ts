import { defineConfig } from '@playwright/test';

export default defineConfig({
  // Each test starts a whole browser with the extension: one at a time on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  // One runner for both browsers: `--project chromium` or `--project firefox` runs one suite.
  projects: [
    { name: 'chromium', testDir: 'test/e2e' },
    // Debian's firefox-esr driven through puppeteer-core over WebDriver BiDi (see test/e2e-firefox/firefox.ts).
    { name: 'firefox', testDir: 'test/e2e-firefox' },
  ],
  // The JSON report feeds the CI summary line (scripts/ci-summary.mjs); the suite-times reporter prints each
  // browser's run time.
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ['./test/e2e-firefox/suite-times.ts']],
  outputDir: 'test-results',
});
