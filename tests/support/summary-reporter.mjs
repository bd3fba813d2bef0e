import { relative } from 'node:path';

/**
 * Prints the plain closing lines CI reads: each failed test (file, name, error) and then
 * "N passed, N failed, N skipped". The failures are repeated last because a CI log is often read
 * from its tail, far below the per-file report where the runner first prints them.
 */
export function summaryReporter() {
  let passed = 0;
  let skipped = 0;
  const failures = [];
  const count = (suite, file, path) => {
    for (const test of suite.tests ?? []) {
      if (test.skipped) skipped++;
      else if (test.passed) passed++;
      else failures.push(`${file}: ${[...path, test.name].join(' > ')}: ${test.error?.message ?? 'failed'}`);
    }
    for (const child of suite.suites ?? []) count(child, file, [...path, child.name]);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const file = `${relative(process.cwd(), session.testFile)} (${session.browser?.name ?? 'browser'})`;
        if (session.testResults) count(session.testResults, file, []);
        // A file that failed to load or threw outside a test has no results: count it as a failure.
        if (!session.passed && (!session.testResults || (session.errors ?? []).length)) {
          failures.push(`${file}: ${(session.errors ?? []).map((error) => error.message).join('; ') || 'did not run'}`);
        }
      }
    },
    async stop() {
      if (failures.length) console.log(`\nFailed:\n${failures.map((line) => `  ✗ ${line}`).join('\n')}`);
      console.log(`\n${passed} passed, ${failures.length} failed, ${skipped} skipped`);
    },
  };
}
