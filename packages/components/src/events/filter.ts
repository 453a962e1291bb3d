/** The filters of `<s11-summary>`; an empty string or `false` leaves a filter off. */
export interface S11SummaryFilters {
  /** Sector id. */
  readonly sector: string;
  /** Partnership id. */
  readonly partnership: string;
  /** Only rows with at least one rating below the scale's expected level. */
  readonly belowExpected: boolean;
  /** Part of an agency's name; punctuation and case are ignored, as the aggregator matches names. */
  readonly search: string;
}

/** Detail of `s11-filter`: the filters now applied, and how many rows they leave. */
export interface S11FilterDetail extends S11SummaryFilters {
  readonly shown: number;
  readonly total: number;
}
export type S11FilterEvent = CustomEvent<S11FilterDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-filter': S11FilterEvent;
  }
}
