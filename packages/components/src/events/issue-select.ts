import type { Issue } from '@s11kit/schema';

/** Detail of `s11-issue-select`: the issue whose link was followed in an error summary. */
export interface S11IssueSelectDetail {
  readonly issue: Issue;
}

export type S11IssueSelectEvent = CustomEvent<S11IssueSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    's11-issue-select': S11IssueSelectEvent;
  }
}
