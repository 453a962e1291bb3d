import type { Issue } from './issue.js';

/** Which part of a return an issue is about: where a form shows it. */
export type IssueArea = 'organisation' | 'respondent' | 'cover' | 'standard' | 'history' | 'staff-survey' | 'return';

/**
 * Where in a return an issue belongs, decoded from its path once here so that forms do not each
 * read paths themselves: the page (`area`), the standard, and the field on that page, down to an
 * action or an item of the standard and its field.
 */
export interface IssueTarget {
  readonly area: IssueArea;
  /** For `standard` (and anything else about one standard): its id. */
  readonly standardId?: string;
  /** For `standard`: the response's place in `responses`, when the path has one. */
  readonly responseIndex?: number;
  /**
   * The field: a key of `organisation` (`name`, `sector`, `partnerships`...) or `respondent`, a
   * cover-sheet field id, or a field of a response: `rating`, `evidence`, `explanation`,
   * `actions`, `items`.
   */
  readonly field?: string;
  /** For `field: 'actions'`: which action, and which of its fields (`action`, `lead`, `due`, `progress`...). */
  readonly actionIndex?: number;
  readonly actionField?: string;
  /** For `field: 'items'`: which item answer, and which of its fields (`rating`, `explanation`). */
  readonly itemIndex?: number;
  readonly itemField?: string;
  /** For `field: 'identifiers'` of `organisation`: which identifier, and which of its fields (`scheme`, `id`). */
  readonly identifierIndex?: number;
  readonly identifierField?: string;
  /** For `history`: which entry. */
  readonly historyIndex?: number;
}

const at = <T>(value: unknown, kind: 'string' | 'number'): T | undefined => (typeof value === kind ? (value as T) : undefined);

/**
 * Where an issue of `validateReturn`, `checkResponse`, `updateAction` or `trackActions` belongs.
 * An issue about a whole standard that sits at `['responses']` (a standard not answered at all)
 * targets that standard's rating.
 *
 * @example
 * const target = issueTarget(issue);
 * if (target.area === 'standard') showStandard(target.standardId, target.field, target.actionIndex);
 */
export function issueTarget(issue: Pick<Issue, 'path' | 'standardId'>): IssueTarget {
  const [head, second, third, fourth, fifth] = issue.path;
  const standardId = issue.standardId;
  const withStandard = standardId === undefined ? {} : { standardId };
  switch (head) {
    case 'organisation':
      if (second === 'identifiers' && typeof third === 'number')
        return { area: head, field: second, identifierIndex: third, ...(typeof fourth === 'string' ? { identifierField: fourth } : {}) };
      return { area: head, ...(typeof second === 'string' ? { field: second } : {}) };
    case 'respondent':
      return { area: head, ...(typeof second === 'string' ? { field: second } : {}) };
    case 'cover':
      return { area: 'cover', ...(typeof second === 'string' ? { field: second } : {}) };
    case 'history':
      return { area: 'history', ...withStandard, ...(typeof second === 'number' ? { historyIndex: second } : {}) };
    case 'staffSurvey':
      return { area: 'staff-survey' };
    case 'responses': {
      const responseIndex = at<number>(second, 'number');
      if (responseIndex === undefined) return standardId === undefined ? { area: 'return', field: 'responses' } : { area: 'standard', standardId, field: 'rating' };
      const field = at<string>(third, 'string');
      const target = { area: 'standard' as const, ...withStandard, responseIndex, ...(field === undefined ? {} : { field }) };
      if (field === 'actions' && typeof fourth === 'number') return { ...target, actionIndex: fourth, ...(typeof fifth === 'string' ? { actionField: fifth } : {}) };
      if (field === 'items' && typeof fourth === 'number') return { ...target, itemIndex: fourth, ...(typeof fifth === 'string' ? { itemField: fifth } : {}) };
      return target;
    }
    default:
      return { area: 'return', ...withStandard, ...(typeof head === 'string' ? { field: head } : {}) };
  }
}
