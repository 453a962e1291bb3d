import { S11ActionTracker } from './action-tracker.js';
// The tracker shows problems in <s11-error-summary>, so registering it registers the summary too.
import '../error-summary/s11-error-summary.js';

export { S11ActionTracker };

customElements.define('s11-action-tracker', S11ActionTracker);

declare global {
  interface HTMLElementTagNameMap {
    's11-action-tracker': S11ActionTracker;
  }
}
