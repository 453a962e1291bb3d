import { S11ActionRow } from './action-row.js';

export { S11ActionRow };
// Re-exported so that importing this file alone brings its events into the DOM's types.
export type { S11ActionAddEvent, S11ActionRemoveEvent, S11ActionChangeDetail } from '../events/action-add.js';

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-action-row')) customElements.define('s11-action-row', S11ActionRow);

declare global {
  interface HTMLElementTagNameMap {
    's11-action-row': S11ActionRow;
  }
}
