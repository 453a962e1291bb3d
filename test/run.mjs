// Runs every test after `npm run build` and `npm run build-storybook`: lint and layout, the SDK tests in Node, the
// element tests in Chromium, every story of the built Storybook (render, console, axe), and the
// WordPress plugin against a real WordPress when one is installed; ends with one line any reader
// can parse: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const countsDir = `${root}build/counts/`;
rmSync(countsDir, { recursive: true, force: true });
mkdirSync(countsDir, { recursive: true });

const run = (command, args, env = {}) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

const totals = { passed: 0, failed: 0, skipped: 0 };
const add = (name, counts, status) => {
  if (!counts) {
    console.log(`${name}: no results (exit code ${status})`);
    totals.failed++;
    return;
  }
  // A runner that exits non-zero with no failing test still failed (a file that did not load).
  if (status !== 0 && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
};

// The Node suites: one folder of compiled tests each.
const nodeTestDirs = ['schema', 'cli', 'server'].map((name) => `${root}test-out/${name}/`);
const nodeFiles = nodeTestDirs.flatMap((dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .filter((file) => file.endsWith('.test.js'))
        .map((file) => dir + file)
    : [],
);
// Whole-browser checks driven from Node (a crashed renderer cannot report its own test).
const e2eDir = `${root}test/e2e/`;
const e2eFiles = existsSync(e2eDir)
  ? readdirSync(e2eDir)
      .filter((file) => file.endsWith('.test.mjs'))
      .map((file) => e2eDir + file)
  : [];
const nodeStatus = run(process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  `--test-reporter=${root}test/reporters/node-counts.mjs`,
  `--test-reporter-destination=${countsDir}node.json`,
  ...nodeFiles,
  ...e2eFiles,
]);
const nodeCounts = read(`${countsDir}node.json`);

const wtrStatus = run(process.execPath, [`${root}node_modules/@web/test-runner/dist/bin.js`, '--config', 'test/web-test-runner.config.mjs'], {
  S11_WTR_COUNTS: `${countsDir}wtr.json`,
});
const wtrCounts = read(`${countsDir}wtr.json`);

const storybookStatus = run(process.execPath, [`${root}test/storybook/sweep.mjs`], { S11_STORYBOOK_COUNTS: `${countsDir}storybook.json` });
const storybookCounts = read(`${countsDir}storybook.json`);

// The WordPress plugin against a real WordPress, where Debian's packages are installed (about
// 20 s); elsewhere it says it skipped. S11_WORDPRESS=off leaves it out.
const wordpressStatus =
  process.env.S11_WORDPRESS === 'off' ? 0 : run(process.execPath, [`${root}integrations/wordpress/test/check.mjs`], { S11_WORDPRESS_COUNTS: `${countsDir}wordpress.json` });
const wordpressCounts = process.env.S11_WORDPRESS === 'off' ? { passed: 0, failed: 0, skipped: 1 } : read(`${countsDir}wordpress.json`);

// Lint and layout: typescript-eslint with type information, then Prettier. Each counts as one check.
const eslintStatus = run(process.execPath, [`${root}node_modules/eslint/bin/eslint.js`, '.']);
const prettierStatus = run(process.execPath, [`${root}node_modules/prettier/bin/prettier.cjs`, '--check', '.', '--log-level', 'warn']);
const lintCounts = { passed: [eslintStatus, prettierStatus].filter((s) => s === 0).length, failed: [eslintStatus, prettierStatus].filter((s) => s !== 0).length, skipped: 0 };

console.log('');
add('lint', lintCounts, 0);
add('node', nodeCounts, nodeStatus);
add('chromium', wtrCounts, wtrStatus);
add('storybook', storybookCounts, storybookStatus);
add('wordpress', wordpressCounts, wordpressStatus);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed === 0 ? 0 : 1;
