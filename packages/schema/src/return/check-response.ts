import type { Framework } from '../models/framework.js';
import type { Response } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { londonDate, type Instant } from '../dates.js';
import { isBlank, type ResponseContext, type ValidationMode } from './rules/context.js';
import { responseIssues } from './rules/responses.js';

export interface CheckResponseOptions {
  /** The organisation's sector, for the standard's wording in messages. */
  readonly sector?: string;
  /** `submit` (the default) reports what is still missing; `draft` only what is wrong. */
  readonly mode?: ValidationMode;
  /** The moment due dates are compared with; defaults to the current time. */
  readonly now?: Instant;
  /** Where the response sits in its return, for the issues' paths. Default 0. */
  readonly position?: number;
}

/** How far a standard's answer has got, as a GOV.UK task list shows it. */
export type ResponseStatus = 'not-started' | 'in-progress' | 'complete';

/**
 * The issues of one response, checked by the same rules as `validateReturn`: for showing what a
 * standard still needs while the rest of the return is unfinished.
 */
export function checkResponse(framework: Framework, response: Response, options: CheckResponseOptions = {}): Issue[] {
  const index = indexFramework(framework);
  const standard = index.standards.get(response.standardId);
  if (!standard) return [];
  const context: ResponseContext = {
    framework,
    index,
    mode: options.mode ?? 'submit',
    today: londonDate(options.now ?? Date.now()) ?? londonDate(Date.now())!,
    todayIsNow: true,
    name: (s) => standardName(s, options.sector),
    sector: options.sector || undefined,
  };
  const found: Issue[] = [];
  responseIssues(context, standard, response, options.position ?? 0, found);
  return found;
}

/** Nothing typed or chosen yet. */
export function isResponseEmpty(response: Response | undefined): boolean {
  return (
    !response ||
    (response.rating === null &&
      isBlank(response.evidence) &&
      isBlank(response.explanation) &&
      response.actions.length === 0 &&
      !response.items?.some((item) => item.rating !== null || !isBlank(item.explanation)))
  );
}

/** `not-started` when nothing is filled in, `complete` when it would pass at submit, else `in-progress`. */
export function responseStatus(framework: Framework, response: Response | undefined, options: CheckResponseOptions = {}): ResponseStatus {
  if (!response || isResponseEmpty(response)) return 'not-started';
  return checkResponse(framework, response, options).some((issue) => issue.severity === 'error') ? 'in-progress' : 'complete';
}
