import type { Issue } from '../issues/issue.js';
import { peek } from '../issues/peek.js';

/**
 * Every issue inside `responses[k]` names the standard that response says it answers, so that a
 * form can show it on the right page even when the response's shape is wrong.
 */
export function withStandardId(raw: unknown, issue: Issue): Issue {
  const [head, index] = issue.path;
  if (issue.standardId !== undefined || head !== 'responses' || typeof index !== 'number') return issue;
  const standardId = peek(raw, ['responses', index, 'standardId']);
  return typeof standardId === 'string' && standardId !== '' ? { ...issue, standardId } : issue;
}
