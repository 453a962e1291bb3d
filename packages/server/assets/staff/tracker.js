import '/assets/cdn/s11kit-partnership.js';
import { loadInto } from './load.js';

await loadInto('s11-action-tracker', (tracker, { framework, value }) => {
  tracker.framework = framework;
  tracker.value = value;
});
