import { S11ActionTracker } from './action-tracker.js';
// The tracker shows problems in <s11-error-summary>, so registering it registers the summary too.
import '../error-summary/s11-error-summary.js';

export { S11ActionTracker };

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-action-tracker')) customElements.define('s11-action-tracker', S11ActionTracker);

declare global {
  interface HTMLElementTagNameMap {
    's11-action-tracker': S11ActionTracker;
  }
}
