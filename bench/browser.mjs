// Rendering and typing in Debian's Chromium (headless, one browser session, every page in a fresh
// browser context so that nothing is shared: no cache, no storage, its own renderer process).
//   node bench/browser.mjs [--rounds 7] [--out file.json]
// (a) the Portsmouth audit as shipped, to its task list, vs a bare Lit task list; (b) 12 standards
// on one page: <s11-standard-card>s vs the SurveyJS survey vs a bare Lit form; heap after GC; a
// keystroke in an evidence box to the saved draft; a rating change to the next paint; (c) the
// partnership heatmap of 200 returns. Main-thread CPU time is read from a Chromium trace of each
// page (bench/lib/trace.mjs): the thread time of every task, Lit's update microtasks included.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { chromiumArgs } from '../test/web-test-runner.config.mjs';
import { buildAll, buildDir, benchDir, packageDir } from './lib/build.mjs';
import { serve } from './lib/server.mjs';
import { rotated, summary } from './lib/stats.mjs';
import { seeded } from './lib/random.mjs';
import { surveyJson } from './lib/survey-json.mjs';
import { mainThreadCpu, span, threadCpu, threadOfEvent, traceEvents, TRACE_CATEGORIES } from './lib/trace.mjs';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, out: { type: 'string' } } });
const rounds = Number(args.rounds);
const root = new URL('../', import.meta.url).pathname;

await buildAll();
const framework = await loadFramework('portsmouth-compact');
const frameworkJson = await readFile(`${packageDir('@s11kit/frameworks')}data/portsmouth-compact.json`);
/** The pages, with the clock written inline where each asks for clock.js: starting it costs no request. */
async function benchPages() {
  const dir = `${benchDir}pages/`;
  const clock = `<script>\n${await readFile(`${dir}clock.js`, 'utf8')}</script>`;
  const names = (await readdir(dir)).filter((name) => name.endsWith('.html'));
  const pages = await Promise.all(names.map(async (name) => [name, (await readFile(`${dir}${name}`, 'utf8')).replace('<script src="clock.js"></script>', () => clock)]));
  return Object.fromEntries(pages);
}

const server = await serve({
  '/pages/': await benchPages(),
  '/cdn/': `${root}packages/components/cdn/`,
  '/build/': buildDir,
  '/peers/survey-core/': packageDir('survey-core'),
  '/peers/survey-js-ui/': packageDir('survey-js-ui'),
  '/defs/': {
    'portsmouth-compact.json': frameworkJson,
    'survey.json': Buffer.from(JSON.stringify(surveyJson(framework))),
    'returns-200.json': Buffer.from(JSON.stringify([...generateReturns(framework, { count: 200 })])),
  },
});
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await puppeteer.launch({ executablePath, headless: true, args: [...chromiumArgs, '--headless=new'] });
const browserVersion = await browser.version();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page in a browser context of its own; every request must stay on this machine. */
async function freshPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()} for ${response.url()}`));
  page.on('request', (request) => !request.url().startsWith(server.origin) && !request.url().startsWith('data:') && problems.push(`request off this machine: ${request.url()}`));
  return { context, page, problems };
}

/** Elements, radios and textareas in the document and every shadow root: the pages must match. */
function countDom() {
  const counts = { elements: 0, radios: 0, textareas: 0, shadowRoots: 0 };
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      counts.elements++;
      if (element.matches('input[type=radio]')) counts.radios++;
      if (element.localName === 'textarea') counts.textareas++;
      if (element.shadowRoot) {
        counts.shadowRoots++;
        walk(element.shadowRoot);
      }
    }
  };
  walk(document);
  return counts;
}

async function heapAfterGc(page) {
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
  const usage = await client.send('Runtime.getHeapUsage');
  await client.detach();
  return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null };
}

const renderPages = [
  { key: 'audit', name: '(a) `<s11-audit framework="portsmouth-compact">` as shipped, to the task list', page: 'audit.html' },
  { key: 'bareTaskList', name: '(a) bare Lit task list, same DOM, no behaviour (lower bound)', page: 'bare-task-list.html' },
  { key: 'cards', name: '(b) 12 `<s11-standard-card>`', page: 'cards.html' },
  { key: 'survey', name: '(b) SurveyJS survey of the same 12 standards', page: 'survey.html' },
  { key: 'bareLit', name: '(b) bare Lit form, same DOM, no behaviour (lower bound)', page: 'bare-lit.html' },
  { key: 'heatmap', name: '(c) `<s11-summary>` heatmap of 200 returns × 12 standards, sorted (counting included)', page: 'heatmap.html' },
  { key: 'empty', name: 'empty page (heap baseline)', page: 'empty.html' },
];

async function render(contender) {
  const { context, page, problems } = await freshPage();
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(`${server.origin}/pages/${contender.page}`, { waitUntil: 'load' });
  const { ms } = await page.evaluate(() => window.__done);
  // From the navigation to the page's own mark, set when its content is painted (clock.js).
  const cpu = mainThreadCpu(traceEvents(await page.tracing.stop()), `/pages/${contender.page}`, 's11-bench-painted');
  const heap = await heapAfterGc(page);
  const dom = await page.evaluate(countDom);
  await context.close();
  if (problems.length) throw new Error(`${contender.page}: ${problems.join('; ')}`);
  return { ms, cpu, heap, dom };
}

// ---- typing: the audit restored from a draft with all 12 standards answered ----------------------

const draftKey = 's11kit:draft:portsmouth-compact:default';
function filledDraft() {
  const random = seeded(2026);
  const [ret] = generateReturns(framework, { count: 1, seed: 5 });
  const pool = ret.responses.map((r) => r.evidence);
  for (const response of ret.responses) {
    const target = random.int(1_000, 3_000);
    while (response.evidence.length < target) response.evidence += ` ${random.pick(pool)}`;
    response.evidence = response.evidence.slice(0, target);
  }
  const value = { ...ret, status: 'draft', submittedAt: null };
  return JSON.stringify({ format: 's11kit-draft', version: 1, revision: 1, writer: 'bench', savedAt: ret.updatedAt, framework: ret.framework, value, setAside: [] });
}
const envelope = filledDraft();

/** Runs in the page before its own scripts: notes keydowns, the end of each input task, saves and timers. */
function instrument(key, envelope) {
  if (location.pathname.endsWith('/audit.html')) localStorage.setItem(key, envelope);
  const rec = (window.__rec = { keydown: [], inputEnd: [], saves: [], timers: [] });
  addEventListener('keydown', () => rec.keydown.push(performance.now()), true);
  // A message posted during the input event runs in a task of its own: after the event's task and
  // every microtask it queued (Lit's updates) are done.
  addEventListener(
    'input',
    () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => rec.inputEnd.push(performance.now());
      channel.port2.postMessage(0);
    },
    true,
  );
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    const start = performance.now();
    setItem.call(this, k, v);
    rec.saves.push({ key: k, start, end: performance.now(), value: v });
    rec.savedInTimer = true;
  };
  const setTimeoutOriginal = window.setTimeout;
  window.setTimeout = function (fn, delay, ...rest) {
    if (typeof fn !== 'function') return setTimeoutOriginal(fn, delay, ...rest);
    return setTimeoutOriginal(
      function (...a) {
        const start = performance.now();
        rec.savedInTimer = false;
        try {
          return fn.apply(this, a);
        } finally {
          rec.timers.push({ delay, start, end: performance.now(), saved: rec.savedInTimer });
        }
      },
      delay,
      ...rest,
    );
  };
}

async function typing() {
  const { context, page, problems } = await freshPage();
  await page.evaluateOnNewDocument(instrument, draftKey, envelope);
  await page.goto(`${server.origin}/pages/audit.html`, { waitUntil: 'load' });
  await page.evaluate(() => window.__done);
  const standardId = framework.standards[0].id;
  // Open standard 1, put the caret at the end of its evidence.
  const before = await page.evaluate(async (standardId) => {
    const audit = document.querySelector('s11-audit');
    if (audit.value.responses.filter((r) => r.rating && r.evidence).length !== 12) throw new Error('the draft was not restored with 12 answers');
    // The public way to move to a page (the audit no longer exposes its internal go()).
    audit.page = `standard/${standardId}`;
    await audit.updateComplete;
    await audit.updateComplete;
    const card = audit.shadowRoot.querySelector('s11-standard-card');
    await card.updateComplete;
    const evidence = card.shadowRoot.querySelector('s11-evidence.evidence');
    await evidence.updateComplete;
    const textarea = evidence.shadowRoot.querySelector('textarea');
    textarea.focus();
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
    return textarea.value;
  }, standardId);
  // The other tab, which hears of each save through the `storage` event.
  const other = await context.newPage();
  await other.goto(`${server.origin}/pages/empty.html`, { waitUntil: 'load' });
  await page.bringToFront();
  await sleep(300);
  const client = await page.createCDPSession();

  const keystrokes = [];
  let typed = '';
  for (const ch of ['q', 'z', 'x']) {
    typed += ch;
    await sleep(300);
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    const upper = ch.toUpperCase();
    const key = { key: ch, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), nativeVirtualKeyCode: upper.charCodeAt(0) };
    await client.send('Input.dispatchKeyEvent', { type: 'keyDown', text: ch, unmodifiedText: ch, ...key });
    await client.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
    // The draft is saved 400 ms after the last keystroke; the screen reader count follows at 1 s.
    await sleep(1600);
    // Everything the main thread did in the 1.6 s around the key, from the trace of that window.
    const events = traceEvents(await page.tracing.stop());
    const thread = threadOfEvent(events, 'keydown');
    const { from, to } = span(events, thread);
    const window1600 = threadCpu(events, thread, from, to);
    const expected = before + typed;
    const found = await page.evaluate(
      (key, expected) => {
        const rec = window.__rec;
        const keydown = rec.keydown.at(-1);
        const inputEnd = rec.inputEnd.find((t) => t > keydown);
        const evidenceOf = (json) => JSON.parse(json).value.responses[0].evidence;
        const save = rec.saves.find((s) => s.key === key && s.start > keydown && evidenceOf(s.value) === expected);
        const timer = save && rec.timers.find((t) => t.saved && t.start <= save.start && t.end >= save.end);
        const stored = evidenceOf(localStorage.getItem(key)) === expected;
        return {
          keydown: performance.timeOrigin + keydown,
          inputMs: inputEnd - keydown,
          savedMs: save ? save.end - keydown : null,
          saveTaskMs: timer ? timer.end - timer.start : null,
          setItemMs: save ? save.end - save.start : null,
          stored,
        };
      },
      draftKey,
      expected,
    );
    const heard = await other.evaluate(
      (key, expected) => window.__storage.find((e) => e.key === key && e.value && JSON.parse(e.value).value.responses[0].evidence === expected)?.at ?? null,
      draftKey,
      expected,
    );
    if (!found.stored || found.savedMs === null) throw new Error(`keystroke "${ch}" did not reach the saved draft`);
    keystrokes.push({
      ...found,
      otherTabMs: heard === null ? null : heard - found.keydown,
      scriptMs: window1600.byKind.script + window1600.byKind.compile + window1600.byKind.gc,
      taskMs: window1600.total,
    });
  }

  // Rating changes on the same page: click a level, time to the end of the work it queued and to
  // the next paint.
  const ratings = await page.evaluate(async () => {
    const nextTask = () =>
      new Promise((resolve) => {
        const c = new MessageChannel();
        c.port1.onmessage = resolve;
        c.port2.postMessage(0);
      });
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const audit = document.querySelector('s11-audit');
    const out = [];
    for (const level of ['inadequate', 'outstanding', 'requires-improvement', 'good']) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const card = audit.shadowRoot.querySelector('s11-standard-card');
      const input = card.shadowRoot.querySelector('s11-rater').shadowRoot.querySelector(`input[value="${level}"]`);
      const start = performance.now();
      input.click();
      await nextTask();
      const script = performance.now() - start;
      await painted();
      out.push({ level, scriptMs: script, paintedMs: performance.now() - start, rating: audit.value.responses[0].rating });
    }
    return out;
  });
  for (const r of ratings) if (r.rating !== r.level) throw new Error(`rating change to ${r.level} did not reach the audit`);
  await context.close();
  if (problems.length) throw new Error(`typing: ${problems.join('; ')}`);
  return { keystrokes, ratings };
}

// ---- rounds ------------------------------------------------------------------------------------

const samples = Object.fromEntries(renderPages.map((p) => [p.key, []]));
const typingSamples = [];
// Round 0 warms the browser up and is not counted.
for (let round = 0; round <= rounds; round++) {
  for (const contender of rotated(renderPages, round)) {
    const result = await render(contender);
    if (round > 0) samples[contender.key].push(result);
  }
  const result = await typing();
  if (round > 0) typingSamples.push(result);
  process.stdout.write(`round ${round}${round === 0 ? ' (warm-up)' : ''} done\n`);
}
await browser.close();
await server.close();

const renders = renderPages.map((p) => ({
  key: p.key,
  name: p.name,
  ms: summary(samples[p.key].map((s) => s.ms)),
  mainThread: summary(samples[p.key].map((s) => s.cpu.total)),
  script: summary(samples[p.key].map((s) => s.cpu.byKind.script + s.cpu.byKind.compile + s.cpu.byKind.gc)),
  styleLayout: summary(samples[p.key].map((s) => s.cpu.byKind.style + s.cpu.byKind.layout)),
  heapJs: summary(samples[p.key].map((s) => s.heap.js)),
  heapEmbedder: samples[p.key][0].heap.embedder === null ? null : summary(samples[p.key].map((s) => s.heap.embedder)),
  dom: samples[p.key][0].dom,
}));
const keystrokes = typingSamples.flatMap((t) => t.keystrokes);
const ratings = typingSamples.flatMap((t) => t.ratings);
const pick = (list, field) => summary(list.map((k) => k[field]).filter((v) => v !== null && !Number.isNaN(v)));
const out = {
  browserVersion,
  rounds,
  renders,
  keystroke: {
    samples: keystrokes.length,
    evidenceChars: JSON.parse(envelope).value.responses[0].evidence.length,
    draftBytes: envelope.length,
    toSavedDraft: pick(keystrokes, 'savedMs'),
    toOtherTab: pick(keystrokes, 'otherTabMs'),
    inputTask: pick(keystrokes, 'inputMs'),
    saveTask: pick(keystrokes, 'saveTaskMs'),
    setItem: pick(keystrokes, 'setItemMs'),
    scriptTotal: pick(keystrokes, 'scriptMs'),
    mainThreadTotal: pick(keystrokes, 'taskMs'),
  },
  rating: { samples: ratings.length, script: pick(ratings, 'scriptMs'), painted: pick(ratings, 'paintedMs') },
};
for (const r of renders) {
  console.log(
    `${r.name.padEnd(80)} ${r.ms.median.toFixed(1).padStart(8)} ms (${r.ms.min.toFixed(1)}–${r.ms.max.toFixed(1)})  main-thread CPU ${r.mainThread.median.toFixed(1)} ms (script ${r.script.median.toFixed(1)})  heap ${(r.heapJs.median / 2 ** 20).toFixed(2)} MiB  ${r.dom.elements} elements`,
  );
}
for (const [k, v] of Object.entries(out.keystroke))
  if (typeof v === 'object') console.log(`keystroke ${k.padEnd(18)} ${v.median.toFixed(2)} ms (${v.min.toFixed(2)}–${v.max.toFixed(2)})`);
console.log(`rating script ${out.rating.script.median.toFixed(2)} ms, painted ${out.rating.painted.median.toFixed(2)} ms`);
if (args.out) await writeFile(args.out, JSON.stringify(out, null, 2));
