// The returns the Node benchmarks check: made by @s11kit/frameworks/generate (valid, submitted),
// with evidence lengthened to 1–3k characters, and every tenth return broken in one of several
// ways, half of them structural (wrong types, unknown keys, bad dates) and half only visible to
// the framework's rules (a level not on the scale, a missing action, a blank lead...).
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { seeded } from './random.mjs';

export const frameworkId = 'portsmouth-compact';

/** Ways to break a return; `rule: true` when only the framework's rules can see it. */
export const breakages = [
  { name: 'rating of the wrong type', rule: false, apply: (r) => (r.responses[2].rating = 3) },
  { name: 'unknown property', rule: false, apply: (r) => (r.notes = 'sent by email') },
  { name: 'date that is not a date', rule: false, apply: (r) => (r.createdAt = '1 May 2026') },
  { name: 'respondent missing', rule: false, apply: (r) => delete r.respondent },
  { name: 'standard id not a slug', rule: false, apply: (r) => (r.responses[5].standardId = 'Standard 6') },
  { name: 'evidence not a string', rule: false, apply: (r) => (r.responses[7].evidence = null) },
  { name: 'level not on the scale', rule: true, apply: (r) => (r.responses[1].rating = 'excellent') },
  { name: 'rating missing on submit', rule: true, apply: (r) => (r.responses[3].rating = null) },
  { name: 'inadequate without an action', rule: true, apply: (r) => Object.assign(r.responses[4], { rating: 'inadequate', actions: [] }) },
  {
    name: 'action without a lead',
    rule: true,
    apply: (r) =>
      Object.assign(r.responses[6], {
        rating: 'requires-improvement',
        actions: [{ id: 'zz1', action: 'Audit supervision records', lead: '', due: '2026-12-01', status: 'not-started', notes: '' }],
      }),
  },
  { name: 'evidence over the framework limit', rule: true, apply: (r) => (r.responses[8].evidence = r.responses[8].evidence.padEnd(5_001, ' More.')) },
  { name: 'another framework version', rule: true, apply: (r) => (r.framework.version = '0.9') },
  { name: 'standard left out', rule: true, apply: (r) => r.responses.splice(9, 1) },
];

/**
 * `count` returns as JSON-parsed values, with `invalid` marking the broken ones. Deterministic.
 * `longEvidence` grows every evidence box to 1,000–3,000 characters from the generator's own text.
 */
export async function workload({ count, seed = 11, longEvidence = true, invalidEvery = 10 }) {
  const framework = await loadFramework(frameworkId);
  const random = seeded(seed * 7919);
  const returns = [];
  const invalid = [];
  const kinds = [];
  let pool;
  let broken = 0;
  for (const ret of generateReturns(framework, { count, seed })) {
    if (longEvidence) {
      pool ??= sentences(framework, seed);
      for (const response of ret.responses) {
        const target = random.int(1_000, 3_000);
        let text = response.evidence;
        while (text.length < target) text += ` ${random.pick(pool)}`;
        response.evidence = text.slice(0, target);
      }
    }
    const i = returns.length;
    const bad = invalidEvery > 0 && i % invalidEvery === invalidEvery - 1;
    if (bad) {
      const breakage = breakages[broken++ % breakages.length];
      breakage.apply(ret);
      kinds.push(breakage);
    } else kinds.push(undefined);
    invalid.push(bad);
    // As a server receives it: text, parsed.
    returns.push(JSON.parse(JSON.stringify(ret)));
  }
  return { framework, returns, invalid, kinds };
}

function sentences(framework, seed) {
  const out = new Set();
  for (const ret of generateReturns(framework, { count: 300, seed: seed + 1 })) {
    for (const response of ret.responses) for (const s of response.evidence.split(/(?<=\.)\s+/)) if (s.length > 20) out.add(s);
  }
  return [...out];
}
