import { S11Summary } from './summary.js';

export { S11Summary };

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-summary')) customElements.define('s11-summary', S11Summary);

declare global {
  interface HTMLElementTagNameMap {
    's11-summary': S11Summary;
  }
}
