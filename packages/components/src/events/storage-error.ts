/** Why a draft could not be saved. */
export type S11StorageProblem = 'unavailable' | 'full' | 'conflict';

/** Detail of `s11-storage-error`: the draft could not be saved in this browser; the form keeps working. */
export interface S11StorageErrorDetail {
  readonly problem: S11StorageProblem;
}
export type S11StorageErrorEvent = CustomEvent<S11StorageErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-storage-error': S11StorageErrorEvent;
  }
}
