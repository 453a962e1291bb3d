import type { AuditReturn } from '@s11kit/schema';

/** Detail of `s11-submit`: the return, validated by `validateReturn` and marked submitted. */
export interface S11SubmitDetail {
  readonly value: AuditReturn;
}
export type S11SubmitEvent = CustomEvent<S11SubmitDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-submit': S11SubmitEvent;
  }
}
