import '../rater/s11-rater.js';
import '../evidence/s11-evidence.js';
import '../action-plan/s11-action-plan.js';
import { S11StandardCard } from './standard-card.js';

export { S11StandardCard };

customElements.define('s11-standard-card', S11StandardCard);

declare global {
  interface HTMLElementTagNameMap {
    's11-standard-card': S11StandardCard;
  }
}
