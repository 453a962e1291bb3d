// Registers every element. `import '@s11kit/components/define.js'` once, or use the CDN bundle.
import './error-summary/s11-error-summary.js';
import './rater/s11-rater.js';
import './evidence/s11-evidence.js';
import './action-row/s11-action-row.js';
import './action-plan/s11-action-plan.js';
import './standard-card/s11-standard-card.js';
import './audit/s11-audit.js';
import './summary/s11-summary.js';
import './action-tracker/s11-action-tracker.js';
