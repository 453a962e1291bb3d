import { checkReturnStructure } from '../structure/checkers.generated.js';
import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue, Result } from '../issues/issue.js';
import { IssueCollector } from '../issues/collector.js';
import { fromStructureIssue } from '../issues/from-structure.js';
import { unreadable } from '../issues/unreadable.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { londonDate, type Instant } from '../dates.js';
import { returnPathDescriber } from './describe-return-path.js';
import { withAllowedValues } from './allowed-values.js';
import { withStandardId } from './issue-standard.js';
import type { ReturnContext, ReturnRule, ValidationMode } from './rules/context.js';
import { identityRule } from './rules/identity.js';
import { coverRule, organisationRule } from './rules/organisation.js';
import { responsesRule } from './rules/return-responses.js';
import { actionIdsRule, orphanActionsRule } from './rules/return-actions.js';
import { actionRecordsRule, historyRule } from './rules/tracking.js';
import { surveyRule } from './rules/survey.js';

export interface ValidateOptions {
  /**
   * `draft` checks only what has been filled in; `submit` also requires every answer the
   * framework asks for. Defaults to the return's own `status`.
   */
  readonly mode?: ValidationMode;
  /**
   * The moment due dates are compared with. Defaults to when a submitted return was submitted
   * (so that old returns stay valid), otherwise to the current time.
   */
  readonly now?: Instant;
}

const RULES: readonly ReturnRule[] = [identityRule, organisationRule, coverRule, responsesRule, orphanActionsRule, actionIdsRule, actionRecordsRule, historyRule, surveyRule];

/**
 * Check a value against a framework: its shape, then every rule of the framework and its scale.
 * Never throws. The result's `issues` are worded for a GOV.UK error summary; on success they hold
 * warnings only.
 *
 * @example
 * const result = validateReturn(framework, body, { mode: 'submit' });
 * if (!result.ok) return res.status(422).json(result.issues);
 */
export function validateReturn(framework: Framework, input: unknown, options: ValidateOptions = {}): Result<AuditReturn> {
  try {
    const structure = checkReturnStructure(input);
    if (!structure.success) {
      const collector = new IssueCollector();
      const describe = returnPathDescriber(framework, input);
      for (const issue of structure.issues)
        collector.addAll(fromStructureIssue(issue, input, describe).map((found) => withStandardId(input, withAllowedValues(framework, input, found, describe))));
      return { ok: false, issues: collector.finish() };
    }
    return checkReturnRules(framework, structure.data, input, options);
  } catch (cause) {
    return { ok: false, issues: [unreadable('return', cause)] };
  }
}

/**
 * The framework's rules on a value whose structure is already checked (`raw` is the input as
 * given). Internal: `validateReturn` is the way in; the benchmarks call this to time the rules alone.
 */
export function checkReturnRules(framework: Framework, value: AuditReturn, raw: unknown, options: ValidateOptions = {}): Result<AuditReturn> {
  const collector = new IssueCollector();
  const context = createContext(framework, value, raw, options);
  const found: Issue[] = [];
  for (const rule of RULES) rule(context, found);
  collector.addAll(found.map((issue) => withStandardId(raw, issue)));
  if (collector.hasErrors) return { ok: false, issues: collector.finish() };
  return { ok: true, value, issues: collector.finish() };
}

function createContext(framework: Framework, value: AuditReturn, raw: unknown, options: ValidateOptions): ReturnContext {
  const mode = options.mode ?? (value.status === 'submitted' ? 'submit' : 'draft');
  const submittedDay = value.status === 'submitted' && value.submittedAt ? londonDate(value.submittedAt) : undefined;
  const explicit = options.now === undefined ? undefined : londonDate(options.now);
  const today = explicit ?? submittedDay ?? londonDate(Date.now())!;
  const sector = value.organisation.sector || undefined;
  return {
    framework,
    index: indexFramework(framework),
    value,
    raw,
    mode,
    today,
    todayIsNow: explicit !== undefined || submittedDay === undefined,
    name: (standard) => standardName(standard, sector),
    sector: sector && framework.sectors.some((s) => s.id === sector) ? sector : undefined,
  };
}
