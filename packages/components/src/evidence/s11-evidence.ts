import { S11Evidence } from './evidence.js';

export { S11Evidence };

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-evidence')) customElements.define('s11-evidence', S11Evidence);

declare global {
  interface HTMLElementTagNameMap {
    's11-evidence': S11Evidence;
  }
}
