// Every story is a test: render each story of the built Storybook in Debian's Chromium, wait for
// its play function to finish, and fail it on any console error, page error or axe violation at
// WCAG 2.2 AA, at 1024 and at 320 px wide. Docs pages are rendered too and fail on errors and on
// Markdown shown raw. Writes counts for test/run.mjs.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../web-test-runner.config.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../../storybook-static/', import.meta.url).pathname;
const countsFile = process.env.S11_STORYBOOK_COUNTS;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  // Browsers ask for /favicon.ico on their own; it is not part of any story.
  if (path === '/favicon.ico') return response.writeHead(204).end();
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
// S11_SWEEP_FILTER (a regular expression over entry ids) runs part of the sweep while working on it.
const only = process.env.S11_SWEEP_FILTER ? new RegExp(process.env.S11_SWEEP_FILTER) : undefined;
const entries = Object.values(index.entries).filter((entry) => !only || only.test(entry.id));
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: chromiumArgs,
});

// Stories that fetch a missing file on purpose may log the browser's own 404 message.
const expected404 = (entry, message) => entry.tags.includes('expect-404') && /Failed to load resource/.test(message);

async function run(entry) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected404(entry, message.text())) problems.push(`console error: ${message.text()} ${message.location()?.url ?? ''}`.trim());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(() => {
    window.__sweep = { done: false, status: 'pending' };
    const hook = setInterval(() => {
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) return;
      clearInterval(hook);
      channel.on('storyFinished', (event) => Object.assign(window.__sweep, { done: true, status: event?.status ?? 'success' }));
      channel.on('docsRendered', () => Object.assign(window.__sweep, { done: true, status: 'success' }));
      for (const failure of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        channel.on(failure, (error) => Object.assign(window.__sweep, { done: true, status: `${failure}: ${error?.message ?? error?.title ?? ''}` }));
      }
    }, 5);
  });
  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}`, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => window.__sweep.done, { timeout: 30_000 });
  } catch {
    problems.push('did not finish rendering within 30 s');
  }
  const status = await page.evaluate(() => window.__sweep.status);
  if (status !== 'success') problems.push(`render: ${status}`);
  // Let late updates (autosave notices, focus) settle before looking.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
  if (entry.type === 'docs') {
    // Markdown the docs addon did not understand is shown as typed: a GitHub-style table without
    // remark-gfm comes out as lines of pipes, with "| --- |" under its header.
    const raw = await page.evaluate(() => {
      const text = document.querySelector('#storybook-docs')?.innerText ?? '';
      return text.split('\n').filter((line) => /\|\s*:?-{3,}:?\s*\|/.test(line));
    });
    if (raw.length) problems.push(`raw Markdown table (is remark-gfm on?): ${raw[0].trim()}`);
  }
  let violations = [];
  if (entry.type === 'story') {
    await page.evaluate(axeSource);
    // At the desktop width, then at 320 px (WCAG 1.4.10 reflow): a layout that only breaks on a
    // phone, or in a narrow CMS column, is caught too.
    for (const width of [1024, 320]) {
      if (width !== 1024) {
        await page.setViewport({ width, height: 900 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
      const found = await page.evaluate(async (tags) => {
        const result = await window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'tag', values: tags } });
        return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target?.join(' ')}`);
      }, AXE_TAGS);
      violations.push(...found.map((v) => `${width} px: ${v}`));
    }
    problems.push(...violations.map((v) => `axe: ${v}`));
  }
  await page.close();
  return { problems, violations: violations.length };
}

const counts = { passed: 0, failed: 0, skipped: 0, stories: 0, docs: 0, violations: 0 };
for (const entry of entries) {
  const { problems, violations } = await run(entry);
  counts[entry.type === 'docs' ? 'docs' : 'stories']++;
  counts.violations += violations;
  if (problems.length) {
    counts.failed++;
    console.log(`  ✗ ${entry.title} › ${entry.name}\n${problems.map((p) => `      ${p}`).join('\n')}`);
  } else {
    counts.passed++;
    console.log(`  ✓ ${entry.title} › ${entry.name}`);
  }
}
await browser.close();
server.close();
console.log(`storybook: ${counts.stories} stories and ${counts.docs} docs pages rendered; ${counts.violations} axe violations; ${counts.passed} passed, ${counts.failed} failed`);
if (countsFile) await writeFile(countsFile, JSON.stringify(counts));
process.exitCode = counts.failed ? 1 : 0;
