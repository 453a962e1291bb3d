import type { Framework } from '../models/framework.js';
import type { ChangedStandard, StatementOfCompliance } from '../models/history.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { quote } from '../issues/text.js';
import { ratingChanges, ratingOf } from './rating-changes.js';
import { ratingWords, statementIssues, statementPlanIssues } from './statement-issues.js';
import { validateReturn } from '../return/validate-return.js';

/**
 * Check a statement of compliance against the two returns it compares: it must be signed (name
 * and role), have words, and list exactly the standards whose rating differs between the year-1
 * return and the current one, each with the right ratings; a standard now rated higher must come
 * with its evidence, and one rated lower needs an action plan in the current return. The current
 * return is validated too (in the mode its status gives). Paths of issues about the statement are
 * inside the statement; those about the current return start at its root (`responses`,
 * `organisation`...), which no field of a statement shares.
 */
export function checkStatement(framework: Framework, yearOne: AuditReturn, current: AuditReturn, entry: StatementOfCompliance): Issue[] {
  const sector = current.organisation.sector || undefined;
  const issues = [...statementIssues(framework, entry, [], sector)];
  const mismatched = [...frameworkMismatch(framework, yearOne, 'year 1 return'), ...frameworkMismatch(framework, current, 'current return')];
  // Ratings of another framework's standards cannot be compared: say so and stop there.
  if (mismatched.length) return [...issues, ...mismatched];

  const index = indexFramework(framework);
  const name = (id: string) => standardName(index.standards.get(id)!, sector);
  const words = (rating: string | null) => ratingWords(framework, rating);
  const actual = new Map(ratingChanges(framework, yearOne, current).map((change) => [change.standardId, change]));
  const seen = new Set<string>();

  for (const [k, listed] of entry.changedStandards.entries()) {
    if (!index.standards.has(listed.standardId) || seen.has(listed.standardId)) continue; // reported above
    seen.add(listed.standardId);
    const real = actual.get(listed.standardId);
    const at = ['changedStandards', k];
    if (!real) {
      const rating = words(ratingOf(current, listed.standardId));
      issues.push(
        issue(
          at,
          'statement_change_unexpected',
          `The statement of compliance says the rating of ${name(listed.standardId)} changed, but it is ${rating} in both the year 1 return and now: remove it from the list`,
          listed.standardId,
        ),
      );
    } else if (real.from !== listed.from || real.to !== listed.to) {
      issues.push(
        issue(
          at,
          'statement_change_incorrect',
          `The statement of compliance says the rating of ${name(listed.standardId)} changed from ${words(listed.from)} to ${words(listed.to)}, but it changed from ${words(real.from)} to ${words(real.to)}: correct it`,
          listed.standardId,
        ),
      );
    }
  }
  for (const real of actual.values()) {
    if (!seen.has(real.standardId)) issues.push(issue(['changedStandards'], 'statement_change_missing', missingMessage(name(real.standardId), real, words), real.standardId));
  }
  const happened = (change: ChangedStandard) => {
    const real = actual.get(change.standardId);
    return real !== undefined && real.from === change.from && real.to === change.to;
  };
  issues.push(...statementPlanIssues(framework, entry, current, [], sector, happened));
  // The statement is signed on the current return: it must hold up on its own as well.
  const checked = validateReturn(framework, current);
  issues.push(...checked.issues.filter((found) => found.severity === 'error' && !(found.path[0] === 'history' && isThisEntry(current, found, entry))));
  return issues;
}

/** An issue of the statement itself, already reported above, when it is in the current return's history too. */
function isThisEntry(current: AuditReturn, found: Issue, entry: StatementOfCompliance): boolean {
  const k = found.path[1];
  return typeof k === 'number' && current.history?.[k] !== undefined && JSON.stringify(current.history[k]) === JSON.stringify(entry);
}

const missingMessage = (name: string, change: ChangedStandard, words: (rating: string | null) => string) =>
  `The statement of compliance does not list ${name}, whose rating changed from ${words(change.from)} to ${words(change.to)} since the year 1 return: add it`;

function frameworkMismatch(framework: Framework, ret: AuditReturn, which: string): Issue[] {
  if (ret.framework.id === framework.id) return [];
  return [
    {
      path: [],
      code: 'framework_mismatch',
      severity: 'error',
      message: `The ${which} was made with the framework ${quote(ret.framework.id)}, not ${quote(framework.id)} (${framework.title}): compare returns made with the same framework`,
    },
  ];
}

function issue(path: Issue['path'], code: Issue['code'], message: string, standardId: string): Issue {
  return { path, code, severity: 'error', message, standardId };
}
