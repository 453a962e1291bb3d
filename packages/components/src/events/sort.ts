/**
 * How `<s11-summary>` orders its rows: by name, by how many ratings are below expected, or by the
 * level of one standard (`standardId`) or one item (`itemId`, when the columns are a standard's
 * items). Ascending is A to Z, fewest first, and worst level first.
 */
export interface S11SummarySort {
  readonly column: 'name' | 'below-expected' | 'standard' | 'item';
  /** The standard's id, when `column` is `standard`. */
  readonly standardId?: string;
  /** The item's id, when `column` is `item`. */
  readonly itemId?: string;
  readonly direction: 'ascending' | 'descending';
}

/** Detail of `s11-sort`: the order the person chose. */
export type S11SortDetail = S11SummarySort;
export type S11SortEvent = CustomEvent<S11SortDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-sort': S11SortEvent;
  }
}
