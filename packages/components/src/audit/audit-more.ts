// What <s11-audit> loads after its task list is painted (one lazy chunk in the CDN bundle, a
// dynamic import for bundlers): the elements of a standard's page, the other pages, checking a
// return and a framework, sending, and the styles of those pages. Nothing here is needed to show
// the task list; everything here is fetched right after it is shown, so that every page works
// offline once the audit has loaded.
import './audit-parts.js';

export { validateReturn, parseFramework } from '@s11kit/schema';
export { viewOfIssue, organisationControlId, cardFieldOf } from './issue-view.js';
export { renderOrganisation } from './views/organisation.js';
export { renderStandard } from './views/standard.js';
export { renderActionPlan, renderCheckAnswers } from './views/check-answers.js';
export { renderConfirmation } from './views/confirmation.js';
export { renderCopies, readSavedCopy, downloadCopy } from './views/copies.js';
export { sendReturn, receiptFrom } from './send-return.js';
export { loadPreviousAnswers } from './previous-answers.js';
export { auditPageStyles } from './audit-more.styles.js';
export { auditStrings } from '../strings/audit-strings.js';
