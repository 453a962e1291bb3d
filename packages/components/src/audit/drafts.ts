import { isBlank, isResponseEmpty, type AuditReturn } from '@s11kit/schema';

/** Whether anything was typed on the organisation page (the sector is chosen, not typed, so it is left out). */
export const organisationTyped = (draft: AuditReturn): boolean =>
  ![
    draft.organisation.name,
    draft.respondent.name,
    draft.respondent.role,
    draft.respondent.email,
    ...Object.values(draft.cover),
    ...(draft.organisation.identifiers ?? []).map((i) => i.id),
  ].every(isBlank);

/** A return nobody has typed into: nothing to keep, nothing to push to a server. */
export const untouched = (draft: AuditReturn) => !organisationTyped(draft) && draft.responses.every(isResponseEmpty);

/** A copy to carry on with: a submitted return downloaded from the confirmation page becomes a draft again. */
export function asDraft(value: AuditReturn): AuditReturn {
  return value.status === 'draft' ? value : { ...value, status: 'draft', submittedAt: null };
}
