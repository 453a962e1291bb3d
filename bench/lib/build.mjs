// Builds what the benchmarks load that is not shipped as one file: the browser build of the schema
// (for Node), the former Node validation path, the bare Lit page, and the peers' bundles (JSON
// Forms, Shoelace), minified by esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';

export const benchDir = new URL('../', import.meta.url).pathname;
export const buildDir = `${benchDir}build/`;

const common = { bundle: true, format: 'esm', logLevel: 'warning', legalComments: 'none', define: { 'process.env.NODE_ENV': '"production"' } };

export async function buildAll() {
  await mkdir(buildDir, { recursive: true });
  // The schema with the browser's module resolution: platform "browser" adds the "browser"
  // condition and never "node", as rollup.config.mjs does for the CDN bundle.
  await build({ ...common, entryPoints: [`${benchDir}entries/schema-browser.js`], outfile: `${buildDir}schema-browser.js`, platform: 'browser', target: 'es2022' });
  // The former Node path (zod compiled + the rules), with copies of its own of the rules.
  await build({ ...common, entryPoints: [`${benchDir}entries/former-node-path.js`], outfile: `${buildDir}former-node-path.js`, platform: 'node', target: 'node20' });
  for (const name of ['bare-lit', 'bare-task-list', 'jsonforms', 'shoelace']) {
    await build({
      ...common,
      entryPoints: [`${benchDir}entries/${name}.js`],
      outfile: `${buildDir}${name}.min.js`,
      platform: 'browser',
      target: 'es2022',
      minify: true,
    });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildAll();

/** A package's folder, wherever npm put it (bench/node_modules, or hoisted to the root). */
export function packageDir(name) {
  for (const base of [`${benchDir}node_modules/`, `${benchDir}../node_modules/`]) {
    if (existsSync(`${base}${name}/package.json`)) return `${base}${name}/`;
  }
  throw new Error(`${name} is not installed: run npm ci`);
}
