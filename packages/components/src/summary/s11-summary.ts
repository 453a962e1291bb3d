import { S11Summary } from './summary.js';

export { S11Summary };
// Re-exported so that importing this file alone brings its events into the DOM's types.
export type { S11FilterEvent, S11FilterDetail } from '../events/filter.js';
export type { S11SortEvent, S11SortDetail } from '../events/sort.js';

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-summary')) customElements.define('s11-summary', S11Summary);

declare global {
  interface HTMLElementTagNameMap {
    's11-summary': S11Summary;
  }
}
