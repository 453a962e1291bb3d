import type { AuditReturn } from '@s11kit/schema';

/** Detail of `s11-sent`: a receipt came back, so the return has really been kept. */
export interface S11SentDetail {
  readonly value: AuditReturn;
  readonly reference: string;
  readonly receivedAt: string;
}
export type S11SentEvent = CustomEvent<S11SentDetail>;

/** Detail of `s11-send-error`: the return was not sent; the audit says so and keeps the draft. */
export interface S11SendErrorDetail {
  /** `failed`: no receipt came back; `not-configured`: the page gives the audit nowhere to send it. */
  readonly problem: 'failed' | 'not-configured';
  /** What went wrong, for the page's developer: not shown to the person. */
  readonly reason: string;
}
export type S11SendErrorEvent = CustomEvent<S11SendErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-sent': S11SentEvent;
    's11-send-error': S11SendErrorEvent;
  }
}
