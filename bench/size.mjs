// Bytes a CMS page loads to render and validate the 12-standard Portsmouth audit: each file as
// the page fetches it, compressed on its own (gzip -9 and brotli 11, both deterministic here).
//   node bench/size.mjs [--out file.json]
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { loadFramework } from '@s11kit/frameworks';
import { buildAll, buildDir, packageDir } from './lib/build.mjs';
import { surveyJson } from './lib/survey-json.mjs';

const root = new URL('../', import.meta.url).pathname;

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The CDN bundle and the lazy chunk of one framework, found by name (the chunk's hash changes). */
export async function cdnFiles(frameworkId = 'portsmouth-compact') {
  const cdn = `${root}packages/components/cdn/`;
  const chunk = (await readdir(`${cdn}chunks`)).find((f) => f.startsWith(`${frameworkId}-`) && f.endsWith('.js'));
  if (!chunk) throw new Error(`no chunk for ${frameworkId} in ${cdn}chunks: run npm run build`);
  return { bundle: `${cdn}s11kit.js`, chunk: `${cdn}chunks/${chunk}` };
}

async function measure(label, role, bytes) {
  return { label, role, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

const file = async (label, role, path) => measure(label, role, await readFile(path));
const minCss = async (path) => Buffer.from((await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true })).code);

export async function sizes() {
  await buildAll();
  const { bundle, chunk } = await cdnFiles();
  const framework = await loadFramework('portsmouth-compact');
  const contenders = [
    {
      key: 's11kit',
      name: 's11kit (CDN bundle + portsmouth-compact chunk)',
      how: '`packages/components/cdn/s11kit.js` and its lazy chunk, as built by `rollup.config.mjs`; styles are inside the JS; the chunk is the framework itself',
      files: [await file('cdn/s11kit.js', 'library', bundle), await file(`cdn/chunks/${chunk.split('/').pop()}`, 'definition', chunk)],
    },
    {
      key: 'surveyjs',
      name: 'SurveyJS (survey-core + survey-js-ui + default CSS)',
      how: 'the published minified files `survey.core.min.js`, `survey-js-ui.min.js`, `survey-core.min.css` (2.5.38); the definition is the survey JSON built from the same framework (bench/lib/survey-json.mjs), minified',
      files: [
        await file('survey-core/survey.core.min.js', 'library', `${packageDir('survey-core')}survey.core.min.js`),
        await file('survey-js-ui/survey-js-ui.min.js', 'library', `${packageDir('survey-js-ui')}survey-js-ui.min.js`),
        await file('survey-core/survey-core.min.css', 'library', `${packageDir('survey-core')}survey-core.min.css`),
        await measure('survey JSON for the 12 standards', 'definition', Buffer.from(JSON.stringify(surveyJson(framework)))),
      ],
    },
    {
      key: 'jsonforms',
      name: 'JSON Forms (core + vanilla renderers + react bindings + React 19)',
      how: '`bench/entries/jsonforms.js` bundled and minified by esbuild (NODE_ENV=production); @jsonforms/core brings ajv for validation; no definition was built for it',
      files: [await file('jsonforms.min.js (esbuild)', 'library', `${buildDir}jsonforms.min.js`)],
    },
    {
      key: 'shoelace',
      name: 'Shoelace subset (radio group, radio, textarea, input, button)',
      how: '`bench/entries/shoelace.js` bundled and minified by esbuild, plus the light theme CSS its tokens come from (minified); no validation, no audit logic, no definition',
      files: [
        await file('shoelace.min.js (esbuild)', 'library', `${buildDir}shoelace.min.js`),
        await measure('themes/light.css (minified)', 'library', await minCss(`${packageDir('@shoelace-style/shoelace')}dist/themes/light.css`)),
      ],
    },
  ];
  for (const c of contenders) {
    const sum = (role, kind) => c.files.filter((f) => !role || f.role === role).reduce((n, f) => n + f[kind], 0);
    c.total = { raw: sum(null, 'raw'), gzip: sum(null, 'gzip'), brotli: sum(null, 'brotli') };
    c.library = { raw: sum('library', 'raw'), gzip: sum('library', 'gzip'), brotli: sum('library', 'brotli') };
    c.definition = { raw: sum('definition', 'raw'), gzip: sum('definition', 'gzip'), brotli: sum('definition', 'brotli') };
  }
  return { contenders };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Only when run as a script: run.mjs imports this module with its own arguments (--only).
  const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
  const result = await sizes();
  for (const c of result.contenders) {
    console.log(`${c.name.padEnd(70)} ${(c.total.gzip / 1024).toFixed(1).padStart(7)} KB gzip  ${(c.total.brotli / 1024).toFixed(1).padStart(7)} KB brotli`);
    for (const f of c.files) console.log(`    ${f.label.padEnd(66)} ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip (${f.role})`);
  }
  if (args.out) await writeFile(args.out, JSON.stringify(result, null, 2));
}
