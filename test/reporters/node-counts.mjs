// node:test reporter that writes one JSON line of counts, for the combined summary in test/run.mjs.
// Suites (describe blocks) are not tests: only leaf tests are counted.
export default async function* nodeCounts(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed on its own (a throwing hook, a file that failed to load) has no tests
      // of its own to count; count it as one failure so it cannot pass unnoticed.
      if (event.type === 'test:fail' && event.data.details?.error?.failureType !== 'subtestsFailed') counts.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield JSON.stringify(counts) + '\n';
}
