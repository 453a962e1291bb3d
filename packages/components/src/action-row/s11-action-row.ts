import { S11ActionRow } from './action-row.js';

export { S11ActionRow };

customElements.define('s11-action-row', S11ActionRow);

declare global {
  interface HTMLElementTagNameMap {
    's11-action-row': S11ActionRow;
  }
}
