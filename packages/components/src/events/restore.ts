/** Detail of `s11-restore`: a saved draft was put back on screen. */
export interface S11RestoreDetail {
  /** When the draft was last saved, ISO 8601. */
  readonly savedAt: string;
  /** Answers kept aside because their standards are not in this framework version. */
  readonly setAside: number;
}
export type S11RestoreEvent = CustomEvent<S11RestoreDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-restore': S11RestoreEvent;
  }
}
