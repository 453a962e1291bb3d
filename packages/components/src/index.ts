// Classes and types only: importing this module defines no tags. Import `@s11kit/components/s11-*.js`
// (or the CDN bundle) to register them.
export { S11ErrorSummary } from './error-summary/error-summary.js';
export { S11Rater } from './rater/rater.js';
export { S11Evidence } from './evidence/evidence.js';
export { S11ActionRow, type S11ActionField } from './action-row/action-row.js';
export { S11ActionPlan } from './action-plan/action-plan.js';
export { S11StandardCard } from './standard-card/standard-card.js';
export { S11Audit } from './audit/audit.js';
export { S11Summary, type S11SummaryRows } from './summary/summary.js';
export { S11ActionTracker } from './action-tracker/action-tracker.js';
export { draftKey, clearDrafts, type DraftEnvelope, type PendingSubmission } from './internal/draft-store.js';
export type { Receipt } from './audit/receipt-store.js';
export { defaultStrings, resolveStrings, type S11Strings, type AuditStrings } from './strings.js';
export type { S11IssueSelectDetail, S11IssueSelectEvent } from './events/issue-select.js';
export type { S11ActionChangeDetail, S11ActionAddEvent, S11ActionRemoveEvent } from './events/action-add.js';
export type { S11SubmitDetail, S11SubmitEvent } from './events/submit.js';
export type { S11SentDetail, S11SentEvent, S11SendErrorDetail, S11SendErrorEvent } from './events/sent.js';
export type { S11InvalidDetail, S11InvalidEvent } from './events/invalid.js';
export type { S11RestoreDetail, S11RestoreEvent } from './events/restore.js';
export type { S11StorageErrorDetail, S11StorageErrorEvent, S11StorageProblem } from './events/storage-error.js';
export type { S11FrameworkErrorDetail, S11FrameworkErrorEvent } from './events/framework-error.js';
export type { S11FilterDetail, S11FilterEvent, S11SummaryFilters } from './events/filter.js';
export type { S11SortDetail, S11SortEvent, S11SummarySort } from './events/sort.js';
export type { S11ActionUpdateDetail, S11ActionUpdateEvent } from './events/action-update.js';
