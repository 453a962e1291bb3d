import type { AuditReturn, Framework, Issue, Response } from '@s11kit/schema';
import type { AuditStrings } from '../strings/audit-strings.js';
import type { CoreStrings } from '../strings/core-strings.js';
import type { AuditView } from './view.js';

/**
 * What the task list reads: only what the audit has before the rest of it loads (the outline of a
 * built-in framework, the words of the first load).
 */
export interface TaskListHost {
  readonly framework: Framework;
  readonly draft: AuditReturn;
  readonly text: CoreStrings;
  readonly nowIso: string;
  /** Standards the organisation answers, in order. */
  readonly applicable: Framework['standards'];
  /** Where the answers are kept as they are typed, so that the intro promises only that. */
  readonly saving: 'browser' | 'online' | 'none';
  href(view: AuditView): string;
  go(view: AuditView): void;
}

/**
 * What the audit's pages read from and ask of the element that owns the draft. The element hands
 * its pages an object of its own rather than itself, so none of this is part of its public API.
 */
export interface AuditHost {
  readonly framework: Framework;
  readonly draft: AuditReturn;
  readonly text: AuditStrings;
  readonly strings: Partial<AuditStrings> | undefined;
  /** Whether the audit's controls are disabled (itself or by an ancestor fieldset). */
  readonly controlsDisabled: boolean;
  /** Whether a submission is on its way. */
  readonly sending: boolean;
  /** Issues to show: the last submit attempt's, kept up to date as answers change. */
  readonly issues: readonly Issue[];
  /** The moment due dates are judged at, ISO 8601. */
  readonly nowIso: string;
  /** Standards the organisation answers, in order. */
  readonly applicable: Framework['standards'];
  /** The answer to a standard in the previous cycle, when the page gave `previous-url`. */
  previous(standardId: string): Response | undefined;
  /** The address of a page, for a real link. */
  href(view: AuditView): string;
  go(view: AuditView): void;
  change(change: (draft: AuditReturn) => AuditReturn, type: 'input' | 'change'): void;
  setResponse(response: Response, type: 'input' | 'change'): void;
  submit(): void;
  selectIssue(issue: Issue): void;
}

/**
 * Follow an in-audit link without loading the page. A click with a modifier (a new tab or
 * window) or another button is left to the browser: the link's address opens that page there.
 */
export const follow = (action: () => void) => (event: MouseEvent) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  action();
};
