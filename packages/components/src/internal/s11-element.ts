import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveStrings, type S11Strings } from '../strings.js';

/** Base of every s11 element: the strings table and a typed way to fire events. */
export class S11Element extends LitElement {
  /** Overrides for any user-facing string; see `defaultStrings`. */
  @property({ attribute: false }) strings: Partial<S11Strings> | undefined;

  /** The strings to show: defaults with the page's overrides on top. */
  protected get _text(): S11Strings {
    return resolveStrings(this.strings);
  }

  /** Fire an event that bubbles out of shadow roots, as native input events do. */
  protected _emit<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
    detail?: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
    );
  }
}
