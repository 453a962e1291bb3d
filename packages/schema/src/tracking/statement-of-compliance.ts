import type { Framework } from '../models/framework.js';
import type { ChangedStandard, Signer, StatementOfCompliance } from '../models/history.js';
import type { AuditReturn } from '../models/return.js';
import type { Result } from '../issues/issue.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { unreadable } from '../issues/unreadable.js';
import { londonDate, type Instant } from '../dates.js';
import { checkStatement } from './check-statement.js';
import { ratingChanges } from './rating-changes.js';
import { movement, ratingWords } from './statement-issues.js';

export interface StatementOptions {
  /** When the statement is signed. Defaults to the current time. */
  readonly now?: Instant;
  /** The words to sign, if the partnership gives its own; by default they are written from the returns. */
  readonly statement?: string;
  /**
   * For each standard now rated higher than in year 1, by standard id: the evidence that it is.
   * By default, the evidence the current return gives for the standard.
   */
  readonly evidence?: Readonly<Record<string, string>>;
}

/**
 * Build a year-2 statement of compliance: signed by `signedBy`, naming every standard whose
 * rating differs between the year-1 return and the current one, and how, with the evidence for
 * each standard now rated higher (City and Hackney ask for it). The entry is checked
 * with `checkStatement` before it is returned, so a statement with no signer never comes back.
 * Add it to the return with `signStatement`.
 *
 * @example
 * const entry = statementOfCompliance(framework, yearOne, current, { name: 'Morgan Reyes', role: 'Director of Children’s Services' });
 * if (entry.ok) current = signStatement(current, entry.value);
 */
export function statementOfCompliance(
  framework: Framework,
  yearOne: AuditReturn,
  current: AuditReturn,
  signedBy: Signer,
  options: StatementOptions = {},
): Result<StatementOfCompliance> {
  try {
    const moment = options.now === undefined ? new Date() : new Date(options.now);
    if (londonDate(moment) === undefined)
      return {
        ok: false,
        issues: [{ path: ['at'], code: 'invalid_value', severity: 'error', message: 'The time of signing could not be read: pass a date and time like 2027-05-01T16:30:00Z' }],
      };
    const changedStandards = ratingChanges(framework, yearOne, current).map((change) => {
      if (movement(framework, change) !== 'up') return change;
      const given = options.evidence && Object.hasOwn(options.evidence, change.standardId) ? options.evidence[change.standardId] : undefined;
      const evidence = given ?? current.responses.find((r) => r.standardId === change.standardId)?.evidence ?? '';
      return { ...change, evidence };
    });
    const entry: StatementOfCompliance = {
      kind: 'statement-of-compliance',
      at: moment.toISOString(),
      signedBy: { name: signedBy.name, role: signedBy.role },
      statement: options.statement ?? statementWords(framework, yearOne, current, changedStandards),
      changedStandards,
    };
    const issues = checkStatement(framework, yearOne, current, entry);
    return issues.length ? { ok: false, issues } : { ok: true, value: entry, issues: [] };
  } catch (cause) {
    return { ok: false, issues: [unreadable('returns', cause)] };
  }
}

/** A new return with the statement added to the end of its history; the given return is not changed. */
export function signStatement(ret: AuditReturn, entry: StatementOfCompliance): AuditReturn {
  return { ...ret, history: [...(ret.history ?? []), entry], updatedAt: entry.at };
}

/** The default words: what is confirmed, and every change in plain English. */
function statementWords(framework: Framework, yearOne: AuditReturn, current: AuditReturn, changes: readonly ChangedStandard[]): string {
  const organisation = current.organisation.name.trim() || 'our organisation';
  const confirm = `On behalf of ${organisation}, I confirm that the standards of ${framework.title} are still met as they were rated in our ${yearOne.cycle.start} self-assessment`;
  if (changes.length === 0) return `${confirm}. No rating has changed since then.`;
  const index = indexFramework(framework);
  const sector = current.organisation.sector || undefined;
  const listed = changes.map((change) => {
    const words = (rating: string | null) => ratingWords(framework, rating);
    return `${standardName(index.standards.get(change.standardId)!, sector)}, from ${words(change.from)} to ${words(change.to)}`;
  });
  return `${confirm}, except that ${changes.length === 1 ? 'the rating of this standard has' : 'the ratings of these standards have'} changed since then: ${listed.join('; ')}.`;
}
