// Classes and types only: importing this module defines no tags. Import `@s11kit/components/s11-*.js`
// (or the CDN bundle) to register them.
export { S11ErrorSummary } from './error-summary/error-summary.js';
export { S11Rater } from './rater/rater.js';
export { S11Evidence } from './evidence/evidence.js';
export { S11ActionRow, type S11ActionField } from './action-row/action-row.js';
export { S11ActionPlan } from './action-plan/action-plan.js';
export { defaultStrings, resolveStrings, type S11Strings } from './strings.js';
export type { S11IssueSelectDetail, S11IssueSelectEvent } from './events/issue-select.js';
export type { S11ActionChangeDetail, S11ActionAddEvent, S11ActionRemoveEvent } from './events/action-add.js';
