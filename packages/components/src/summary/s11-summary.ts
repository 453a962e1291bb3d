import { S11Summary } from './summary.js';

export { S11Summary };

customElements.define('s11-summary', S11Summary);

declare global {
  interface HTMLElementTagNameMap {
    's11-summary': S11Summary;
  }
}
