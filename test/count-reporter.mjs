// test/count-reporter.mjs: prints one plain closing line, "wtr: N passed, N failed, N skipped".
// wtr's own summary carries cursor escape codes even without a TTY.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // a test file that failed to load has errors but no tests: count it as a failure
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      const line = `wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
      // wtr prints the last file's results after reporters stop, so write at process exit
      process.once('exit', () => process.stdout.write(`\n${line}\n`));
    },
  };
}
