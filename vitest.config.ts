import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The linearity checks (src/core/nlp/linear.test.ts) collect garbage before each timing, so hundreds of
    // megabytes left by the tests before one are not billed to it.
    execArgv: ['--expose-gc'],
    // The CLI tests run the built command (dist-cli/), rebuilt here when the sources are newer.
    globalSetup: ['test/unit/build-cli.setup.ts'],
    // Each test file's temporary directories are removed when it ends (test/support/temp-dir.ts).
    setupFiles: ['test/unit/temp-dirs.setup.ts'],
    // The JSON report feeds the CI summary line (scripts/ci-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
