import type { AuditReturn, Framework, Issue, Response } from '@s11kit/schema';
import type { AuditStrings } from '../strings/audit-strings.js';
import type { AuditView } from './view.js';

/** What the audit's pages read from and ask of the element that owns the draft. */
export interface AuditHost {
  readonly framework: Framework;
  readonly draft: AuditReturn;
  readonly text: AuditStrings;
  readonly strings: Partial<AuditStrings> | undefined;
  /** Whether the audit's controls are disabled (itself or by an ancestor fieldset). */
  readonly controlsDisabled: boolean;
  /** Issues to show: the last submit attempt's, kept up to date as answers change. */
  readonly issues: readonly Issue[];
  /** The moment due dates are judged at, ISO 8601. */
  readonly nowIso: string;
  /** Standards the organisation answers, in order. */
  readonly applicable: Framework['standards'];
  go(view: AuditView): void;
  change(change: (draft: AuditReturn) => AuditReturn, type: 'input' | 'change'): void;
  setResponse(response: Response, type: 'input' | 'change'): void;
  submit(): void;
  selectIssue(issue: Issue): void;
}

/** A link that runs an action instead of navigating, as every in-audit link does. */
export const activate = (action: () => void) => (event: Event) => {
  event.preventDefault();
  action();
};
