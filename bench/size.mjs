// Bytes a CMS page loads to render and validate the 12-standard Portsmouth audit: each file as
// the page fetches it, compressed on its own (gzip -9 and brotli 11, both deterministic here).
// For s11kit, what is fetched before the task list is painted (the first load) and what follows
// right after it, unasked, so that every page then works offline.
//   node bench/size.mjs [--out file.json]
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { loadFramework } from '@s11kit/frameworks';
import { buildAll, buildDir, packageDir } from './lib/build.mjs';
import { firstLoadFiles, firstLoads } from './lib/first-load.mjs';
import { surveyJson } from './lib/survey-json.mjs';

const root = new URL('../', import.meta.url).pathname;

export const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const cdn = `${root}packages/components/cdn/`;

/**
 * What an audit page of one built-in framework fetches: before the task list is painted (the CDN
 * bundle and the framework's outline) and right after (the card and its parts, the rest of the
 * audit, the whole framework). Chunks are found by name (the hash changes).
 */
export async function cdnFiles(frameworkId = 'portsmouth-compact') {
  const chunks = (await readdir(`${cdn}chunks`)).filter((f) => f.endsWith('.js'));
  const find = (test, what) => {
    const chunk = chunks.find(test);
    if (!chunk) throw new Error(`no ${what} in ${cdn}chunks: run npm run build`);
    return `chunks/${chunk}`;
  };
  return {
    first: firstLoadFiles(frameworkId),
    after: [
      find((f) => f.startsWith('audit-parts-'), 'audit-parts chunk'),
      find((f) => f.startsWith('audit-more-'), 'audit-more chunk'),
      find((f) => f.startsWith(`${frameworkId}-`) && !f.startsWith(`${frameworkId}-outline-`), `chunk of ${frameworkId}`),
    ],
  };
}

async function measure(label, role, bytes) {
  return { label, role, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
}

const file = async (label, role, path) => measure(label, role, await readFile(path));
const minCss = async (path) => Buffer.from((await transform(await readFile(path, 'utf8'), { loader: 'css', minify: true })).code);

export async function sizes() {
  await buildAll();
  const { first, after } = await cdnFiles();
  const framework = await loadFramework('portsmouth-compact');
  const cdnFile = (path, role, phase) => file(`cdn/${path}`, role, `${cdn}${path}`).then((f) => ({ ...f, phase }));
  const role = (path) => (/^chunks\/(audit-|server-)/.test(path) || path === 's11kit.js' ? 'library' : 'definition');
  const contenders = [
    {
      key: 's11kit',
      name: 's11kit (first load: CDN bundle + portsmouth-compact outline; the rest right after first paint)',
      how: "`packages/components/cdn/s11kit.js` and its chunks, as built by `rollup.config.mjs`; styles are inside the JS. Before the task list is painted: the bundle and the framework's outline; right after, unasked: the card and its parts (`audit-parts`), the other pages, checks and sending (`audit-more`) and the whole framework",
      files: [...(await Promise.all(first.map((path) => cdnFile(path, role(path), 'first')))), ...(await Promise.all(after.map((path) => cdnFile(path, role(path), 'after'))))],
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
    const phase = (name) => {
      const files = c.files.filter((f) => f.phase === name);
      return { raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0), brotli: files.reduce((n, f) => n + f.brotli, 0) };
    };
    if (c.key === 's11kit') {
      c.firstLoad = phase('first');
      c.afterPaint = phase('after');
    }
    c.total = { raw: sum(null, 'raw'), gzip: sum(null, 'gzip'), brotli: sum(null, 'brotli') };
    c.library = { raw: sum('library', 'raw'), gzip: sum('library', 'gzip'), brotli: sum('library', 'brotli') };
    c.definition = { raw: sum('definition', 'raw'), gzip: sum('definition', 'gzip'), brotli: sum('definition', 'brotli') };
  }
  // The first load of every built-in framework: the budget test's figure (test/schema/bundle-budget.test.ts).
  return { contenders, firstLoads: firstLoads().map(({ frameworkId, bytes, files }) => ({ frameworkId, gzip: bytes, files })) };
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
