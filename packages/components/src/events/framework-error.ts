import type { Issue } from '@s11kit/schema';

/** Detail of `s11-framework-error`: the framework could not be loaded or is not valid. */
export interface S11FrameworkErrorDetail {
  /** The built-in id or URL that was asked for. */
  readonly source: string;
  /** What went wrong, in words. */
  readonly message: string;
  /** Problems found by `parseFramework`, when the file loaded but is not a valid framework. */
  readonly issues: readonly Issue[];
}
export type S11FrameworkErrorEvent = CustomEvent<S11FrameworkErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-framework-error': S11FrameworkErrorEvent;
  }
}
