import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { S11Strings } from '../strings.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';

/** Base of every s11 element: the strings table and a typed way to fire events. */
export class S11Element extends LitElement {
  /** Overrides for any user-facing string; see `defaultStrings`. */
  @property({ attribute: false }) strings: Partial<S11Strings> | undefined;

  /**
   * The strings to show: defaults with the page's overrides on top. The audit's words by default;
   * the partnership elements widen this to the whole table.
   */
  protected get _text(): AuditStrings {
    return mergeStrings(auditStrings, this.strings);
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
