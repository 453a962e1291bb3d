import { issueTarget, type Issue, type IssueTarget } from '@s11kit/schema';
import type { AuditView } from './view.js';

/**
 * Where an issue is shown, read from the schema's `issueTarget` (the one decoder of issue paths):
 * the organisation page for the organisation, the respondent and the cover sheet; a standard's
 * page for anything about one standard. Nothing else has a page of its own. `standardIdAt` names
 * the standard of a response that the issue does not name itself (an issue made by hand).
 */
export function viewOfIssue(issue: Issue, standardIdAt: (responseIndex: number) => string | undefined): AuditView | undefined {
  const target = issueTarget(issue);
  if (target.area === 'organisation' || target.area === 'respondent' || target.area === 'cover') return { kind: 'organisation' };
  if (target.area !== 'standard') return undefined;
  const standardId = target.standardId ?? (target.responseIndex === undefined ? undefined : standardIdAt(target.responseIndex));
  return standardId ? { kind: 'standard', standardId } : undefined;
}

/** Id of the organisation page's control an issue is about (and of its error message). */
export function organisationControlId(issue: Issue): string {
  return controlIdOf(issueTarget(issue));
}

function controlIdOf({ area, field, identifierIndex, identifierField }: IssueTarget): string {
  if (area === 'organisation' && field === 'partnerships') return 'partnerships';
  // Each identifier has its own pair of controls; an issue about the whole list goes to the first.
  if (area === 'organisation' && field === 'identifiers') return `identifier-${identifierIndex ?? 0}-${identifierField === 'scheme' ? 'scheme' : 'id'}`;
  return `${area}-${String(field)}`;
}

/** The field of a standard's card an issue points at, as `focusField` takes it: `['actions', 0, 'lead']`. */
export function cardFieldOf(issue: Issue): (string | number)[] {
  const t = issueTarget(issue);
  if (t.area !== 'standard' || t.field === undefined) return [];
  if (t.actionIndex !== undefined) return ['actions', t.actionIndex, ...(t.actionField === undefined ? [] : [t.actionField])];
  if (t.itemIndex !== undefined) return ['items', t.itemIndex, ...(t.itemField === undefined ? [] : [t.itemField])];
  return [t.field];
}
