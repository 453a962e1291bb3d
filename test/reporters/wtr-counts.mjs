// web-test-runner reporter: prints "wtr: N passed, N failed, N skipped" when the run ends (output
// written in stop() is swallowed by the progress bar, so it is written on process exit) and
// saves the counts for the combined summary. A test file that failed to load counts as a failure.
import { writeFileSync } from 'node:fs';

function countTests(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite?.suites ?? []) countTests(child, counts);
}

export function countsReporter({ outFile } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      counts.passed = counts.failed = counts.skipped = 0;
      for (const session of sessions) {
        const before = counts.failed + counts.passed + counts.skipped;
        countTests(session.testResults, counts);
        const counted = counts.failed + counts.passed + counts.skipped - before;
        const broken = session.errors?.length > 0 || (!session.passed && counted === 0);
        if (broken) counts.failed++;
      }
    },
    stop() {
      if (outFile) writeFileSync(outFile, JSON.stringify(counts));
      process.once('exit', () => {
        process.stdout.write(`wtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}
