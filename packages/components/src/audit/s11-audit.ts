import { S11Audit } from './audit.js';

export { S11Audit };
// Re-exported so that importing this file alone brings the events into the DOM's types
// (`addEventListener('s11-submit', (e) => e.detail.value)`); the declarations keep this line.
export type { S11SubmitEvent, S11SubmitDetail } from '../events/submit.js';
export type { S11InvalidEvent, S11InvalidDetail } from '../events/invalid.js';
export type { S11RestoreEvent, S11RestoreDetail } from '../events/restore.js';
export type { S11StorageErrorEvent, S11StorageErrorDetail } from '../events/storage-error.js';
export type { S11FrameworkErrorEvent, S11FrameworkErrorDetail } from '../events/framework-error.js';

// The elements of a standard's page and the error summary are registered by what the audit loads
// after its task list is painted (audit-more.ts), not here. The audit and partnership CDN bundles
// each carry the elements they share; a page with both, or a CMS that adds a script twice, must
// not fail on a second definition.
if (!customElements.get('s11-audit')) customElements.define('s11-audit', S11Audit);

declare global {
  interface HTMLElementTagNameMap {
    's11-audit': S11Audit;
  }
}
