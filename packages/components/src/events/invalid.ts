import type { Issue } from '@s11kit/schema';

/** Detail of `s11-invalid`: what stopped a submit, as `validateReturn` worded it. */
export interface S11InvalidDetail {
  readonly issues: readonly Issue[];
}
export type S11InvalidEvent = CustomEvent<S11InvalidDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-invalid': S11InvalidEvent;
  }
}
