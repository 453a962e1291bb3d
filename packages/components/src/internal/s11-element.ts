import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { S11Strings } from '../strings.js';

/**
 * Base of every s11 element: the page's overrides of the strings table and a typed way to fire
 * events. Each element reads its words as `_text`, the defaults it needs with the overrides on top
 * (`mergeStrings`): the audit's first load carries only the words of its task list.
 */
export class S11Element extends LitElement {
  /** Overrides for any user-facing string; see `defaultStrings`. */
  @property({ attribute: false }) strings: Partial<S11Strings> | undefined;

  /** Fire an event that bubbles out of shadow roots, as native input events do. */
  protected _emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail?: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
