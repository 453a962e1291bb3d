// Aggregation at scale: createAggregator over 1,000, 10,000 and 100,000 generated returns, each
// run fed through `add` one return at a time, with validation (the default) and with
// `stored: true`, interleaved. Returns are generated and JSON-parsed before any timing.
//   node --expose-gc --max-old-space-size=8192 bench/aggregation.mjs --count 10000 [--rounds 7] [--out file.json]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createAggregator } from '@s11kit/schema';
import { interleave, summary } from './lib/stats.mjs';
import { workload } from './lib/workload.mjs';

const { values: args } = parseArgs({ options: { count: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '7' }, out: { type: 'string' } } });
const count = Number(args.count);
const rounds = Number(args.rounds);
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');

// Valid, submitted returns with the generator's own evidence (150–500 characters an answer), as a
// partnership's server would have stored them. No broken ones: `stored: true` would count them.
const { framework, returns } = await workload({ count, longEvidence: false, invalidEvery: 0 });
const now = '2026-06-01T09:00:00Z';
const modes = [
  { name: 'validated (default)', key: 'validated', options: { now } },
  { name: '`stored: true`', key: 'stored', options: { now, stored: true } },
];

function run(mode) {
  const aggregator = createAggregator(framework, mode.options);
  const start = performance.now();
  for (let i = 0; i < returns.length; i++) aggregator.add(returns[i]);
  const result = aggregator.result();
  return { ms: performance.now() - start, result };
}

// One untimed run of each first (JIT warm-up), checking that every return was counted.
const counted = {};
for (const mode of modes) {
  const { result } = run(mode);
  counted[mode.key] = { counted: result.counted, rejected: result.rejected.length, duplicates: result.duplicates.length, agencies: result.matrix.agencies.length };
  if (result.rejected.length) throw new Error(`${mode.name}: ${result.rejected.length} returns rejected`);
}

const samples = await interleave(modes, rounds, (mode) => {
  gc();
  return run(mode).ms;
});

// Memory, in a run of its own (sampling costs time) that streams as a server would: each return
// is JSON-parsed from its text just before `add`, so it is garbage afterwards unless the
// aggregator keeps it. Base: the heap after a full GC with only the texts loaded. Peak: the most
// heap in use while adding (garbage included, sampled every 100 returns). Retained: what the
// aggregator and its result hold after a full GC.
const texts = returns.map((r) => JSON.stringify(r));
const memory = {};
let keep;
for (const mode of modes) {
  keep = undefined;
  gc();
  const base = process.memoryUsage().heapUsed;
  const aggregator = createAggregator(framework, mode.options);
  let peak = base;
  for (let i = 0; i < texts.length; i++) {
    aggregator.add(JSON.parse(texts[i]));
    if (i % 100 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  keep = { aggregator, result: aggregator.result() };
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  gc();
  const kept = process.memoryUsage().heapUsed;
  // The aggregator's own share: the heap with it minus the heap once it is dropped, both after the
  // same code has run (code and caches made on first use would otherwise count as retained).
  // eslint-disable-next-line no-unused-vars -- dropping the last reference is the point: gc() below frees it
  keep = undefined;
  gc();
  memory[mode.key] = { peakAboveBase: peak - base, retained: kept - process.memoryUsage().heapUsed, base };
}

const out = {
  count,
  rounds,
  bytesPerReturn: Math.round(returns.reduce((n, r) => n + JSON.stringify(r).length, 0) / count),
  results: modes.map((mode) => ({ key: mode.key, name: mode.name, ms: summary(samples[mode.name]), memory: memory[mode.key], ...counted[mode.key] })),
};
for (const r of out.results) {
  console.log(
    `${String(count).padStart(7)} ${r.name.padEnd(22)} ${r.ms.median.toFixed(1).padStart(9)} ms (${r.ms.min.toFixed(1)}–${r.ms.max.toFixed(1)})  peak +${(r.memory.peakAboveBase / 2 ** 20).toFixed(1)} MiB, retained ${(r.memory.retained / 2 ** 20).toFixed(2)} MiB; ${r.counted} counted, ${r.duplicates} duplicates`,
  );
}
if (args.out) await writeFile(args.out, JSON.stringify(out, null, 2));
