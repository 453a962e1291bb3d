// Entry of the CDN bundle a CMS page loads for the audit (`<script type="module" src=".../s11kit.js">`):
// registers <s11-audit> and every element it is made of, and exports their classes. The
// partnership elements are a separate entry (cdn-partnership.ts), so an audit page never
// downloads the aggregation code behind the heatmap.
import './audit/s11-audit.js';
import './action-row/s11-action-row.js';

export { S11ErrorSummary } from './error-summary/error-summary.js';
export { S11Rater } from './rater/rater.js';
export { S11Evidence } from './evidence/evidence.js';
export { S11ActionRow } from './action-row/action-row.js';
export { S11ActionPlan } from './action-plan/action-plan.js';
export { S11StandardCard } from './standard-card/standard-card.js';
export { S11Audit } from './audit/audit.js';
export { draftKey, clearDrafts } from './internal/draft-store.js';
// The words these elements read; the full table (with the partnership elements' words) is
// `defaultStrings` in the npm package and the partnership bundle.
export { auditStrings } from './strings/audit-strings.js';
