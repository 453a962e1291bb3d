import '/assets/cdn/s11kit-partnership.js';
import { loadInto } from './load.js';

await loadInto('s11-summary', (summary, { framework, result }) => {
  summary.framework = framework;
  summary.result = result;
});
