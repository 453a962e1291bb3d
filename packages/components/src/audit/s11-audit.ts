import '../error-summary/s11-error-summary.js';
import '../standard-card/s11-standard-card.js';
import { S11Audit } from './audit.js';

export { S11Audit };

customElements.define('s11-audit', S11Audit);

declare global {
  interface HTMLElementTagNameMap {
    's11-audit': S11Audit;
  }
}
