// Prints the line CI reads, "N passed, N failed", summed over the unit (vitest) and e2e (Playwright) reports.
// A stage that failed before its tests ran (typecheck, lint, build, addons-linter) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let reports = 0;

if (existsSync('reports/unit.json')) {
  const r = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  reports++;
  console.log(`unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
if (existsSync('reports/e2e.json')) {
  const r = JSON.parse(readFileSync('reports/e2e.json', 'utf8'));
  const s = r.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  reports++;
  console.log(`e2e: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed, ${s.unexpected ?? 0} failed`);
}
if (status !== 0 && failed === 0) {
  console.log(`npm test exited ${status} outside the test runners (${reports} of 2 reports written)`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
