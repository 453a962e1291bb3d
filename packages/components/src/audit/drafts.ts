import { isBlank, isResponseEmpty, type AuditReturn } from '@s11kit/schema';

/** A return nobody has typed into: nothing to keep, nothing to push to a server. */
export const untouched = (draft: AuditReturn) =>
  [
    draft.organisation.name,
    draft.respondent.name,
    draft.respondent.role,
    draft.respondent.email,
    ...Object.values(draft.cover),
    ...(draft.organisation.identifiers ?? []).map((i) => i.id),
  ].every(isBlank) && draft.responses.every(isResponseEmpty);

/** A copy to carry on with: a submitted return downloaded from the confirmation page becomes a draft again. */
export function asDraft(value: AuditReturn): AuditReturn {
  return value.status === 'draft' ? value : { ...value, status: 'draft', submittedAt: null };
}
