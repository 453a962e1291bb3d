import { checkOrganisation, isBlank, type ResponseStatus } from '@s11kit/schema';
import type { TaskListHost } from '../host.js';
import { organisationTyped } from '../drafts.js';

/** Status of the organisation task, from the schema's submit-time checks of these fields. */
export function organisationStatus(host: Pick<TaskListHost, 'framework' | 'draft' | 'nowIso'>): ResponseStatus {
  const { draft } = host;
  if (isBlank(draft.organisation.sector) && !organisationTyped(draft)) return 'not-started';
  return checkOrganisation(host.framework, draft, { now: host.nowIso }).some((issue) => issue.severity === 'error') ? 'in-progress' : 'complete';
}
