// Build step: write 200 made-up, valid returns per built-in framework to
// samples/generated/<framework-id>/<nnn>.json, for demos of `s11 report` and for load tests.
// Seeded, so every build writes the same files; they are not committed (see .gitignore) but ship
// in the package with the rest of samples/. Runs after tsc, when dist/ is built.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { frameworkIds, loadFramework } from '../dist/index.js';
import { generateReturns } from '../dist/generate/index.js';

const COUNT = 200;
const outDir = new URL('../samples/generated/', import.meta.url);
const schema = 'https://unpkg.com/@s11kit/schema/json-schema/audit-return.schema.json';

await rm(outDir, { recursive: true, force: true });
for (const id of frameworkIds) {
  const dir = new URL(`${id}/`, outDir);
  await mkdir(dir, { recursive: true });
  const framework = await loadFramework(id);
  let n = 0;
  for (const ret of generateReturns(framework, { count: COUNT, seed: 11, now: '2026-05-01T12:00:00Z' })) {
    n++;
    await writeFile(new URL(`${String(n).padStart(3, '0')}.json`, dir), JSON.stringify({ $schema: schema, ...ret }, null, 2) + '\n');
  }
}
console.log(`frameworks: wrote ${COUNT} generated returns for each of ${frameworkIds.length} frameworks to samples/generated/`);
