/**
 * A Playwright reporter that prints each browser suite's run time (wall clock from its first test's start to its
 * last test's end, and the sum of test durations), and the Firefox suite's time per test as a ratio of
 * Chromium's in the same run: the machine is shared, so only the ratio compares across runs.
 */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface SuiteTime {
  tests: number;
  passed: number;
  first: number;
  last: number;
  sumMs: number;
}

export default class SuiteTimes implements Reporter {
  private readonly suites = new Map<string, SuiteTime>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? 'default';
    const start = result.startTime.getTime();
    const s = this.suites.get(project) ?? { tests: 0, passed: 0, first: start, last: start, sumMs: 0 };
    s.tests++;
    if (result.status === test.expectedStatus) s.passed++;
    s.first = Math.min(s.first, start);
    s.last = Math.max(s.last, start + result.duration);
    s.sumMs += result.duration;
    this.suites.set(project, s);
  }

  onEnd(_result: FullResult): void {
    const perTest = (s: SuiteTime) => s.sumMs / s.tests;
    for (const [name, s] of this.suites) {
      const wall = ((s.last - s.first) / 1000).toFixed(1);
      const each = (perTest(s) / 1000).toFixed(1);
      console.log(`${name} e2e suite: ${s.passed}/${s.tests} passed, ${wall} s wall clock, ${each} s a test`);
    }
    const ff = this.suites.get('firefox');
    const cr = this.suites.get('chromium');
    if (ff && cr) console.log(`firefox/chromium time per test in this run: ${(perTest(ff) / perTest(cr)).toFixed(2)}x`);
  }
}
