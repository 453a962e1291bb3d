// Build step: every built-in framework must pass parseFramework, or the build stops with the
// problems listed. Runs after `tsc -b`, when @s11kit/schema is built.
import { readdir, readFile } from 'node:fs/promises';
import { parseFramework, formatPath } from '@s11kit/schema';

const dataDir = new URL('../data/', import.meta.url);
let failed = 0;
for (const file of (await readdir(dataDir)).filter((f) => f.endsWith('.json')).sort()) {
  const result = parseFramework(JSON.parse(await readFile(new URL(file, dataDir), 'utf8')));
  for (const issue of result.issues) console.error(`data/${file}: ${formatPath(issue.path)}: ${issue.message}`);
  if (!result.ok) failed++;
}
if (failed) {
  console.error(`frameworks: ${failed} framework file(s) are not valid`);
  process.exit(1);
}
console.log('frameworks: every framework passes parseFramework');
