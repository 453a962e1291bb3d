// Build step: every shipped mapping must pass parseMapping against the two built-in frameworks it
// joins, or the build stops with the problems listed. Warnings (what translation will leave for a
// person to answer) are printed but do not stop it. Runs after `tsc -b` and check-frameworks.mjs.
import { readdir, readFile } from 'node:fs/promises';
import { parseFramework, parseMapping, formatPath } from '@s11kit/schema';

const root = new URL('../', import.meta.url);
const read = async (url) => JSON.parse(await readFile(url, 'utf8'));
const jsonFiles = async (dir) => (await readdir(new URL(dir, root))).filter((file) => file.endsWith('.json')).sort();

const frameworks = new Map();
for (const file of await jsonFiles('data/')) {
  const parsed = parseFramework(await read(new URL(`data/${file}`, root)));
  if (parsed.ok) frameworks.set(parsed.value.id, parsed.value);
}

let failed = 0;
for (const file of await jsonFiles('mappings/')) {
  const data = await read(new URL(`mappings/${file}`, root));
  const from = frameworks.get(data?.from?.id);
  const to = frameworks.get(data?.to?.id);
  if (!from || !to) {
    console.error(`mappings/${file}: it must join two built-in frameworks, not "${data?.from?.id}" and "${data?.to?.id}"`);
    failed++;
    continue;
  }
  const result = parseMapping(data, { from, to });
  for (const issue of result.issues) console.error(`mappings/${file}: ${formatPath(issue.path)}: ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`);
  if (!result.ok) failed++;
}
if (failed) {
  console.error(`mappings: ${failed} mapping file(s) are not valid`);
  process.exit(1);
}
console.log('mappings: every mapping passes parseMapping against its frameworks');
