// Small statistics for noisy machines: every figure is a median with its min and max over rounds.
export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: NaN, min: NaN, max: NaN, n: 0, samples: [] };
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { median, min: sorted[0], max: sorted[n - 1], n, samples };
}

/** Rotate the order of contenders each round, so that none is always first (cold) or last. */
export const rotated = (items, round) => items.map((_, i) => items[(i + round) % items.length]);

/** Run `fn` once per round for every contender, interleaved, and collect samples by name. */
export async function interleave(contenders, rounds, fn) {
  const samples = Object.fromEntries(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of rotated(contenders, round)) samples[contender.name].push(await fn(contender, round));
  }
  return samples;
}
