import { S11ActionPlan } from './action-plan.js';
// The plan renders <s11-action-row>, so registering the plan registers the row too.
import '../action-row/s11-action-row.js';

export { S11ActionPlan };

customElements.define('s11-action-plan', S11ActionPlan);

declare global {
  interface HTMLElementTagNameMap {
    's11-action-plan': S11ActionPlan;
  }
}
