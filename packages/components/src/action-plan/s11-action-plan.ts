import { S11ActionPlan } from './action-plan.js';
// The plan renders <s11-action-row>, so registering the plan registers the row too.
import '../action-row/s11-action-row.js';

export { S11ActionPlan };

// The audit and partnership CDN bundles each carry the elements they share; a page with both, or
// a CMS that adds a script twice, must not fail on a second definition.
if (!customElements.get('s11-action-plan')) customElements.define('s11-action-plan', S11ActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    's11-action-plan': S11ActionPlan;
  }
}
