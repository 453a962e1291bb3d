// Build step: write src/structure/checkers.generated.ts, the structure checks of frameworks, returns
// and mappings as plain code generated from the zod models (src/models/), which Node and browsers
// both run: no zod at run time, no eval, no copy of the value. Runs after `tsc -b` (it reads dist/).
// When the file changes, the package is compiled again so that dist/ is never older than the models.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { modelCheckersSource } from '../dist/structure/model-checkers.js';

const root = new URL('../', import.meta.url);
const relative = 'src/structure/checkers.generated.ts';
const target = new URL(relative, root);

const source = modelCheckersSource();

const current = await readFile(target, 'utf8').catch(() => '');
if (current === source) {
  console.log(`schema: ${relative} is up to date`);
} else {
  await writeFile(target, source);
  console.log(`schema: ${relative} no longer matched the models, so it was rewritten; compiling the package again`);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const { status } = spawnSync(process.execPath, [tsc, '-b', fileURLToPath(root)], { stdio: 'inherit' });
  if (status !== 0) {
    console.error('schema: tsc -b failed after the structure checkers were rewritten');
    process.exit(status ?? 1);
  }
  console.log('schema: dist/ compiled again with the new structure checkers');
}
