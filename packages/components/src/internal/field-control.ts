import { property } from 'lit/decorators.js';
import { S11FormControl } from './form-control.js';

/**
 * Base of the s11 elements that are one question of a form (a rating, evidence, an action): a
 * form control with the question's own label, hint and whether it must be answered. The audit is a
 * form control but not one question, so it has none of these.
 */
export abstract class S11FieldControl extends S11FormControl {
  /** Whether an answer is needed for the form to be valid. */
  @property({ type: Boolean, reflect: true, useDefault: true }) required = false;
  /** The question, shown as the label or legend. Text only. */
  @property() label = '';
  /** Hint text under the label. Text only. */
  @property() hint = '';
}
