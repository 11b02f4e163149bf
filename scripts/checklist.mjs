// scripts/checklist.mjs: the tiny harness our Node-side check scripts share (e2e, package, smoke, …).
// Each check prints ✓ or ✗ with its first lines of error; finish() prints "<label>: N passed, N failed",
// the line .ci/run counts, and exits non-zero on any failure or when nothing ran.

export function checklist(label) {
  let passed = 0;
  let failed = 0;
  return {
    /** Runs `fn`; a throw (or rejected promise) fails the check with the error's message. */
    async check(name, fn) {
      try {
        await fn();
        passed++;
        console.log(`✓ ${name}`);
      } catch (error) {
        failed++;
        const lines = String(error?.message ?? error).split('\n').slice(0, 6);
        console.log(`✗ ${name}\n    ${lines.join('\n    ')}`);
      }
    },
    finish() {
      console.log(`\n${label}: ${passed} passed, ${failed} failed`);
      process.exit(failed || !passed ? 1 : 0);
    },
  };
}

/** Throws `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
