import { S11ErrorSummary } from './error-summary.js';

export { S11ErrorSummary };
// Re-exported so that importing this file alone brings its event into the DOM's types.
export type { S11IssueSelectEvent, S11IssueSelectDetail } from '../events/issue-select.js';

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-error-summary')) customElements.define('s11-error-summary', S11ErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    's11-error-summary': S11ErrorSummary;
  }
}
