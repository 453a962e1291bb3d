// `npm run bench` part "crash": how much steady typing a renderer crash loses (bench/lib/crash-trials.mjs).
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { crashTrials } from './lib/crash-trials.mjs';

const { values } = parseArgs({ options: { trials: { type: 'string', default: '30' }, out: { type: 'string' } } });
const results = await crashTrials({ trials: Number(values.trials) });
const out = { trials: results.length, intervalMs: 250, results };
if (values.out) writeFileSync(values.out, JSON.stringify(out, null, 2));
else console.log(out);
