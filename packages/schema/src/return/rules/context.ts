import type { Framework, Standard } from '../../models/framework.js';
import type { AuditReturn } from '../../models/return.js';
import type { FrameworkIndex } from '../../framework/framework-index.js';
import type { Issue, IssueCode, IssueSeverity } from '../../issues/issue.js';

/** `draft` checks what is there; `submit` also checks that nothing required is missing. */
export type ValidationMode = 'draft' | 'submit';

/** Everything a return rule needs, worked out once per check. */
export interface ReturnContext {
  readonly framework: Framework;
  readonly index: FrameworkIndex;
  readonly value: AuditReturn;
  /** The unparsed input: some hostile keys (`__proto__`) survive only there. */
  readonly raw: unknown;
  readonly mode: ValidationMode;
  /** London date that due dates are compared with, `YYYY-MM-DD`. */
  readonly today: string;
  /** Whether `today` is the real today, rather than the day the return was submitted. */
  readonly todayIsNow: boolean;
  /** "standard 6, Safe recruitment", in the wording of the return's sector. */
  readonly name: (standard: Standard) => string;
  /** The organisation's sector, when it has one the framework knows: picks the items that apply. */
  readonly sector: string | undefined;
}

/** A rule adds what it finds to `out`: plain pushes, no generators, because this runs per return on servers. */
export type ReturnRule = (context: ReturnContext, out: Issue[]) => void;

/** What the checks of a single response need: no whole return. */
export type ResponseContext = Pick<ReturnContext, 'framework' | 'index' | 'mode' | 'today' | 'todayIsNow' | 'name' | 'sector'>;

export function issue(path: Issue['path'], code: IssueCode, message: string, standardId?: string, severity: IssueSeverity = 'error'): Issue {
  return standardId === undefined ? { path, code, severity, message } : { path, code, severity, message, standardId };
}

/** Empty or only white space: what a person sees as "not filled in". */
// A search for the first visible character, not trim(): evidence runs to thousands of characters.
export const isBlank = (text: string): boolean => !/\S/.test(text);
