import { S11Rater } from './rater.js';

export { S11Rater };

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-rater')) customElements.define('s11-rater', S11Rater);

declare global {
  interface HTMLElementTagNameMap {
    's11-rater': S11Rater;
  }
}
