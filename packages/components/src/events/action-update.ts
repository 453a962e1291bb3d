import type { ActionChange } from '@s11kit/schema';

/** Detail of `s11-action-update`: one change `updateAction` applied to an action; `value` is already updated. */
export interface S11ActionUpdateDetail {
  /** The standard whose action it is: action ids are unique only within a standard's actions. */
  readonly standardId: string;
  readonly actionId: string;
  readonly change: ActionChange;
}
export type S11ActionUpdateEvent = CustomEvent<S11ActionUpdateDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-action-update': S11ActionUpdateEvent;
  }
}
