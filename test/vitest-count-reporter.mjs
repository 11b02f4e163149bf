// test/vitest-count-reporter.mjs: vitest 4 reporter adding one closing line, "stories: N passed, N failed, N skipped".
export default class CountReporter {
  onTestRunEnd(testModules, unhandledErrors = []) {
    const totals = { passed: 0, failed: 0, skipped: 0 };
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') totals.passed++;
        else if (state === 'failed') totals.failed++;
        else totals.skipped++;
      }
      if (tests === 0 && mod.state() === 'failed') totals.failed++; // a story file that failed to load
    }
    totals.failed += unhandledErrors.length;
    process.stdout.write(`\nstories: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
  }
}
