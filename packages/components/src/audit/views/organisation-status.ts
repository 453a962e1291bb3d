import { checkOrganisation, isBlank, type Issue, type ResponseStatus } from '@s11kit/schema';
import type { TaskListHost } from '../host.js';

const ABOUT = new Set(['organisation', 'respondent', 'cover']);

/** Whether an issue is about a field of the organisation page. */
export const isAboutOrganisation = (issue: Issue) => ABOUT.has(String(issue.path[0]));

/** Status of the organisation task, from the schema's submit-time checks of these fields. */
export function organisationStatus(host: Pick<TaskListHost, 'framework' | 'draft' | 'nowIso'>): ResponseStatus {
  const { draft } = host;
  const typed = [draft.organisation.name, draft.organisation.sector, draft.respondent.name, draft.respondent.role, draft.respondent.email, ...Object.values(draft.cover)];
  if (typed.every(isBlank)) return 'not-started';
  return checkOrganisation(host.framework, draft, { now: host.nowIso }).some((issue) => issue.severity === 'error') ? 'in-progress' : 'complete';
}
