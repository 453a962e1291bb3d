import '../rater/s11-rater.js';
import '../evidence/s11-evidence.js';
import '../action-plan/s11-action-plan.js';
import { S11StandardCard } from './standard-card.js';

export { S11StandardCard };

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-standard-card')) customElements.define('s11-standard-card', S11StandardCard);

declare global {
  interface HTMLElementTagNameMap {
    's11-standard-card': S11StandardCard;
  }
}
