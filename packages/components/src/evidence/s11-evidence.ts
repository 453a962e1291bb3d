import { S11Evidence } from './evidence.js';

export { S11Evidence };

customElements.define('s11-evidence', S11Evidence);

declare global {
  interface HTMLElementTagNameMap {
    's11-evidence': S11Evidence;
  }
}
