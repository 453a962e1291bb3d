// `npm run bench`: every comparison, then BENCHMARKS.md at the repository root. Needs `npm run build`
// first (the CDN bundle and the packages' dist/). Each timed part runs in a child process of its own.
//   node bench/run.mjs                      everything (about 6 minutes here)
//   node bench/run.mjs --only size,browser  rerun some parts, reuse the others' last results
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { loadAverage, machine } from './lib/machine.mjs';
import { sizes } from './size.mjs';

const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const root = new URL('../', import.meta.url).pathname;
const resultsDir = `${root}bench/build/results/`;
mkdirSync(resultsDir, { recursive: true });
const parts = ['size', 'validation', 'aggregation', 'browser', 'crash', 'collector'];
const only = args.only ? args.only.split(',') : parts;
for (const part of only) if (!parts.includes(part)) throw new Error(`unknown part ${part}; parts: ${parts.join(', ')}`);
if (!existsSync(`${root}packages/components/cdn/s11kit.js`)) throw new Error('no CDN bundle: run npm run build first');

const aggregationRuns = [
  { count: 1_000, rounds: 9 },
  { count: 10_000, rounds: 7 },
  { count: 100_000, rounds: 3 },
];

const loadBefore = loadAverage();
const started = new Date();

function child(script, flags, args) {
  const status = spawnSync(process.execPath, [...flags, `${root}bench/${script}`, ...args], { cwd: root, stdio: 'inherit' }).status;
  if (status !== 0) throw new Error(`bench/${script} failed (exit ${status})`);
}
const resultFile = (name) => `${resultsDir}${name}.json`;

if (only.includes('size')) writeFileSync(resultFile('size'), JSON.stringify(await sizes(), null, 2));
if (only.includes('validation')) child('validation.mjs', ['--expose-gc'], ['--rounds', '7', '--out', resultFile('validation')]);
if (only.includes('aggregation')) {
  for (const { count, rounds } of aggregationRuns) {
    child('aggregation.mjs', ['--expose-gc', '--max-old-space-size=12288'], ['--count', String(count), '--rounds', String(rounds), '--out', resultFile(`aggregation-${count}`)]);
  }
}
if (only.includes('browser')) child('browser.mjs', [], ['--rounds', '11', '--out', resultFile('browser')]);
if (only.includes('crash')) child('crash.mjs', [], ['--trials', '30', '--out', resultFile('crash')]);
if (only.includes('collector')) child('collector.mjs', [], ['--agencies', '200', '--rounds', '5', '--out', resultFile('collector')]);

const loadAfter = loadAverage();
const read = (name) => {
  const file = resultFile(name);
  if (!existsSync(file)) throw new Error(`no results for ${name}: run without --only first`);
  return JSON.parse(readFileSync(file, 'utf8'));
};
const size = read('size');
const validation = read('validation');
const aggregation = aggregationRuns.map(({ count }) => read(`aggregation-${count}`));
const browser = read('browser');
const crash = read('crash');
const collector = read('collector');

// ---- formatting ----------------------------------------------------------------------------------

const KB = 1024;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (n, digits = 1) => `${n.toFixed(digits)} ms`;
const spread = (s, digits = 1, unit = ' ms') => `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const int = (n) => Math.round(n).toLocaleString('en-GB');
const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const times = (n) => `${n.toFixed(n < 10 ? 2 : 1)}×`;
const verdict = (met, how) => `${met ? '**met**' : '**missed**'}: ${how}`;
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const byKey = (list, key) => list.find((x) => x.key === key);
const s11 = byKey(size.contenders, 's11kit');
const survey = byKey(size.contenders, 'surveyjs');
const render = (key) => byKey(browser.renders, key);
const cards = render('cards');
const surveyRender = render('survey');
const bare = render('bareLit');
const audit = render('audit');
const bareTaskList = render('bareTaskList');
const node = byKey(validation.results, 'node');
const browserBuild = byKey(validation.results, 'browser');
const former = byKey(validation.results, 'former');
const fromText = byKey(validation.text.results, 'node');
const formerFromText = byKey(validation.text.results, 'former');
const agg10k = aggregation.find((a) => a.count === 10_000);
const agg10kValidated = byKey(agg10k.results, 'validated');
const agg10kStored = byKey(agg10k.results, 'stored');

// Ratios from the same run: of the medians, with the range of the per-round ratios.
const ratio = (a, b, field = 'ms') => {
  const r = a[field].samples.map((x, i) => x / b[field].samples[i]);
  return { median: a[field].median / b[field].median, min: Math.min(...r), max: Math.max(...r) };
};
const ratioText = (r) => `${times(r.median)} (${times(r.min)}–${times(r.max)} by round)`;
const cardsVsBare = ratio(cards, bare);
const surveyVsCards = ratio(surveyRender, cards);
const cardsVsBareCpu = ratio(cards, bare, 'mainThread');
const auditVsBareCpu = ratio(audit, bareTaskList, 'mainThread');
const surveyVsCardsCpu = ratio(surveyRender, cards, 'mainThread');
const sizeTarget = 30 * KB;
// The first load the budget test counts: the largest of the built-in frameworks'.
const [firstLoad] = size.firstLoads;
const sizeRatio = survey.library.gzip / s11.total.gzip;
const sizeRatioFirst = survey.library.gzip / s11.firstLoad.gzip;
const keystrokeScript = browser.keystroke.scriptTotal.median;
const perSecond = node.perSecond.median;
// Throughput ratios, round by round (the same rounds ran both).
const speedup = (a, b) => {
  const r = a.ms.samples.map((x, i) => b.ms.samples[i] / x);
  return { median: b.ms.median / a.ms.median, min: Math.min(...r), max: Math.max(...r) };
};
const nodeVsFormer = speedup(node, former);
const browserVsFormer = speedup(browserBuild, former);
const textVsFormer = speedup(fromText, formerFromText);
const crashSpans = crash.results.map((r) => r.lostSpanMs).sort((a, b) => a - b);
const crashWorst = crashSpans.at(-1);
const crashLost = crash.results.map((r) => r.lost).sort((a, b) => a - b);
const crashIntact = crash.results.every((r) => r.intact);

const summaryRows = [
  [
    `Bytes before the task list is painted (the largest, ${firstLoad.frameworkId}), min+gzip -9`,
    `${kb(firstLoad.gzip)} (portsmouth-compact ${kb(s11.firstLoad.gzip)}); ${kb(s11.afterPaint.gzip)} more right after first paint`,
    '≤ 30 KB',
    verdict(
      firstLoad.gzip <= sizeTarget,
      firstLoad.gzip <= sizeTarget ? `${kb(sizeTarget - firstLoad.gzip)} to spare` : `${kb(firstLoad.gzip - sizeTarget)} over (${times(firstLoad.gzip / sizeTarget)} the target)`,
    ),
  ],
  [
    'Bytes: SurveyJS (core + UI + CSS) ÷ s11kit, everything either fetches',
    `${times(sizeRatio)} (${times(sizeRatioFirst)} of s11kit's first load)`,
    '≥ 10×',
    verdict(
      sizeRatio >= 10,
      sizeRatio >= 10
        ? 'yes'
        : `s11kit's whole fetch would need to be ${kb(s11.total.gzip - survey.library.gzip / 10)} smaller; its first load is ${times(sizeRatioFirst)} under SurveyJS`,
    ),
  ],
  [
    'Render 12 cards ÷ bare Lit lower bound: main-thread CPU from a trace',
    `${ratioText(cardsVsBareCpu)}; wall time (script start → painted) ${times(cardsVsBare.median)}`,
    '≤ 1.5×',
    verdict(
      cardsVsBareCpu.median <= 1.5,
      cardsVsBareCpu.median <= 1.5
        ? `${ms(bare.mainThread.median * 1.5 - cards.mainThread.median)} to spare`
        : `${ms(cards.mainThread.median - bare.mainThread.median * 1.5)} of CPU too much`,
    ),
  ],
  [
    'Render the audit to its task list ÷ bare Lit task list: main-thread CPU from a trace',
    ratioText(auditVsBareCpu),
    '≤ 1.2×',
    verdict(
      auditVsBareCpu.median <= 1.2,
      auditVsBareCpu.median <= 1.2
        ? `${ms(bareTaskList.mainThread.median * 1.2 - audit.mainThread.median)} to spare`
        : `${ms(audit.mainThread.median - bareTaskList.mainThread.median * 1.2)} of CPU too much`,
    ),
  ],
  [
    'Render SurveyJS ÷ 12 cards: main-thread CPU from a trace',
    `${ratioText(surveyVsCardsCpu)}; wall time ${times(surveyVsCards.median)}`,
    '≥ 5×',
    verdict(
      surveyVsCardsCpu.median >= 5,
      surveyVsCardsCpu.median >= 5 ? 'yes' : `cards would need ${ms(surveyRender.mainThread.median / 5)} of CPU or less (now ${ms(cards.mainThread.median)})`,
    ),
  ],
  [
    'Keystroke in evidence → saved draft: script from a trace (input, re-render, save, count)',
    ms(keystrokeScript, 2),
    '< 2 ms',
    verdict(
      keystrokeScript < 2,
      `${keystrokeScript < 2 ? `${ms(2 - keystrokeScript, 2)} to spare` : `${ms(keystrokeScript - 2, 2)} over`}; all main-thread work ${ms(browser.keystroke.mainThreadTotal.median, 2)}; the save waits ${ms(browser.keystroke.toSavedDraft.median, 0)} (400 ms after the last key, at most 2 s after the first)`,
    ),
  ],
  [
    `Renderer crash while typing one key every ${crash.intervalMs} ms: typing lost (worst of ${crash.trials} trials)`,
    `${ms(crashWorst, 0)} (${crashLost.at(-1)} characters)`,
    '≤ 2 s',
    verdict(
      crashWorst <= 2000 && crashIntact,
      crashWorst <= 2000 ? `every trial within 2 s; what was kept was always exactly what was typed${crashIntact ? '' : ' (NOT: see below)'}` : `${ms(crashWorst - 2000, 0)} over`,
    ),
  ],
  [
    'Validation in Node: `validateReturn` ÷ the former Node path (zod compiled + rules), 1–3k-character evidence',
    `${ratioText(nodeVsFormer)}: ${int(perSecond)} against ${int(former.perSecond.median)} returns/s`,
    '≥ 2×',
    verdict(nodeVsFormer.median >= 2, nodeVsFormer.median >= 2 ? 'yes' : `${times(2 / nodeVsFormer.median)} short`),
  ],
  [
    'Validation, browser build ÷ the former Node path',
    `${ratioText(browserVsFormer)}: ${int(browserBuild.perSecond.median)} returns/s`,
    '≥ 1×',
    verdict(browserVsFormer.median >= 1, browserVsFormer.median >= 1 ? 'yes' : `${times(1 / browserVsFormer.median)} short`),
  ],
  [
    'Validation from request text: `JSON.parse` + `validateReturn`',
    `${int(fromText.perSecond.median)} returns/s; ${times(textVsFormer.median)} the former path from text`,
    '—',
    'what a server sees: parsing the text costs about as much as checking it',
  ],
  [
    'Aggregation: 10,000 returns, `stored: true`',
    ms(agg10kStored.ms.median, 0),
    '< 150 ms',
    verdict(agg10kStored.ms.median < 150, agg10kStored.ms.median < 150 ? `${ms(150 - agg10kStored.ms.median, 0)} to spare` : `${times(agg10kStored.ms.median / 150)} too slow`),
  ],
  ['Aggregation: 10,000 returns, validated (default)', ms(agg10kValidated.ms.median, 0), '—', 'the < 50 ms target is for stored digests (the collector)'],
];

for (const r of collector.results) {
  summaryRows.push([
    `Collector on ${r.label}: 200 agencies submitting at once, returns lost`,
    `${r.concurrent.lost} of ${int(r.concurrent.receipts + r.concurrent.failed)}; ${int(r.concurrent.throughput.median)} submits/s, p50 ${ms(r.concurrent.p50.median, 0)}, p99 ${ms(r.concurrent.p99.median, 0)}`,
    '0',
    verdict(r.concurrent.lost === 0, r.concurrent.lost === 0 ? 'every receipt is a stored row' : `${r.concurrent.lost} lost`),
  ]);
}
for (const r of collector.results) {
  summaryRows.push([
    `Collector on ${r.label}: digests of 10,000 stored returns aggregated`,
    `${ms(r.figures.aggregate.median, 0)}; the whole summary request ${ms(r.figures.request.median, 0)}`,
    '< 50 ms',
    verdict(r.figures.aggregate.median < 50, r.figures.aggregate.median < 50 ? 'yes' : `${times(r.figures.aggregate.median / 50)} too slow`),
  ]);
}
const collectorRows = collector.results.map((r) => [
  r.label,
  `**${int(r.concurrent.throughput.median)}** (${int(r.concurrent.throughput.min)}–${int(r.concurrent.throughput.max)})`,
  spread(r.concurrent.p50, 0),
  spread(r.concurrent.p99, 0),
  `${int(r.concurrent.receipts)} / ${int(r.concurrent.failed)} / **${r.concurrent.lost}**`,
  `${int(r.ingest.perSecond.median)} (${int(r.ingest.perSecond.min)}–${int(r.ingest.perSecond.max)})`,
  `**${spread(r.figures.aggregate, 1)}**`,
  spread(r.figures.request, 0),
]);

const m = machine();
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  if (execFileSync('git', ['status', '--porcelain', '--', 'packages', 'rollup.config.mjs'], { cwd: root, encoding: 'utf8' }).trim())
    commit += ' (with uncommitted changes to packages/)';
} catch {
  // Not a git checkout (an unpacked tarball): the report says no commit.
}

const sizeRows = size.contenders.map((c) => [
  c.name,
  kb(c.library.gzip),
  c.definition.gzip ? kb(c.definition.gzip) : '—',
  `**${kb(c.total.gzip)}**`,
  kb(c.total.brotli),
  c.key === 's11kit' ? '1×' : times(c.total.gzip / s11.total.gzip),
]);
const fileRows = size.contenders.flatMap((c) =>
  c.files.map((f) => [
    c.key,
    f.label,
    f.phase === 'first' ? `${f.role}, first load` : f.phase === 'after' ? `${f.role}, after first paint` : f.role,
    kb(f.raw),
    kb(f.gzip),
    kb(f.brotli),
  ]),
);
const firstLoadRows = size.firstLoads.map((load) => [load.frameworkId, load.files.map((f) => `${f.file} ${kb(f.bytes)}`).join(' + '), `**${kb(load.gzip)}**`]);

const lowerBoundOf = { cards: 'bareLit', survey: 'bareLit', bareLit: 'bareLit', audit: 'bareTaskList', bareTaskList: 'bareTaskList' };
const renderRows = browser.renders.map((r) => {
  const bound = lowerBoundOf[r.key] ? render(lowerBoundOf[r.key]) : undefined;
  return [
    r.name,
    `**${spread(r.mainThread)}**`,
    bound ? (bound === r ? '1×' : times(ratio(r, bound, 'mainThread').median)) : '—',
    spread(r.script),
    spread(r.styleLayout),
    spread(r.ms),
    `${mib(r.heapJs.median)} (${mib(r.heapJs.min)}–${mib(r.heapJs.max)})`,
    r.heapEmbedder ? mib(r.heapEmbedder.median) : '—',
    int(r.dom.elements),
    `${r.dom.radios} / ${r.dom.textareas}`,
  ];
});

const k = browser.keystroke;
const keystrokeRows = [
  ['keydown → the draft in localStorage holds the character (includes the 400 ms debounce)', spread(k.toSavedDraft)],
  ['keydown → another tab of the site hears it (`storage` event)', spread(k.toOtherTab)],
  [
    '**script per keystroke**: the main thread’s script (with compiling and garbage collection) over 1.6 s around one key, from a trace: input handling, Lit’s re-render, the save, the 1 s screen-reader count update',
    `**${spread(k.scriptTotal, 2)}**`,
  ],
  ['of which the save when it fires (the debounce timer task: read revision, `JSON.stringify`, `setItem`)', spread(k.saveTask, 2)],
  ['of which `localStorage.setItem` alone', spread(k.setItem, 2)],
  ['keydown → end of its task and the microtasks it queued (includes a frame when one falls in between)', spread(k.inputTask, 2)],
  ['all main-thread work over the same 1.6 s (script, style, layout, paint, the browser’s own editing of the text), from the trace', spread(k.mainThreadTotal, 2)],
  ['rating change (click a level) → end of the work it queued', spread(browser.rating.script, 2)],
  ['rating change → painted (next frame, then a macrotask)', spread(browser.rating.painted, 2)],
];

const validationRows = validation.results.map((r) => [
  r.name,
  `**${int(r.perSecond.median)}**`,
  `${int(r.perSecond.min)}–${int(r.perSecond.max)}`,
  r.key === 'former' ? '1×' : times(speedup(r, former).median),
  r.full ? 'shape + rules' : 'shape only',
  `${int(r.rejectedInvalid)} / ${int(validation.invalid)}${r.wrong ? `, **${r.wrong} valid rejected**` : ''}`,
  ms(r.firstCallMs, 2),
]);
const textRows = validation.text.results.map((r) => [r.name, `**${int(r.perSecond.median)}**`, `${int(r.perSecond.min)}–${int(r.perSecond.max)}`]);
const shortRows = validation.short.results.map((r) => [r.name, `**${int(r.perSecond.median)}**`, `${int(r.perSecond.min)}–${int(r.perSecond.max)}`]);

const aggregationRows = aggregation.flatMap((a) =>
  a.results.map((r) => [
    int(a.count),
    r.name,
    `**${spread(r.ms, 0)}**`,
    `${int(a.count / (r.ms.median / 1000))}/s`,
    mib(r.memory.peakAboveBase),
    mib(r.memory.retained),
    `${int(r.counted)} counted, ${int(r.duplicates)} replaced`,
    a.rounds,
  ]),
);

const md = `# Benchmarks

Written by \`npm run bench\` (\`bench/run.mjs\`); do not edit by hand. Run it yourself after
\`npm ci && npm run build\`: every figure below is measured by that one command. Timings are
medians over interleaved rounds with their min–max; ratios are taken within the same run. The
machine is shared, so read the load average below before reading the timings.

## Summary

${table(['what', 's11kit', 'target', 'how far off'], summaryRows)}

## Machine

${table(
  ['', ''],
  [
    ['date', `${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (took ${Math.round((Date.now() - started.getTime()) / 1000)} s)`],
    ['CPU', `${m.cpu}, ${m.cores} cores`],
    ['memory', m.memory],
    ['OS', m.os],
    ['Node', m.node],
    ['Chromium', `${browser.browserVersion ?? m.chromium} (\`${process.env.CHROME_PATH || '/usr/bin/chromium'}\`), headless (new), one browser session`],
    ['load average (1 / 5 / 15 min) before', loadBefore],
    ['load average after', loadAfter],
    ['commit measured', commit],
    ['parts rerun this time', only.join(', ')],
  ],
)}

## 1. Bytes a CMS page loads

What a page downloads to render and validate the 12-standard Portsmouth audit. Every file is
compressed on its own, as a server sends it: gzip level 9 and brotli quality 11 (Node's zlib, so
deterministic). s11kit's page fetches ${kb(s11.firstLoad.gzip)} before the task list is painted (the CDN
bundle and the framework's outline: the framework without the wording only the later pages show)
and ${kb(s11.afterPaint.gzip)} right after it, unasked (the card and its parts, the other pages, the checks
and sending, the whole framework), so that every page then works offline. "Definition" is the audit
itself: for s11kit the outline and the whole framework (with every sector's wording); for SurveyJS
the survey JSON built from the same framework. The ratio column divides each total by s11kit's
total; the ≥ 10× target is judged on SurveyJS's library against everything s11kit fetches, which is
the stricter reading.

${table(['contender', 'library (min+gz)', 'definition (min+gz)', 'total (min+gz)', 'total (brotli)', '× s11kit'], sizeRows)}

Bytes before the task list is painted, for each built-in framework (what
\`test/schema/bundle-budget.test.ts\` holds to its budget, and \`test/e2e/first-load.test.mjs\` paints
the task list from in Chromium with every other file refused):

${table(['framework', 'files', 'first load (min+gz)'], firstLoadRows)}

How each was made:
${size.contenders.map((c) => `- **${c.name}**: ${c.how}.`).join('\n')}

Every file:

${table(['contender', 'file', 'role', 'minified', 'gzip -9', 'brotli 11'], fileRows)}

## 2. Rendering in Chromium

One browser session, ${browser.rounds} interleaved rounds (plus a warm-up round not counted), the order
rotated each round, every page in a fresh browser context (its own renderer process, no cache, no
storage), served from 127.0.0.1 with \`cache-control: no-store\`: a first visit every time. Time runs
from \`performance.now()\` in the page's first script to the content existing and the next frame
painted (\`requestAnimationFrame\`, then a macrotask), so it includes downloading (locally),
parsing and running the library and fetching the definition. Heap: CDP
\`HeapProfiler.collectGarbage\` then \`Runtime.getHeapUsage\`. Viewport 1024×900.

**Main-thread CPU** is read from a Chromium trace of each page (\`bench/lib/trace.mjs\`): the thread
time (CPU the thread ran, not wall time) of every task on the page's renderer main thread, from the
page's navigation to the mark it sets once its content is painted. It counts Lit's update
microtasks, which CDP's ScriptDuration left out, and a busy machine that takes the CPU away does not
lengthen it. "Script" is the script, compiling and garbage collection inside those tasks; an event's
own work (typing into a textarea) is the browser's, its listeners are script. Each page is compared
with its lower bound: the cards and SurveyJS with a bare Lit form of the same DOM, the audit's task
list with a bare Lit task list of the same DOM (\`bench/entries/bare-task-list.js\`: no draft to
restore, no statuses to work out, no styles).

${table(['page', 'main-thread CPU', '× lower bound', 'of which script', 'of which style + layout', 'script start → painted (wall)', 'JS heap after GC', 'DOM (Blink) heap', 'elements', 'radios / textareas'], renderRows)}

### Typing and rating in the audit

\`<s11-audit>\` restored from a saved draft with all 12 standards answered (${int(k.evidenceChars)}
characters of evidence in standard 1; the draft is ${kb(k.draftBytes)} of JSON), on standard 1's
page, the caret at the end of its evidence. Each keystroke is a real key event through CDP
\`Input.dispatchKeyEvent\`, ${k.samples} keystrokes over ${browser.rounds} rounds; each rating change clicks a
level's radio, ${browser.rating.samples} changes. The draft is checked in \`localStorage\` after
every keystroke: it must hold exactly the text typed.

${table(['what', 'median (min–max)'], keystrokeRows)}

### A renderer crash while someone types

${crash.trials} trials (\`bench/lib/crash-trials.mjs\`; the same trials, fewer of them, are a test in
\`npm test\`): the audit from the CDN bundle on standard 6's page, one key every ${crash.intervalMs} ms into the
evidence box (a steady typist, whom a plain debounce never saves) for 2.5–5 s, then the renderer
crashed at once through CDP \`Page.crash\`, and what the browser kept read from \`localStorage\` in a
new tab. "Typing lost" is how long before the crash the first lost key was typed.

${table(
  ['', 'median', 'worst'],
  [
    ['typing lost', ms(crashSpans[Math.floor(crashSpans.length / 2)], 0), ms(crashWorst, 0)],
    ['characters lost', String(crashLost[Math.floor(crashLost.length / 2)]), String(crashLost.at(-1))],
    ['kept text exactly the typed text, in order', crashIntact ? 'every trial' : 'NOT in every trial', ''],
  ],
)}

## 3. Validation in Node

${int(validation.count)} returns from \`@s11kit/frameworks/generate\` (Portsmouth, 12 answers each),
every evidence box lengthened to 1,000–3,000 characters (${kb(validation.bytesPerReturn)} of JSON a
return), every tenth broken in one of 13 ways (\`bench/lib/workload.mjs\`; ${validation.ruleOnlyInvalid}
of the ${int(validation.invalid)} broken only in ways that need the framework's rules). JSON-parsed
before timing; ${validation.rounds} interleaved rounds after one warm-up pass each, a full GC before every
pass. "First call" is the very first return checked in the process. The baseline is what
\`validateReturn\` ran in Node before its structure check was generated from the models: zod's
compiled parser (which builds code with \`new Function\` and copies the value) and then the same
rules (\`bench/entries/former-node-path.js\`, bundled apart so that it has its own copy of the rules).

${table(['contender', 'returns/s (median)', 'min–max', '× the former Node path', 'checks', 'rejected of the broken', 'first call'], validationRows)}

From the text a server receives: each return as its JSON text, \`JSON.parse\` inside the timing.

${table(['contender', 'returns/s (median)', 'min–max'], textRows)}

The browser build is measured in Node: \`bench/entries/schema-browser.js\` bundled by esbuild with the
browser's conditions, as the CDN bundle is; it runs the same generated checker as Node. ajv
and zod's \`safeParse\` check the shape only: the ${validation.ruleOnlyInvalid} returns broken against the
framework's rules pass them. ajv compiles the shipped \`audit-return.schema.json\` with
\`validateFormats: false\`, as \`test/schema/json-schema.test.ts\` does: "format" is an annotation in
2020-12 and the schema's own patterns check the dates. ajv's default counts string lengths in code
points, which walks every character of the evidence; \`unicode: false\` (deprecated, still honoured)
counts UTF-16 code units, as the schema does.

The same ${int(validation.count)} returns with the generator's own short evidence (150–500 characters,
${kb(validation.short.bytesPerReturn)} a return):

${table(['contender', 'returns/s (median)', 'min–max'], shortRows)}

## 4. Aggregation

\`createAggregator(framework, { now })\`, every return passed to \`add\` one at a time, then
\`result()\`; the time covers both. Valid submitted returns from the generator (its own 150–500-
character evidence, ${kb(aggregation[0].bytesPerReturn)} of JSON a return), generated and JSON-parsed before
any timing. Memory is measured in a separate run that streams as a server would: each return is
JSON-parsed from its text just before \`add\`, so it is garbage afterwards unless the aggregator
keeps it. "Peak" is the most heap in use above the heap with only the texts loaded (sampled every
100 returns, garbage included, so it depends on when V8 collects); "retained" is what the aggregator
and its result hold: the heap after a full GC with them alive, minus the heap after a full GC once
they are dropped (V8 also grows and shrinks its code space by a few MiB, so small figures are
rough). "Replaced": later returns from an agency
already counted, which the aggregator keeps one of (none here: every generated organisation is another).

${table(['returns', 'mode', 'time: median (min–max)', 'rate', 'peak heap above base', 'retained after GC', 'outcome', 'rounds'], aggregationRows)}

## 5. The collector

\`bench/collector.mjs\`. **Submits**: \`s11 serve\` in its own process (PGlite in a new data folder,
or PostgreSQL: ${collector.postgres}), ${collector.results[0]?.concurrent.agencies ?? 200} agencies with a link each, every one posting a
valid generated return (${kb(collector.results[0]?.ingest.bytes ?? 0)} of JSON) at the same moment with
\`fetch\` over HTTP on 127.0.0.1; ${collector.results[0]?.concurrent.rounds ?? 5} rounds after one warm-up round, each with new keys
(a new version for every agency). Throughput: agencies ÷ the round's wall time; p50 and p99: of the
round's request latencies (the client runs on the same 2 cores as the server). Afterwards the server
is stopped and every receipt looked up in the database: **lost** counts submits that got no receipt
plus receipts with no stored row. **Ingest**: request text to stored row (routing, JSON parsing,
\`validateReturn\`, digest, the insert's transaction), one submit after another through
\`app.inject\` in process, ${collector.results[0]?.ingest.count ?? 400} returns a round, 3 rounds after a warm-up. **Figures**: 10,000
stored digests (${kb(collector.results[0]?.figures.digestBytes ?? 0)} each) counted by \`aggregateDigests\` (the SDK's aggregator, \`stored:
true\`) in memory; and the whole \`summary.json\` request the heatmap page makes (the query of the
latest version of each agency, parsing the digests, aggregating, serialising the figures).

${table(['database', 'submits/s, 200 at once', 'p50', 'p99', 'receipts / failed / lost', 'ingest returns/s', '10,000 digests aggregated', 'summary request'], collectorRows)}

## What to keep in mind

- The machine is shared with other work (see the load average): absolute timings swing by 2× or
  more between runs; the ratios, measured in the same rounds, move much less. Byte counts are exact.
- Bytes: the s11kit total counts the framework twice over (its outline before the task list, the
  whole framework after); SurveyJS's library figure does not include its survey JSON. JSON Forms
  has no definition built, and the Shoelace subset has no validation, no audit logic and no
  definition: it is a floor for a component library, not an equivalent. SurveyJS's published CSS
  includes the Open Sans web font rules; the page uses the fontless file so that nothing is fetched
  from the network.
- Render: the targets are judged on main-thread CPU from traces, which a busy machine changes far
  less than wall time; wall time (script start to painted) is shown too, and is mostly not s11kit's
  script (parsing, style, layout, paint, the wait for a frame and, for the cards, the chunk that
  registers them after the page's first paint). The bare Lit pages have no styles and one shadow
  root; the s11kit cards carry their GOV.UK styles and a shadow root per element, and the audit
  restores its draft from \`localStorage\` before it paints (opening the storage area is a
  synchronous call into the browser) and names the page in \`document.title\`. The SurveyJS survey
  does not encode the framework's cross-field rules (a level that needs an action), so it does less
  work than s11kit.
- Keystroke: the script figure covers everything one key causes until the page is quiet again
  (including the save 400 ms later and the screen-reader count update one second later), read from
  a trace, not by instrumenting s11kit; the page's own timing hooks add a little. While someone
  types steadily the save runs once per pause (at most every 2 s), not once per key.
- Collector: a PostgreSQL commit waits for the WAL on disk (\`synchronous_commit\` on); PGlite runs
  with \`fsync\` off and one connection, so its submits queue behind each other. Both keep every
  acknowledged submit across a killed process (\`test/server/fault.test.ts\`); only PostgreSQL
  also keeps it across a power cut. Reading 10,000 digests out of the database costs more than
  counting them.
- Validation and aggregation run in one Node process each, after warm-up: a short-lived CLI or a
  cold serverless function pays the first-call cost above.
`;

writeFileSync(`${root}BENCHMARKS.md`, md);
console.log(`\nwrote BENCHMARKS.md\n`);
console.log(table(['what', 's11kit', 'target', 'how far off'], summaryRows));
