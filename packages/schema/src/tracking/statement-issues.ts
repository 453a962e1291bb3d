import type { Framework } from '../models/framework.js';
import type { ChangedStandard, StatementOfCompliance } from '../models/history.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue, IssueCode, IssuePath } from '../issues/issue.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { listOr, quote } from '../issues/text.js';
import { isBlank } from '../return/rules/context.js';
import { isEmptyAction } from '../return/rules/actions.js';
import { levelStandings } from '../scales/level-standings.js';

/** Which way a standard's rating moved: `up` or `down` between two ratings that count, else `other`. */
export function movement(framework: Framework, change: Pick<ChangedStandard, 'from' | 'to'>): 'up' | 'down' | 'other' {
  const standings = levelStandings(framework.scale);
  const score = (rating: string | null) => (rating === null ? null : (standings.find((s) => s.id === rating)?.score ?? null));
  const [from, to] = [score(change.from), score(change.to)];
  if (from === null || to === null || from === to) return 'other';
  return to > from ? 'up' : 'down';
}

/** "Partly met", or "not rated" for null, or the id in quotes when the scale does not have it. */
export function ratingWords(framework: Framework, rating: string | null): string {
  if (rating === null) return 'not rated';
  const level = indexFramework(framework).levels.get(rating);
  return level ? level.label : quote(rating);
}

/**
 * What is wrong with a statement of compliance on its own, without the returns it compares: who
 * signed it, its words, and whether the changes it lists name real standards and levels once.
 * `at` is where the statement sits in the checked value.
 */
export function* statementIssues(framework: Framework, entry: StatementOfCompliance, at: IssuePath, sector?: string): Generator<Issue> {
  const make = (path: IssuePath, code: IssueCode, message: string, standardId?: string): Issue => ({
    path: [...at, ...path],
    code,
    severity: 'error',
    message,
    ...(standardId === undefined ? {} : { standardId }),
  });
  if (isBlank(entry.signedBy.name)) yield make(['signedBy', 'name'], 'signer_name_required', 'Enter the name of the person signing the statement of compliance');
  if (isBlank(entry.signedBy.role))
    yield make(['signedBy', 'role'], 'signer_role_required', 'Enter the role of the person signing the statement of compliance, such as Chief executive');
  if (isBlank(entry.statement)) yield make(['statement'], 'statement_text_required', 'Enter the words of the statement of compliance');

  const index = indexFramework(framework);
  const listed = new Set<string>();
  for (const [k, change] of entry.changedStandards.entries()) {
    const standard = index.standards.get(change.standardId);
    if (!standard) {
      yield make(
        ['changedStandards', k, 'standardId'],
        'unknown_standard',
        `Change ${k + 1} of the statement of compliance names a standard ${quote(change.standardId)} that is not in ${framework.title}: correct the id`,
      );
      continue;
    }
    const name = standardName(standard, sector);
    if (listed.has(standard.id)) {
      yield make(['changedStandards', k], 'statement_change_unexpected', `The statement of compliance lists ${name} more than once: keep one`, standard.id);
      continue;
    }
    listed.add(standard.id);
    let known = true;
    for (const side of ['from', 'to'] as const) {
      const rating = change[side];
      if (rating !== null && !index.levels.has(rating)) {
        known = false;
        yield make(
          ['changedStandards', k, side],
          'unknown_rating',
          `The statement of compliance gives ${name} a rating ${quote(rating)} that is not on the scale: use ${listOr(framework.scale.levels.map((l) => l.label))}`,
          standard.id,
        );
      }
    }
    // City and Hackney: a standard now rated higher than in year 1 comes with the evidence for it.
    if (known && movement(framework, change) === 'up' && isBlank(change.evidence ?? ''))
      yield make(
        ['changedStandards', k, 'evidence'],
        'statement_evidence_required',
        `Give the evidence that ${name} is now ${ratingWords(framework, change.to)}: it was ${ratingWords(framework, change.from)} in the year 1 return`,
        standard.id,
      );
  }
}

/**
 * What the return a statement is signed on must hold: an action plan for every standard the
 * statement says is now rated lower than in year 1. `at` is where the statement sits.
 */
export function* statementPlanIssues(
  framework: Framework,
  entry: StatementOfCompliance,
  current: AuditReturn,
  at: IssuePath,
  sector?: string,
  /** Only the changes that really happened, when the year-1 return is at hand to say. */
  real: (change: ChangedStandard) => boolean = () => true,
): Generator<Issue> {
  const index = indexFramework(framework);
  for (const [k, change] of entry.changedStandards.entries()) {
    const standard = index.standards.get(change.standardId);
    if (!standard || movement(framework, change) !== 'down' || !real(change)) continue;
    const response = current.responses.find((r) => r.standardId === change.standardId);
    if (response?.actions.some((action) => !isEmptyAction(action))) continue;
    yield {
      path: [...at, 'changedStandards', k],
      code: 'statement_action_required',
      severity: 'error',
      message: `Add an action plan for ${standardName(standard, sector)} to the return: the statement of compliance says it is now ${ratingWords(framework, change.to)}, lower than the ${ratingWords(framework, change.from)} of the year 1 return`,
      standardId: standard.id,
    };
  }
}
