import { S11ActionTracker } from './action-tracker.js';
// The tracker shows problems in <s11-error-summary>, so registering it registers the summary too.
import '../error-summary/s11-error-summary.js';

export { S11ActionTracker };
// Re-exported so that importing this file alone brings its events into the DOM's types.
export type { S11ActionUpdateEvent, S11ActionUpdateDetail } from '../events/action-update.js';
export type { S11RestoreEvent, S11RestoreDetail } from '../events/restore.js';
export type { S11StorageErrorEvent, S11StorageErrorDetail } from '../events/storage-error.js';

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-action-tracker')) customElements.define('s11-action-tracker', S11ActionTracker);

declare global {
  interface HTMLElementTagNameMap {
    's11-action-tracker': S11ActionTracker;
  }
}
