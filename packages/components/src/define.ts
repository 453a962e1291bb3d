// Registers every element. `import '@s11kit/components/define.js'` once, or use the CDN bundle.
import './error-summary/s11-error-summary.js';
import './rater/s11-rater.js';
import './evidence/s11-evidence.js';
