// Validation in Node: returns per second over 10,000 generated returns (1–3k characters of
// evidence in each of 12 answers; every tenth broken), interleaved rounds, one process: on values
// already JSON-parsed, and from the request text a server receives (JSON.parse included).
//   node --expose-gc bench/validation.mjs [--rounds 5] [--count 10000] [--out file.json]
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { safeParse } from 'zod/v4/core';
import { validateReturn } from '@s11kit/schema';
import { checkReturnStructure } from '../packages/schema/dist/structure/checkers.generated.js';
import { AuditReturnSchema } from '../packages/schema/dist/models/return.js';
import { buildAll, buildDir } from './lib/build.mjs';
import { interleave, summary } from './lib/stats.mjs';
import { workload } from './lib/workload.mjs';

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, count: { type: 'string', default: '10000' }, out: { type: 'string' } } });
const rounds = Number(args.rounds);
const count = Number(args.count);
if (typeof gc !== 'function') throw new Error('run with node --expose-gc');

await buildAll();
const { validateReturn: validateReturnBrowser } = await import(`${buildDir}schema-browser.js`);
const { formerValidateReturn, formerStructure } = await import(`${buildDir}former-node-path.js`);
const schemaFile = new URL('../packages/schema/json-schema/audit-return.schema.json', import.meta.url);
const jsonSchema = JSON.parse(await (await import('node:fs/promises')).readFile(schemaFile, 'utf8'));

const { framework, returns, invalid, kinds } = await workload({ count });

// "format" is an annotation in 2020-12 and the schema's own patterns check the dates, so, as in
// test/schema/json-schema.test.ts, ajv is not asked to check formats too (and needs no plugin).
const ajvDefault = new Ajv2020({ validateFormats: false }).compile(jsonSchema);
const ajvCodeUnits = new Ajv2020({ validateFormats: false, unicode: false }).compile(jsonSchema);

// Each contender says whether a value is valid. Full = shape and the framework's rules. The
// former Node path is the baseline: the generated checker must be at least twice as fast.
const contenders = [
  { name: 'validateReturn (Node: generated checker + rules)', key: 'node', full: true, check: (v) => validateReturn(framework, v).ok },
  { name: 'validateReturn (browser build: the same, bundled for browsers)', key: 'browser', full: true, check: (v) => validateReturnBrowser(framework, v).ok },
  { name: 'former Node path: zod compiled (copies) + the same rules', key: 'former', full: true, check: (v) => formerValidateReturn(framework, v).ok },
  { name: 'structure only: the generated checker (in place)', key: 'structure', full: false, check: (v) => checkReturnStructure(v).success },
  { name: 'structure only: zod compiled (`new Function`, copies)', key: 'structureFormer', full: false, check: (v) => formerStructure(v) },
  { name: 'zod `safeParse` of AuditReturnSchema (zod/v4/core, not compiled)', key: 'zodInterpreter', full: false, check: (v) => safeParse(AuditReturnSchema, v).success },
  { name: 'ajv 2020 on audit-return.schema.json (`validateFormats: false`)', key: 'ajv', full: false, check: (v) => ajvDefault(v) },
  { name: 'ajv 2020, also `unicode: false` (UTF-16 lengths, as the schema counts)', key: 'ajvCodeUnits', full: false, check: (v) => ajvCodeUnits(v) },
];

function pass(contender) {
  let rejected = 0;
  let wrong = 0;
  let rejectedInvalid = 0;
  const check = contender.check;
  const start = performance.now();
  for (let i = 0; i < returns.length; i++) {
    const ok = check(returns[i]);
    if (!ok) rejected++;
    if (!ok && invalid[i]) rejectedInvalid++;
    if (!ok && !invalid[i]) wrong++;
  }
  return { ms: performance.now() - start, rejected, rejectedInvalid, wrong };
}

// The first call of each (compiling zod's parser, building the interpreter's closures) is timed
// once, then one untimed warm-up pass each so that every contender is measured hot.
const firstCall = {};
for (const contender of contenders) {
  const start = performance.now();
  contender.check(returns[0]);
  firstCall[contender.key] = performance.now() - start;
}
const verdicts = {};
for (const contender of contenders) verdicts[contender.key] = pass(contender);

const samples = await interleave(contenders, rounds, (contender) => {
  gc();
  return pass(contender).ms;
});

// From the text a server receives: each return's JSON as a string, parsed inside the timing.
const texts = returns.map((r) => JSON.stringify(r));
const textContenders = [
  { name: 'JSON.parse alone', key: 'parse', check: (t) => JSON.parse(t) !== null },
  { name: 'JSON.parse + validateReturn', key: 'node', check: (t) => validateReturn(framework, JSON.parse(t)).ok },
  { name: 'JSON.parse + the former Node path', key: 'former', check: (t) => formerValidateReturn(framework, JSON.parse(t)).ok },
];
for (const c of textContenders) for (const t of texts) c.check(t);
const textSamples = await interleave(textContenders, rounds, (contender) => {
  gc();
  const start = performance.now();
  for (const t of texts) contender.check(t);
  return performance.now() - start;
});
const perSecondOf = (ms) => ({ median: count / (ms.median / 1000), min: count / (ms.max / 1000), max: count / (ms.min / 1000) });
const textResults = textContenders.map((c) => {
  const ms = summary(textSamples[c.name]);
  return { key: c.key, name: c.name, ms, perSecond: perSecondOf(ms) };
});
texts.length = 0;

// The same contenders that check everything, on the generator's own evidence (150–500 characters),
// to show how much of the cost is the length of the text. The long set is let go first, so that
// it does not weigh on the garbage collector during these rounds.
const bytesPerReturn = Math.round(returns.reduce((n, r) => n + JSON.stringify(r).length, 0) / returns.length);
returns.length = 0;
const short = await workload({ count, longEvidence: false });
const shortCheck = {
  node: (v) => validateReturn(short.framework, v).ok,
  browser: (v) => validateReturnBrowser(short.framework, v).ok,
  former: (v) => formerValidateReturn(short.framework, v).ok,
};
const shortContenders = contenders.filter((c) => c.full || c.key === 'ajv').map((c) => ({ ...c, check: shortCheck[c.key] ?? c.check }));
for (const c of shortContenders) for (const v of short.returns) c.check(v);
const shortSamples = await interleave(shortContenders, rounds, (contender) => {
  gc();
  const start = performance.now();
  for (const v of short.returns) contender.check(v);
  return performance.now() - start;
});
const shortResults = shortContenders.map((c) => {
  const ms = summary(shortSamples[c.name]);
  return { key: c.key, name: c.name, ms, perSecond: { median: count / (ms.median / 1000), min: count / (ms.max / 1000), max: count / (ms.min / 1000) } };
});
const shortBytes = Math.round(short.returns.reduce((n, r) => n + JSON.stringify(r).length, 0) / count);

const invalidCount = invalid.filter(Boolean).length;
const ruleOnly = kinds.filter((k) => k?.rule).length;
const results = contenders.map((c) => {
  const ms = summary(samples[c.name]);
  const perSecond = { median: count / (ms.median / 1000), min: count / (ms.max / 1000), max: count / (ms.min / 1000) };
  // The verdict pass's own time is not a sample: `ms` stays the rounds' summary.
  const { ms: _verdictMs, ...verdict } = verdicts[c.key];
  return { key: c.key, name: c.name, full: c.full, ms, perSecond, firstCallMs: firstCall[c.key], ...verdict };
});
for (const r of results) {
  console.log(
    `${r.name.padEnd(70)} ${Math.round(r.perSecond.median).toLocaleString('en-GB').padStart(9)}/s  (${Math.round(r.perSecond.min)}–${Math.round(r.perSecond.max)})  rejected ${r.rejectedInvalid}/${invalidCount} invalid, ${r.wrong} valid`,
  );
}
const out = {
  count,
  rounds,
  invalid: invalidCount,
  ruleOnlyInvalid: ruleOnly,
  evidenceChars: '1,000–3,000 per answer, 12 answers',
  bytesPerReturn,
  results,
  text: { results: textResults },
  short: { bytesPerReturn: shortBytes, results: shortResults },
};
for (const r of textResults) console.log(`from text: ${r.name.padEnd(58)} ${Math.round(r.perSecond.median).toLocaleString('en-GB').padStart(9)}/s`);
for (const r of shortResults) console.log(`short evidence: ${r.name.padEnd(55)} ${Math.round(r.perSecond.median).toLocaleString('en-GB').padStart(9)}/s`);
if (args.out) await writeFile(args.out, JSON.stringify(out, null, 2));
