import type { Action } from '@s11kit/schema';

/** Detail of `s11-action-add` and `s11-action-remove`: which action, and where it was. */
export interface S11ActionChangeDetail {
  readonly index: number;
  readonly action: Action;
}
export type S11ActionAddEvent = CustomEvent<S11ActionChangeDetail>;
export type S11ActionRemoveEvent = CustomEvent<S11ActionChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-action-add': S11ActionAddEvent;
    's11-action-remove': S11ActionRemoveEvent;
  }
}
