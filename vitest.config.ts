import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // The JSON report feeds the CI summary line (scripts/ci-summary.mjs).
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});
