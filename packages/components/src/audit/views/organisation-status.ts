import { checkOrganisation, isBlank, type ResponseStatus } from '@s11kit/schema';
import type { TaskListHost } from '../host.js';

/** Status of the organisation task, from the schema's submit-time checks of these fields. */
export function organisationStatus(host: Pick<TaskListHost, 'framework' | 'draft' | 'nowIso'>): ResponseStatus {
  const { draft } = host;
  const typed = [
    draft.organisation.name,
    draft.organisation.sector,
    draft.respondent.name,
    draft.respondent.role,
    draft.respondent.email,
    ...Object.values(draft.cover),
    ...(draft.organisation.identifiers ?? []).map((i) => i.id),
  ];
  if (typed.every(isBlank)) return 'not-started';
  return checkOrganisation(host.framework, draft, { now: host.nowIso }).some((issue) => issue.severity === 'error') ? 'in-progress' : 'complete';
}
