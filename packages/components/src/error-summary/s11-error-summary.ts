import { S11ErrorSummary } from './error-summary.js';

export { S11ErrorSummary };

customElements.define('s11-error-summary', S11ErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    's11-error-summary': S11ErrorSummary;
  }
}
