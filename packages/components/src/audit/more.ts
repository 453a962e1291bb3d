/**
 * Everything `<s11-audit>` does not need to paint its task list (audit-more.ts): loaded once, for
 * every audit on the page, right after the first one is painted, or at once when a page that needs
 * it is opened first.
 */
export type AuditMore = typeof import('./audit-more.js');

let loaded: AuditMore | undefined;
let loading: Promise<AuditMore> | undefined;

/** The rest of the audit, if it has arrived. */
export const loadedMore = (): AuditMore | undefined => loaded;

/** Load the rest of the audit; a failed load (no network) is tried again on the next call. */
export function loadMore(): Promise<AuditMore> {
  loading ??= import('./audit-more.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Run once the next frame has been painted (a frame, then a task), so that what is loaded then
 * does not hold up the first paint. A hidden page paints nothing, and runs no frames: at once.
 */
export function afterPaint(run: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(run);
  else requestAnimationFrame(() => setTimeout(run));
}
