/** Which page of the audit is on screen. `from: 'check'` means a Change link led here. */
export type AuditView =
  | { readonly kind: 'tasks' }
  | { readonly kind: 'organisation'; readonly from?: 'check' }
  | { readonly kind: 'standard'; readonly standardId: string; readonly from?: 'check' }
  | { readonly kind: 'check' }
  | { readonly kind: 'confirmation' };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The address of a page, as the hash of the page the audit is on: `#s11/standard/safe-recruitment`,
 * `#s11/check/organisation` (reached from a Change link). One prefix per audit, so that two audits
 * on one page, or the CMS's own anchors, do not take each other's addresses.
 */
export function hashOf(view: AuditView, prefix: string): string {
  const from = 'from' in view && view.from === 'check' ? 'check/' : '';
  switch (view.kind) {
    case 'organisation':
      return `#${prefix}/${from}organisation`;
    case 'standard':
      return `#${prefix}/${from}standard/${view.standardId}`;
    case 'check':
      return `#${prefix}/check`;
    case 'confirmation':
      return `#${prefix}/confirmation`;
    default:
      return `#${prefix}/tasks`;
  }
}

/** The page an address names, or `undefined` when the hash is not one of this audit's. */
export function viewOfHash(hash: string, prefix: string): AuditView | undefined {
  const start = `#${prefix}/`;
  if (!hash.startsWith(start)) return undefined;
  let steps = hash.slice(start.length).split('/');
  const fromCheck = steps[0] === 'check' && steps.length > 1;
  if (fromCheck) steps = steps.slice(1);
  const [page, id] = steps;
  const from = fromCheck ? ({ from: 'check' } as const) : {};
  if (page === 'tasks' && steps.length === 1) return { kind: 'tasks' };
  if (page === 'organisation' && steps.length === 1) return { kind: 'organisation', ...from };
  if (page === 'standard' && steps.length === 2 && id && SLUG.test(id)) return { kind: 'standard', standardId: id, ...from };
  if (page === 'check' && steps.length === 1) return { kind: 'check' };
  if (page === 'confirmation' && steps.length === 1) return { kind: 'confirmation' };
  return undefined;
}

export const sameView = (a: AuditView, b: AuditView) => hashOf(a, '') === hashOf(b, '');
