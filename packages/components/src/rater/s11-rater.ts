import { S11Rater } from './rater.js';

export { S11Rater };

customElements.define('s11-rater', S11Rater);

declare global {
  interface HTMLElementTagNameMap {
    's11-rater': S11Rater;
  }
}
