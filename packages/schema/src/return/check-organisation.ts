import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { londonDate, type Instant } from '../dates.js';
import type { ReturnContext, ValidationMode } from './rules/context.js';
import { coverRule, organisationRule } from './rules/organisation.js';

export interface CheckOrganisationOptions {
  /** `submit` (the default) reports what is still missing; `draft` only what is wrong. */
  readonly mode?: ValidationMode;
  /** The moment dates are compared with; defaults to the current time. */
  readonly now?: Instant;
}

/**
 * The issues of a return's organisation, respondent and cover sheet, checked by the same rules as
 * `validateReturn`: for showing whether the "about your organisation" task is done while the rest
 * of the return is unfinished, without checking the whole return. The return must already have
 * the right structure (a draft an element keeps, or one `validateReturn` accepted).
 */
export function checkOrganisation(framework: Framework, value: AuditReturn, options: CheckOrganisationOptions = {}): Issue[] {
  const sector = value.organisation.sector || undefined;
  const context: ReturnContext = {
    framework,
    index: indexFramework(framework),
    value,
    raw: value,
    mode: options.mode ?? 'submit',
    today: londonDate(options.now ?? Date.now()) ?? londonDate(Date.now())!,
    todayIsNow: true,
    name: (standard) => standardName(standard, sector),
    sector: sector && framework.sectors.some((s) => s.id === sector) ? sector : undefined,
  };
  const found: Issue[] = [];
  organisationRule(context, found);
  coverRule(context, found);
  return found;
}
