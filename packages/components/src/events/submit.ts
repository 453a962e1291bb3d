import type { AuditReturn } from '@s11kit/schema';

/** Detail of `s11-submit`: the return, validated by `validateReturn` and marked submitted. */
export interface S11SubmitDetail {
  readonly value: AuditReturn;
  /**
   * Stable for this submission: send it as the `Idempotency-Key` header so that a retry (after a
   * timeout, a lost answer or a reload) can never be stored twice. A new key comes with new answers.
   */
  readonly idempotencyKey: string;
  /**
   * Send the return yourself, as an ExtendableEvent does: call it while the event is dispatched
   * with a promise that resolves to the receipt your server gave (`{ reference, receivedAt }`) or
   * rejects. The audit says "sent" only once a receipt arrives; a rejection shows "Your return has
   * not been sent" with Try again, and the draft is kept.
   */
  waitUntil(promise: PromiseLike<unknown>): void;
}
export type S11SubmitEvent = CustomEvent<S11SubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-submit': S11SubmitEvent;
  }
}
