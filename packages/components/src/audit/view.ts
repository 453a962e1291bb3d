/** Which page of the audit is on screen. */
export type AuditView =
  | { readonly kind: 'tasks' }
  | { readonly kind: 'organisation' }
  | { readonly kind: 'standard'; readonly standardId: string }
  | { readonly kind: 'check' }
  | { readonly kind: 'submitted' };

/** Where an issue's field is shown: which page, and what to focus there. */
export function viewOfIssue(
  path: readonly (string | number)[],
  standardIdAt: (responseIndex: number) => string | undefined,
  standardId?: string,
): AuditView | undefined {
  const [head, index] = path;
  if (head === 'organisation' || head === 'respondent' || head === 'cover') return { kind: 'organisation' };
  if (head === 'responses') {
    const id = standardId ?? (typeof index === 'number' ? standardIdAt(index) : undefined);
    if (id) return { kind: 'standard', standardId: id };
  }
  return undefined;
}

/** Ids of the organisation page's controls, by issue path. */
export function organisationControlId(path: readonly (string | number)[]): string {
  const [head, key] = path;
  if (head === 'organisation') return key === 'partnerships' ? 'partnerships' : `organisation-${String(key)}`;
  if (head === 'respondent') return `respondent-${String(key)}`;
  return `cover-${String(key)}`;
}
