import '../error-summary/s11-error-summary.js';
import '../standard-card/s11-standard-card.js';
import { S11Audit } from './audit.js';

export { S11Audit };

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-audit')) customElements.define('s11-audit', S11Audit);

declare global {
  interface HTMLElementTagNameMap {
    's11-audit': S11Audit;
  }
}
